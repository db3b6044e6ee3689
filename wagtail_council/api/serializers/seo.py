"""What search engines and link previews read of a page, as the HTML page's head says it.

Every value comes from the page model's own methods (``SearchAndSharingMixin``),
the same ones its template calls; a page of another type has its title and
search description, and no image or JSON-LD.
"""

from ...models.mixins import SearchAndSharingMixin
from ...reader.frontend import page_url


def seo_data(page, ctx):
    request = ctx.request
    if isinstance(page, SearchAndSharingMixin):
        description = page.get_meta_description()
        og_image = page.open_graph_image(request)
        json_ld = page.structured_data(request, for_frontend=True)
    else:
        description, og_image, json_ld = (page.search_description or "").strip(), None, None
    return {
        "title": page.seo_title or page.title,
        "description": description,
        "canonical_url": page_url(page, request),
        "og_image": og_image,
        "json_ld": json_ld,
    }
