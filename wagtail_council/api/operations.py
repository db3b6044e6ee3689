"""How every public endpoint is declared: strict query, cache validators, documented errors."""

import inspect

from ninja.decorators import decorate_view

from ..reader.context import ReaderContext
from .caching import cacheable
from .details import page_detail
from .filters import strict_query
from .pagination import listing, paginate
from .problems import not_found
from .schemas.common import ProblemDetails


def public_get(
    router,
    path,
    *,
    response,
    operation_id,
    summary,
    description="",
    detail=False,
    items_link=None,
):
    """Register a GET operation anyone may call; its 200 responses are cacheable.

    ``items_link`` is ``(operation id, path parameter)`` of the detail of a
    listing's items: an OpenAPI link, for readers of the document and for
    tools that follow links (schemathesis).
    """
    responses = {200: response, 304: None, 400: ProblemDetails}
    if detail:
        responses[404] = ProblemDetails
    openapi_extra = None
    if items_link:
        target, parameter = items_link
        openapi_extra = {
            "responses": {
                200: {
                    "links": {
                        "first_item": {
                            "operationId": target,
                            "parameters": {parameter: "$response.body#/items/0/id"},
                            "description": "The detail of the first item.",
                        }
                    }
                }
            }
        }

    def decorator(view):
        view = decorate_view(cacheable)(strict_query(view))
        return router.get(
            path,
            response=responses,
            operation_id=operation_id,
            summary=summary,
            description=description or inspect.cleandoc(view.__doc__ or ""),
            openapi_extra=openapi_extra,
        )(view)

    return decorator


def get_or_404(queryset, pk):
    obj = queryset.filter(pk=pk).first()
    if obj is None:
        raise not_found()
    return obj


def card_listing(request, queryset, filters, card, prepare=None):
    """A page of cards from ``queryset``, loaded in a fixed number of queries."""
    count, items = paginate(queryset, filters)
    if prepare is not None and items:
        prepare(items)
    ctx = ReaderContext(request=request)
    return listing(count, [card(item, ctx) for item in items], filters)


def page_detail_response(request, queryset, pk):
    """The detail of the visible page ``pk`` in ``queryset``, as its registered type serves it.

    A site's subclass is read as its own model, so the fields it adds are served.
    """
    page = get_or_404(queryset, pk)
    if page.specific_class is not None and page.specific_class is not type(page):
        page = page.specific
    return page_detail(page, ReaderContext(request=request))
