"""The template context processor of the reader's display preferences."""

from . import preferences_for


def reader_preferences(request):
    """``council_preferences``: the reader's display preferences from their cookie.

    ``wagtail_council/base.html`` turns them into classes on ``<html>``, and
    ``{% council_picture %}`` shows an image's description instead of the
    image when the reader has switched images off. Add
    ``"wagtail_council.preferences.context_processors.reader_preferences"`` to
    ``TEMPLATES[0]["OPTIONS"]["context_processors"]``.
    """
    return {"council_preferences": preferences_for(request)}
