"""Reader-facing forms: listing filters that validate instead of failing."""

from django import forms
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# Django's own month names, already translated into every language it ships.
MONTH_CHOICES = [("", pgettext_lazy("month filter", "Any month"))] + [
    (str(number), name) for number, name in MONTHS.items()
]


def year_field():
    """A year to filter by; its choices are the years that have content (``set_years``)."""
    return forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)


def month_field():
    field = forms.TypedChoiceField(
        label=_("Month"), required=False, coerce=int, empty_value=None, choices=MONTH_CHOICES
    )
    field.error_messages["invalid_choice"] = _(
        "“%(value)s” is not a month. Choose one from the list."
    )
    return field


class DateFilterMixin:
    """Year and month filters: the years that have content, and no month without a year."""

    def set_years(self, years, unknown_message):
        field = self.fields["year"]
        field.choices = [("", _("Any year"))] + [(str(year), str(year)) for year in years]
        field.error_messages["invalid_choice"] = unknown_message

    def clean(self):
        cleaned = super().clean()
        if "month" in self.fields and cleaned.get("month") and not cleaned.get("year"):
            self.add_error("month", _("Choose a year to filter by month."))
        return cleaned


class NewsFilterForm(DateFilterMixin, forms.Form):
    """Filters of a news index. Choices come from the news that exist."""

    category = forms.ChoiceField(label=_("Category"), required=False)
    year = year_field()
    month = month_field()

    def __init__(self, *args, categories=(), years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("All categories"))] + [
            (category.slug, category.name) for category in categories
        ]
        self.fields["category"].error_messages["invalid_choice"] = _(
            "There is no category “%(value)s”. Choose one from the list."
        )
        self.set_years(
            years, _("There is no news from the year “%(value)s”. Choose one from the list.")
        )

    @property
    def is_filtering(self):
        return self.is_bound and any(self.data.get(name) for name in self.fields)


def choice_field(label, empty_label, unknown_message):
    field = forms.ChoiceField(label=label, required=False)
    field.empty_label = empty_label
    field.error_messages["invalid_choice"] = unknown_message
    return field


class ChoiceFilterForm(forms.Form):
    """A filter form whose choices are set from the content that exists."""

    def set_choices(self, name, choices):
        field = self.fields[name]
        field.choices = [("", field.empty_label)] + list(choices)

    @property
    def is_filtering(self):
        return self.is_bound and any(self.data.get(name) for name in self.fields)


class StatementFilterForm(ChoiceFilterForm):
    person = choice_field(
        _("Speaker"),
        _("All speakers"),
        _("There is no speaker “%(value)s”. Choose one from the list."),
    )
    organisation = choice_field(
        _("Organisation"),
        _("All organisations"),
        _("There is no organisation “%(value)s”. Choose one from the list."),
    )

    def __init__(self, *args, people=(), organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_choices("person", [(person.slug, person.name) for person in people])
        self.set_choices("organisation", [(org.slug, org.name) for org in organisations])


class GreetingFilterForm(ChoiceFilterForm):
    signatory = choice_field(
        _("Signed by"),
        _("All signatories"),
        _("There is no signatory “%(value)s”. Choose one from the list."),
    )
    occasion = choice_field(
        _("Occasion"),
        _("All occasions"),
        _("There is no occasion “%(value)s”. Choose one from the list."),
    )

    def __init__(self, *args, people=(), occasions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_choices("signatory", [(person.slug, person.name) for person in people])
        self.set_choices("occasion", [(occasion, occasion) for occasion in occasions])


class GalleryFilterForm(DateFilterMixin, ChoiceFilterForm):
    year = year_field()

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_years(
            years,
            _("There are no galleries from the year “%(value)s”. Choose one from the list."),
        )


class EventFilterForm(DateFilterMixin, ChoiceFilterForm):
    kind = choice_field(
        _("Kind of event"),
        _("All kinds"),
        _("There is no kind of event “%(value)s”. Choose one from the list."),
    )
    organisation = choice_field(
        _("Organiser"),
        _("All organisers"),
        _("There is no organiser “%(value)s”. Choose one from the list."),
    )
    person = choice_field(
        _("Participant"),
        _("All participants"),
        _("There is no participant “%(value)s”. Choose one from the list."),
    )
    year = year_field()
    month = month_field()

    def __init__(self, *args, kinds=(), organisations=(), people=(), years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.set_choices("kind", [(kind.slug, kind.name) for kind in kinds])
        self.set_choices("organisation", [(org.slug, org.name) for org in organisations])
        self.set_choices("person", [(person.slug, person.name) for person in people])
        self.set_years(
            years,
            _("There are no events from the year “%(value)s”. Choose one from the list."),
        )
