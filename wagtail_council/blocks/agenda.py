"""The agenda of an event: ordered items with speakers, documents and outcomes."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .api import ContentApiBlockMixin
from .quotes import SPEAKER_BOTH

SCAN_TEXT_REQUIRED = _(
    "The scan is an image: type its full text here, so that everyone can read it."
)
DOCUMENT_OR_SCAN = _("Choose a document or a scan.")

DOCUMENT_KINDS = [
    ("draft_decision", _("Draft decision")),
    ("decision", _("Decision")),
    ("report", _("Report")),
    ("minutes", _("Minutes")),
    ("other", _("Other document")),
]

OUTCOMES = [
    ("pending", _("No outcome yet")),
    ("adopted", _("Adopted")),
    ("rejected", _("Rejected")),
    ("postponed", _("Postponed")),
]


class EventDocumentBlock(ContentApiBlockMixin, blocks.StructBlock):
    """A document of an event or agenda item: a file, or a scan with its full text."""

    kind = blocks.ChoiceBlock(choices=DOCUMENT_KINDS, default="other", label=_("Kind"))
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    document = DocumentChooserBlock(label=_("File"), required=False)
    scan = ImageChooserBlock(label=_("Scan (image)"), required=False)
    text_alternative = blocks.TextBlock(
        label=_("Full text of the scan"),
        required=False,
        default="",
        help_text=_("Required with a scan: everything the scan says, as text."),
    )

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value.get("document") and not value.get("scan"):
            errors["document"] = ValidationError(DOCUMENT_OR_SCAN)
        if value.get("scan") and not (value.get("text_alternative") or "").strip():
            errors["text_alternative"] = ValidationError(SCAN_TEXT_REQUIRED)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "doc-full"
        label = _("Document")


class AgendaItemBlock(ContentApiBlockMixin, blocks.StructBlock):
    """One item of an agenda, with its speaker, documents and outcome."""

    title = blocks.CharBlock(label=_("Item"), max_length=500)
    speaker = SnippetChooserBlock(
        "wagtail_council.Person", label=_("Speaker from the directory"), required=False
    )
    # Empty, not missing, when a page made in code leaves them out: translation
    # tools read every text of a block.
    speaker_name = blocks.CharBlock(
        label=_("Speaker name (not in the directory)"), required=False, max_length=255, default=""
    )
    speaker_position = blocks.CharBlock(
        label=_("Speaker position (not in the directory)"),
        required=False,
        max_length=255,
        default="",
    )
    documents = blocks.ListBlock(EventDocumentBlock(), label=_("Documents"), default=[])
    outcome = blocks.ChoiceBlock(
        choices=OUTCOMES,
        default="pending",
        label=_("Outcome"),
        help_text=_("Once the event is held."),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("speaker") and (value.get("speaker_name") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "speaker": ValidationError(SPEAKER_BOTH),
                    "speaker_name": ValidationError(SPEAKER_BOTH),
                }
            )
        return value

    class Meta:
        icon = "list-ol"
        label = _("Agenda item")


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()

    class Meta:
        label = _("Agenda")


class EventDocumentsBlock(blocks.StreamBlock):
    document = EventDocumentBlock()

    class Meta:
        label = _("Minutes and decisions")
