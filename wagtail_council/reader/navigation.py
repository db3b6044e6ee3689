"""How readers find their way around a site: its menu, breadcrumbs, languages, and its frame.

The menu is the tree of visible pages an editor ticked "Show in menus" for,
below the home page of one language. Everything here starts from the one
visibility rule (``visibility.visible_pages``), so a draft, a private or
expired page or an unpublished translation is never in a menu, and neither is
anything below it. Each answer costs a fixed number of queries, however many
pages the menu or languages the site has: the content API's ``site/`` and
``navigation/`` read it, and templates can too.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import F, Q, Subquery
from wagtail.models import Locale, Page, Site

from .context import across_requests, once_per_request
from .frontend import page_url_and_path
from .languages import (
    active_locale,
    all_locales,
    default_language_code,
    language_name,
    localized_site_name,
    site_details,
    site_details_rows,
    site_name_by_rule,
)
from .visibility import first_expiry, visible_ancestors, visible_pages

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


def home_and_menu_pages(site, locale, depth, request=None):
    """``(home, pages)``: the visible home page in ``locale`` and its menu pages, in one query.

    The home page is the root page's visible translation; ``pages`` are the
    visible pages below it shown in menus, down to ``depth`` levels, in
    ``path`` order. ``(None, [])`` when the home page is not visible in
    ``locale``. Kept for the request: the header's home link and its menu
    share it.
    """
    if site is None or locale is None:
        return None, []

    def load():
        home = home_pages(site).filter(locale=locale)
        found = list(
            visible_pages()
            .alias(
                home_path=Subquery(home.values("path")[:1]),
                home_depth=Subquery(home.values("depth")[:1]),
            )
            .filter(path__startswith=F("home_path"), depth__lte=F("home_depth") + depth)
            .filter(Q(depth=F("home_depth")) | Q(show_in_menus=True))
            .select_related("locale")
            .only("pk", "title", "path", "depth", "url_path", "locale", "content_type", "expire_at")
            .order_by("path")
        )
        # In path order, the home page comes before every page below it.
        return (found[0], found[1:]) if found else (None, [])

    return once_per_request(
        request,
        ("home_and_menu", site.pk, locale.pk, depth),
        lambda: across_requests(
            f"home-and-menu:{site.pk}:{locale.pk}:{depth}",
            load,
            stale_at=lambda found: first_expiry([found[0], *found[1]]),
        ),
    )


def home_of_request(site, locale, request=None):
    """The visible home page in ``locale``, from the header's one query for its menu."""
    return home_and_menu_pages(site, locale, HEADER_MENU_DEPTH, request)[0]


# Levels of the menu in the header.
HEADER_MENU_DEPTH = 1


def menu(site, locale, depth, request=None):
    """The menu of ``site`` in ``locale``, ``depth`` levels deep (1: the home page's children).

    One query for the home page and every menu page down to ``depth``; the
    tree is built from them in memory.
    """
    home, pages = home_and_menu_pages(site, locale, depth, request)
    if home is None:
        return []
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


def content_locales(request=None):
    """The locales of the site's content languages, by language code; one query per request."""
    languages = dict(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))
    locales = [locale for locale in all_locales(request) if locale.language_code in languages]
    return sorted(locales, key=lambda locale: locale.language_code)


def site_name_in(site, root, locale, homes, rows):
    """The site's name in ``locale``, by ``languages.localized_site_name``'s rule.

    ``homes`` are the visible home pages by locale id and ``rows`` the
    site's details in every language, loaded at once, so naming the site in
    every language costs no query per language.
    """

    def home_title():
        home = homes.get(locale.pk)
        return home.title if home is not None and root.locale_id != locale.pk else root.title

    return site_name_by_rule(site, locale, rows, home_title)


def site_languages(site, request=None):
    """Every content language of ``site``, with the site's name and home page in it.

    Four queries whatever the number of languages: the locales, the
    site's details, the root page, and its visible translations.
    """
    root = site.root_page
    homes = {page.locale_id: page for page in home_pages(site)}
    rows = site_details_rows(site, request)
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
                site_name=site_name_in(site, root, locale, homes, rows),
                home=entry,
            )
        )
    return languages


# Breadcrumbs


def breadcrumbs(page, request=None):
    """The visible pages above ``page``, from the home page of its language down; one query.

    The trail every way out shows: the HTML's breadcrumbs and their
    ``BreadcrumbList``, and the content API's ``breadcrumbs``. A hidden page
    above (a draft section) is left out, and so is a page without a URL.
    """
    entries = []
    ancestors = across_requests(
        f"ancestors:{page.pk}", lambda: visible_ancestors(page), stale_at=first_expiry
    )
    for ancestor in ancestors:
        url, path = page_url_and_path(ancestor, request)
        if path is not None:
            entries.append(PageEntry(page=ancestor, url=url, path=path))
    return entries


