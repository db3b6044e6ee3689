"""Short-lived signed tokens that let a headless frontend render an editor's draft.

Two ways in, one endpoint out:

* the "Headless preview" button on a page in the admin signs a token naming
  the page's latest revision (saved drafts);
* ``HeadlessPreviewMixin`` on a page model adds a "Headless frontend" mode to
  Wagtail's preview panel, on sites that have a frontend: the unsaved state of
  the edit form is kept in the cache for as long as the token lives, and the
  token names that entry.

Either way the editor's browser goes to the frontend's preview route with
``?token=…``, and the frontend asks ``/preview/?token=…`` for the draft, which
has the same schema as a detail. Tokens expire after
``WAGTAIL_COUNCIL_API_PREVIEW_TOKEN_MAX_AGE`` seconds; an expired or forged
token is a 403 problem, a deleted revision or a forgotten form state a 404.
Unsaved previews need a cache shared by every app server (Redis in production).
The preview panel shows the frontend in an iframe, so the frontend's preview
route must let the admin's origin frame it (no ``X-Frame-Options: DENY``; a
``Content-Security-Policy: frame-ancestors`` that names the admin).
"""

import secrets
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.cache import cache
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from ..conf import council_settings
from .frontend import frontend_base_url

# Unchanged since tokens were first signed here, so tokens already handed out stay valid.
SALT = "wagtail_council.api.preview"
CACHE_PREFIX = "wagtail_council:headless-preview:"
# The id a page previewed before it is first saved has in the API.
UNSAVED_PAGE_ID = 0


def make_preview_token(revision):
    """A token for a saved revision."""
    return signing.dumps({"revision": revision.pk}, salt=SALT, compress=True)


def make_unsaved_preview_token(page):
    """A token for a page as it is in memory, such as the edit form's unsaved state."""
    key = secrets.token_urlsafe(18)
    content = {
        "content_type": ContentType.objects.get_for_model(page.specific_class or type(page)).pk,
        "data": page.to_json(),
    }
    cache.set(CACHE_PREFIX + key, content, timeout=council_settings.API_PREVIEW_TOKEN_MAX_AGE)
    return signing.dumps({"unsaved": key}, salt=SALT, compress=True)


class HeadlessPreviewMixin:
    """Add to a page model to preview it in the headless frontend from Wagtail's preview panel.

    ``class NewsPage(HeadlessPreviewMixin, FeaturedImageMixin, Page)``: when a
    frontend is configured for the page's site, the preview panel offers
    "Headless frontend" after the site's own template (which stays the
    default), showing the edit form's unsaved state as the frontend renders it.
    Without a frontend the panel keeps only Wagtail's own preview.
    """

    @property
    def preview_modes(self):
        modes = super().preview_modes
        if frontend_base_url_for(self):
            return [*modes, ("headless", _("Headless frontend"))]
        return modes

    def serve_preview(self, request, mode_name):
        if mode_name != "headless":
            return super().serve_preview(request, mode_name)
        response = redirect(
            frontend_preview_url(self, make_unsaved_preview_token(self), request=request)
        )
        # The token names one state of the form: never reuse the redirect.
        response["Cache-Control"] = "no-store"
        return response


def site_root_url(page):
    """The root URL of the Wagtail site a page belongs to, or of the one it will join.

    A page in the tree answers from its URL path. A page being created has at
    most a tree path (Wagtail's create preview sets one before the URL path),
    so its parent answers; a blank new page, not placed yet, belongs to the
    default site as far as anyone can tell.
    """
    if page.path and page.url_path:
        parts = page.get_url_parts()
        return parts[1] if parts else ""
    if page.path and page.depth and page.depth > 1:
        parent = Page.objects.filter(path=page.path[: -Page.steplen]).first()
        return site_root_url(parent) if parent else ""
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def frontend_base_url_for(page):
    """The headless frontend's base URL for a page's site; empty when it has none."""
    if not isinstance(council_settings.FRONTEND_BASE_URL, dict):
        # One frontend for every site, or none: no need to look for the page's
        # site. Wagtail asks for preview modes on every row of a page listing.
        return frontend_base_url("")
    return frontend_base_url(site_root_url(page))


def frontend_preview_url(page, token, request=None):
    """Where the editor's browser goes: the frontend's preview route, else the API's own."""
    base = frontend_base_url_for(page)
    query = urlencode({"token": token})
    if base:
        return f"{base}{council_settings.FRONTEND_PREVIEW_PATH}?{query}"
    url = reverse("wagtail_council_api:preview_page") + "?" + query
    return request.build_absolute_uri(url) if request else url
