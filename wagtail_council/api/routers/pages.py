"""Pages of any type: by path, as a light listing of paths, and the locales content is in."""

from collections import defaultdict

from django.conf import settings
from django.utils.translation import gettext
from ninja import Query, Router
from pydantic import Field, create_model
from wagtail.models import Locale, Page, Site

from ...reader.context import ReaderContext
from ...reader.frontend import page_url_and_path
from ...reader.languages import language_name
from ...reader.visibility import visible_pages, visible_search_hits
from ..details import detail_queryset, page_detail, search_hit
from ..filters import FindFilters, PathFilters, SearchFilters
from ..kinds import kind_of, type_filter
from ..operations import public_get
from ..pagination import listing
from ..problems import not_found
from ..redirects import redirect_data, redirect_for
from ..schemas.common import SNIPPET_TYPES, LocaleInfo, listing_schema
from ..schemas.pages import PathItem, SearchListing
from ..serializers.people import (
    find_profile,
    organisation_data,
    organisation_path_item,
    organisations_queryset,
    people_queryset,
    person_detail,
    profile_path_item,
    visible_organisation_profiles,
    visible_profiles,
)


def language_codes():
    return {code for code, _name in settings.LANGUAGES}


def path_listing_schema(page_detail_schema):
    item = create_model(
        "PathItem",
        __base__=PathItem,
        __doc__=PathItem.__doc__,
        detail=(
            page_detail_schema | None,
            Field(None, description="The page's detail, with `embed=detail` only."),
        ),
    )
    return listing_schema("PathListing", item)


def embedded_details(pages, ctx):
    """``{id: detail}`` of ``pages``, each model's pages read in one query with what they show."""
    by_model = defaultdict(list)
    for page in pages:
        by_model[page.specific_class or type(page)].append(page.pk)
    details = {}
    for model, ids in by_model.items():
        for page in detail_queryset(model, model.objects.filter(pk__in=ids)):
            details[page.pk] = page_detail(page, ctx)
    return details


def redirected(site, path, request):
    """What an old path leads to, as Wagtail's redirects would answer it; a 404 otherwise.

    Wagtail redirects only what no page answers, so this comes last.
    """
    redirect = redirect_for(site, path)
    data = redirect_data(redirect, request)
    if data is None:
        raise not_found()
    if data["to_path"] is None:
        return {"type": "redirect", "redirect": data}
    detail = page_detail(redirect.redirect_page.specific, ReaderContext(request=request))
    return {**detail, "redirect": data}


class PageAddresses:
    """The visible pages of ``paths/``, in tree order."""

    def wanted(self, type_name):
        return type_name not in SNIPPET_TYPES

    def queryset(self, filters, request):
        queryset = filters.filter_locale(visible_pages()).order_by("path")
        if filters.type:
            queryset = type_filter(queryset, filters.type)
        return queryset.select_related("locale").only(
            "pk", "title", "url_path", "locale", "last_published_at", "content_type", "path"
        )

    def items(self, pages, filters, request, ctx):
        details = embedded_details(pages, ctx) if filters.embed else {}
        items = []
        for page in pages:
            url, path = page_url_and_path(page, request)
            item = {
                "id": page.pk,
                "type": kind_of(page),
                "title": page.title,
                "locale": page.locale.language_code,
                "url": url,
                "path": path,
                "last_published_at": page.last_published_at,
            }
            if filters.embed:
                item["detail"] = details.get(page.pk)
            items.append(item)
        return items


class SnippetAddresses:
    """People's profiles or organisations' members pages, after the pages of ``paths/``."""

    def __init__(self, type_name, visible, prefetch, path_item, detail):
        self.type_name = type_name
        self.visible = visible
        self.prefetch = prefetch
        self.path_item = path_item
        self.detail = detail

    def wanted(self, type_name):
        return type_name in (None, self.type_name)

    def queryset(self, filters, request):
        return self.visible(filters.locale, request)

    def items(self, snippets, filters, request, ctx):
        if filters.embed:
            ids = [snippet.pk for snippet in snippets]
            snippets = list(self.prefetch(type(snippets[0]).objects.filter(pk__in=ids)))
            snippets.sort(
                key=lambda snippet: (snippet.locale.language_code, snippet.name, snippet.pk)
            )
        items = []
        for snippet in snippets:
            item = self.path_item(snippet, request)
            if filters.embed:
                item["detail"] = self.detail(snippet, ctx)
            items.append(item)
        return items


