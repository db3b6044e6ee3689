"""Wagtail's own content API (v2), which our page types extend through ``api_fields``.

The pages endpoint is wagtail-council's: it hides what every other way out
hides (drafts, private and expired pages, unpublished translations).
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from wagtail_council.api.core import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
