"""A typed, read-only content API for headless frontends, built on django-ninja.

Mount it with::

    from wagtail_council.api.urls import urls as council_api_urls

    urlpatterns = [path("api/council/", council_api_urls), ...]

or build one with a title and namespace of its own (``factory.build_api``).
It serves an OpenAPI 3.1 document at ``openapi.json`` and interactive docs at
``docs``. Anonymous callers see only what readers may see (``reader.visibility``).
A site's own page types are served once registered (``register_page_type``).
"""

from .registry import ApiPageType, register_page_type

__all__ = ["ApiPageType", "register_page_type"]
