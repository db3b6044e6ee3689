"""URLs a site serves at its root, outside any language prefix: robots.txt and the site's icons.

Include them with one line, outside ``i18n_patterns``::

    urlpatterns = [
        path("", include("wagtail_council.site_urls")),
        ...
    ]
"""

from django.urls import path

from . import icons
from .views import robots_txt

urlpatterns = [
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", icons.favicon, name="wagtail_council_favicon"),
    path("icon-192.png", icons.icon_192, name="wagtail_council_icon_192"),
    path("icon-512.png", icons.icon_512, name="wagtail_council_icon_512"),
    path("apple-touch-icon.png", icons.apple_touch_icon, name="wagtail_council_apple_touch_icon"),
]
