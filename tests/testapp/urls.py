"""The URL layout of the example site (and of a typical site), built from the package's parts.

Pages in each language under ``i18n_patterns`` (``/ru/…``, ``/en/…``), the
admin, documents, Wagtail's core APIs (v2, and v3 on Wagtail 8) with the
package's pages endpoints, the content API at ``/api/council/``, the sitemap
and site search. ``example_site/council_site/urls.py`` mounts the same parts.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from wagtail_council.api.core import DocumentsAPIViewSet, ImagesAPIViewSet, PagesAPIViewSet
from wagtail_council.sitemaps import CouncilSitemap
from wagtail_council.views import search

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/council/", include("wagtail_council.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": CouncilSitemap}}, name="sitemap"),
]

if settings.HAS_CORE_API_V3:
    from wagtail_council.api.core import core_api_v3

    urlpatterns.append(path("api/v3/", core_api_v3().urls))

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("", include("wagtail_council.urls")),
    path("", include(wagtail_urls)),
)
