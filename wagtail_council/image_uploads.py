"""What happens to an image when it is uploaded: limits, integrity and privacy.

* ``CouncilImageForm`` refuses oversized and broken image files with a clear
  message in the admin. Sites switch it on with
  ``WAGTAILIMAGES_IMAGE_FORM_BASE = "wagtail_council.image_uploads.CouncilImageForm"``;
  the limits come from ``WAGTAIL_COUNCIL_MAX_IMAGE_UPLOAD_SIZE`` and
  ``WAGTAIL_COUNCIL_MAX_IMAGE_PIXELS``.
* ``strip_location_on_upload`` removes GPS data from every new image file,
  however it arrives. Willow copies an original's EXIF block into JPEG and PNG
  renditions, so a phone photo would otherwise publish where it was taken.
"""

import io
import logging
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.utils import get_allowed_image_extensions
from wagtail.utils.file import hash_filelike

from .conf import council_settings

logger = logging.getLogger(__name__)

TOO_LARGE = _(
    "This file is %(size)s, and images can be at most %(limit)s. "
    "Save the photo at a smaller size or lower quality, then upload it again."
)
TOO_MANY_PIXELS = _(
    "This image is %(width)s × %(height)s pixels, and images can have at most "
    "%(megapixels)s megapixels. Make it smaller, then upload it again."
)
TOO_MANY_PIXELS_TO_OPEN = _(
    "This image has too many pixels to be opened safely; images can have at most "
    "%(megapixels)s megapixels. Make it smaller, then upload it again."
)
BROKEN_IMAGE = _(
    "This image file is damaged or incomplete, so it cannot be shown. "
    "Export or download the photo again, then upload the new file."
)
HELP_TEXT = _("Supported formats: %(formats)s. At most %(size)s and %(megapixels)s megapixels.")

# What Pillow raises for a file it cannot decode, or refuses to decode.
DECODING_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    LookupError,  # Willow finds no way to open the format
    PILImage.DecompressionBombError,
    PILImage.DecompressionBombWarning,
)


def _stricter(wagtail_limit, council_limit):
    limits = [limit for limit in (wagtail_limit, council_limit) if limit is not None]
    return min(limits) if limits else None


def _megapixels(pixels):
    """Megapixels in the reader's number format: "50", "0,1"."""
    value = round(pixels / 1_000_000, 1)
    return number_format(int(value) if value.is_integer() else value)


class CouncilImageField(WagtailImageField):
    """Wagtail's image field with the council's limits, and a message for damaged files.

    Measuring an image decodes it completely (Willow loads it through Pillow),
    so a truncated or corrupt photo fails here, once, with a message for the
    editor, rather than as a server error on upload or on every rendition.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_upload_size = _stricter(
            self.max_upload_size, council_settings.MAX_IMAGE_UPLOAD_SIZE
        )
        self.max_image_pixels = _stricter(self.max_image_pixels, council_settings.MAX_IMAGE_PIXELS)
        if self.max_upload_size is not None and self.max_image_pixels is not None:
            self.help_text = HELP_TEXT % {
                "formats": ", ".join(get_allowed_image_extensions()).upper(),
                "size": filesizeformat(self.max_upload_size),
                "megapixels": _megapixels(self.max_image_pixels),
            }

    def check_image_file_size(self, f):
        if self.max_upload_size is not None and f.size > self.max_upload_size:
            raise ValidationError(
                TOO_LARGE
                % {"size": filesizeformat(f.size), "limit": filesizeformat(self.max_upload_size)},
                code="file_too_large",
            )

    def check_image_pixel_size(self, f):
        limit = self.max_image_pixels or PILImage.MAX_IMAGE_PIXELS
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                width, height = f.image.get_size()
                frames = f.image.get_frame_count()
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as error:
            raise ValidationError(
                TOO_MANY_PIXELS_TO_OPEN % {"megapixels": _megapixels(limit)},
                code="file_too_many_pixels",
            ) from error
        except DECODING_ERRORS as error:
            raise ValidationError(BROKEN_IMAGE, code="broken_image") from error
        if self.max_image_pixels is not None and width * height * frames > self.max_image_pixels:
            raise ValidationError(
                TOO_MANY_PIXELS
                % {"width": width, "height": height, "megapixels": _megapixels(limit)},
                code="file_too_many_pixels",
            )


class CouncilImageForm(BaseImageForm):
    """Wagtail's image form with ``CouncilImageField`` for the file."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        generated = self.fields.get("file")
        if isinstance(generated, WagtailImageField) and not isinstance(
            generated, CouncilImageField
        ):
            field = CouncilImageField(
                label=generated.label, required=generated.required, widget=generated.widget
            )
            self.fields["file"] = field


