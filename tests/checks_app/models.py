from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks import MottoBlock


class MottoPage(Page):
    """A site's page whose motto would be copied untranslated into every language."""

    body = StreamField(
        [
            ("paragraph", blocks.RichTextBlock()),
            (
                "banner",
                blocks.StructBlock([("title", blocks.CharBlock()), ("motto", MottoBlock())]),
            ),
        ],
        blank=True,
    )
