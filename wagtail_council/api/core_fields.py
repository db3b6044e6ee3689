"""Fields of Wagtail's core API (v2, and v3 on Wagtail 8) for our page types.

Page models name their ``api_fields`` (``APIField("body")``) and stay free of
any API code; ``attach_core_api_fields`` (run by ``AppConfig.ready``, before
Wagtail 8 builds its v3 schemas on the first URL resolution) gives each named
field of our page types, and of a site's subclasses of them, the serializer
below. Each hands its value to the content API's serializers, so a page reads
the same in ``/api/v2/``, ``/api/v3/`` and ``/api/council/``: images as
renditions with alt text, people with the role they held on the page's date,
links in the page's language, rich text with internal links resolved.

Wagtail 8 types an ``APIField(serializer=…)`` in its v3 OpenAPI document from
the return annotation of the serializer's ``to_representation``; those name
the content API's schemas.

A site's own page type can use these fields directly::

    api_fields = [APIField("body", serializer=NewsBodyField())]
"""

from django.apps import apps
from rest_framework import serializers
from wagtail.api import APIField

from ..models import (
    EventIndexPage,
    EventPage,
    GalleryPage,
    GreetingAddressPage,
    NewsIndexPage,
    NewsPage,
    StatementPage,
)
from ..reader.context import ReaderContext
from .schemas.blocks import AgendaItem, EventDocument
from .schemas.common import PageLink
from .schemas.events import EventKindRef
from .schemas.images import Figure, Photo
from .schemas.pages import Category, GalleryEmbed, NewsBody
from .schemas.people import OrganisationRef, Speaker
from .serializers import events as event_serializers
from .serializers.pages import (
    categories_of,
    featured_figure,
    gallery_embed,
    localized_link,
    related_links,
    signatories_of,
    statement_speaker,
    stream_data,
)
from .serializers.people import organisation_ref, prefetch_people
from .serializers.photos import gallery_photos
from .serializers.rich_text import prefetch_links, rich_text_html
from .streams import serialize_stream


class PageValueField(serializers.Field):
    """A read-only value computed from the whole page, in the page's own language."""

    def get_attribute(self, instance):
        return instance

    def api_context(self, page):
        # Wagtail's v3 API passes no request to these fields; URLs of media then
        # start from WAGTAILAPI_BASE_URL (see ``reader.frontend.absolute``).
        return ReaderContext(request=self.context.get("request")).for_page(page)


class FeaturedImageField(PageValueField):
    """The featured image as renditions, with alt text (or decorative), caption and credit."""

    def to_representation(self, page) -> Figure | None:
        return featured_figure(page, self.api_context(page))


class NewsBodyField(PageValueField):
    """A news or statement body: each block typed, images as renditions, links resolved."""

    def to_representation(self, page) -> NewsBody:
        return stream_data(getattr(page, self.field_name), self.api_context(page))


class RichTextHtmlField(PageValueField):
    """Rich text as HTML, with internal links resolved to reader URLs in the page's language."""

    def to_representation(self, page) -> str:
        ctx = self.api_context(page)
        source = getattr(page, self.field_name) or ""
        prefetch_links([source], ctx)
        return rich_text_html(source, ctx)


class CategoriesField(PageValueField):
    def to_representation(self, page) -> list[Category]:
        return categories_of(page)


class LinkedPageField(PageValueField):
    """A linked page in the page's own locale, or ``null`` when it is not live and public."""

    def to_representation(self, page) -> PageLink | None:
        return localized_link(getattr(page, self.field_name), self.api_context(page))


class LinkedGalleryField(PageValueField):
    """The gallery of the event, with its photos, in the page's own locale; or ``null``."""

    def to_representation(self, page) -> GalleryEmbed | None:
        gallery = getattr(page, self.field_name)
        return gallery_embed(gallery, self.api_context(page)) if gallery is not None else None


class RelatedPagesField(PageValueField):
    """Related pages in the page's own locale, skipping drafts and private pages."""

    def to_representation(self, page) -> list[PageLink]:
        return related_links(page, self.api_context(page))


class SpeakerField(PageValueField):
    """The person speaking, with the role held on the page's date (or the editor's override)."""

    def to_representation(self, page) -> Speaker:
        prefetch_people([page.speaker])
        return statement_speaker(page, self.api_context(page))


class SignatoriesField(PageValueField):
    def to_representation(self, page) -> list[Speaker]:
        prefetch_people([row.person for row in page.signatories.all() if row.person_id])
        return signatories_of(page, self.api_context(page))


