"""Views of wagtail-council that are not pages: the reader's display preferences, site search, robots.txt."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Page, Site

from .conf import council_settings
from .models.mixins import page_of
from .preferences import (
    ReaderPreferences,
    ReaderPreferencesForm,
    preferences_for,
    store_preferences,
)
from .reader.languages import active_locale, all_locales, localized_site_name
from .reader.metadata import language_version
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
    ``MAX_QUERY_LENGTH`` gets the form with a message and a 400; a
    ``?page=`` that is not a page of the results answers 404, as on listings.
    The canonical URL keeps the search text and the page number.
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
    page_of_results = page_of(Paginator(hits, SEARCH_RESULTS_PER_PAGE), request)
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
            **search_metadata(request, query, page_of_results),
        },
        status=status,
    )


def search_metadata(request, query, page_of_results):
    """The search page's head: its description, and its canonical URL with the search text."""
    params = {"q": query} if query else {}
    if page_of_results.number > 1:
        params["page"] = page_of_results.number
    query_string = f"?{urlencode(params)}" if params else ""
    current = active_locale(request)
    versions = []
    for locale in all_locales(request):
        # The same search in each language: the path under that language's prefix.
        path = translate_url(request.path, locale.language_code)
        versions.append(
            language_version(
                locale.language_code,
                request.build_absolute_uri(path) + query_string,
                local_url=path + query_string,
                is_current=locale.pk == current.pk,
                locale_id=locale.pk,
            )
        )
    versions.sort(key=lambda version: version["language_code"])
    site = Site.find_for_request(request)
    return {
        "canonical_url": request.build_absolute_uri(request.path) + query_string,
        "view_translations": versions,
        "meta_description": gettext("Search the website of %(site)s")
        % {"site": localized_site_name(site, active_locale(request))},
        "og_title": gettext("Search"),
    }


# Crawlers may read it every few minutes; it changes with a deployment only.
ROBOTS_MAX_AGE = 60 * 60 * 24


@require_safe
@cache_control(max_age=ROBOTS_MAX_AGE, public=True)
def robots_txt(request):
    """robots.txt: every crawler may read the site except its admin, and where the sitemap is.

    A site serves it at its root through ``wagtail_council.site_urls``. The
    sitemap is the URL named "sitemap" (``WAGTAIL_COUNCIL_ROBOTS_SITEMAP_URL``
    overrides it); without either the line is left out.
    """
    lines = ["User-agent: *"]
    try:
        lines.append(f"Disallow: {reverse('wagtailadmin_home')}")
    except NoReverseMatch:
        lines.append("Disallow:")
    sitemap_url = council_settings.ROBOTS_SITEMAP_URL
    if not sitemap_url:
        try:
            sitemap_url = reverse("sitemap")
        except NoReverseMatch:
            sitemap_url = ""
    if sitemap_url:
        lines.append(f"Sitemap: {request.build_absolute_uri(sitemap_url)}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
