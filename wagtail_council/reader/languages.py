"""The reader's language: the active locale, language names, the site's name and details in it.

Which translation of a page a reader is shown is part of the visibility rule,
in ``wagtail_council.reader.visibility`` (``localized_visible_pages``,
``visible_translations``).
"""

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .context import across_requests, once_per_request
from .visibility import is_visible_page


def all_locales(request=None):
    """Every locale, in the order they were added; read once per request.

    A page asks for locales many times (the active one, its own, each
    language of the switcher); all of them come from this one query.
    """
    return once_per_request(request, "locales", lambda: list(Locale.objects.order_by("pk")))


def active_locale(request=None):
    """The locale of the reader's language, as ``Locale.get_active`` finds it; else the default.

    A site whose pages were made before its ``LANGUAGE_CODE`` was set (``wagtail
    start`` makes an English locale) may have no locale for that language yet:
    then the first locale it has, the one its pages were made in, rather than
    Wagtail's ``Locale.DoesNotExist``.
    """
    locales = {locale.language_code: locale for locale in all_locales(request)}
    for language in (get_language(), settings.LANGUAGE_CODE):
        if not language:
            continue
        try:
            code = get_supported_content_language_variant(language)
        except LookupError:
            continue
        if code in locales:
            return locales[code]
    return next(iter(locales.values()), None) or Locale.get_default()


def locale_by_id(locale_id, request=None):
    """The locale with this id, from the request's one read of every locale."""
    for locale in all_locales(request):
        if locale.pk == locale_id:
            return locale
    return Locale.objects.get(pk=locale_id)


def language_name(language_code):
    """The language's own name ("Русский", "English"), for switchers."""
    names = dict(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))
    try:
        return get_language_info(language_code)["name_local"]
    except KeyError:
        return str(names.get(language_code, language_code))


# How to load a site's own details (``models.CouncilSiteSettings``), one row per
# language: the model sits a layer above this one and registers its loader.
_site_details_loader = None


def register_site_details(load_rows):
    """Let the reader layer find a site's details: ``load_rows(site)`` gives all its rows.

    ``models.site_settings`` registers ``CouncilSiteSettings``'s loader when
    Django loads the models.
    """
    global _site_details_loader
    _site_details_loader = load_rows


def site_details_rows(site, request=None):
    """Every row of the site's details (one per language), in one query per request."""
    if site is None or _site_details_loader is None:
        return []
    return once_per_request(
        request,
        ("site_details", site.pk),
        lambda: across_requests(
            f"site-details:{site.pk}", lambda: list(_site_details_loader(site))
        ),
    )


def best_fitting_row(rows, locale=None):
    """The row in ``locale``, else in the default language, else the first one; or None.

    A language its editors have not translated the details into yet still
    shows the council's logo and contacts, in the default language.
    """
    if locale is not None:
        for row in rows:
            if row.locale_id == locale.pk:
                return row
    default_code = default_language_code()
    for row in rows:
        if row.locale.language_code == default_code:
            return row
    return rows[0] if rows else None


def default_language_code():
    """The content language of ``LANGUAGE_CODE``: the site's default language."""
    try:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def site_details(site, locale=None, request=None):
    """The council's details for ``site`` as readers of ``locale`` see them; or None."""
    return best_fitting_row(site_details_rows(site, request), locale)


def site_name_by_rule(site, locale, rows, home_title):
    """The one rule for the site's name in ``locale``.

    The name in the council's details in that language; else Wagtail's
    ``Site.site_name``; else the name in the details of another language;
    else ``home_title()``, the title of the home page in that language. So
    a site made with ``wagtail start`` is not called "Home" once either name
    is set.
    """
    own = next((row for row in rows if row.locale_id == locale.pk), None)
    if own is not None and own.name.strip():
        return own.name.strip()
    if (site.site_name or "").strip():
        return site.site_name.strip()
    fallback = best_fitting_row(rows, locale)
    if fallback is not None and fallback.name.strip():
        return fallback.name.strip()
    return home_title()


def localized_site_name(site, locale=None, request=None):
    """The site's name in ``locale`` (the reader's language by default), by one rule.

    Header, page titles, feeds, JSON-LD and the content API all name the
    site through this. With a request it costs one query for the site's
    details (which the header and footer share) and, only when no name is
    set, two for the home page; the answer is kept for the request.
    """
    if site is None:
        return ""
    locale = locale or active_locale(request)
    return once_per_request(
        request,
        ("site_name", site.pk, locale.pk),
        lambda: site_name_by_rule(
            site, locale, site_details_rows(site, request), lambda: home_title(site, locale)
        ),
    )


def home_title(site, locale):
    """The title of the home page's visible translation in ``locale``, else the root's."""
    root = site.root_page
    if root.locale_id == locale.pk:
        return root.title
    translation = root.get_translation_or_none(locale)
    if is_visible_page(translation):
        return translation.title
    return root.title
