from django.db.models import Prefetch
from ninja import Query, Router

from ...models import Role
from ...reader.context import ReaderContext
from ...reader.images import prefetch_renditions
from ..filters import ObjectId, OrganisationFilters, PeopleFilters
from ..operations import get_or_404, public_get
from ..pagination import listing, paginate
from ..schemas.common import listing_schema
from ..schemas.people import Organisation, Person, PersonCard
from ..serializers.people import (
    PORTRAIT_ROLE,
    organisation_data,
    person_card,
    person_detail,
)
from ..visibility import visible_organisations, visible_people


def build_router():
    """The directory: people and organisations."""
    router = Router(tags=["People and organisations"])

    PersonListing = listing_schema("PersonListing", PersonCard)
    OrganisationListing = listing_schema("OrganisationListing", Organisation)

    def people_queryset(queryset):
        return queryset.select_related("locale", "photo").prefetch_related(
            Prefetch("roles", queryset=Role.objects.select_related("organisation"))
        )

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
        summary="A person with every role held",
        detail=True,
    )
    def get_person(request, person_id: ObjectId):
        person = get_or_404(people_queryset(visible_people()), person_id)
        prefetch_renditions([person.photo], PORTRAIT_ROLE)
        return person_detail(person, ReaderContext(request=request))

    def organisations_queryset(queryset):
        return queryset.select_related("locale", "parent")

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
        return listing(count, [organisation_data(item) for item in organisations], filters)

    @public_get(
        router,
        "/organisations/{organisation_id}/",
        response=Organisation,
        operation_id="getOrganisation",
        summary="An organisation",
        detail=True,
    )
    def get_organisation(request, organisation_id: ObjectId):
        return organisation_data(
            get_or_404(organisations_queryset(visible_organisations()), organisation_id)
        )

    return router
