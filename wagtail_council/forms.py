"""Reader-facing forms: listing filters that validate instead of failing."""

from django import forms
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Django's own month names, already translated into every language it ships.
MONTH_CHOICES = [("", pgettext_lazy("month filter", "Any month"))] + [
    (str(number), name) for number, name in MONTHS.items()
]


class NewsFilterForm(forms.Form):
    """Filters of a news index. Choices come from the news that exist."""

    category = forms.ChoiceField(label=_("Category"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    month = forms.TypedChoiceField(
        label=_("Month"), required=False, coerce=int, empty_value=None, choices=MONTH_CHOICES
    )

    def __init__(self, *args, categories=(), years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("All categories"))] + [
            (category.slug, category.name) for category in categories
        ]
        self.fields["year"].choices = [("", _("Any year"))] + [
            (str(year), str(year)) for year in years
        ]
        self.fields["category"].error_messages["invalid_choice"] = _(
            "There is no category “%(value)s”. Choose one from the list."
        )
        self.fields["year"].error_messages["invalid_choice"] = _(
            "There is no news from the year “%(value)s”. Choose one from the list."
        )
        self.fields["month"].error_messages["invalid_choice"] = _(
            "“%(value)s” is not a month. Choose one from the list."
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("month") and not cleaned.get("year"):
            self.add_error("month", _("Choose a year to filter by month."))
        return cleaned

    @property
    def is_filtering(self):
        return self.is_bound and any(self.data.get(name) for name in self.fields)
