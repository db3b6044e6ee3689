"""The reader's display preferences panel ("версия для слабовидящих") for every page."""

from django import template
from django.urls import NoReverseMatch, reverse

from ..preferences import ReaderPreferencesForm, preferences_for

register = template.Library()


@register.inclusion_tag("wagtail_council/includes/preferences_panel.html", takes_context=True)
def preferences_panel(context):
    """A form that works without JavaScript, shown when ``wagtail_council.urls`` is included."""
    request = context.get("request")
    try:
        action = reverse("wagtail_council:reader_preferences")
    except NoReverseMatch:
        return {"action": ""}
    preferences = preferences_for(request)
    return {
        "action": action,
        "form": ReaderPreferencesForm(initial=preferences.as_initial()),
        "next_url": request.get_full_path() if request is not None else "",
        "preferences": preferences,
    }
