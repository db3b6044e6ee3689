"""How readers find their way around a site: its menu, its languages and their home pages.

The menu is the tree of visible pages an editor ticked "Show in menus" for,
below the home page of one language. Everything here starts from the one
visibility rule (``visibility.visible_pages``), so a draft, a private or
expired page or an unpublished translation is never in a menu, and neither is
anything below it. Each answer costs a fixed number of queries, however many
pages the menu or languages the site has: the content API's ``site/`` and
``navigation/`` read it, and templates can too.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .frontend import page_url_and_path
from .languages import all_locales, language_name
from .visibility import visible_pages

# Links an editor may give for the site's profiles and contacts: anything else
# (``javascript:``, ``data:``) could run in a reader's browser.
SAFE_LINK_SCHEMES = ("http", "https", "mailto", "tel")


def is_safe_link(url):
    """Whether ``url`` is a web, e-mail or telephone link, and so safe to show to readers."""
    if not isinstance(url, str) or not url.strip():
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in SAFE_LINK_SCHEMES:
        return False
    if scheme in ("http", "https"):
        return bool(parts.netloc)
    return bool(parts.path)


def site_for_request(request):
    """The site a request is for, else the default site; ``None`` when there is no site."""
    if request is not None:
        site = Site.find_for_request(request)
        if site is not None:
            return site
    return Site.objects.filter(is_default_site=True).first()


@dataclass
class PageEntry:
    """A visible page with where readers find it."""

    page: Page
    url: str | None
    path: str | None

    @property
    def id(self):
        return self.page.pk

    @property
    def title(self):
        return self.page.title


@dataclass
class MenuItem(PageEntry):
    """A page of the menu, with the menu pages below it (``children``), in tree order."""

    children: list["MenuItem"] = field(default_factory=list)


@dataclass
class SiteLanguage:
    """One language of a site: its name, the site's name in it, and its home page."""

    locale: Locale
    name: str
    is_default: bool
    site_name: str
    home: PageEntry | None


def home_pages(site):
    """The visible translations of ``site``'s root page, in one query, root page not loaded."""
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    return visible_pages().filter(translation_key__in=root_key).select_related("locale")


def locale_home(site, locale):
    """The visible home page of ``site`` in ``locale`` (the root page's translation), or ``None``."""
    if site is None or locale is None:
        return None
    return home_pages(site).filter(locale=locale).first()


def menu(site, locale, depth, request=None):
    """The menu of ``site`` in ``locale``, ``depth`` levels deep (1: the home page's children).

    Two queries for the home page and every menu page down to ``depth``;
    the tree is built from them in memory.
    """
    home = locale_home(site, locale)
    if home is None:
        return []
    pages = (
        visible_pages()
        .descendant_of(home)
        .filter(show_in_menus=True, depth__lte=home.depth + depth)
        .select_related("locale")
        .only("pk", "title", "path", "depth", "url_path", "locale", "content_type")
        .order_by("path")
    )
    return menu_tree(home, pages, request)


def menu_tree(home, pages, request=None):
    """Nest ``pages`` (in ``path`` order) under ``home``.

    A page whose parent is not in the menu (hidden, or not shown in menus)
    has nowhere to hang, so it is left out with everything below it; so is a
    page without a URL.
    """
    top = []
    children_of = {home.path: top}
    for page in pages:
        siblings = children_of.get(page.path[: -Page.steplen])
        if siblings is None:
            continue
        url, path = page_url_and_path(page, request)
        if path is None:
            continue
        item = MenuItem(page=page, url=url, path=path)
        siblings.append(item)
        children_of[page.path] = item.children
    return top


def default_language_code():
    """The content language of ``LANGUAGE_CODE``: the site's default language."""
    try:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def content_locales(request=None):
    """The locales of the site's content languages, by language code; one query per request."""
    languages = dict(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))
    locales = [locale for locale in all_locales(request) if locale.language_code in languages]
    return sorted(locales, key=lambda locale: locale.language_code)


def site_name_in(site, root, locale, homes):
    """The site's name in ``locale``, by ``languages.localized_site_name``'s rule.

    ``homes`` are the visible home pages by locale id, loaded at once, so
    naming the site in every language costs no query per language.
    """
    if root.locale_id == locale.pk:
        return site.site_name or root.title
    home = homes.get(locale.pk)
    if home is not None:
        return home.title
    return site.site_name or root.title


def site_languages(site, request=None):
    """Every content language of ``site``, with the site's name and home page in it.

    Three queries whatever the number of languages: the locales, the
    root page, and its visible translations.
    """
    root = site.root_page
    homes = {page.locale_id: page for page in home_pages(site)}
    default_code = default_language_code()
    languages = []
    for locale in content_locales(request):
        home = homes.get(locale.pk)
        entry = None
        if home is not None:
            url, path = page_url_and_path(home, request)
            entry = PageEntry(page=home, url=url, path=path)
        languages.append(
            SiteLanguage(
                locale=locale,
                name=language_name(locale.language_code),
                is_default=locale.language_code == default_code,
                site_name=site_name_in(site, root, locale, homes),
                home=entry,
            )
        )
    return languages