def build_router(page_detail_schema, address_detail_schema):
    """Pages of any type, and the directory's addresses.

    ``page_detail_schema`` is the union of the registered types' details;
    ``address_detail_schema`` adds people's profiles and organisations' pages.
    """
    router = Router(tags=["Pages"])

    @public_get(
        router,
        "/locales/",
        response=list[LocaleInfo],
        operation_id="listLocales",
        summary="The languages content is published in",
    )
    def list_locales(request):
        default = Locale.get_default()
        content_languages = dict(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))
        return [
            {
                "code": locale.language_code,
                "name": language_name(locale.language_code),
                "is_default": locale.pk == default.pk,
            }
            for locale in Locale.objects.order_by("language_code")
            if locale.language_code in content_languages
        ]

    @public_get(
        router,
        "/pages/find/",
        response=address_detail_schema,
        operation_id="findPage",
        summary="The page, profile or members page at a path, in full",
        detail=True,
    )
    def find_page(request, filters: Query[FindFilters]):
        """Resolve a frontend path such as `/en/news/budget/` to the page's detail.

        The path's language prefix chooses the locale; without one, `locale`
        does (the site's default language when it is absent too).
        """
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise not_found()
        components = [part for part in filters.path.split("/") if part]
        code = filters.locale or Locale.get_default().language_code
        if components and components[0] in language_codes():
            code = components.pop(0)
            if filters.locale and filters.locale != code:
                # A page of one language is never found at another language's path.
                raise not_found(
                    gettext("The path is in “%(path_locale)s”, not “%(locale)s”.")
                    % {"path_locale": code, "locale": filters.locale}
                )
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise not_found()
        root = site.root_page.get_translation_or_none(locale)
        if root is None:
            raise not_found()
        url_path = root.url_path + "".join(f"{part}/" for part in components)
        page = visible_pages().filter(url_path=url_path, locale=locale).first()
        if page is not None:
            return page_detail(page.specific, ReaderContext(request=request))
        profile = find_profile(site, locale, components, request)
        if profile is not None:
            return profile
        return redirected(site, filters.path, request)

    path_listing = path_listing_schema(address_detail_schema)

    @public_get(
        router,
        "/paths/",
        response=path_listing,
        operation_id="listPaths",
        summary="Every live, public page as id, type, title, locale, URL and last publication",
    )
    def list_paths(request, filters: Query[PathFilters]):
        """A light listing for static-site builds, with a larger page size than other listings.

        With `embed=detail`, each item carries the page's whole detail: a static
        build reads every page of a site in a request per hundred pages.
        """
        filters.limit = filters.page_size()
        ctx = ReaderContext(request=request)
        sources = [
            source
            for source in (
                PageAddresses(),
                SnippetAddresses(
                    "person", visible_profiles, people_queryset, profile_path_item, person_detail
                ),
                SnippetAddresses(
                    "organisation",
                    visible_organisation_profiles,
                    organisations_queryset,
                    organisation_path_item,
                    organisation_data,
                ),
            )
            if source.wanted(filters.type)
        ]
        count, items = 0, []
        for source in sources:
            queryset = source.queryset(filters, request)
            total = queryset.count()
            start = max(filters.offset - count, 0)
            room = filters.limit - len(items)
            if room > 0 and start < total:
                items += source.items(list(queryset[start : start + room]), filters, request, ctx)
            count += total
        return listing(count, items, filters)

    @public_get(
        router,
        "/search/",
        response=SearchListing,
        operation_id="searchPages",
        summary="Search live, public pages, best match first",
    )
    def search_pages(request, filters: Query[SearchFilters]):
        """Full-text search with Wagtail's search backend, over visible pages only.

        The backend ranks live pages; only those the other endpoints would show
        (public, unexpired, in a site) are kept, before counting and paginating.
        """
        ordered = visible_search_hits(filters.q, filters.filter_locale(Page.objects.live()))
        window = ordered[filters.offset : filters.offset + filters.limit]
        pages = Page.objects.filter(pk__in=window).select_related("locale").specific()
        by_pk = {page.pk: page for page in pages}
        ctx = ReaderContext(request=request)
        items = [search_hit(by_pk[pk], ctx) for pk in window if pk in by_pk]
        return listing(len(ordered), items, filters)

    return router
