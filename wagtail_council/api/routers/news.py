from ninja import Query, Router

from ...models import NewsPage, NewsPageCategory
from ...reader.visibility import visible_pages
from ..filters import NewsFilters, ObjectId
from ..operations import card_listing, page_detail_response, public_get
from ..references import pages_naming
from ..schemas.pages import NewsDetail, NewsListing
from ..serializers.pages import news_card, news_detail_queryset, news_queryset


def build_router(detail_schema=NewsDetail):
    """Listing and detail of news; ``detail_schema`` with the fields a site's subclasses add."""
    router = Router(tags=["News"])

    @public_get(
        router,
        "/",
        response=NewsListing,
        operation_id="listNews",
        items_link=("getNews", "news_id"),
        summary="List news, newest first",
    )
    def list_news(request, filters: Query[NewsFilters]):
        queryset = visible_pages(NewsPage).order_by("-publication_date", "-pk")
        queryset = filters.filter_locale(queryset)
        queryset = filters.filter_dates(queryset, "publication_date", is_datetime=True)
        if filters.category:
            queryset = queryset.filter(
                pk__in=NewsPageCategory.objects.filter(category__slug=filters.category).values(
                    "page"
                )
            )
        if filters.person:
            queryset = queryset.filter(pk__in=pages_naming(filters.person))
        return card_listing(request, news_queryset(queryset), filters, news_card)

    @public_get(
        router,
        "/{news_id}/",
        response=detail_schema,
        operation_id="getNews",
        summary="A news article with its body, quotes and gallery",
        detail=True,
    )
    def get_news(request, news_id: ObjectId):
        return page_detail_response(request, news_detail_queryset(visible_pages(NewsPage)), news_id)

    return router
