"""Photos of galleries: each with its own caption, credit and alt text, as two renditions."""

from wagtail.images import get_image_model

from ...reader.images import prefetch_renditions, renditions_of
from ...reader.photos import LARGE_ROLE, PHOTO_ROLES, THUMBNAIL_ROLE
from .images import image_data


def photo_data(image, ctx, *, alt, decorative, caption="", credit="", pk=None):
    renditions = renditions_of(image, *PHOTO_ROLES)
    options = {
        "alt": alt,
        "decorative": decorative,
        "request": ctx.request,
        "renditions": renditions,
    }
    return {
        "id": pk,
        "caption": caption or "",
        "credit": credit or "",
        "image": image_data(image, LARGE_ROLE, **options),
        "thumbnail": image_data(image, THUMBNAIL_ROLE, **options),
    }


def gallery_photos(gallery, ctx):
    """The photos of a gallery page in order, with renditions, in a fixed number of queries.

    Works for a draft too, whose rows come from a revision and not the database.
    """
    rows = [row for row in gallery.photos.all() if row.image_id]
    images = get_image_model().objects.in_bulk({row.image_id for row in rows})
    prefetch_renditions(list(images.values()), *PHOTO_ROLES)
    return [
        photo_data(
            images[row.image_id],
            ctx,
            alt=row.alt_text,
            decorative=row.decorative,
            caption=row.caption,
            credit=row.credit,
            pk=row.pk,
        )
        for row in rows
        if row.image_id in images
    ]
