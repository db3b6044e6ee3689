"""The wagtail-council StreamField block library.

``CORE_BLOCKS`` is a ready list of ``(name, block)`` pairs that a site can put
into its own StreamBlocks; ``core_blocks()`` returns fresh instances.
"""

from .gallery import GalleryBlock, GalleryPhotoBlock
from .media import CaptionedImageBlock, DocumentLinkBlock, VideoEmbedBlock
from .quotes import QuoteBlock
from .registry import register_block_type
from .streams import CORE_BLOCKS, CoreStreamBlock, NewsBodyBlock, core_blocks
from .text import HeadingBlock, ParagraphBlock

__all__ = [
    "CORE_BLOCKS",
    "CaptionedImageBlock",
    "CoreStreamBlock",
    "DocumentLinkBlock",
    "GalleryBlock",
    "GalleryPhotoBlock",
    "HeadingBlock",
    "NewsBodyBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "VideoEmbedBlock",
    "core_blocks",
    "register_block_type",
]
