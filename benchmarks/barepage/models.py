"""A page type of plain Wagtail that can hold the seed article's content.

Its body uses only Wagtail's own blocks, and its template only Wagtail's own
tags, so serving it costs what Wagtail itself costs; the difference to the
seed article is what wagtail-council adds.
"""

from django.db import models
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page


class BarePage(Page):
    lead = models.TextField(blank=True)
    featured_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    featured_image_alt = models.CharField(max_length=250, blank=True)
    featured_image_caption = models.CharField(max_length=300, blank=True)
    featured_image_credit = models.CharField(max_length=200, blank=True)
    body = StreamField(
        [
            ("paragraph", blocks.RichTextBlock()),
            (
                "image",
                blocks.StructBlock(
                    [
                        ("image", ImageChooserBlock()),
                        ("alt_text", blocks.CharBlock()),
                        ("caption", blocks.CharBlock(required=False)),
                        ("credit", blocks.CharBlock(required=False)),
                    ]
                ),
            ),
            ("quote", blocks.BlockQuoteBlock()),
        ],
        blank=True,
    )

    template = "barepage/bare_page.html"
