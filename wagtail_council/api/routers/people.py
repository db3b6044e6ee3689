from ninja import Query, Router

from ...models.people import events_of, quotations_of
from ...reader.context import ReaderContext
from ...reader.images import prefetch_renditions
from ..filters import ObjectId, OrganisationFilters, Paging, PeopleFilters
from ..operations import card_listing, get_or_404, public_get
from ..pagination import listing, paginate
from ..schemas.common import listing_schema
from ..schemas.events import EventListing
from ..schemas.people import Organisation, Person, PersonCard, PersonQuoteListing
from ..serializers.events import event_card, event_queryset
from ..serializers.people import (
    PORTRAIT_ROLE,
    organisation_data,
    organisation_listing_items,
    organisations_queryset,
    people_queryset,
    person_card,
    person_detail,
    quote_items,
)
from ..visibility import visible_organisations, visible_people


def build_router():
    """The directory: people and organisations."""
    router = Router(tags=["People and organisations"])

    PersonListing = listing_schema("PersonListing", PersonCard)
    OrganisationListing = listing_schema("OrganisationListing", Organisation)

    @public_get(
        router,
        "/people/",
        response=PersonListing,
        operation_id="listPeople",
        items_link=("getPerson", "person_id"),
        summary="List people in the directory, by name",
    )
    def list_people(request, filters: Query[PeopleFilters]):
        queryset = filters.filter_locale(visible_people()).order_by("name", "pk")
        if filters.organisation:
            queryset = queryset.filter(roles__organisation__slug=filters.organisation).distinct()
        count, people = paginate(people_queryset(queryset), filters)
        prefetch_renditions([person.photo for person in people], PORTRAIT_ROLE)
        ctx = ReaderContext(request=request)
        return listing(count, [person_card(person, ctx) for person in people], filters)

    @public_get(
        router,
        "/people/{person_id}/",
        response=Person,
        operation_id="getPerson",
        summary="A person with every role held, and the latest of what they said and signed",
        detail=True,
    )
    def get_person(request, person_id: ObjectId):
        """The profile, with the latest five quotes, statements, greeting addresses and events.

        Each comes with its total; page through the rest at
        `/people/{person_id}/quotes/`, `/statements/?person=<slug>`,
        `/greeting-addresses/?person=<slug>` and `/people/{person_id}/events/`.
        """
        person = get_or_404(people_queryset(visible_people()), person_id)
        return person_detail(person, ReaderContext(request=request))

    @public_get(
        router,
        "/people/{person_id}/quotes/",
        response=PersonQuoteListing,
        operation_id="listPersonQuotes",
        summary="Quotes of a person on live, public pages, the latest page first",
        detail=True,
    )
    def list_person_quotes(request, person_id: ObjectId, filters: Query[Paging]):
        person = get_or_404(visible_people().select_related("locale"), person_id)
        quotations = quotations_of(person)
        window = quotations[filters.offset : filters.offset + filters.limit]
        ctx = ReaderContext(request=request, locale=person.locale)
        return listing(len(quotations), quote_items(window, ctx), filters)

    @public_get(
        router,
        "/people/{person_id}/events/",
        response=EventListing,
        operation_id="listPersonEvents",
        summary="Live, public events the person took part in, the latest first",
        detail=True,
    )
    def list_person_events(request, person_id: ObjectId, filters: Query[Paging]):
        person = get_or_404(visible_people(), person_id)
        return card_listing(request, event_queryset(events_of(person)), filters, event_card)

    @public_get(
        router,
        "/organisations/",
        response=OrganisationListing,
        operation_id="listOrganisations",
        items_link=("getOrganisation", "organisation_id"),
        summary="List organisations, by name",
    )
    def list_organisations(request, filters: Query[OrganisationFilters]):
        queryset = filters.filter_locale(visible_organisations()).order_by("name", "pk")
        count, organisations = paginate(organisations_queryset(queryset), filters)
        ctx = ReaderContext(request=request)
        return listing(count, organisation_listing_items(organisations, ctx), filters)

    @public_get(
        router,
        "/organisations/{organisation_id}/",
        response=Organisation,
        operation_id="getOrganisation",
        summary="An organisation, with the address of its members page",
        detail=True,
    )
    def get_organisation(request, organisation_id: ObjectId):
        organisation = get_or_404(organisations_queryset(visible_organisations()), organisation_id)
        return organisation_data(organisation, ReaderContext(request=request))

    return router