class GalleryPhotosField(PageValueField):
    """A gallery's photos in order, each with renditions, alt text, caption and credit."""

    def to_representation(self, page) -> list[Photo]:
        return gallery_photos(page, self.api_context(page))


class EventKindField(PageValueField):
    """The kind of event, by its slug (the same in every language) and its name."""

    def to_representation(self, page) -> EventKindRef:
        return event_serializers.kind_of(page)


class OrganisationRefField(PageValueField):
    def to_representation(self, page) -> OrganisationRef | None:
        organisation = getattr(page, self.field_name)
        return organisation_ref(organisation) if organisation is not None else None


class CoordinateField(PageValueField):
    """A latitude or longitude as a number, or ``null``."""

    def to_representation(self, page) -> float | None:
        return event_serializers.coordinate(getattr(page, self.field_name))


class EventStreamsField(PageValueField):
    """Loads what an event's streams and participants show once, for all its fields."""

    def event_context(self, page):
        ctx = self.api_context(page)
        prepared = page.__dict__.setdefault("_wagtail_council_core_prepared", {})
        key = id(self.context.get("request"))
        if key not in prepared:
            event_serializers.prepare_event(page, ctx)
            prepared[key] = True
        return ctx


class ParticipantsField(EventStreamsField):
    """People from the directory with the role held on the event's date, and named guests."""

    def to_representation(self, page) -> list[Speaker]:
        return event_serializers.participants_of(page, self.event_context(page))


class AgendaField(EventStreamsField):
    """The agenda's items: speakers with their role on the event's date, documents, outcomes."""

    def to_representation(self, page) -> list[AgendaItem]:
        return event_serializers.agenda_of(page, self.event_context(page))


class EventDocumentsField(EventStreamsField):
    """Minutes and decisions of the event: files, or scans with their full text."""

    def to_representation(self, page) -> list[EventDocument]:
        return event_serializers.documents_of(page, self.event_context(page))


class EventBodyField(EventStreamsField):
    """The event's body: each block typed, images as renditions, links resolved."""

    def to_representation(self, page) -> NewsBody:
        return serialize_stream(page.body, self.event_context(page))


# The serializer of each field our page types name in ``api_fields``.
CORE_API_FIELDS = {
    NewsIndexPage: {"intro": RichTextHtmlField},
    NewsPage: {
        "featured_image": FeaturedImageField,
        "body": NewsBodyField,
        "categories": CategoriesField,
        "related_pages": RelatedPagesField,
        "greeting_address": LinkedPageField,
        "gallery": LinkedGalleryField,
        "event": LinkedPageField,
    },
    StatementPage: {"speaker": SpeakerField, "body": NewsBodyField},
    GreetingAddressPage: {"body": RichTextHtmlField, "signatories": SignatoriesField},
    GalleryPage: {"description": RichTextHtmlField, "photos": GalleryPhotosField},
    EventIndexPage: {"intro": RichTextHtmlField},
    EventPage: {
        "kind": EventKindField,
        "latitude": CoordinateField,
        "longitude": CoordinateField,
        "organiser": OrganisationRefField,
        "participants": ParticipantsField,
        "body": EventBodyField,
        "agenda": AgendaField,
        "documents": EventDocumentsField,
        "gallery": LinkedPageField,
    },
}


def register_core_api_fields(model, serializers_by_name):
    """Serialize the named ``api_fields`` of ``model`` and its subclasses with these fields.

    For a site's own abstract bases, in the same way as ours; call it before
    ``attach_core_api_fields`` runs (in an ``AppConfig.ready`` that comes first).
    """
    CORE_API_FIELDS.setdefault(model, {}).update(serializers_by_name)


def attach_core_api_fields():
    """Give every model's named ``api_fields`` the serializers of ``CORE_API_FIELDS``.

    A field that already has a serializer (a site's own choice) keeps it, so
    running this twice changes nothing.
    """
    for model in apps.get_models():
        wanted = {}
        for base, serializers_by_name in CORE_API_FIELDS.items():
            if issubclass(model, base):
                wanted.update(serializers_by_name)
        if not wanted or not getattr(model, "api_fields", None):
            continue
        model.api_fields = [with_serializer(field, wanted) for field in model.api_fields]


def with_serializer(field, wanted):
    name = field if isinstance(field, str) else field.name
    serializer_class = wanted.get(name)
    if serializer_class is None or getattr(field, "serializer", None) is not None:
        return field
    return APIField(name, serializer=serializer_class())
