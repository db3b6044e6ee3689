"""The site's redirects: ``GET /redirects/``."""

from ninja import Query, Router
from wagtail.models import Site

from ..filters import LocaleFilter, Paging
from ..operations import public_get
from ..pagination import listing, paginate
from ..redirects import followable_redirect_data, followable_redirects
from ..schemas.redirects import RedirectListing


class RedirectFilters(LocaleFilter, Paging):
    pass


def build_router():
    """Redirects of the request's site, for frontends and static builds."""
    router = Router(tags=["Redirects"])

    @public_get(
        router,
        "/redirects/",
        response=RedirectListing,
        operation_id="listRedirects",
        summary="List the site's redirects from old paths, by old path",
    )
    def list_redirects(request, filters: Query[RedirectFilters]):
        """Every redirect a reader may follow: to a live, public page, or to an http(s) address.

        Redirects of this site and those for every site (a redirect of this
        site wins where both have the same old path), as Wagtail answers a
        browser. A redirect to a draft, private or expired page is left out.
        `locale` keeps the redirects to pages in that language, and so leaves
        out external addresses.
        """
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        queryset = followable_redirects(site) if site is not None else None
        if queryset is None:  # no site, or no wagtail.contrib.redirects
            return listing(0, [], filters)
        queryset = filters.filter_locale(queryset, field="redirect_page__locale")
        count, redirects = paginate(queryset, filters)
        items = []
        for redirect in redirects:
            data = followable_redirect_data(redirect, request)
            if data is not None:
                page = redirect.redirect_page
                locale = page.locale.language_code if page is not None else None
                items.append({"id": redirect.pk, "locale": locale, **data})
        return listing(count, items, filters)

    return router
