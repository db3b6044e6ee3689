"""Text blocks: paragraphs of rich text and headings."""

from django.utils.html import format_html
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.rich_text import RichText

from .api import ContentApiBlockMixin
from .previews import PREVIEW_TEMPLATE

PARAGRAPH_FEATURES = [
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "superscript",
    "subscript",
]


class ParagraphBlock(ContentApiBlockMixin, blocks.RichTextBlock):
    """Body text. Headings are a separate block so that their levels stay valid."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    def get_preview_value(self):
        return RichText(
            format_html(
                "<p>{}</p>",
                gettext("The council adopted the city budget after a public hearing."),
            )
        )

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "wagtail_council/blocks/paragraph.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("Text with bold, italic, lists and links.")


class HeadingLevel:
    CHOICES = [
        ("h2", pgettext_lazy("heading level", "Section heading (level 2)")),
        ("h3", pgettext_lazy("heading level", "Subsection heading (level 3)")),
        ("h4", pgettext_lazy("heading level", "Minor heading (level 4)")),
    ]


class HeadingBlock(ContentApiBlockMixin, blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Heading level"),
        choices=HeadingLevel.CHOICES,
        default="h2",
        help_text=_("Use level 2 for sections; levels 3 and 4 only inside them."),
    )

    def get_preview_value(self):
        return self.to_python({"text": gettext("Public hearing on the city budget"), "level": "h2"})

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "wagtail_council/blocks/heading.html"
        preview_template = PREVIEW_TEMPLATE
        description = _("A section heading that appears in the page outline.")
        form_classname = "struct-block council-heading-block"