@dataclass
class Crumb:
    """One step of the trail readers see: a page, or a view below it (a person's profile)."""

    title: str
    path: str
    page: Page | None = None
    is_current: bool = False


def breadcrumb_trail(page, request=None, subview_title=""):
    """What the breadcrumbs show on ``page``: the pages above it, itself, and a sub-view's step.

    Nothing on the home page itself, which has nothing above it. A
    routable page's own view (a profile below the people index, the
    register) passes its title as ``subview_title``: the page is then one
    step of the trail, and the view, at the request's path, the current one.
    """
    above = breadcrumbs(page, request)
    if not above:
        return []
    trail = [Crumb(title=entry.title, path=entry.path, page=entry.page) for entry in above]
    _url, path = page_url_and_path(page, request)
    if path is None:
        return []
    trail.append(Crumb(title=page.title, path=path, page=page, is_current=not subview_title))
    if subview_title:
        subview_path = request.path if request is not None else path
        trail.append(Crumb(title=subview_title, path=subview_path, is_current=True))
    return trail


# The frame of every page: header and footer


@dataclass
class SocialProfile:
    label: str
    url: str


@dataclass
class SiteFrame:
    """The site in the reader's language: its name, logo and ways to reach the council.

    ``details`` is the council's row of ``CouncilSiteSettings`` that fits the
    language best (or None); the header and footer read everything from here.
    """

    name: str
    short_name: str
    details: object | None
    home_path: str

    @property
    def logo(self):
        return getattr(self.details, "logo", None)

    @property
    def address(self):
        return (getattr(self.details, "address", "") or "").strip()

    @property
    def reception_hours(self):
        return (getattr(self.details, "reception_hours", "") or "").strip()

    @property
    def phone(self):
        return (getattr(self.details, "phone", "") or "").strip()

    @property
    def phone_link(self):
        return telephone_link(self.phone)

    @property
    def email(self):
        return (getattr(self.details, "email", "") or "").strip()

    @property
    def email_link(self):
        link = f"mailto:{self.email}" if self.email else ""
        return link if is_safe_link(link) else ""

    @property
    def profiles(self):
        return safe_profiles(self.details)

    @property
    def has_contacts(self):
        return bool(self.address or self.reception_hours or self.phone or self.email_link)


def telephone_link(phone):
    """A ``tel:`` link for a number as readers dial it ("+7 (8172) 00-00-00"); or ``""``.

    Only the number itself: what follows it ("доб. 12", an extension) is not dialled.
    """
    number = re.split(r"[^\d\s()+\-.]", phone or "", maxsplit=1)[0]
    digits = re.sub(r"[^\d+]", "", number)
    digits = digits[:1] + digits[1:].replace("+", "")
    return f"tel:{digits}" if re.search(r"\d", digits) else ""


def safe_profiles(details):
    """The council's profiles with a label and a safe link, in the editors' order.

    One stored before validation, or by code, with a ``javascript:`` link is
    left out.
    """
    if details is None:
        return []
    profiles = []
    for block in details.social_profiles:
        label = (block.value.get("label") or "").strip()
        url = (block.value.get("url") or "").strip()
        if label and is_safe_link(url):
            profiles.append(SocialProfile(label=label, url=url))
    return profiles


def site_frame(site, request=None):
    """The ``SiteFrame`` of ``site`` in the reader's language, once per request."""
    if site is None:
        return None
    locale = active_locale(request)

    def frame():
        details = site_details(site, locale, request)
        own = details is not None and details.locale_id == locale.pk
        return SiteFrame(
            name=localized_site_name(site, locale, request),
            short_name=(details.short_name.strip() if own else ""),
            details=details,
            home_path=home_path(site, locale, request),
        )

    return once_per_request(request, ("site_frame", site.pk, locale.pk), frame)


def home_path(site, locale, request=None):
    """The path of the home page in ``locale``, else of the site's root page."""
    home = home_of_request(site, locale, request) or site.root_page
    _url, path = page_url_and_path(home, request)
    return path or "/"


def main_menu(site, request=None):
    """The first level of the menu in the reader's language, for the header; once per request."""
    if site is None:
        return []
    locale = active_locale(request)
    return once_per_request(
        request,
        ("main_menu", site.pk, locale.pk),
        lambda: menu(site, locale, HEADER_MENU_DEPTH, request),
    )
