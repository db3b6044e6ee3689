"""Plain text from rich text, for every place that must not carry markup.

Listing leads, search summaries, JSON-LD, feed descriptions and the API's
plain-text fields all read it, so ``&`` is ``&`` everywhere, never ``&amp;``.
"""

import html

from django.utils.html import strip_tags


def plain_text(rich_text):
    """The text of ``rich_text`` on one line: tags removed, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())
