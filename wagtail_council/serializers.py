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


def page_link(page, request):
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "type": page._meta.label,
    }


class LinkedPageField(serializers.Field):
    """A linked page in the API page's own locale, or ``null`` when it is not live and public."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        linked = getattr(page, self.field_name)
        if linked is None:
            return None
        pages = localized_live_pages([linked], locale=page.locale)
        return page_link(pages[0], self.context.get("request")) if pages else None


class PersonAtDateField(serializers.Field):
    """A person as name, role on the page's date and photo; never a bare id."""

    def __init__(self, *args, source_field, date_field, **kwargs):
        self.source_field = source_field
        self.date_field = date_field
        super().__init__(*args, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        person = getattr(page, self.source_field)
        return person.api_representation(
            date=getattr(page, self.date_field),
            request=self.context.get("request"),
            role_override=getattr(page, "role_override", ""),
        )


class SignatoriesField(serializers.Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context.get("request")
        return [
            signatory.person.api_representation(
                date=page.date, request=request, role_override=signatory.role_override
            )
            for signatory in page.signatories.all()
            if signatory.person_id
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
        return [page_link(related, request) for related in pages]


class GalleryPhotosField(serializers.Field):
    """A gallery's photos in order, each with renditions, size, alt text, caption and credit."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context.get("request")
        return [photo.api_representation(request) for photo in page.photos_for_readers()]
