"""Blocks in Wagtail's core API (v2, and v3 on Wagtail 8) read as in the content API."""


class ContentApiBlockMixin:
    """Serialize the block with the content API's serializer for its type.

    A site that puts our blocks into its own StreamField then gets from
    ``/api/v2/`` and ``/api/v3/`` what ``/api/council/`` returns for them:
    renditions instead of image ids, speakers with their role on the date,
    rich text with internal links resolved.
    """

    def get_api_representation(self, value, context=None):
        from ..api.serializers.context import ApiContext
        from ..api.streams import serialize_value

        context = context or {}
        ctx = ApiContext(request=context.get("request"))
        page = context.get("page")
        if page is not None:
            ctx = ctx.for_page(page)
        return serialize_value(self, value, ctx)
