"""Wagtail's core APIs (v2, and v3 on Wagtail 8) reading pages through the visibility rule.

Wagtail's own pages endpoints show every live page that has no view
restriction the caller fails, so a page past its ``expire_at`` stays in them
until ``publish_scheduled`` runs. A site mounts these instead, and the core
APIs then hide exactly what the content API, the HTML pages, the feeds, the
sitemap and search hide (see ``wagtail_council.reader.visibility``)::

    from wagtail_council.api.core import PagesAPIViewSet, core_api_v3

    api_router.register_endpoint("pages", PagesAPIViewSet)
    path("api/v3/", core_api_v3().urls)  # on Wagtail 8
"""

from wagtail.api.v2 import views as v2_views

from ..reader.visibility import only_visible


class PagesAPIViewSet(v2_views.PagesAPIViewSet):
    """Wagtail's v2 pages endpoint: listing, detail, ``find`` and the tree filters.

    Every one of them starts from ``get_base_queryset``, so narrowing it is
    enough; Wagtail's own site scoping (``?site=``) is kept.
    """

    def get_base_queryset(self):
        return only_visible(super().get_base_queryset())


def core_api_v3():
    """Wagtail 8's v3 API, its pages endpoints narrowed to visible pages for anonymous callers.

    The v3 pages router has no view set to subclass: each of its endpoints
    (listing, detail, ``find``, and the pages its filters start from) asks
    ``get_pages_queryset`` of its own module, so that is where the rule is
    applied, once however often this is called. Signed-in callers keep
    Wagtail's tier for editors, who read drafts through it.
    """
    from wagtail.api.v3.routers import pages
    from wagtail.api.v3.urls import api

    wagtail_queryset = pages.get_pages_queryset
    if not getattr(wagtail_queryset, "reads_visible_pages", False):

        def get_pages_queryset(request, *args, **kwargs):
            queryset = wagtail_queryset(request, *args, **kwargs)
            if request.user.is_authenticated:
                return queryset
            return only_visible(queryset)

        get_pages_queryset.reads_visible_pages = True
        pages.get_pages_queryset = get_pages_queryset
    return api
