"""Views of wagtail-council that are not pages: the reader's display preferences, site search."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Page, Site

from .preferences import (
    ReaderPreferences,
    ReaderPreferencesForm,
    preferences_for,
    store_preferences,
)
from .reader.languages import active_locale
from .reader.visibility import visible_search_hits

PREFERENCES_TEMPLATE = "wagtail_council/preferences.html"
SEARCH_TEMPLATE = "wagtail_council/search.html"
# Longer search texts are refused with a message (HTTP 400).
MAX_QUERY_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


def safe_next_url(request, url):
    """``url`` if it stays on this site, otherwise the home page in the reader's language."""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    site = Site.find_for_request(request)
    if site is not None:
        home_url = site.root_page.localized.get_url(request)
        if home_url:
            return home_url
    return "/"


# Every page carries the preferences form, and a CSRF token in each of them
# would set a cookie on every visitor and keep pages out of shared caches.
# The form only changes how this browser displays the site, the same harm a
# forged request could do by changing the reader's language, so it needs none.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def reader_preferences(request):
    """Show the preferences form (GET), or store the chosen preferences and go back (POST).

    Values outside the offered choices are refused with a 400 and the form
    with its messages; nothing is stored then.
    """
    next_url = request.POST.get("next") if request.method == "POST" else request.GET.get("next")
    status = 200
    if request.method == "POST":
        if "reset" in request.POST:
            form = None
            chosen = ReaderPreferences()
        else:
            form = ReaderPreferencesForm(request.POST)
            chosen = form.preferences() if form.is_valid() else None
        if chosen is not None:
            response = HttpResponseRedirect(safe_next_url(request, next_url))
            # See Other: the browser follows with a GET, never repeating the POST.
            response.status_code = 303
            store_preferences(response, request, chosen)
            return response
        status = 400
    else:
        form = ReaderPreferencesForm(initial=preferences_for(request).as_initial())
    return TemplateResponse(
        request,
        PREFERENCES_TEMPLATE,
        {"form": form, "next_url": safe_next_url(request, next_url)},
        status=status,
    )


def search(request):
    """Site search: visible pages (``reader.visibility``) of the reader's language only.

    A site mounts it inside ``i18n_patterns``, for example as
    ``path("search/", search, name="search")``. A text longer than
    ``MAX_QUERY_LENGTH`` gets the form with a message and a 400; a bad
    ``?page=`` shows the nearest page of results.
    """
    query = request.GET.get("q", "").strip()
    error = ""
    hits = []
    status = 200
    if len(query) > MAX_QUERY_LENGTH:
        error = ngettext(
            "The search text is too long; use at most %(limit)s character.",
            "The search text is too long; use at most %(limit)s characters.",
            MAX_QUERY_LENGTH,
        ) % {"limit": MAX_QUERY_LENGTH}
        status = 400
    elif query:
        hits = visible_search_hits(query, Page.objects.live().filter(locale=active_locale()))
    page_of_results = Paginator(hits, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    pages = Page.objects.filter(pk__in=page_of_results.object_list).specific()
    by_pk = {page.pk: page for page in pages}
    page_of_results.object_list = [by_pk[pk] for pk in page_of_results.object_list if pk in by_pk]
    return TemplateResponse(
        request,
        SEARCH_TEMPLATE,
        {
            "query": query,
            "results": page_of_results,
            "error": error,
            "pagination_query": urlencode({"q": query}),
            "max_query_length": MAX_QUERY_LENGTH,
        },
        status=status,
    )
