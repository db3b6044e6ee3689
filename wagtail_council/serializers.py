"""Fields for Wagtail's core API (v2), so it returns renditions and objects, never bare ids."""

from rest_framework import serializers

from .localization import localized_live_pages


class FeaturedImageField(serializers.Field):
    """The page's featured image as renditions with alt text in the page's language."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page.featured_image_api(request=self.context.get("request"))


class CategoriesField(serializers.Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return [
            {"id": category.pk, "name": category.name, "slug": category.slug}
            for category in page.get_categories()
        ]


class RelatedPagesField(serializers.Field):
    """Related pages in the page's own locale, skipping drafts and private pages."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context.get("request")
        pages = localized_live_pages(
            (link.related_page for link in page.related_pages.all() if link.related_page_id),
            locale=page.locale,
        )
        return [
            {
                "id": related.pk,
                "title": related.title,
                "url": related.get_full_url(request),
                "type": related._meta.label,
            }
            for related in pages
        ]
