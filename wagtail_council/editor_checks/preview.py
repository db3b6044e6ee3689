"""Wagtail's content checker (the accessibility checker in the preview and userbar),
with the rules council editors need most switched on.

Wagtail runs axe-core in the editor's preview. We add axe's own
``image-redundant-alt`` (alt text that repeats the caption or nearby text,
the mistake of captioning every photo with the article title) and
``image-alt`` (images with no alt text at all) to Wagtail's default set,
which already flags skipped heading levels. The same problems are also
checked on the server after each save (``on_save.py``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem


class CouncilContentCheckerItem(ContentCheckerItem):
    axe_run_only = [*ContentCheckerItem.axe_run_only, "image-alt", "image-redundant-alt"]

    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without a description"),
            "help_text": _("Describe the image, or mark it as decorative"),
        },
        "image-redundant-alt": {
            "error_name": _("Image description repeats the text next to it"),
            "help_text": _("Say what the image shows, not the caption or the page title"),
        },
    }


def use_council_content_checker(request, items, page):
    """Replace Wagtail's content checker in the userbar and the preview with ours."""
    for position, item in enumerate(items):
        if type(item) in (ContentCheckerItem,) or type(item).__name__ == "AccessibilityItem":
            items[position] = CouncilContentCheckerItem(in_editor=getattr(item, "in_editor", False))
