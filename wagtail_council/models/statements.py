"""Statements: a standalone quote or statement by an official, with its context."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import NewsBodyBlock
from ..forms import StatementFilterForm
from ..reader.people import speaker_on
from ..reader.preview import HeadlessPreviewMixin
from ..reader.structured_data import quotation_data
from .mixins import (
    ListingPageMixin,
    ReaderPageMixin,
    SearchAndSharingMixin,
    TransliteratedSlugMixin,
    council_tabs,
)
from .people import Organisation, Person, profile_address


class StatementIndexPage(SearchAndSharingMixin, TransliteratedSlugMixin, ListingPageMixin, Page):
    """Statements of one locale, newest first, filterable by person and organisation."""

    meta_description_field = "intro"
    meta_description_fallback = _("Statements of %(site)s")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["wagtail_council.StatementPage"]
    template = "wagtail_council/pages/statement_index_page.html"

    filter_form_class = StatementFilterForm
    per_page_setting = "STATEMENTS_PER_PAGE"

    class Meta:
        verbose_name = _("statements index")
        verbose_name_plural = _("statements indexes")

    def get_listing_queryset(self):
        return (
            super()
            .get_listing_queryset()
            .order_by("-date", "-pk")
            .select_related("speaker")
            .prefetch_related("speaker__roles__organisation")
        )

    def get_filter_form(self, request):
        live = super().get_listing_queryset()
        people = Person.objects.filter(locale_id=self.locale_id, statements__in=live).distinct()
        organisations = Organisation.objects.filter(
            locale_id=self.locale_id, roles__person__statements__in=live
        ).distinct()
        return self.filter_form_class(
            request.GET or None, people=people, organisations=organisations
        )

    def filter_listing(self, queryset, form):
        data = form.cleaned_data
        if data.get("person"):
            queryset = queryset.filter(speaker__slug=data["person"])
        if data.get("organisation"):
            queryset = queryset.filter(
                speaker__roles__organisation__slug=data["organisation"]
            ).distinct()
        return queryset


class StatementPage(
    SearchAndSharingMixin, HeadlessPreviewMixin, ReaderPageMixin, TransliteratedSlugMixin, Page
):
    """What an official said: a press comment, a speech excerpt, a position."""

    meta_description_field = "statement"
    open_graph_type = "article"

    def open_graph_published_time(self):
        return self.date

    speaker = models.ForeignKey(
        Person,
        verbose_name=_("speaker"),
        on_delete=models.PROTECT,
        related_name="statements",
    )
    role_override = models.CharField(
        _("role shown instead of the directory role"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to show the speaker's role on the date of the statement."),
    )
    date = models.DateTimeField(_("date of the statement"), default=timezone.now, db_index=True)
    statement = models.TextField(
        _("statement"), help_text=_("The words of the speaker, without quotation marks.")
    )
    context = models.CharField(
        _("context"),
        max_length=255,
        blank=True,
        help_text=_(
            "Where and why it was said, for example “Comment for the press after the session”."
        ),
    )
    body = StreamField(NewsBodyBlock(), verbose_name=_("more details"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("statement"),
        FieldPanel("context"),
        FieldPanel("body"),
    ]
    edit_handler = council_tabs(
        content_panels,
        people=[FieldPanel("speaker"), FieldPanel("role_override")],
        publishing=[FieldPanel("date")],
    )
    parent_page_types = ["wagtail_council.StatementIndexPage"]
    subpage_types = []
    template = "wagtail_council/pages/statement_page.html"

    search_fields = Page.search_fields + [
        index.SearchField("statement"),
        index.SearchField("context"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("speaker"),
        APIField("date"),
        APIField("statement"),
        APIField("context"),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def get_speaker(self):
        """The speaker with the role held on the statement's date, or the editor's override."""
        return speaker_on(self.speaker, self.date, self.role_override)

    @property
    def speaker_role(self):
        return self.get_speaker().role

    def structured_data(self, request, *, for_frontend=False):
        """A schema.org ``Quotation``: the words, their date and the speaker with the role then."""
        speaker = self.get_speaker()
        url = profile_address(self.speaker, request, for_frontend=for_frontend)
        return quotation_data(self, speaker, url, request, for_frontend=for_frontend)


StatementIndexPage.listing_model = StatementPage
