"""What a page's head tells search engines and link previews besides its own text.

The language versions of a page or a view (``hreflang`` with ``x-default``)
and the ``og:locale`` of each language. The page's description, image and
JSON-LD are the page model's (``models.mixins.SearchAndSharingMixin``).
"""

from django.utils.translation import to_locale

from ..conf import council_settings
from .context import once_per_request
from .visibility import visible_translations

# Open Graph wants a territory with the language (``ru_RU``, not ``ru``). These
# are the territories a council site most likely means; a site changes or
# adds one with ``WAGTAIL_COUNCIL_OPEN_GRAPH_LOCALES``.
OPEN_GRAPH_LOCALES = {
    "ru": "ru_RU",
    "en": "en_GB",
    "uk": "uk_UA",
    "be": "be_BY",
    "kk": "kk_KZ",
    "ky": "ky_KG",
    "uz": "uz_UZ",
    "hy": "hy_AM",
    "ka": "ka_GE",
    "az": "az_AZ",
    "tt": "tt_RU",
    "ba": "ba_RU",
    "cv": "cv_RU",
    "ce": "ce_RU",
    "os": "os_RU",
    "sah": "sah_RU",
    "udm": "udm_RU",
    "ar": "ar_AR",
    "zh-hans": "zh_CN",
    "zh-hant": "zh_TW",
    "da": "da_DK",
    "el": "el_GR",
    "et": "et_EE",
    "he": "he_IL",
    "ja": "ja_JP",
    "ko": "ko_KR",
    "sv": "sv_SE",
    "cs": "cs_CZ",
    "sl": "sl_SI",
    "sr": "sr_RS",
    "vi": "vi_VN",
}

# The ``hreflang`` value of the version for readers whose language the site lacks.
X_DEFAULT = "x-default"


def open_graph_locale(language_code):
    """``og:locale`` of a language code: ``ru`` → ``ru_RU``, ``en-us`` → ``en_US``, ``fi`` → ``fi_FI``.

    The site's setting first, then the built-in table; a code with a
    territory keeps it; any other language gets its own code as territory,
    which is right for most European languages.
    """
    code = (language_code or "").lower()
    table = {**OPEN_GRAPH_LOCALES, **council_settings.OPEN_GRAPH_LOCALES}
    if code in table:
        return table[code]
    language, _, territory = code.partition("-")
    if language in table and not territory:
        return table[language]
    if len(territory) == 2:
        return to_locale(code)
    if language in table:
        return table[language]
    return f"{language}_{language.upper()}"


def language_version(language_code, url, *, local_url=None, is_current=False, locale_id=None):
    """One language version of a page or a view, as head links and language switchers read it.

    ``url`` is absolute (for ``hreflang`` and Open Graph), ``local_url`` what
    the page links to (Wagtail's relative URL on the same site).
    """
    return {
        "language_code": language_code,
        "url": url,
        "local_url": local_url or url,
        "is_current": is_current,
        "locale_id": locale_id,
    }


def x_default_version(versions, default_locale_id):
    """The version in the site's default language (its root page's), else the current one."""
    current = None
    for version in versions:
        if version["locale_id"] == default_locale_id:
            return version
        if version["is_current"]:
            current = version
    return current


def visible_versions_of(page, request=None):
    """The page's visible translations, itself included: once per request, or as the page loaded them."""
    if hasattr(page, "visible_translations"):
        return page.visible_translations()
    return once_per_request(
        request, ("translations", page.pk), lambda: list(visible_translations(page))
    )


def sitemap_alternates(versions, default_locale_id):
    """A sitemap entry's ``alternates``: each version by language, then ``x-default``.

    ``versions`` are language versions (``language_version``); none when the
    page or view has no other language.
    """
    if len(versions) < 2:
        return []
    ordered = sorted(versions, key=lambda version: version["language_code"])
    alternates = [
        {"lang_code": version["language_code"], "location": version["url"]} for version in ordered
    ]
    default = next(
        (version for version in ordered if version["locale_id"] == default_locale_id), None
    )
    if default is not None:
        alternates.append({"lang_code": X_DEFAULT, "location": default["url"]})
    return alternates
