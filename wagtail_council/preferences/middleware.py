"""Tells caches that pages differ by the reader's display preferences."""

from django.utils.cache import patch_vary_headers

from . import COOKIE_NAME


class ReaderPreferencesVaryMiddleware:
    """Adds ``Vary: Cookie`` to HTML pages rendered with a reader's preferences.

    The preferences panel keeps its choices in a cookie and the server renders
    them, so a shared cache (a CDN) must not give one reader's high-contrast
    page to another. Pages rendered without the cookie are left cacheable as
    they are; a CDN should also bypass its cache for requests carrying
    ``council_preferences``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        is_html = response.get("Content-Type", "").startswith("text/html")
        if is_html and COOKIE_NAME in request.COOKIES:
            patch_vary_headers(response, ["Cookie"])
        return response
