from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import ngettext
from wagtail.models import Page

from wagtail_council.localization import active_locale

MAX_QUERY_LENGTH = 200


def search(request):
    """Site search: live, public pages of the reader's language only."""
    query = request.GET.get("q", "").strip()
    error = ""
    results = Page.objects.none()
    status = 200
    if len(query) > MAX_QUERY_LENGTH:
        error = ngettext(
            "The search text is too long; use at most %(limit)s character.",
            "The search text is too long; use at most %(limit)s characters.",
            MAX_QUERY_LENGTH,
        ) % {"limit": MAX_QUERY_LENGTH}
        status = 400
    elif query:
        results = (
            Page.objects.live().public().filter(locale=active_locale()).specific().search(query)
        )
    page_of_results = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "query": query,
            "results": page_of_results,
            "error": error,
            "pagination_query": urlencode({"q": query}),
        },
        status=status,
    )
