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

from wagtail.images import get_image_model

from .images import picture_sources, prefetch_renditions, rendition_data

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
    def from_row(cls, photo, image=None):
        """A ``GalleryPhoto`` row (``image`` when loaded apart from the row)."""
        return cls(
            image=image if image is not None else photo.image,
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


def photos_of_rows(rows):
    """``PhotoView`` of each gallery row with an image, in order: two queries for any number.

    Works for a draft or a preview too, whose rows are in memory and not in
    the database. HTML, JSON-LD and both APIs show a gallery page through this.
    """
    rows = [row for row in rows if row.image_id]
    images = get_image_model().objects.in_bulk({row.image_id for row in rows})
    prefetch_renditions(list(images.values()), *PHOTO_ROLES)
    return [PhotoView.from_row(row, images[row.image_id]) for row in rows if row.image_id in images]


def photos_of_block(items):
    """``PhotoView`` of each photo listed in a gallery block's value, in order.

    The images are loaded with the block; their renditions come in one query,
    or none when the page loaded them with its body (``reader.streams``).
    """
    views = [PhotoView.from_block_value(item) for item in items or () if item.get("image")]
    missing = [view.image for view in views if not hasattr(view.image, "prefetched_renditions")]
    prefetch_renditions(missing, *PHOTO_ROLES)
    return views
