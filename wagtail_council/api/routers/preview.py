from ninja import Query, Router
from ninja.decorators import decorate_view

from ...reader.context import ReaderContext
from ..caching import no_store
from ..details import page_detail
from ..filters import PreviewParameters, strict_query
from ..preview import draft_from_token
from ..schemas.common import ProblemDetails


def build_router(page_detail_schema):
    """Editors' drafts, in the schema of any page's detail."""
    router = Router(tags=["Preview"])

    @router.get(
        "/preview/",
        response={
            200: page_detail_schema,
            400: ProblemDetails,
            403: ProblemDetails,
            404: ProblemDetails,
        },
        operation_id="previewPage",
        summary="An editor's draft, with the same schema as a detail",
        description="Read with a token from the admin's “Headless preview” link. Tokens are "
        "short-lived; responses are never cached (`Cache-Control: no-store`).",
    )
    @decorate_view(no_store)
    @strict_query
    def preview_page(request, parameters: Query[PreviewParameters]):
        return page_detail(draft_from_token(parameters.token), ReaderContext(request=request))

    return router
