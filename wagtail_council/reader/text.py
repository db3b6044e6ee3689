"""Plain text from rich text and from bodies, for every place that must not carry markup.

Listing leads, search summaries, JSON-LD, feed descriptions, full-text feeds
and the API's plain-text fields all read it, so ``&`` is ``&`` everywhere,
never ``&amp;``.
"""

import html
import re

from django.utils.html import strip_tags
from wagtail import blocks

# Characters no text of a site holds and no form sends: C0 controls other than
# tab, line feed and carriage return, and DEL. PostgreSQL refuses a NUL in a
# query outright. A request carrying one is the caller's mistake (a 400).
CONTROL_CHARACTER_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
CONTROL_CHARACTERS = re.compile(f"[{CONTROL_CHARACTER_CLASS}]")
# The same, as a JSON Schema ``pattern`` for text that holds none of them.
NO_CONTROL_CHARACTERS_PATTERN = f"^[^{CONTROL_CHARACTER_CLASS}]*$"

# Where one block of rich text ends and the next begins: a paragraph, a
# heading, an item of a list, a line break. Their words must not run together.
BLOCK_BOUNDARY = re.compile(r"</(?:p|h[1-6]|li|blockquote|div|ul|ol)\s*>|<br\s*/?>", re.I)

# Blocks that pick or embed something (an image, a document, a page, a person,
# a video): a line of text beside them is a caption, a credit or a name.
PICKING_BLOCKS = (blocks.ChooserBlock, blocks.URLBlock)
PROSE_BLOCKS = (blocks.RichTextBlock, blocks.TextBlock)
NESTING_BLOCKS = (blocks.StructBlock, blocks.ListBlock, blocks.StreamBlock)


def plain_text(rich_text):
    """The text of ``rich_text`` on one line: tags removed, entities decoded, spaces collapsed."""
    return " ".join(paragraphs_of(rich_text))


def paragraphs_of(rich_text):
    """The text of each paragraph (heading, list item) of ``rich_text``, in order."""
    text = html.unescape(strip_tags(BLOCK_BOUNDARY.sub("\n", rich_text or "")))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return [line for line in lines if line]


def body_text(stream_value):
    """The text a reader reads in a StreamField body, one paragraph a line, blank lines between.

    Paragraphs of rich text, multi-line texts (a quotation) and headings (a
    block whose only text is a line and that picks nothing); captions,
    credits, alternative texts and names beside an image, a document, a video
    or a person are left out. Read from the stored data, so no image, page or
    person is loaded: a feed of many bodies costs no query for them.
    """
    if not stream_value:
        return ""
    paragraphs = text_of_block(stream_value.stream_block, list(stream_value.raw_data))
    return "\n\n".join(paragraphs)


def text_of_block(block, raw):
    """The paragraphs of ``raw``, the stored value of ``block``."""
    if raw is None or raw == "":
        return []
    if isinstance(block, (blocks.StreamBlock, blocks.ListBlock)) and not isinstance(raw, list):
        return []
    if isinstance(block, blocks.StreamBlock):
        paragraphs = []
        for child in raw:
            child_block = isinstance(child, dict) and block.child_blocks.get(child.get("type"))
            if child_block:
                paragraphs += text_of_block(child_block, child.get("value"))
        return paragraphs
    if isinstance(block, blocks.ListBlock):
        paragraphs = []
        for item in raw:
            # Wagtail stores list items as {"type": "item", "value": …, "id": …}; older data bare.
            value = item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            paragraphs += text_of_block(block.child_block, value)
        return paragraphs
    if isinstance(block, blocks.StructBlock):
        return text_of_struct(block, raw) if isinstance(raw, dict) else []
    if isinstance(block, blocks.RichTextBlock):
        return paragraphs_of(raw)
    if isinstance(block, (blocks.TextBlock, blocks.CharBlock)):
        return paragraphs_of(html.escape(str(raw)))
    return []


def text_of_struct(block, raw):
    children = block.child_blocks
    has_prose = any(isinstance(child, PROSE_BLOCKS + NESTING_BLOCKS) for child in children.values())
    picks = any(isinstance(child, PICKING_BLOCKS) for child in children.values())
    if has_prose:
        wanted = PROSE_BLOCKS + NESTING_BLOCKS
    elif not picks:
        wanted = (blocks.CharBlock,)  # a heading: its one line is its text
    else:
        return []
    paragraphs = []
    for name, child in children.items():
        if isinstance(child, wanted):
            paragraphs += text_of_block(child, raw.get(name))
    return paragraphs
