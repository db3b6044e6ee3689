from django.utils import timezone
from ninja import Query, Router

from ...models import Convocation
from ...reader.context import ReaderContext
from ..filters import ConvocationDate, ConvocationFilters, ObjectId
from ..operations import get_or_404, public_get
from ..pagination import listing, paginate
from ..schemas.events import ConvocationDetail, ConvocationListing
from ..serializers.events import convocation_data, convocation_detail, convocation_queryset


def build_router():
    """Convocations (созывы) of organisations, and their members on a date."""
    router = Router(tags=["Convocations"])

    @public_get(
        router,
        "/convocations/",
        response=ConvocationListing,
        operation_id="listConvocations",
        items_link=("getConvocation", "convocation_id"),
        summary="List convocations, the latest first",
    )
    def list_convocations(request, filters: Query[ConvocationFilters]):
        queryset = filters.filter_locale(Convocation.objects.all())
        if filters.organisation:
            queryset = queryset.filter(organisation__slug=filters.organisation)
        queryset = convocation_queryset(queryset).order_by("-start_date", "organisation_id", "pk")
        count, convocations = paginate(queryset, filters)
        ctx = ReaderContext(request=request)
        return listing(count, [convocation_data(item, ctx) for item in convocations], filters)

    @public_get(
        router,
        "/convocations/{convocation_id}/",
        response=ConvocationDetail,
        operation_id="getConvocation",
        summary="A convocation with its members on a date (today by default)",
        detail=True,
    )
    def get_convocation(request, convocation_id: ObjectId, when: Query[ConvocationDate]):
        """Members in office on `on`, by standing (chair first) then name.

        A date outside the convocation's term gives no members.
        """
        convocation = get_or_404(convocation_queryset(Convocation.objects.all()), convocation_id)
        on = when.on or timezone.localdate()
        return convocation_detail(convocation, on, ReaderContext(request=request))

    return router
