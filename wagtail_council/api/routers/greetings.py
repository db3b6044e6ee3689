from ninja import Query, Router

from ...models import GreetingAddressPage
from ...reader.visibility import visible_pages
from ..filters import GreetingAddressFilters, ObjectId
from ..operations import card_listing, page_detail_response, public_get
from ..schemas.pages import GreetingAddressDetail, GreetingAddressListing
from ..serializers.pages import (
    greeting_card,
    greeting_queryset,
    prepare_greeting_cards,
)


def build_router(detail_schema=GreetingAddressDetail):
    """Listing and detail of greeting addresses."""
    router = Router(tags=["Greeting addresses"])

    @public_get(
        router,
        "/",
        response=GreetingAddressListing,
        operation_id="listGreetingAddresses",
        items_link=("getGreetingAddress", "address_id"),
        summary="List greeting addresses, newest first",
    )
    def list_greeting_addresses(request, filters: Query[GreetingAddressFilters]):
        queryset = visible_pages(GreetingAddressPage).order_by("-date", "-pk")
        queryset = filters.filter_locale(queryset)
        queryset = filters.filter_dates(queryset, "date", is_datetime=False)
        if filters.person:
            queryset = queryset.filter(signatories__person__slug=filters.person).distinct()
        return card_listing(
            request, greeting_queryset(queryset), filters, greeting_card, prepare_greeting_cards
        )

    @public_get(
        router,
        "/{address_id}/",
        response=detail_schema,
        operation_id="getGreetingAddress",
        summary="A greeting address with its signatories and signed original",
        detail=True,
    )
    def get_greeting_address(request, address_id: ObjectId):
        queryset = (
            visible_pages(GreetingAddressPage)
            .select_related("locale", "original_image", "original_document")
            .prefetch_related("signatories__person")
        )
        return page_detail_response(request, queryset, address_id)

    return router
