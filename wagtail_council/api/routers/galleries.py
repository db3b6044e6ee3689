from ninja import Query, Router

from ...models import GalleryPage
from ...reader.visibility import visible_pages
from ..filters import GalleryFilters, ObjectId
from ..operations import card_listing, page_detail_response, public_get
from ..schemas.pages import GalleryDetail, GalleryListing
from ..serializers.pages import (
    gallery_card,
    gallery_queryset,
    prepare_gallery_cards,
)


def build_router(detail_schema=GalleryDetail):
    """Listing and detail of photo galleries."""
    router = Router(tags=["Galleries"])

    @public_get(
        router,
        "/",
        response=GalleryListing,
        operation_id="listGalleries",
        items_link=("getGallery", "gallery_id"),
        summary="List photo galleries, newest first",
    )
    def list_galleries(request, filters: Query[GalleryFilters]):
        queryset = visible_pages(GalleryPage).order_by("-date", "-pk")
        queryset = filters.filter_locale(queryset)
        queryset = filters.filter_dates(queryset, "date", is_datetime=False)
        return card_listing(
            request, gallery_queryset(queryset), filters, gallery_card, prepare_gallery_cards
        )

    @public_get(
        router,
        "/{gallery_id}/",
        response=detail_schema,
        operation_id="getGallery",
        summary="A photo gallery with every photo, in the editor's order",
        detail=True,
    )
    def get_gallery(request, gallery_id: ObjectId):
        queryset = gallery_queryset(visible_pages(GalleryPage))
        return page_detail_response(request, queryset, gallery_id)

    return router
