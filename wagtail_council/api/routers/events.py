from django.db.models import Q
from django.utils import timezone
from ninja import Query, Router

from ...models import EventPage
from ...models.events import EventParticipant, upcoming_first
from ...reader.visibility import visible_pages
from ..filters import EventFilters, ObjectId
from ..operations import card_listing, page_detail_response, public_get
from ..schemas.events import EventDetail, EventListing
from ..serializers.events import event_card, event_detail_queryset, event_queryset


def filter_events(queryset, filters):
    if filters.kind:
        queryset = queryset.filter(kind__slug=filters.kind)
    if filters.organisation:
        queryset = queryset.filter(organiser__slug=filters.organisation)
    if filters.person:
        queryset = queryset.filter(
            pk__in=EventParticipant.objects.filter(person__slug=filters.person).values("page_id")
        )
    if filters.year:
        queryset = queryset.filter(start__year=filters.year)
    if filters.month:
        queryset = queryset.filter(start__month=filters.month)
    if filters.upcoming is not None:
        now = timezone.now()
        over = Q(end__lt=now) | Q(end__isnull=True, start__lt=now)
        queryset = queryset.exclude(over) if filters.upcoming else queryset.filter(over)
    return queryset


def build_router(detail_schema=EventDetail):
    """Listing and detail of events; ``detail_schema`` with the fields a site's subclasses add."""
    router = Router(tags=["Events"])

    @public_get(
        router,
        "/",
        response=EventListing,
        operation_id="listEvents",
        items_link=("getEvent", "event_id"),
        summary="List events: upcoming ones first, soonest first, then past ones, newest first",
    )
    def list_events(request, filters: Query[EventFilters]):
        queryset = filters.filter_locale(visible_pages(EventPage))
        queryset = upcoming_first(filter_events(queryset, filters))
        return card_listing(request, event_queryset(queryset), filters, event_card)

    @public_get(
        router,
        "/{event_id}/",
        response=detail_schema,
        operation_id="getEvent",
        summary="An event with its participants, agenda, documents, gallery and news",
        detail=True,
    )
    def get_event(request, event_id: ObjectId):
        return page_detail_response(
            request, event_detail_queryset(visible_pages(EventPage)), event_id
        )

    return router
