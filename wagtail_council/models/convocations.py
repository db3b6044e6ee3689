"""Convocations (созывы): the numbered terms of a council, in which its members serve."""

import time

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..reader.people import as_date, convocation_ordinal
from .people import Organisation, Role


class ConvocationQuerySet(models.QuerySet):
    def on(self, date):
        """Convocations in office on ``date``."""
        date = as_date(date)
        return self.filter(start_date__lte=date).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=date)
        )


class Convocation(TranslatableMixin, index.Indexed, models.Model):
    """One numbered term of an organisation, such as the council's second convocation."""

    organisation = models.ForeignKey(
        "wagtail_council.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="convocations",
    )
    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("2 for the second convocation.")
    )
    name = models.CharField(
        _("name"),
        max_length=255,
        blank=True,
        help_text=_("Optional, for example “Совет городского округа второго созыва”."),
    )
    start_date = models.DateField(_("start of the term"))
    end_date = models.DateField(
        _("end of the term"), null=True, blank=True, help_text=_("Empty while in office.")
    )

    objects = ConvocationQuerySet.as_manager()

    panels = [
        FieldPanel("organisation"),
        FieldPanel("number"),
        FieldPanel("name"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
    ]

    override_translatable_fields = [
        SynchronizedField("number"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
    ]

    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("convocation")
        verbose_name_plural = _("convocations")
        ordering = ["organisation", "-start_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "number", "locale"],
                name="unique_convocation_number_per_organisation",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.end_date is not None:
            # The term has ended: so have the mandates that were open with it.
            Role.objects.filter(convocation=self, end_date__isnull=True).update(
                end_date=self.end_date
            )

    @property
    def title(self):
        """The convocation's name, or “Convocation 2 — Organisation”."""
        if self.name:
            return self.name
        return _("%(ordinal)s convocation of %(organisation)s") % {
            "ordinal": convocation_ordinal(self.number),
            "organisation": self.organisation.name if self.organisation_id else "",
        }

    def is_in_office_on(self, date):
        date = as_date(date)
        return self.start_date <= date and (self.end_date is None or date <= self.end_date)

    @property
    def is_current(self):
        return self.is_in_office_on(timezone.localdate())

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The term cannot end before it starts.")})
        if not (self.organisation_id and self.start_date):
            return
        others = Convocation.objects.filter(
            organisation_id=self.organisation_id, locale_id=self.locale_id
        )
        if self.pk:
            others = others.exclude(pk=self.pk)
        if self.translation_key:
            others = others.exclude(translation_key=self.translation_key)
        if self.number is not None:
            same_number = others.filter(number=self.number).first()
            if same_number is not None:
                raise ValidationError(
                    {
                        "number": _("%(organisation)s already has a convocation number %(number)s.")
                        % {"organisation": self.organisation.name, "number": self.number}
                    }
                )
        end = self.end_date
        overlapping = others.filter(Q(end_date__isnull=True) | Q(end_date__gte=self.start_date))
        if end is not None:
            overlapping = overlapping.filter(start_date__lte=end)
        clash = overlapping.order_by("start_date").first()
        if clash is not None:
            raise ValidationError(
                {
                    "start_date": _(
                        "These dates overlap the term of “%(other)s” (%(start)s – %(end)s). "
                        "Convocations of one organisation follow each other."
                    )
                    % {
                        "other": clash.title,
                        "start": clash.start_date.isoformat(),
                        "end": clash.end_date.isoformat() if clash.end_date else "…",
                    }
                }
            )

    def members(self, on=None):
        """Roles of this convocation, held on ``on`` when given, in the register's order."""
        roles = Role.objects.filter(convocation=self).select_related(
            "person", "person__photo", "organisation"
        )
        if on is not None:
            on = as_date(on)
            roles = roles.filter(start_date__lte=on).filter(
                Q(end_date__isnull=True) | Q(end_date__gte=on)
            )
        return roles.order_by("standing", "person__name", "pk")


def councils(locale_id, on=None):
    """Organisations without a parent with a convocation in office on ``on`` (today), by name.

    The first of them is the site's council: its register is the register of
    deputies, and its earlier convocations date the history banner.
    """
    on = as_date(on) if on is not None else timezone.localdate()
    current = Convocation.objects.on(on).filter(organisation=models.OuterRef("pk"))
    return (
        Organisation.objects.filter(locale_id=locale_id, parent__isnull=True)
        .filter(models.Exists(current))
        .order_by("name", "pk")
    )


TERMS_VERSION_KEY = "wagtail_council:council-terms-version"


def forget_council_terms(**kwargs):
    """After a convocation or an organisation changes, the terms are read again."""
    cache.set(TERMS_VERSION_KEY, time.time_ns(), None)


def council_terms(locale_id, today):
    """``[(pk, start, end)]`` of the terms of the site's council, from the cache when it has them.

    Every dated page asks this; the answer changes only with convocations and
    organisations, whose saves and deletions forget it (``forget_council_terms``).
    """
    version = cache.get(TERMS_VERSION_KEY, 0)
    key = f"wagtail_council:council-terms:{version}:{locale_id}:{today.isoformat()}"
    terms = cache.get(key)
    if terms is None:
        council = councils(locale_id, on=today).values("pk")[:1]
        terms = list(
            Convocation.objects.filter(
                organisation_id=models.Subquery(council), locale_id=locale_id
            ).values_list("pk", "start_date", "end_date")
        )
        cache.set(key, terms, 24 * 60 * 60)
    return terms


def earlier_council_convocation(locale_id, date):
    """The site's council's convocation in office on ``date`` if it is not the current one.

    The council's terms come from ``council_terms``; a query loads the
    convocation only for content of an earlier term. ``None`` without a
    council, for a date outside every term, or for a date of the current term.
    """
    date = as_date(date)
    if date is None or locale_id is None:
        return None
    today = timezone.localdate()

    def in_office(start, end, day):
        return start <= day and (end is None or day <= end)

    terms = sorted(council_terms(locale_id, today), key=lambda term: term[1], reverse=True)
    for pk, start, end in terms:
        if in_office(start, end, date):
            if in_office(start, end, today):
                return None
            return Convocation.objects.select_related("organisation").filter(pk=pk).first()
    return None
