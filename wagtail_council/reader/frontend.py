"""Where readers find content: URLs on the headless frontend, or on the Wagtail site.

``WAGTAIL_COUNCIL_FRONTEND_BASE_URL`` is read at request time. When it is set,
page URLs and rich-text links in API responses point at the frontend (the
path, with its language prefix, stays the one Wagtail would serve);
otherwise they point at the Wagtail site itself.
"""

from urllib.parse import urlsplit

from ..conf import council_settings


def frontend_base_url(root_url):
    """The frontend's base URL for the Wagtail site at ``root_url``, without a trailing slash."""
    setting = council_settings.FRONTEND_BASE_URL
    if isinstance(setting, dict):
        setting = setting.get(urlsplit(root_url or "").hostname or "", "")
    return (setting or "").rstrip("/")


def page_url_and_path(page, request=None):
    """``(url, path)`` of a page for readers; ``(None, None)`` when it has no route.

    ``request`` caches the site root paths, so a listing costs no query per page.
    """
    parts = page.get_url_parts(request)
    if parts is None or parts[2] is None:
        return None, None
    _site_id, root_url, path = parts
    return (frontend_base_url(root_url) or root_url) + path, path


def page_url(page, request=None):
    return page_url_and_path(page, request)[0]


def absolute(url, request):
    """Media and document URLs as absolute URLs, for a frontend on another origin.

    Without a request (Wagtail's v3 API gives its fields none), URLs start from
    Wagtail's ``WAGTAILAPI_BASE_URL`` when it is set, as Wagtail's own do.
    """
    if not url:
        return url
    if request is None:
        # Wagtail 8 moved it to wagtail.api.utils; v2.utils still offers it on
        # 7.4 and 8. Imported here: that module loads Wagtail's models, and page
        # models import this one while Django loads them.
        from wagtail.api.v2.utils import get_full_url

        return get_full_url(None, url) if url.startswith("/") and not url.startswith("//") else url
    if url.startswith("/") and not url.startswith("//"):
        # The common case, hundreds of times per response: no URL parsing.
        origin = getattr(request, "_council_origin", None)
        if origin is None:
            origin = request._council_origin = f"{request.scheme}://{request.get_host()}"
        return origin + url
    return request.build_absolute_uri(url)
