"""A typed, read-only content API for headless frontends, built on django-ninja.

Mount it with::

    from wagtail_council.api.urls import urls as council_api_urls

    urlpatterns = [path("api/council/", council_api_urls), ...]

It serves an OpenAPI 3.1 document at ``openapi.json`` and interactive docs at
``docs``. Anonymous callers see only what readers may see (``reader.visibility``).
"""
