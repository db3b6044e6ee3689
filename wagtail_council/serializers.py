"""Fields of Wagtail's core API (v2, and v3 on Wagtail 8) for our page types.

Each field hands its value to the content API's serializers
(``wagtail_council.api.serializers``), so a page reads the same in
``/api/v2/``, ``/api/v3/`` and ``/api/council/``: images as renditions with
alt text, people with the role they held on the page's date, links in the
page's language, rich text with internal links resolved.

Wagtail 8 types an ``APIField(serializer=…)`` in its v3 OpenAPI document from
the return annotation of the serializer's ``to_representation``. Those
annotations name the content API's schemas. The schemas import the models,
and the models import this module, so the names are bound once the app
registry is ready (``bind_schema_names``, called from ``AppConfig.ready``),
before Wagtail builds its v3 schemas on the first URL resolution.
"""

from typing import TYPE_CHECKING

from rest_framework import serializers

if TYPE_CHECKING:
    from .api.schemas.common import PageLink
    from .api.schemas.images import Figure, Photo
    from .api.schemas.pages import Category, GalleryEmbed, NewsBody
    from .api.schemas.people import Speaker


def bind_schema_names():
    """Make the schema names in the annotations below resolvable at run time."""
    from .api.schemas import common, images, pages, people

    globals().update(
        PageLink=common.PageLink,
        Figure=images.Figure,
        Photo=images.Photo,
        Category=pages.Category,
        GalleryEmbed=pages.GalleryEmbed,
        NewsBody=pages.NewsBody,
        Speaker=people.Speaker,
    )


class PageValueField(serializers.Field):
    """A read-only value computed from the whole page, in the page's own language."""

    def get_attribute(self, instance):
        return instance

    def api_context(self, page):
        from .api.serializers.context import ApiContext

        # Wagtail's v3 API passes no request to these fields; URLs of media then
        # start from WAGTAILAPI_BASE_URL (see ``api.frontend.absolute``).
        return ApiContext(request=self.context.get("request")).for_page(page)


class FeaturedImageField(PageValueField):
    """The featured image as renditions, with alt text (or decorative), caption and credit."""

    def to_representation(self, page) -> "Figure | None":
        from .api.serializers.pages import featured_figure

        return featured_figure(page, self.api_context(page))


class NewsBodyField(PageValueField):
    """A news or statement body: each block typed, images as renditions, links resolved."""

    def to_representation(self, page) -> "NewsBody":
        from .api.serializers.pages import stream_data

        return stream_data(getattr(page, self.field_name), self.api_context(page))


class RichTextHtmlField(PageValueField):
    """Rich text as HTML, with internal links resolved to reader URLs in the page's language."""

    def to_representation(self, page) -> str:
        from .api.serializers.rich_text import prefetch_links, rich_text_html

        ctx = self.api_context(page)
        source = getattr(page, self.field_name) or ""
        prefetch_links([source], ctx)
        return rich_text_html(source, ctx)


class CategoriesField(PageValueField):
    def to_representation(self, page) -> "list[Category]":
        from .api.serializers.pages import categories_of

        return categories_of(page)


class LinkedPageField(PageValueField):
    """A linked page in the page's own locale, or ``null`` when it is not live and public."""

    def to_representation(self, page) -> "PageLink | None":
        from .api.serializers.pages import localized_link

        return localized_link(getattr(page, self.field_name), self.api_context(page))


class LinkedGalleryField(PageValueField):
    """The gallery of the event, with its photos, in the page's own locale; or ``null``."""

    def to_representation(self, page) -> "GalleryEmbed | None":
        from .api.serializers.pages import gallery_embed

        gallery = getattr(page, self.field_name)
        return gallery_embed(gallery, self.api_context(page)) if gallery is not None else None


class RelatedPagesField(PageValueField):
    """Related pages in the page's own locale, skipping drafts and private pages."""

    def to_representation(self, page) -> "list[PageLink]":
        from .api.serializers.pages import related_links

        return related_links(page, self.api_context(page))


class SpeakerField(PageValueField):
    """The person speaking, with the role held on the page's date (or the editor's override)."""

    def to_representation(self, page) -> "Speaker":
        from .api.serializers.pages import statement_speaker
        from .api.serializers.people import prefetch_people

        prefetch_people([page.speaker])
        return statement_speaker(page, self.api_context(page))


class SignatoriesField(PageValueField):
    def to_representation(self, page) -> "list[Speaker]":
        from .api.serializers.pages import signatories_of
        from .api.serializers.people import prefetch_people

        prefetch_people([row.person for row in page.signatories.all() if row.person_id])
        return signatories_of(page, self.api_context(page))


class GalleryPhotosField(PageValueField):
    """A gallery's photos in order, each with renditions, alt text, caption and credit."""

    def to_representation(self, page) -> "list[Photo]":
        from .api.serializers.photos import gallery_photos

        return gallery_photos(page, self.api_context(page))
