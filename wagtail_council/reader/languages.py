"""The reader's language: the active locale, language names, the site's name in it.

Which translation of a page a reader is shown is part of the visibility rule,
in ``wagtail_council.reader.visibility`` (``localized_visible_pages``,
``visible_translations``).
"""

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .context import once_per_request
from .visibility import is_visible_page


def all_locales(request=None):
    """Every locale, in the order they were added; read once per request.

    A page asks for locales many times (the active one, its own, each
    language of the switcher); all of them come from this one query.
    """
    return once_per_request(request, "locales", lambda: list(Locale.objects.order_by("pk")))


def active_locale(request=None):
    """The locale of the reader's language, as ``Locale.get_active`` finds it; else the default."""
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
    return Locale.get_default()


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


def localized_site_name(site, locale=None):
    """The site's name in ``locale``: the title of the home page's visible translation.

    ``Site.site_name`` has one value for all languages, so an English reader
    would see the Russian name; the home page's title is translated instead.
    """
    if site is None:
        return ""
    locale = locale or active_locale()
    root = site.root_page
    if root.locale_id == locale.pk:
        return site.site_name or root.title
    translation = root.get_translation_or_none(locale)
    if is_visible_page(translation):
        return translation.title
    return site.site_name or root.title
