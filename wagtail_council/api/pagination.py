"""Bounded pages of a listing: ``limit`` and ``offset``, and the total ``count``."""

# Page sizes are part of the API's contract (the OpenAPI document states
# them), so they are constants rather than settings.
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# The paths listing is light, and static-site builds read all of it.
DEFAULT_PATHS_LIMIT = 500
MAX_PATHS_LIMIT = 1000
# With every page's detail embedded, a page of paths is as heavy as that many details.
MAX_EMBED_LIMIT = 100
MAX_OFFSET = 100_000


def paginate(queryset, filters):
    """``(count, items)`` of one page; the count covers every page."""
    count = queryset.count()
    items = list(queryset[filters.offset : filters.offset + filters.limit]) if count else []
    return count, items


def listing(count, items, filters):
    return {"count": count, "limit": filters.limit, "offset": filters.offset, "items": items}
