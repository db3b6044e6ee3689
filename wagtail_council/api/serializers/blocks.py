"""Serializers of wagtail-council's own blocks, registered with ``api.streams``."""

from wagtail.blocks import RichTextBlock
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

from ...blocks import (
    CaptionedImageBlock,
    DocumentLinkBlock,
    HeadingBlock,
    QuoteBlock,
    VideoEmbedBlock,
)
from ...blocks.agenda import AgendaItemBlock, EventDocumentBlock
from ...blocks.gallery import GalleryBlock
from ...reader.images import CONTENT_ROLE
from ...reader.people import content_date, guest_speaker, quote_speaker, speaker_on
from ...reader.photos import photos_of_block
from ..schemas.blocks import (
    AgendaItem,
    DocumentFile,
    EventDocument,
    Figure,
    Gallery,
    Heading,
    Quote,
    RichTextHtml,
    VideoEmbed,
)
from ..streams import register_block_type
from .images import document_data, figure_data, image_data
from .people import speaker_data
from .photos import photo_data
from .rich_text import rich_text_html


def serialize_rich_text(block, value, ctx):
    return rich_text_html(value.source if value else "", ctx)


def serialize_heading(block, value, ctx):
    return {"text": value["text"], "level": int(str(value["level"]).lstrip("h") or 2)}


def serialize_image(block, value, ctx):
    return figure_data(
        value.get("image"),
        CONTENT_ROLE,
        alt=value.get("alt_text"),
        decorative=value.get("decorative"),
        caption=value.get("caption"),
        credit=value.get("credit"),
        request=ctx.request,
    )


def serialize_embed(block, value, ctx):
    """The provider's own embed code and size, from Wagtail's embed cache (or its finders)."""
    video = value.get("video")
    embed = None
    if video:
        try:
            embed = get_embed(video.url)
        except EmbedException:
            embed = None
    return {
        "url": video.url if video else "",
        "html": embed.html if embed else "",
        "provider_name": embed.provider_name if embed else "",
        "width": embed.width if embed else None,
        "height": embed.height if embed else None,
        "thumbnail_url": embed.thumbnail_url if embed else "",
        "title": value.get("title") or "",
        "caption": value.get("caption") or "",
    }


def serialize_document(block, value, ctx):
    return document_data(value.get("document"), title=value.get("link_text"), request=ctx.request)


def serialize_quote(block, value, ctx):
    return {
        "text": value.get("text") or "",
        "speaker": speaker_data(quote_speaker(value, ctx.page), ctx),
        "source": value.get("source") or "",
        "date": value.get("date"),
    }


def serialize_gallery(block, value, ctx):
    """A chosen gallery page in the page's language, or the photos listed in the block."""
    from .pages import gallery_embed

    chosen = value.get("gallery")
    if chosen is not None:
        embed = gallery_embed(chosen, ctx)
        if embed is None:
            return {"gallery": None, "photo_count": 0, "photos": []}
        link = {key: embed[key] for key in ("type", "id", "title", "locale", "url", "path")}
        return {"gallery": link, "photo_count": len(embed["photos"]), "photos": embed["photos"]}
    photos = [photo_data(photo, ctx) for photo in photos_of_block(value.get("photos"))]
    return {"gallery": None, "photo_count": len(photos), "photos": photos}


def serialize_event_document(block, value, ctx):
    """A file of an event or agenda item, or a scan with its full text."""
    scan = value.get("scan")
    title = value.get("title") or ""
    return {
        "kind": value.get("kind") or "other",
        "title": title,
        "file": document_data(value.get("document"), title=title, request=ctx.request),
        "scan": image_data(scan, CONTENT_ROLE, alt=title, decorative=False, request=ctx.request)
        if scan is not None
        else None,
        "text_alternative": value.get("text_alternative") or "",
    }


def event_date(page):
    """The date an event's speakers are shown with the role they held on."""
    return getattr(page, "start", None) or content_date(page)


def serialize_agenda_item(block, value, ctx):
    """An agenda item; its speaker has the role held on the event's date."""
    person = value.get("speaker")
    if person is not None:
        speaker = speaker_on(person, event_date(ctx.page))
    elif (value.get("speaker_name") or "").strip():
        speaker = guest_speaker(value.get("speaker_name"), value.get("speaker_position"))
    else:
        speaker = None
    documents_block = block.child_blocks["documents"].child_block
    return {
        "title": value.get("title") or "",
        "speaker": speaker_data(speaker, ctx) if speaker is not None else None,
        "documents": [
            serialize_event_document(documents_block, document, ctx)
            for document in value.get("documents") or ()
        ],
        "outcome": value.get("outcome") or "pending",
    }


register_block_type(RichTextBlock, RichTextHtml, serialize_rich_text)
register_block_type(HeadingBlock, Heading, serialize_heading)
register_block_type(CaptionedImageBlock, Figure | None, serialize_image)
register_block_type(VideoEmbedBlock, VideoEmbed, serialize_embed)
register_block_type(DocumentLinkBlock, DocumentFile | None, serialize_document)
register_block_type(QuoteBlock, Quote, serialize_quote)
register_block_type(GalleryBlock, Gallery, serialize_gallery)
register_block_type(EventDocumentBlock, EventDocument, serialize_event_document)
register_block_type(AgendaItemBlock, AgendaItem, serialize_agenda_item)
