"""Events and sessions of the council: sittings, committee meetings, hearings, round tables.

An ``EventPage`` has a kind, a time (or whole days), a status, a venue or an
online link, an organiser, participants with their roles on the event's date,
an agenda and its documents. ``EventIndexPage`` lists upcoming events first,
soonest first, then past ones, newest first, and serves an iCalendar feed.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import NewsBodyBlock
from ..blocks.agenda import DOCUMENT_KINDS, OUTCOMES, AgendaBlock, EventDocumentsBlock
from ..conf import council_settings
from ..forms import EventFilterForm
from ..reader.navigation import is_safe_link
from ..reader.people import Speaker, guest_speaker, prefetch_people, speaker_on
from ..reader.preview import HeadlessPreviewMixin
from ..reader.structured_data import event_data
from ..reader.visibility import localized_visible_pages
from .mixins import (
    AppendedRowMixin,
    ListingPageMixin,
    ReaderPageMixin,
    SearchAndSharingMixin,
    TransliteratedSlugMixin,
    council_tabs,
)
from .people import Organisation, Person, people_index_of

STATUS_SCHEDULED = "scheduled"
STATUS_MOVED = "moved"
STATUS_CANCELLED = "cancelled"
STATUS_HELD = "held"
STATUSES = [
    (STATUS_SCHEDULED, _("Scheduled")),
    (STATUS_MOVED, _("Moved")),
    (STATUS_CANCELLED, _("Cancelled")),
    (STATUS_HELD, _("Held")),
]

# The kinds every council has; ``EventKind.create_standard_kinds`` makes them.
STANDARD_KINDS = [
    ("session", _("Session of the council")),
    ("committee", _("Committee meeting")),
    ("hearing", _("Public hearing")),
    ("round-table", _("Round table")),
    ("reception", _("Reception of citizens")),
    ("other", _("Other event")),
]


class EventKind(TranslatableMixin, models.Model):
    """What sort of event: a session of the council, a public hearing… A site can add its own."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("The same in every language; used in filter links such as ?kind=session."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kind of event")
        verbose_name_plural = _("kinds of event")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_event_kind_slug_per_locale"
            ),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def create_standard_kinds(cls, locale):
        """The standard kinds in ``locale``, named in its language; existing ones are kept."""
        from django.utils import translation

        with translation.override(locale.language_code):
            return [
                cls.objects.get_or_create(locale=locale, slug=slug, defaults={"name": str(name)})[0]
                for slug, name in STANDARD_KINDS
            ]


OUTCOME_LABELS = dict(OUTCOMES)
DOCUMENT_KIND_LABELS = dict(DOCUMENT_KINDS)


@dataclass(frozen=True)
class EventDocument:
    """A document of an event or of an agenda item: the block's value and its kind's label."""

    value: object

    @property
    def kind_label(self):
        return DOCUMENT_KIND_LABELS.get(self.value.get("kind"), "")


@dataclass(frozen=True)
class AgendaItem:
    """One agenda item as readers see it: the speaker with their role on the event's date."""

    title: str
    speaker: Speaker | None = None
    documents: list = field(default_factory=list)
    outcome: str = "pending"

    @property
    def outcome_label(self):
        """What was decided, once there is an outcome; empty while pending."""
        if not self.outcome or self.outcome == "pending":
            return ""
        return OUTCOME_LABELS.get(self.outcome, "")


