from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from wagtail_council.sitemaps import CouncilSitemap
from wagtail_council.views import search

from .api import api_router

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/council/", include("wagtail_council.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": CouncilSitemap}}, name="sitemap"),
    # robots.txt and the site's icons, at the root outside any language prefix.
    path("", include("wagtail_council.site_urls")),
]

if settings.HAS_CORE_API_V3:
    from wagtail_council.api.core import core_api_v3

    urlpatterns.append(path("api/v3/", core_api_v3().urls))

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("", include("wagtail_council.urls")),
    path("", include(wagtail_urls)),
)

if settings.DEBUG:
    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
