"""The value of each StreamField block type.

A stream is a list of ``{"type", "id", "value"}`` objects, typed as a
discriminated union on ``type`` (see ``api.streams``); these are the values.
"""

import datetime
from typing import Literal

from pydantic import Field

from .common import ApiSchema, PageLink
from .images import DocumentFile, Figure, Image, Photo
from .people import Speaker

# A paragraph's value is HTML: a string, with internal links resolved.
RichTextHtml = str


class Heading(ApiSchema):
    text: str
    level: Literal[2, 3, 4] = Field(description="The HTML heading level.")


class VideoEmbed(ApiSchema):
    url: str = Field(description="The address of the video page.")
    html: str = Field(description="The provider's embed code; empty when it is unavailable.")
    provider_name: str
    width: int | None
    height: int | None
    thumbnail_url: str
    title: str = Field(description="Read out to screen-reader users before the player.")
    caption: str


class Quote(ApiSchema):
    text: str = Field(description="The words quoted, without quotation marks.")
    speaker: Speaker
    source: str = Field(description="Context or source, for example “at the round table”.")
    date: datetime.date | None = Field(description="When it was said, if not the page's date.")


class Gallery(ApiSchema):
    """Photos of a gallery page (``gallery`` links it) or photos listed in the block itself."""

    gallery: PageLink | None = Field(
        description="The gallery page shown, in the page's language; null for photos listed here."
    )
    photo_count: int
    photos: list[Photo] = Field(description="Every photo, in the editor's order.")


DocumentKind = Literal["draft_decision", "decision", "report", "minutes", "other"]
AgendaOutcome = Literal["pending", "adopted", "rejected", "postponed"]


class EventDocument(ApiSchema):
    """A document of an event or of an agenda item: a file, or a scan with its full text."""

    kind: DocumentKind
    title: str
    file: DocumentFile | None = Field(description="The document's file, if any.")
    scan: Image | None = Field(description="A scanned image of the document, if any.")
    text_alternative: str = Field(
        description="Everything the scan says, as text; always given with a scan."
    )


class AgendaItem(ApiSchema):
    """One item of an agenda, in the editor's order."""

    title: str
    speaker: Speaker | None = Field(
        description="Who reports on the item, with the role held on the event's date; null "
        "when nobody is named."
    )
    documents: list[EventDocument]
    outcome: AgendaOutcome = Field(description="`pending` until the event is held.")


__all__ = [
    "AgendaItem",
    "EventDocument",
    "DocumentFile",
    "Figure",
    "Gallery",
    "Heading",
    "Quote",
    "RichTextHtml",
    "VideoEmbed",
]
