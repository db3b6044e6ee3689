"""URLs a site serves at its root, outside any language prefix: robots.txt and the site's icons.

Include them with one line, outside ``i18n_patterns``::

    urlpatterns = [
        path("", include("wagtail_council.site_urls")),
        ...
    ]
"""

urlpatterns = []
