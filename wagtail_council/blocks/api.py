"""Blocks in Wagtail's core API (v2, and v3 on Wagtail 8) read as in the content API."""

from ..reader.context import ReaderContext
from .registry import serialize_value


class ContentApiBlockMixin:
    """Serialize the block with the serializer registered for its type.

    A site that puts our blocks into its own StreamField then gets from
    ``/api/v2/`` and ``/api/v3/`` what ``/api/council/`` returns for them:
    renditions instead of image ids, speakers with their role on the date,
    rich text with internal links resolved.
    """

    def get_api_representation(self, value, context=None):
        context = context or {}
        ctx = ReaderContext(request=context.get("request"))
        page = context.get("page")
        if page is not None:
            ctx = ctx.for_page(page)
        return serialize_value(self, value, ctx)
