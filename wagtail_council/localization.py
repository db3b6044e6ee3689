"""Finding the right translation of a page for the reader's locale.

Readers must never be sent to a draft, private or missing translation, so
every lookup here filters on ``live`` and ``public`` and answers in a fixed
number of queries however many pages it is given.
"""

from django.conf import settings
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def localized_live_pages(pages, locale=None):
    """The live, public translation of each page in ``locale``, in the same order.

    A page without such a translation is kept as it is if it is itself live
    and public, and dropped otherwise. Two versions of one page appear once.
    """
    pages = list(pages)
    if not pages:
        return []
    locale = locale or active_locale()
    keys = {page.translation_key for page in pages}
    visible = Page.objects.live().public().specific()
    translations = {
        page.translation_key: page
        for page in visible.filter(translation_key__in=keys, locale=locale)
    }
    originals = {page.pk: page for page in visible.filter(pk__in=[p.pk for p in pages])}
    localized = []
    seen = set()
    for page in pages:
        match = translations.get(page.translation_key) or originals.get(page.pk)
        if match is not None and match.pk not in seen:
            seen.add(match.pk)
            localized.append(match)
    return localized


def live_translations(page):
    """Every live, public version of ``page``, itself included, with its locale."""
    return (
        page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
        .order_by("locale__language_code")
    )


def language_name(language_code):
    """The language's own name ("Русский", "English"), for switchers."""
    names = dict(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))
    try:
        return get_language_info(language_code)["name_local"]
    except KeyError:
        return str(names.get(language_code, language_code))


def localized_site_name(site, locale=None):
    """The site's name in ``locale``: the title of the home page's live translation.

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
    if translation is not None and translation.live:
        return translation.title
    return site.site_name or root.title