def upcoming_first(queryset, now=None):
    """Events not yet over first, soonest first; then past events, newest first."""
    now = now or timezone.now()
    return queryset.annotate(
        is_over=Case(
            When(Q(end__lt=now) | Q(end__isnull=True, start__lt=now), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        ),
    ).order_by(
        "is_over",
        Case(When(is_over=0, then=F("start"))).asc(nulls_last=True),
        Case(When(is_over=1, then=F("start"))).desc(nulls_last=True),
        "-pk",
    )


class EventIndexPage(
    TransliteratedSlugMixin, ListingPageMixin, RoutablePageMixin, SearchAndSharingMixin, Page
):
    """Events of one locale: upcoming first, then past; with a calendar to subscribe to."""

    meta_description_field = "intro"
    meta_description_fallback = _("Events of %(site)s")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["wagtail_council.EventPage"]
    template = "wagtail_council/pages/event_index_page.html"

    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    listing_model = None  # set below, once EventPage exists
    filter_form_class = EventFilterForm
    per_page_setting = "EVENTS_PER_PAGE"

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def get_listing_queryset(self):
        return upcoming_first(super().get_listing_queryset()).select_related(
            "kind", "organiser", "locale"
        )

    def get_filter_form(self, request):
        live = super().get_listing_queryset()
        kinds = EventKind.objects.filter(locale_id=self.locale_id, events__in=live).distinct()
        organisations = Organisation.objects.filter(
            locale_id=self.locale_id, organised_events__in=live
        ).distinct()
        people = Person.objects.filter(
            locale_id=self.locale_id, event_participations__page__in=live
        ).distinct()
        years = [date.year for date in live.dates("start", "year", order="DESC")]
        return self.filter_form_class(
            request.GET or None,
            kinds=kinds,
            organisations=organisations,
            people=people,
            years=years,
        )

    def filter_listing(self, queryset, form):
        data = form.cleaned_data
        if data.get("kind"):
            queryset = queryset.filter(kind__slug=data["kind"])
        if data.get("organisation"):
            queryset = queryset.filter(organiser__slug=data["organisation"])
        if data.get("person"):
            queryset = queryset.filter(
                pk__in=EventParticipant.objects.filter(person__slug=data["person"]).values(
                    "page_id"
                )
            )
        if data.get("year"):
            queryset = queryset.filter(start__year=data["year"])
        if data.get("month"):
            queryset = queryset.filter(start__month=data["month"])
        return queryset

    def get_calendar_events(self):
        """What the calendar feed holds: upcoming events and those of the recent past."""
        since = timezone.now() - datetime.timedelta(days=council_settings.CALENDAR_PAST_DAYS)
        return (
            super()
            .get_listing_queryset()
            .filter(Q(end__gte=since) | Q(end__isnull=True, start__gte=since))
            .select_related("kind", "organiser", "locale")
            .order_by("start", "pk")[: council_settings.CALENDAR_ITEMS]
        )

    # Calendar views by route name; ``wagtail_council.calendars`` registers them.
    calendar_views = {}

    def get_listing_context(self, request):
        """The page of events, split into the upcoming ones and those already over."""
        context = super().get_listing_context(request)
        items = context["items"]
        items.object_list = list(items.object_list)
        context["upcoming_items"] = [item for item in items.object_list if not item.is_over]
        context["past_items"] = [item for item in items.object_list if item.is_over]
        return context

    @path("calendar/", name="calendar")
    def calendar_feed(self, request):
        view = self.calendar_views.get("index")
        if view is None:
            raise Http404
        return view(request, self)


class EventPage(
    HeadlessPreviewMixin,
    ReaderPageMixin,
    TransliteratedSlugMixin,
    RoutablePageMixin,
    SearchAndSharingMixin,
    Page,
):
    """A session, a committee meeting, a hearing, a round table or another event."""

    meta_description_field = "lead"

    lead = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_("One or two sentences: what the event is about. Shown in lists and calendars."),
    )
    kind = models.ForeignKey(
        EventKind,
        verbose_name=_("kind of event"),
        on_delete=models.PROTECT,
        related_name="events",
    )
    start = models.DateTimeField(_("start"), db_index=True)
    end = models.DateTimeField(_("end"), null=True, blank=True)
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("The event takes whole days: only the dates of start and end are shown."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=STATUSES, default=STATUS_SCHEDULED
    )
    moved_to = models.DateTimeField(
        _("new date"), null=True, blank=True, help_text=_("Required when the event has moved.")
    )
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    venue_address = models.CharField(_("address"), max_length=500, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-90")), MaxValueValidator(Decimal("90"))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-180")), MaxValueValidator(Decimal("180"))],
    )
    online_url = models.URLField(
        _("stream or video link"),
        blank=True,
        help_text=_("Where people can watch the event online (https)."),
    )
    organiser = models.ForeignKey(
        Organisation,
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
    )
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"), blank=True)
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True)
    documents = StreamField(
        EventDocumentsBlock(), verbose_name=_("minutes and decisions"), blank=True
    )
    gallery = models.ForeignKey(
        "wagtail_council.GalleryPage",
        verbose_name=_("photo gallery"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    calendar_sequence = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="iCalendar SEQUENCE: raised on every publish, so calendars take the change.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("moved_to")]),
            ],
            heading=_("Date and status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        FieldPanel("organiser"),
        FieldPanel("body"),
    ]
    edit_handler = council_tabs(
        content_panels,
        people=[
            InlinePanel("participants", label=_("Participant"), heading=_("Participants")),
        ],
        media=[PageChooserPanel("gallery")],
        links=[FieldPanel("agenda"), FieldPanel("documents")],
    )

    parent_page_types = ["wagtail_council.EventIndexPage"]
    subpage_types = []
    template = "wagtail_council/pages/event_page.html"
    stream_fields = ("body", "agenda", "documents")

    override_translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("online_url"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("all_day"),
        SynchronizedField("moved_to"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("venue_name"),
        index.SearchField("body"),
        index.SearchField("agenda"),
        index.FilterField("start"),
    ]

    api_fields = [
        APIField("lead"),
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("all_day"),
        APIField("status"),
        APIField("moved_to"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("online_url"),
        APIField("organiser"),
        APIField("participants"),
        APIField("body"),
        APIField("agenda"),
        APIField("documents"),
        APIField("gallery"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.status == STATUS_MOVED and not self.moved_to:
            errors["moved_to"] = _("Say when the event takes place now.")
        if self.status != STATUS_MOVED and self.moved_to:
            errors["moved_to"] = _("A new date is only for an event that has moved.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Give both coordinates, or neither."
            )
        if self.online_url and not (
            is_safe_link(self.online_url) and self.online_url.lower().startswith("https://")
        ):
            errors["online_url"] = _("Give an https:// address.")
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        """The calendar sequence is the live page's, never an older revision's."""
        page = super().with_content_json(content)
        page.calendar_sequence = self.calendar_sequence
        return page

    # Reader-facing data

    @property
    def is_cancelled(self):
        return self.status == STATUS_CANCELLED

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    @property
    def local_start(self):
        return timezone.localtime(self.start)

    @property
    def local_end(self):
        return timezone.localtime(self.end) if self.end else None

    @property
    def ends_on_start_day(self):
        """Whether the event ends on the day it starts (in local time)."""
        return self.end is not None and self.local_end.date() == self.local_start.date()

    @property
    def local_moved_to(self):
        return timezone.localtime(self.moved_to) if self.moved_to else None

    @property
    def online_link(self):
        """The stream or video link when it is a safe https address, else empty."""
        url = self.online_url or ""
        return url if is_safe_link(url) and url.lower().startswith("https://") else ""

    @property
    def attendance_mode(self):
        """``offline``, ``online`` or ``mixed``: where people can follow the event."""
        in_person = bool(self.venue_name or self.venue_address)
        if self.online_link and in_person:
            return "mixed"
        return "online" if self.online_link else "offline"

    def get_participants(self):
        """Each participant in order: a person with the role held on the event's date, or a guest.

        People and their roles come in two queries, however many participants.
        """
        cached = self.__dict__.get("_participants")
        if cached is not None:
            return cached
        rows = self.participants.all()
        prefetched = "participants" in getattr(self, "_prefetched_objects_cache", {})
        if not prefetched and hasattr(rows, "select_related"):
            # Rows of a saved page; a preview's rows are in memory already.
            rows = rows.select_related("person")
        rows = list(rows)
        prefetch_people([row.person for row in rows if row.person_id])
        speakers = []
        for row in rows:
            if row.person_id:
                speakers.append(speaker_on(row.person, self.start, row.role_override))
            elif row.guest_name:
                speakers.append(
                    guest_speaker(row.guest_name, row.guest_position, row.role_override)
                )
        self.__dict__["_participants"] = speakers
        return speakers

    def agenda_items(self):
        """The agenda in order, each speaker with the role held on the event's date.

        The speakers from the directory are loaded with their roles once for
        the whole agenda (``ReaderPageMixin`` for the HTML; here otherwise).
        """
        values = [child.value for child in self.agenda]
        prefetch_people(
            [
                value.get("speaker")
                for value in values
                if value.get("speaker") is not None
                and "roles" not in getattr(value.get("speaker"), "_prefetched_objects_cache", {})
            ]
        )
        items = []
        for value in values:
            person = value.get("speaker")
            if person is not None:
                speaker = speaker_on(person, self.start)
            elif (value.get("speaker_name") or "").strip():
                speaker = guest_speaker(value.get("speaker_name"), value.get("speaker_position"))
            else:
                speaker = None
            items.append(
                AgendaItem(
                    title=value.get("title") or "",
                    speaker=speaker,
                    documents=[EventDocument(item) for item in value.get("documents") or []],
                    outcome=value.get("outcome") or "pending",
                )
            )
        return items

    def minutes_and_decisions(self):
        """The documents attached to the event itself, in order."""
        return [EventDocument(child.value) for child in self.documents]

    def organiser_url(self, request=None):
        """The page of the organiser's members, when a visible people index shows it."""
        if self.organiser is None:
            return ""
        index_page = people_index_of(self.organiser, request)
        return index_page.organisation_url(self.organiser, request) if index_page else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["participants"] = self.get_participants()
        context["agenda_items"] = self.agenda_items()
        context["event_documents"] = self.minutes_and_decisions()
        context["linked_gallery"] = self.linked_gallery()
        context["news_about_event"] = self.reporting_news()
        context["organiser_url"] = self.organiser_url(request)
        context["structured_data"] = self.structured_data(request)
        return context

    def structured_data(self, request, *, for_frontend=False):
        """A schema.org ``Event``, for the page's HTML and the content API."""
        return event_data(self, request, for_frontend=for_frontend)

    def reporting_news(self):
        """Visible news pages, in this event's language, that report on it."""
        from .news import NewsPage

        pages = NewsPage.objects.filter(event__translation_key=self.translation_key).order_by(
            "-publication_date", "-pk"
        )
        return localized_visible_pages(pages, self.locale, model=NewsPage)

    def linked_gallery(self):
        """The event's gallery as this page's readers may see it, or ``None``."""
        if not self.gallery_id:
            return None
        from .galleries import GalleryPage

        pages = GalleryPage.objects.filter(translation_key=self.gallery.translation_key)
        versions = localized_visible_pages(pages, self.locale, model=GalleryPage)
        return versions[0] if versions else None

    @path("ics/", name="ics")
    def ics_file(self, request):
        view = EventIndexPage.calendar_views.get("event")
        if view is None:
            raise Http404
        return view(request, self)


EventIndexPage.listing_model = EventPage


class EventParticipant(AppendedRowMixin, TranslatableMixin, Orderable):
    """Someone taking part: a person from the directory or a named guest."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="event_participations",
    )
    guest_name = models.CharField(
        _("guest name (not in the directory)"), max_length=255, blank=True
    )
    guest_position = models.CharField(
        _("guest position (not in the directory)"), max_length=255, blank=True
    )
    role_override = models.CharField(
        _("role shown instead of the directory role"), max_length=255, blank=True
    )

    panels = [
        FieldPanel("person"),
        FieldPanel("guest_name"),
        FieldPanel("guest_position"),
        FieldPanel("role_override"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def clean(self):
        super().clean()
        if self.person_id and self.guest_name.strip():
            raise ValidationError(
                {"guest_name": _("Choose a person from the directory or type a name, not both.")}
            )
        if not self.person_id and not self.guest_name.strip():
            raise ValidationError(
                {"person": _("Choose a person from the directory or type a guest's name.")}
            )
