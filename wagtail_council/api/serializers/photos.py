"""Photos of galleries as the schemas describe them: two renditions each, with caption and credit.

Which photos a gallery shows, and their renditions, come from
``wagtail_council.reader.photos``, as the HTML's do.
"""

from ...reader.images import renditions_of
from ...reader.photos import LARGE_ROLE, PHOTO_ROLES, THUMBNAIL_ROLE
from .images import image_data


def photo_data(photo, ctx):
    """A ``Photo`` schema object from a ``PhotoView``."""
    renditions = renditions_of(photo.image, *PHOTO_ROLES)
    options = {
        "alt": photo.alt_text,
        "decorative": photo.decorative,
        "request": ctx.request,
        "renditions": renditions,
    }
    return {
        "id": photo.pk,
        "caption": photo.caption,
        "credit": photo.credit,
        "image": image_data(photo.image, LARGE_ROLE, **options),
        "thumbnail": image_data(photo.image, THUMBNAIL_ROLE, **options),
    }


def gallery_photos(gallery, ctx):
    """The photos of a gallery page in order (a draft's too), in a fixed number of queries."""
    return [photo_data(photo, ctx) for photo in gallery.photos_for_readers()]
