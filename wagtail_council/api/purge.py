"""Publishing purges the API URLs that show a page from a CDN (``wagtail.contrib.frontend_cache``).

Wagtail's frontend cache app purges a page's own URL; this adds the API's:
the page's detail and its translations' details (their lists of translations
change), the listing of its type, the paths listing, the by-path lookup, and
the news that embed or link it. Nothing happens unless ``WAGTAILFRONTENDCACHE``
is configured and the API is mounted.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import NoReverseMatch, reverse
from wagtail.models import Locale, Site
from wagtail.signals import page_published, page_unpublished

from ..conf import council_settings
from ..models import (
    Convocation,
    CouncilSiteSettings,
    EventPage,
    EventParticipant,
    GalleryPage,
    GreetingAddressPage,
    NewsPage,
)
from ..reader.frontend import page_url_and_path
from ..reader.visibility import visible_pages
from .factory import DEFAULT_NAMESPACE, built_namespaces
from .registry import page_type_for_model


def api_url(namespace, name, **kwargs):
    return reverse(f"{namespace}:{name}", kwargs=kwargs or None)


def with_query(url, **params):
    return f"{url}?{urlencode(params)}"


def api_paths_for(page, namespace=DEFAULT_NAMESPACE):
    """Paths of API responses that show ``page`` (relative to the site root)."""

    page = page.specific
    spec = page_type_for_model(type(page))
    codes = list(Locale.objects.values_list("language_code", flat=True))

    def url(name, **kwargs):
        return api_url(namespace, name, **kwargs)

    paths = {url("list_paths")}
    paths |= {with_query(url("list_paths"), locale=code) for code in codes}
    _url, page_path = page_url_and_path(page)
    if page_path:
        paths.add(with_query(url("find_page"), path=page_path))
    versions = list(page.get_translations(inclusive=True))
    if spec is not None and spec.listing_operation:
        paths.add(url(spec.listing_operation))
        paths |= {with_query(url(spec.listing_operation), locale=code) for code in codes}
    if spec is not None and spec.detail_operation:
        paths |= {
            url(spec.detail_operation, **{spec.detail_argument: version.pk}) for version in versions
        }
    # The menu and the site's home pages may show it.
    paths |= site_paths(namespace, codes)
    # News embed their gallery and link their greeting address.
    for model, field in ((GalleryPage, "gallery"), (GreetingAddressPage, "greeting_address")):
        if isinstance(page, model):
            news = visible_pages(NewsPage).filter(
                **{f"{field}__translation_key": page.translation_key}
            )
            paths |= {url("get_news", news_id=pk) for pk in news.values_list("pk", flat=True)}
    paths |= event_paths(page, url)
    return sorted(paths)


def event_paths(page, url):
    """What shows an event besides its own detail: profiles of its people, and what it links.

    An event lists the news reporting on it and links its gallery, so publishing
    either changes the event's detail; a person's detail and events list it.
    """
    paths = set()
    events = EventPage.objects.none()
    if isinstance(page, EventPage):
        people = EventParticipant.objects.filter(
            page__translation_key=page.translation_key, person__isnull=False
        ).values_list("person_id", flat=True)
        for person_id in set(people):
            paths.add(url("get_person", person_id=person_id))
            paths.add(url("list_person_events", person_id=person_id))
    elif isinstance(page, NewsPage) and page.event_id:
        events = visible_pages(EventPage).filter(
            translation_key__in=EventPage.objects.filter(pk=page.event_id).values("translation_key")
        )
    elif isinstance(page, GalleryPage):
        events = visible_pages(EventPage).filter(gallery__translation_key=page.translation_key)
    paths |= {url("get_event", event_id=pk) for pk in events.values_list("pk", flat=True)}
    return paths


def convocation_paths(convocation, namespace=DEFAULT_NAMESPACE):
    """The convocations listing, in every language, and the convocation's detail."""
    codes = list(Locale.objects.values_list("language_code", flat=True))
    listing = api_url(namespace, "list_convocations")
    paths = {listing, api_url(namespace, "get_convocation", convocation_id=convocation.pk)}
    paths |= {with_query(listing, locale=code) for code in codes}
    return sorted(paths)


def site_paths(namespace, codes):
    """The site data and every menu: in each language, to each depth the API serves."""
    site, navigation = api_url(namespace, "get_site"), api_url(namespace, "get_navigation")
    paths = {site, navigation}
    paths |= {with_query(site, locale=code) for code in codes}
    for code in codes:
        paths.add(with_query(navigation, locale=code))
        for depth in range(1, council_settings.NAVIGATION_MAX_DEPTH + 1):
            paths.add(with_query(navigation, locale=code, depth=depth))
    return paths


def purge(site, paths_of):
    """Purge ``paths_of(namespace)`` of every API mounted on this site."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None) or site is None:
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    paths = []
    for namespace in built_namespaces:
        try:
            paths += paths_of(namespace)
        except NoReverseMatch:
            continue  # this API is not mounted on this site
    if not paths:
        return
    batch = PurgeBatch()
    batch.add_urls(site.root_url + path for path in paths)
    batch.purge()


def purge_api_urls(page):
    purge(page.get_site(), lambda namespace: api_paths_for(page, namespace))


def purge_on_change(sender, instance, **kwargs):
    purge_api_urls(instance)


def purge_site_data(sender, instance, **kwargs):
    """The site's settings (logo, contacts, profiles) changed: its site data did."""
    codes = list(Locale.objects.values_list("language_code", flat=True))
    purge(instance.site, lambda namespace: sorted(site_paths(namespace, codes)))


def purge_convocation(sender, instance, **kwargs):
    """A convocation changed or went: its detail and the listings, on every site."""
    for site in Site.objects.all():
        purge(site, lambda namespace: convocation_paths(instance, namespace))


def connect_purge_handlers():
    page_published.connect(purge_on_change, dispatch_uid="wagtail_council_api_purge_published")
    page_unpublished.connect(purge_on_change, dispatch_uid="wagtail_council_api_purge_unpublished")
    post_save.connect(
        purge_site_data, sender=CouncilSiteSettings, dispatch_uid="wagtail_council_api_purge_site"
    )
    post_save.connect(
        purge_convocation, sender=Convocation, dispatch_uid="wagtail_council_api_purge_convocation"
    )
    post_delete.connect(
        purge_convocation,
        sender=Convocation,
        dispatch_uid="wagtail_council_api_purge_convocation_deleted",
    )
