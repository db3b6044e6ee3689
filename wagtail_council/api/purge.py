"""Publishing purges the API URLs that show a page from a CDN (``wagtail.contrib.frontend_cache``).

Wagtail's frontend cache app purges a page's own URL; this adds the API's:
the page's detail and its translations' details (their lists of translations
change), the listing of its type, the paths listing, the by-path lookup, and
the news that embed or link it. Nothing happens unless ``WAGTAILFRONTENDCACHE``
is configured and the API is mounted.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished

from ..models import NewsPage
from ..reader.frontend import page_url_and_path
from ..reader.visibility import visible_pages
from .kinds import kind_of

NAMESPACE = "wagtail_council_api"

# The listing and detail operation of each page type, as ``(listing, detail, id argument)``.
OPERATIONS = {
    "news": ("list_news", "get_news", "news_id"),
    "statement": ("list_statements", "get_statement", "statement_id"),
    "greeting_address": ("list_greeting_addresses", "get_greeting_address", "address_id"),
    "gallery": ("list_galleries", "get_gallery", "gallery_id"),
}


def api_url(name, **kwargs):
    return reverse(f"{NAMESPACE}:{name}", kwargs=kwargs or None)


def with_query(url, **params):
    return f"{url}?{urlencode(params)}"


def api_paths_for(page):
    """Paths of API responses that show ``page`` (relative to the site root)."""

    page = page.specific
    kind = kind_of(page)
    codes = list(Locale.objects.values_list("language_code", flat=True))
    paths = {api_url("list_paths")}
    paths |= {with_query(api_url("list_paths"), locale=code) for code in codes}
    _url, page_path = page_url_and_path(page)
    if page_path:
        paths.add(with_query(api_url("find_page"), path=page_path))
    versions = list(page.get_translations(inclusive=True))
    if kind in OPERATIONS:
        listing, detail, argument = OPERATIONS[kind]
        paths.add(api_url(listing))
        paths |= {with_query(api_url(listing), locale=code) for code in codes}
        paths |= {api_url(detail, **{argument: version.pk}) for version in versions}
    # News embed their gallery and link their greeting address.
    if kind in ("gallery", "greeting_address"):
        field = "gallery" if kind == "gallery" else "greeting_address"
        news = visible_pages(NewsPage).filter(**{f"{field}__translation_key": page.translation_key})
        paths |= {api_url("get_news", news_id=pk) for pk in news.values_list("pk", flat=True)}
    return sorted(paths)


def purge_api_urls(page):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    try:
        paths = api_paths_for(page)
    except NoReverseMatch:
        return  # the API is not mounted on this site
    site = page.get_site()
    if site is None:
        return
    batch = PurgeBatch()
    batch.add_urls(site.root_url + path for path in paths)
    batch.purge()


def purge_on_change(sender, instance, **kwargs):
    purge_api_urls(instance)


def connect_purge_handlers():
    page_published.connect(purge_on_change, dispatch_uid="wagtail_council_api_purge_published")
    page_unpublished.connect(purge_on_change, dispatch_uid="wagtail_council_api_purge_unpublished")
