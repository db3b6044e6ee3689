from django import forms
from wagtail import blocks


class MottoBlock(blocks.FieldBlock):
    """A custom text block that wagtail-localize does not know how to extract."""

    def __init__(self, required=True, help_text=None, **kwargs):
        self.field = forms.CharField(required=required, help_text=help_text)
        super().__init__(**kwargs)
