"""Reader display preferences: the "version for the visually impaired" built into every page.

Russian public sites are expected to offer larger text, high-contrast colour
schemes, wider letter spacing and a text-only mode (ГОСТ Р 52872-2019). Here
they are preferences of the normal site rather than a separate one: the
reader's choice is kept in one cookie that the server reads on every request
and turns into classes on ``<html>``, so it works without JavaScript and
holds on every page.

The cookie only ever holds known values; anything else in it is ignored, so a
stale or hand-edited cookie cannot break a page.
"""

from dataclasses import asdict, dataclass, fields

from django import forms
from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COOKIE_NAME = "council_preferences"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60
# "font_size:large|colour_scheme:high-contrast": every character is legal in a
# cookie value without quoting.
ITEM_SEPARATOR = "|"
KEY_SEPARATOR = ":"


class FontSize(TextChoices):
    STANDARD = "standard", pgettext_lazy("text size", "Standard")
    LARGE = "large", pgettext_lazy("text size", "Large")
    LARGEST = "largest", pgettext_lazy("text size", "Very large")


class ColourScheme(TextChoices):
    STANDARD = "standard", pgettext_lazy("colour scheme", "Standard colours")
    HIGH_CONTRAST = "high-contrast", _("High contrast: yellow on black")
    DARK_ON_LIGHT = "dark-on-light", _("Dark on light: black on white")
    LIGHT_ON_DARK = "light-on-dark", _("Light on dark: white on dark blue")


class LetterSpacing(TextChoices):
    STANDARD = "standard", pgettext_lazy("letter spacing", "Standard")
    WIDE = "wide", pgettext_lazy("letter spacing", "Wide")
    WIDEST = "widest", pgettext_lazy("letter spacing", "Very wide")


class Images(TextChoices):
    SHOWN = "on", _("Show images")
    HIDDEN = "off", _("Hide images, show their descriptions")


CHOICES = {
    "font_size": FontSize,
    "colour_scheme": ColourScheme,
    "letter_spacing": LetterSpacing,
    "images": Images,
}

# The class prefix of each preference on <html>: "council-font-large".
CLASS_PREFIXES = {
    "font_size": "council-font",
    "colour_scheme": "council-scheme",
    "letter_spacing": "council-spacing",
    "images": "council-images",
}


@dataclass(frozen=True)
class ReaderPreferences:
    font_size: str = FontSize.STANDARD.value
    colour_scheme: str = ColourScheme.STANDARD.value
    letter_spacing: str = LetterSpacing.STANDARD.value
    images: str = Images.SHOWN.value

    @classmethod
    def from_cookie(cls, value):
        """Preferences from a cookie value; unknown keys and values are ignored."""
        chosen = {}
        for item in (value or "").split(ITEM_SEPARATOR):
            name, _separator, choice = item.partition(KEY_SEPARATOR)
            if name in CHOICES and choice in CHOICES[name].values:
                chosen[name] = choice
        return cls(**chosen)

    def to_cookie(self):
        """Only what differs from the defaults, so the cookie stays short."""
        return ITEM_SEPARATOR.join(
            f"{name}{KEY_SEPARATOR}{value}" for name, value in self.changed().items()
        )

    def changed(self):
        defaults = ReaderPreferences()
        return {
            field.name: getattr(self, field.name)
            for field in fields(self)
            if getattr(self, field.name) != getattr(defaults, field.name)
        }

    @property
    def is_default(self):
        return not self.changed()

    @property
    def images_hidden(self):
        return self.images == Images.HIDDEN

    @property
    def html_class(self):
        """Classes for ``<html>``, one per preference that differs from the default."""
        return " ".join(f"{CLASS_PREFIXES[name]}-{value}" for name, value in self.changed().items())

    def as_initial(self):
        return asdict(self)


REQUEST_ATTRIBUTE = "_council_preferences"


def preferences_for(request):
    """The reader's preferences, read once per request from the cookie."""
    if request is None:
        return ReaderPreferences()
    preferences = getattr(request, REQUEST_ATTRIBUTE, None)
    if preferences is None:
        preferences = ReaderPreferences.from_cookie(request.COOKIES.get(COOKIE_NAME))
        setattr(request, REQUEST_ATTRIBUTE, preferences)
    return preferences


def store_preferences(response, request, preferences):
    """Keep ``preferences`` in the reader's browser, or forget them when they are the defaults."""
    if preferences.is_default:
        response.delete_cookie(COOKIE_NAME, samesite="Lax")
        return
    response.set_cookie(
        COOKIE_NAME,
        preferences.to_cookie(),
        max_age=COOKIE_MAX_AGE,
        secure=request.is_secure(),
        # Only the server reads it: no script needs to.
        httponly=True,
        samesite="Lax",
    )


def preference_field(name, label):
    return forms.ChoiceField(
        label=label,
        choices=CHOICES[name].choices,
        widget=forms.RadioSelect,
        # A form that leaves a group out keeps that preference at its default.
        required=False,
        error_messages={
            "invalid_choice": _("“%(value)s” is not one of the offered choices. Choose one.")
        },
    )


class ReaderPreferencesForm(forms.Form):
    font_size = preference_field("font_size", _("Text size"))
    colour_scheme = preference_field("colour_scheme", _("Colour scheme"))
    letter_spacing = preference_field("letter_spacing", _("Letter spacing"))
    images = preference_field("images", _("Images"))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "council-preferences-%s")
        super().__init__(*args, **kwargs)

    def preferences(self):
        """The chosen preferences; call after ``is_valid()``."""
        return ReaderPreferences(
            **{name: value for name, value in self.cleaned_data.items() if value}
        )
