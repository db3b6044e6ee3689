"""Photos of a gallery as readers and API consumers see them.

A gallery page and a gallery block both show a list of photos: an image with
its own caption, credit and alt text (or a decorative flag). ``PhotoView``
gives templates, JSON-LD and APIs one shape for both, and reads every
rendition from the image's prefetched renditions, so that a gallery of any
size costs the same number of queries.
"""

import json
from dataclasses import dataclass
from functools import cached_property

from .images import picture_sources, rendition_data

# Thumbnails in the grid, and the photo on its own (link target, lightbox, JSON-LD).
THUMBNAIL_ROLE = "gallery"
LARGE_ROLE = "large"
PHOTO_ROLES = (THUMBNAIL_ROLE, LARGE_ROLE)


@dataclass(frozen=True)
class PhotoView:
    image: object
    alt_text: str = ""
    decorative: bool = False
    caption: str = ""
    credit: str = ""
    pk: int | None = None

    @classmethod
    def from_row(cls, photo):
        """A ``GalleryPhoto`` row."""
        return cls(
            image=photo.image,
            alt_text=photo.alt_text,
            decorative=photo.decorative,
            caption=photo.caption,
            credit=photo.credit,
            pk=photo.pk,
        )

    @classmethod
    def from_block_value(cls, value):
        """A photo of a gallery block's inline list."""
        return cls(
            image=value["image"],
            alt_text=value.get("alt_text") or "",
            decorative=bool(value.get("decorative")),
            caption=value.get("caption") or "",
            credit=value.get("credit") or "",
        )

    @property
    def alt(self):
        """Empty for decorative photos, so screen readers skip them."""
        return "" if self.decorative else self.alt_text

    @cached_property
    def large(self):
        """The largest rendition of the photo on its own, in the format every browser reads."""
        return rendition_data(self.image, LARGE_ROLE)

    @cached_property
    def lightbox_sources(self):
        """The large renditions per format as JSON, for the lightbox's ``<picture>``."""
        return json.dumps(picture_sources(self.image, LARGE_ROLE), separators=(",", ":"))
