from django.db.models import Q
from django.utils import timezone
from ninja import Query, Router

from ...forms import EventFilterForm
from ...models import EventKind, EventPage, Organisation, Person
from ...models.events import EventParticipant, upcoming_first
from ...reader.visibility import visible_pages
from ..filters import EventFilters, ObjectId
from ..operations import card_listing, page_detail_response, public_get
from ..problems import INVALID_PARAMETER, Problem
from ..schemas.events import EventDetail, EventListing
from ..serializers.events import event_card, event_detail_queryset, event_queryset


def checked_filters(filters):
    """The filters, checked by the HTML index's own form: an unknown slug is a 400 problem.

    The form's choices are the objects that exist with the slugs asked for, in
    the language asked for (any language without ``locale``), so its messages
    are the ones readers of the HTML index see.
    """
    data = {
        name: str(value)
        for name in ("kind", "organisation", "person", "year", "month")
        if (value := getattr(filters, name)) is not None
    }
    if not data:
        return
    language = {"locale__language_code": filters.locale} if filters.locale else {}

    def existing(model, name):
        if name not in data:
            return []
        return list(model.objects.filter(slug=data[name], **language)[:1])

    form = EventFilterForm(
        data,
        kinds=existing(EventKind, "kind"),
        organisations=existing(Organisation, "organisation"),
        people=existing(Person, "person"),
        years=[filters.year] if filters.year else [],
    )
    if not form.is_valid():
        name, errors = next(iter(form.errors.items()))
        raise Problem(INVALID_PARAMETER, errors[0], parameter=name)


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
        checked_filters(filters)
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
