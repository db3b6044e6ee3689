"""Media blocks: images, embedded video and documents."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from .api import ContentApiBlockMixin
from .previews import PREVIEW_TEMPLATE

ALT_TEXT_REQUIRED = _("Describe the image for people who cannot see it, or mark it as decorative.")


def newest(model):
    """The most recently added object of a model, for block previews."""
    return model.objects.order_by("-pk").first()


class CaptionedImageBlock(ContentApiBlockMixin, blocks.StructBlock):
    """An image with alt text in the reader's language, or an explicit decorative flag."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Image description (alt text)"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative image"),
        required=False,
        help_text=_(
            "Tick only if the image adds nothing to the text; screen readers will skip it."
        ),
    )
    caption = blocks.CharBlock(label=_("Image caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Image credit"), required=False, max_length=200)

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("decorative") and not value.get("alt_text"):
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(ALT_TEXT_REQUIRED)}
            )
        return value

    def get_preview_value(self):
        return self.to_python(
            {
                "image": getattr(newest(get_image_model()), "pk", None),
                "alt_text": gettext("Deputies at a round table in the council chamber"),
                "decorative": False,
                "caption": gettext("Round table in the council chamber"),
                "credit": gettext("Council press office"),
            }
        )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "wagtail_council/blocks/image.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A photo or illustration with a description, caption and credit.")


class VideoEmbedBlock(ContentApiBlockMixin, blocks.StructBlock):
    """A video from a service such as VK Video, Rutube or YouTube."""

    video = EmbedBlock(
        label=_("Video address"),
        help_text=_("The address of the video page, for example on VK Video or Rutube."),
    )
    title = blocks.CharBlock(
        label=_("Video title"),
        max_length=200,
        help_text=_("Read out to screen-reader users before the player."),
    )
    caption = blocks.CharBlock(label=_("Video caption"), required=False, max_length=300)

    def get_preview_value(self):
        return self.to_python(
            {
                "video": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": gettext("Session of the city council"),
                "caption": gettext("Recording of the session"),
            }
        )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "wagtail_council/blocks/embed.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A video embedded from a video-hosting service.")


class DocumentLinkBlock(ContentApiBlockMixin, blocks.StructBlock):
    """A link to a document, with its format and size so readers know what they get."""

    document = DocumentChooserBlock(label=_("Document"))
    link_text = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document title."),
    )

    def get_preview_value(self):
        return self.to_python(
            {
                "document": getattr(newest(get_document_model()), "pk", None),
                "link_text": gettext("Decision of the council on the city budget"),
            }
        )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "wagtail_council/blocks/document.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A link to a downloadable document such as a decision or report.")