# Location metadata: the EXIF GPS directory, and XMP packets that carry GPS tags.
GPS_IFD = ExifTags.IFD.GPSInfo
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
EXIF_HEADER = b"Exif\x00\x00"
MAX_SEGMENT_PAYLOAD = 65533


def strip_location_on_upload(sender, instance, **kwargs):
    """``pre_save`` of the image model: a new file loses its location before it is stored."""
    if kwargs.get("raw") or not instance.file or getattr(instance.file, "_committed", True):
        return
    instance.file.seek(0)
    original = instance.file.read()
    instance.file.seek(0)
    try:
        cleaned = without_location(original)
    except DECODING_ERRORS:
        logger.warning("Could not check %s for location data", instance.file.name, exc_info=True)
        return
    if cleaned is None:
        return
    name = instance.file.name.rsplit("/", 1)[-1]
    instance.file = ContentFile(cleaned, name=name)
    instance.file_size = len(cleaned)
    instance.file_hash = hash_filelike(io.BytesIO(cleaned))


def without_location(data):
    """The image ``data`` without GPS metadata, or ``None`` when it has none.

    JPEG files keep every pixel and every other metadata field: only their
    EXIF segment is rewritten. Other formats are saved again by Pillow.
    """
    with PILImage.open(io.BytesIO(data)) as picture:
        exif = picture.getexif()
        xmp = picture.info.get("xmp") or b""
        has_gps = GPS_IFD in exif
        if not has_gps and not _xmp_has_location(xmp):
            return None
        if GPS_IFD in exif:
            del exif[GPS_IFD]
        if picture.format == "JPEG":
            return _jpeg_with_exif(data, exif.tobytes() if len(exif) else b"")
        return _resaved(picture, exif)


def _xmp_has_location(xmp):
    if isinstance(xmp, str):
        xmp = xmp.encode()
    return b"GPS" in xmp


def _jpeg_with_exif(data, exif_payload):
    """``data`` with its EXIF segment replaced by ``exif_payload`` and located XMP dropped."""
    if len(exif_payload) > MAX_SEGMENT_PAYLOAD:
        exif_payload = b""  # cannot happen for a smaller copy, but never write a broken file
    out = bytearray(data[:2])  # start of image
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xDA, 0xD9):  # start of scan or end of image: the rest is image data
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            out += data[position : position + 2]
            position += 2
            continue
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        segment = data[position : position + 2 + length]
        payload = segment[4:]
        position += 2 + length
        if marker == 0xE1 and payload.startswith(EXIF_HEADER):
            if exif_payload:
                out += b"\xff\xe1" + (len(exif_payload) + 2).to_bytes(2, "big") + exif_payload
                exif_payload = b""  # a second EXIF segment is dropped
            continue
        if marker == 0xE1 and payload.startswith(XMP_HEADER) and _xmp_has_location(payload):
            continue
        out += segment
    out += data[position:]
    return bytes(out)


def _resaved(picture, exif):
    options = {"format": picture.format, "exif": exif.tobytes() if len(exif) else b""}
    if picture.info.get("icc_profile"):
        options["icc_profile"] = picture.info["icc_profile"]
    if picture.format in ("WEBP", "AVIF", "HEIF"):
        options["quality"] = 95
    if getattr(picture, "n_frames", 1) > 1:
        options["save_all"] = True
    buffer = io.BytesIO()
    picture.save(buffer, **options)
    return buffer.getvalue()
