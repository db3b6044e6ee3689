"""Cards (listing items) and details of each page type, and the union of all details."""

import datetime
from typing import Literal

from pydantic import Field

from ...blocks import NewsBodyBlock
from ..streams import stream_schema
from .common import (
    AddressType,
    ApiSchema,
    CardBase,
    FieldValue,
    PageBase,
    PageLink,
    listing_schema,
)
from .images import DocumentFile, Figure, Image, Photo
from .people import Speaker

NewsBody = stream_schema(NewsBodyBlock)


class Category(ApiSchema):
    id: int
    slug: str = Field(description="The same in every language; the `category` filter takes it.")
    name: str


class GalleryEmbed(PageLink):
    """A gallery shown inside another page, with all its photos."""

    date: datetime.date
    photos: list[Photo]


# Listing cards


class NewsCard(CardBase):
    type: Literal["news"]
    date: datetime.datetime = Field(description="The publication date readers see.")
    lead: str
    image: Image | None
    categories: list[Category]


class StatementCard(CardBase):
    type: Literal["statement"]
    date: datetime.datetime
    lead: str = Field(description="The statement itself.")
    image: Image | None = Field(description="The speaker's photo.")
    speaker: Speaker
    context: str


class GreetingAddressCard(CardBase):
    type: Literal["greeting_address"]
    date: datetime.date
    lead: str = Field(description="The occasion of the address.")
    image: Image | None = Field(description="The scan of the signed original, if any.")
    addressee: str
    occasion: str
    signatories: list[Speaker]


class GalleryCard(CardBase):
    type: Literal["gallery"]
    date: datetime.date
    lead: str = Field(description="The description as plain text.")
    image: Image | None = Field(description="The first photo, as a thumbnail.")
    photo_count: int


NewsListing = listing_schema("NewsListing", NewsCard)
StatementListing = listing_schema("StatementListing", StatementCard)
GreetingAddressListing = listing_schema("GreetingAddressListing", GreetingAddressCard)
GalleryListing = listing_schema("GalleryListing", GalleryCard)


# Details


class NewsDetail(PageBase):
    type: Literal["news"]
    date: datetime.datetime = Field(description="The publication date readers see.")
    lead: str
    featured_image: Figure | None
    body: NewsBody
    categories: list[Category]
    related_pages: list[PageLink]
    greeting_address: PageLink | None = Field(description="The greeting address reported on.")
    event: PageLink | None = Field(description="The event reported on.")
    gallery: GalleryEmbed | None = Field(description="The photo gallery of the event.")


class StatementDetail(PageBase):
    type: Literal["statement"]
    date: datetime.datetime
    speaker: Speaker
    statement: str = Field(description="The words of the speaker, without quotation marks.")
    context: str
    body: NewsBody


class GreetingAddressDetail(PageBase):
    type: Literal["greeting_address"]
    date: datetime.date
    addressee: str
    occasion: str
    body: str = Field(description="The text of the address as HTML.")
    signatories: list[Speaker]
    original_document: DocumentFile | None
    original_image: Image | None = Field(description="A scan of the signed original.")
    original_text_alternative: str = Field(description="Everything the scan says, as text.")
    reporting_news: list[PageLink]


class GalleryDetail(PageBase):
    type: Literal["gallery"]
    date: datetime.date
    description: str = Field(description="HTML.")
    photos: list[Photo]
    reporting_news: list[PageLink]


class IndexDetail(PageBase):
    """A page that lists content of one kind; fetch its items from the listing endpoint."""

    type: Literal["index"]
    lists: Literal["news", "statements", "greeting_addresses", "galleries", "people", "events"]
    intro: str = Field(description="HTML.")
    calendar_url: str | None = Field(
        None,
        description="The iCalendar feed to subscribe to, for an index of events; null otherwise.",
    )


class GenericPageDetail(PageBase):
    """A page of a type the site has not registered with the API."""

    type: Literal["page"]
    page_type: str = Field(description="The Wagtail model, as ``app_label.ModelName``.")
    fields: dict[str, FieldValue] = Field(
        description="The model's ``api_fields``, as JSON: rich text as HTML, images as renditions."
    )


class SearchHit(PageLink):
    """A live, public page matching a search, best match first."""

    summary: str = Field(description="The lead, statement, occasion or description, as text.")


SearchListing = listing_schema("SearchListing", SearchHit)


class PathItem(ApiSchema):
    """A live, public page, profile or members page as a static-site build needs it.

    ``id`` is the page's, or the person's or organisation's for their pages.
    """

    id: int
    type: AddressType
    title: str
    locale: str
    url: str | None
    path: str | None
    last_published_at: datetime.datetime | None
