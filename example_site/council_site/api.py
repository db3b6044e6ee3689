"""Wagtail's own content API (v2), which our page types extend through ``api_fields``.

The pages, images and documents endpoints are wagtail-council's: they hide
what every other way out hides (drafts, private and expired pages, unpublished
translations, and the images and documents only those use).
"""

from wagtail.api.v2.router import WagtailAPIRouter

from wagtail_council.api.core import DocumentsAPIViewSet, ImagesAPIViewSet, PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
