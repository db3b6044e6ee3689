"""Editor-facing forms: a gallery that takes many photos at once and each photo only once."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images import get_image_model
from wagtail.models import Collection

PHOTOS = "photos"
ADD_COLLECTION = "add_collection"

DUPLICATE_PHOTO = _("This photo is already in the gallery as photo %(number)s. Remove one of them.")
NO_NEW_IMAGES = _("Every image of the collection “%(collection)s” is already in the gallery.")
EMPTY_COLLECTION = _("The collection “%(collection)s” has no images.")


class CollectionField(forms.ModelChoiceField):
    """Collections as a tree, the way Wagtail's image library lists them."""

    def label_from_instance(self, obj):
        return obj.get_indented_name(html=False)


class GalleryPageForm(WagtailAdminPageForm):
    """The gallery page form, with a whole collection as a shortcut for adding photos.

    A chosen collection's images become ordinary photo rows before validation,
    so they are checked like rows added by hand: each needs alt text (taken
    from the image's description when it has one) or the decorative flag, and
    the editor sees them, in place, if something is missing.
    """

    add_collection = CollectionField(
        label=_("Collection"),
        queryset=Collection.objects.all(),
        required=False,
        empty_label=_("No collection"),
        help_text=_(
            "Every image of the collection is added after the photos above, in upload "
            "order, when you save. Images already in the gallery are skipped."
        ),
    )

    def __init__(self, data=None, files=None, *args, **kwargs):
        self.requested_collection = None
        self.photos_from_collection = 0
        if data is not None and data.get(ADD_COLLECTION):
            data = self.with_collection_photos(data)
        super().__init__(data, files, *args, **kwargs)

    def with_collection_photos(self, data):
        """A copy of ``data`` with a new photo row for each new image of the chosen collection."""
        collection = Collection.objects.filter(pk=_as_int(data.get(ADD_COLLECTION))).first()
        if collection is None:
            return data  # the field reports the unknown choice
        self.requested_collection = collection
        data = data.copy()
        # The rows are now in the form; choosing the collection again would add nothing.
        data[ADD_COLLECTION] = ""
        rows = _posted_rows(data)
        Image = get_image_model()
        present = Image.objects.filter(pk__in=[row["image"] for row in rows if row["image"]])
        present_keys = {_photo_key(image) for image in present}
        images = Image.objects.filter(collection=collection).order_by("created_at", "pk")
        self.collection_is_empty = not images.exists()
        total = len(rows)
        order = max((row["order"] for row in rows), default=0)
        for image in images:
            if _photo_key(image) in present_keys:
                continue
            present_keys.add(_photo_key(image))
            order += 1
            prefix = f"{PHOTOS}-{total}"
            data[f"{prefix}-id"] = ""
            data[f"{prefix}-ORDER"] = str(order)
            data[f"{prefix}-image"] = str(image.pk)
            data[f"{prefix}-alt_text"] = getattr(image, "description", "") or ""
            data[f"{prefix}-caption"] = ""
            data[f"{prefix}-credit"] = ""
            total += 1
            self.photos_from_collection += 1
        data[f"{PHOTOS}-TOTAL_FORMS"] = str(total)
        return data

    def clean(self):
        cleaned_data = super().clean()
        collection = self.requested_collection
        if collection is not None and not self.photos_from_collection:
            message = EMPTY_COLLECTION if self.collection_is_empty else NO_NEW_IMAGES
            self.add_error(ADD_COLLECTION, ValidationError(message % {"collection": collection}))
        self.reject_duplicate_photos()
        return cleaned_data

    def reject_duplicate_photos(self):
        """The same image, or the same file uploaded twice, may appear once per gallery."""
        formset = self.formsets.get(PHOTOS)
        if formset is None:
            return
        kept = []
        for index, form in enumerate(formset.forms):
            if not form.is_valid() and "image" in form.errors:
                continue
            data = getattr(form, "cleaned_data", {})
            if data.get("DELETE") or not data.get("image"):
                continue
            kept.append((data.get("ORDER") or index + 1, index, form, data["image"]))
        kept.sort(key=lambda row: (row[0], row[1]))
        first_seen = {}
        duplicates = 0
        for number, (_order, _index, form, image) in enumerate(kept, start=1):
            key = _photo_key(image)
            if key in first_seen:
                duplicates += 1
                form.add_error(
                    "image", ValidationError(DUPLICATE_PHOTO % {"number": first_seen[key]})
                )
            else:
                first_seen[key] = number
        if duplicates:
            self.add_error(
                None,
                ngettext(
                    "%(count)s photo appears twice in this gallery. Each photo can be added once.",
                    "%(count)s photos appear twice in this gallery. Each photo can be added once.",
                    duplicates,
                )
                % {"count": duplicates},
            )


def _photo_key(image):
    """Two images are the same photo when they are one image or the same file uploaded twice."""
    return ("file", image.file_hash) if image.file_hash else ("image", image.pk)


def _as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _posted_rows(data):
    """``{"image", "order"}`` of each photo row in the posted formset, deleted ones included."""
    total = _as_int(data.get(f"{PHOTOS}-TOTAL_FORMS")) or 0
    rows = []
    for index in range(total):
        prefix = f"{PHOTOS}-{index}"
        deleted = data.get(f"{prefix}-DELETE") not in (None, "", "false", "False", "off")
        rows.append(
            {
                "image": None if deleted else _as_int(data.get(f"{prefix}-image")),
                "order": _as_int(data.get(f"{prefix}-ORDER")) or 0,
            }
        )
    return rows
