"""A gallery inside any text: a chosen gallery page, or photos listed in place."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError
from wagtail.images import get_image_model

from ..conf import council_settings
from ..reader.photos import photos_of_block
from ..reader.visibility import localized_visible_pages
from .api import ContentApiBlockMixin
from .media import CaptionedImageBlock
from .previews import PREVIEW_TEMPLATE

GALLERY_BOTH = _("Choose a gallery page or add photos here, not both.")
GALLERY_NEITHER = _("Choose a gallery page or add at least one photo.")
PHOTO_TWICE = _(
    "This image is already photo %(number)s of this gallery. Each photo can be added once."
)


class GalleryPhotoBlock(CaptionedImageBlock):
    """A photo of an inline gallery: its own caption, alt text (or decorative flag) and credit."""

    class Meta:
        icon = "image"
        label = _("Photo")


class GalleryBlock(ContentApiBlockMixin, blocks.StructBlock):
    """A preview grid of photos, with a link to the whole gallery when a page is chosen."""

    gallery = blocks.PageChooserBlock(
        page_type="wagtail_council.GalleryPage",
        label=_("Gallery page"),
        required=False,
        help_text=_("Shows the first photos of the gallery, with a link to all of them."),
    )
    photos = blocks.ListBlock(
        GalleryPhotoBlock(),
        label=_("Photos"),
        min_num=0,
        help_text=_("Or add photos here, in the order readers should see them."),
    )

    def get_default(self):
        # A new gallery block starts without an empty photo row: most editors
        # choose a gallery page, and an empty row would count as "both".
        default = super().get_default()
        default["photos"] = self.child_blocks["photos"].to_python([])
        return default

    def clean(self, value):
        value = super().clean(value)
        has_gallery = value.get("gallery") is not None
        photos = list(value.get("photos") or [])
        if has_gallery and photos:
            raise StructBlockValidationError(
                non_block_errors=[ValidationError(GALLERY_BOTH)],
                block_errors={
                    "gallery": ValidationError(GALLERY_BOTH),
                    "photos": ListBlockValidationError(
                        non_block_errors=[ValidationError(GALLERY_BOTH)]
                    ),
                },
            )
        if not has_gallery and not photos:
            raise StructBlockValidationError(
                non_block_errors=[ValidationError(GALLERY_NEITHER)],
                block_errors={"gallery": ValidationError(GALLERY_NEITHER)},
            )
        self.reject_duplicate_photos(photos)
        return value

    def reject_duplicate_photos(self, photos):
        first_seen = {}
        errors = {}
        for index, photo in enumerate(photos):
            image = photo.get("image")
            if image is None:
                continue
            if image.pk in first_seen:
                errors[index] = StructBlockValidationError(
                    block_errors={
                        "image": ValidationError(PHOTO_TWICE % {"number": first_seen[image.pk]})
                    }
                )
            else:
                first_seen[image.pk] = index + 1
        if errors:
            raise StructBlockValidationError(
                block_errors={"photos": ListBlockValidationError(block_errors=errors)}
            )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(gallery_block_context(value, parent_context or {}))
        return context

    def get_preview_value(self):
        images = get_image_model().objects.order_by("-pk")[:3]
        return self.to_python(
            {
                "gallery": None,
                "photos": [
                    {
                        "image": image.pk,
                        "alt_text": gettext("Deputies at a round table in the council chamber"),
                        "decorative": False,
                        "caption": gettext("Round table in the council chamber"),
                        "credit": gettext("Council press office"),
                    }
                    for image in images
                ],
            }
        )

    class Meta:
        icon = "image"
        label = _("Photo gallery")
        template = "wagtail_council/blocks/gallery.html"
        preview_template = PREVIEW_TEMPLATE
        description = _(
            "A grid of photos, from a gallery page or added here, that readers can enlarge."
        )


def gallery_block_context(value, parent_context):
    """What a gallery block shows: ``photos``, and the ``gallery_page`` with its ``photo_count``.

    A chosen gallery appears in the language of the page being read, and only
    while readers may see it. Renditions come in a fixed number of queries.
    """
    chosen = value.get("gallery")
    page = parent_context.get("page")
    prepared = (
        page.gallery_for_block(chosen) if chosen and hasattr(page, "gallery_for_block") else None
    )
    if prepared is not None:
        gallery, count, photos = prepared
        if gallery is None:
            return {"gallery_page": None, "photo_count": 0, "photos": []}
        return {"gallery_page": gallery, "photo_count": count, "photos": photos}
    if chosen is not None:
        locale = getattr(page, "locale", None)
        pages = localized_visible_pages([chosen], locale, model=type(chosen))
        gallery = pages[0] if pages else None
        if gallery is None:
            return {"gallery_page": None, "photo_count": 0, "photos": []}
        return {
            "gallery_page": gallery,
            "photo_count": gallery.photos.count(),
            "photos": gallery.photos_for_readers(limit=council_settings.GALLERY_BLOCK_PHOTOS),
        }
    photos = photos_of_block(value.get("photos"))
    return {"gallery_page": None, "photo_count": len(photos), "photos": photos}
