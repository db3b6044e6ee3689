"""Quotes with structured attribution: a person from the directory, or a named outsider."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from .api import ContentApiBlockMixin
from .previews import PREVIEW_TEMPLATE

SPEAKER_BOTH = _("Choose a person from the directory or type a name, not both.")
SPEAKER_NEITHER = _("Say who is quoted: choose a person from the directory or type a name.")


class QuoteBlock(ContentApiBlockMixin, blocks.StructBlock):
    """A quotation. The speaker's role is shown as of the page's date, unless overridden."""

    text = blocks.TextBlock(label=_("Quotation text"))
    person = SnippetChooserBlock(
        "wagtail_council.Person",
        label=_("Speaker from the directory"),
        required=False,
    )
    name = blocks.CharBlock(
        label=_("Speaker name (not in the directory)"),
        required=False,
        max_length=255,
    )
    position = blocks.CharBlock(
        label=_("Speaker position (not in the directory)"),
        required=False,
        max_length=255,
    )
    role_override = blocks.CharBlock(
        label=_("Role shown instead of the directory role"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to show the person's role on the date of the page."),
    )
    source = blocks.CharBlock(
        label=_("Context or source of the quotation"),
        required=False,
        max_length=255,
        help_text=_(
            "For example “at the round table” or “in an interview with the city newspaper”."
        ),
    )
    date = blocks.DateBlock(label=_("Date of the quotation"), required=False)

    def clean(self, value):
        value = super().clean(value)
        has_person = bool(value.get("person"))
        has_name = bool((value.get("name") or "").strip())
        if has_person and has_name:
            raise StructBlockValidationError(
                block_errors={
                    "person": ValidationError(SPEAKER_BOTH),
                    "name": ValidationError(SPEAKER_BOTH),
                }
            )
        if not has_person and not has_name:
            raise StructBlockValidationError(
                block_errors={"person": ValidationError(SPEAKER_NEITHER)}
            )
        if value.get("position") and has_person:
            raise StructBlockValidationError(
                block_errors={
                    "position": ValidationError(
                        _(
                            "A person from the directory has their role from the directory; use the override field instead."
                        )
                    )
                }
            )
        return value

    def get_preview_value(self):
        return self.to_python(
            {
                "text": gettext("Such meetings are extremely useful for our work."),
                "name": gettext("Oleg Radchenko"),
                "position": gettext("Deputy Chairman of the Council"),
            }
        )

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "wagtail_council/blocks/quote.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("Words of an official, with the speaker's name and role.")
