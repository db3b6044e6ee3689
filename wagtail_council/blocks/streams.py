"""Ready-made lists of blocks, and the StreamBlocks our page types use.

Sites build their own StreamBlocks from these::

    from wagtail.fields import StreamField
    from wagtail_council.blocks import core_blocks

    body = StreamField(core_blocks() + [("map", MapBlock())])

or subclass ``CoreStreamBlock`` and declare more blocks on it.
"""

import copy

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .gallery import GalleryBlock
from .media import CaptionedImageBlock, DocumentLinkBlock, VideoEmbedBlock
from .quotes import QuoteBlock
from .text import HeadingBlock, ParagraphBlock


class CoreStreamBlock(blocks.StreamBlock):
    """The core blocks every body of text needs."""

    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    embed = VideoEmbedBlock()
    document = DocumentLinkBlock()
    quote = QuoteBlock()
    gallery = GalleryBlock()


def core_blocks():
    """Fresh instances of the core blocks, as ``(name, block)`` pairs."""
    return [(name, copy.deepcopy(block)) for name, block in CoreStreamBlock.base_blocks.items()]


CORE_BLOCKS = core_blocks()


class NewsBodyBlock(CoreStreamBlock):
    class Meta:
        label = _("Article body")
