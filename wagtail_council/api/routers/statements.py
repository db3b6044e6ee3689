from ninja import Query, Router

from ...models import StatementPage
from ...reader.visibility import visible_pages
from ..filters import ObjectId, StatementFilters
from ..operations import card_listing, page_detail_response, public_get
from ..schemas.pages import StatementDetail, StatementListing
from ..serializers.pages import (
    prepare_statement_cards,
    statement_card,
    statement_queryset,
)


def build_router(detail_schema=StatementDetail):
    """Listing and detail of statements."""
    router = Router(tags=["Statements"])

    @public_get(
        router,
        "/",
        response=StatementListing,
        operation_id="listStatements",
        items_link=("getStatement", "statement_id"),
        summary="List statements of officials, newest first",
    )
    def list_statements(request, filters: Query[StatementFilters]):
        queryset = visible_pages(StatementPage).order_by("-date", "-pk")
        queryset = filters.filter_locale(queryset)
        queryset = filters.filter_dates(queryset, "date", is_datetime=True)
        if filters.person:
            queryset = queryset.filter(speaker__slug=filters.person)
        if filters.organisation:
            queryset = queryset.filter(
                speaker__roles__organisation__slug=filters.organisation
            ).distinct()
        return card_listing(
            request, statement_queryset(queryset), filters, statement_card, prepare_statement_cards
        )

    @public_get(
        router,
        "/{statement_id}/",
        response=detail_schema,
        operation_id="getStatement",
        summary="A statement with its speaker and details",
        detail=True,
    )
    def get_statement(request, statement_id: ObjectId):
        queryset = statement_queryset(visible_pages(StatementPage))
        return page_detail_response(request, queryset, statement_id)

    return router
