"""What search engines and link previews read of a page, as the HTML page's head says it.

Every value comes from the page model's own methods (``SearchAndSharingMixin``),
the same ones its template calls; a page of another type has its title and
the description its HTML head has (``meta_description_of``), and no image; no JSON-LD either, unless it is the home
page of a language, which has the council's ``Organization`` and ``WebSite``
as its template does (``council_tags.page_json_ld``).
"""

from ...models.mixins import SearchAndSharingMixin, meta_description_of
from ...reader.frontend import page_url
from ...reader.structured_data import home_page_data, is_home_page


def seo_data(page, ctx):
    request = ctx.request
    if isinstance(page, SearchAndSharingMixin):
        description = meta_description_of(page, request)
        og_image = page.open_graph_image(request)
        json_ld = page.structured_data(request, for_frontend=True)
    else:
        description, og_image = meta_description_of(page, request), None
        # The home page of a language, whatever its type: the council and its site.
        json_ld = home_page_data(page, request, for_frontend=True) if is_home_page(page) else None
    return {
        "title": page.seo_title or page.title,
        "description": description,
        "canonical_url": page_url(page, request),
        "og_image": og_image,
        "json_ld": json_ld,
    }
