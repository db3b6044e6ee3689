"""Greeting addresses: formal congratulatory letters signed by officials."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..forms import GreetingFilterForm
from ..reader.people import speaker_on
from ..reader.preview import HeadlessPreviewMixin
from ..reader.structured_data import message_data
from ..reader.visibility import localized_visible_pages
from .mixins import (
    AppendedRowMixin,
    ListingPageMixin,
    SearchAndSharingMixin,
    TransliteratedSlugMixin,
    council_tabs,
)
from .people import Person, profile_address

TEXT_ALTERNATIVE_REQUIRED = _(
    "The scan is an image: type its full text here, so that everyone can read it."
)


class GreetingAddressIndexPage(
    SearchAndSharingMixin, TransliteratedSlugMixin, ListingPageMixin, Page
):
    """Greeting addresses of one locale, grouped by year."""

    meta_description_field = "intro"
    meta_description_fallback = _("Greeting addresses of %(site)s")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["wagtail_council.GreetingAddressPage"]
    template = "wagtail_council/pages/greeting_address_index_page.html"

    filter_form_class = GreetingFilterForm
    per_page_setting = "GREETINGS_PER_PAGE"

    class Meta:
        verbose_name = _("greeting addresses index")
        verbose_name_plural = _("greeting addresses indexes")

    def get_listing_queryset(self):
        return (
            super()
            .get_listing_queryset()
            .order_by("-date", "-pk")
            .prefetch_related("signatories__person__roles__organisation")
        )

    def get_filter_form(self, request):
        live = super().get_listing_queryset()
        people = Person.objects.filter(
            locale_id=self.locale_id, signed_addresses__page__in=live
        ).distinct()
        occasions = sorted(
            {occasion for occasion in live.values_list("occasion", flat=True) if occasion}
        )
        return self.filter_form_class(request.GET or None, people=people, occasions=occasions)

    def filter_listing(self, queryset, form):
        data = form.cleaned_data
        if data.get("signatory"):
            queryset = queryset.filter(signatories__person__slug=data["signatory"]).distinct()
        if data.get("occasion"):
            queryset = queryset.filter(occasion=data["occasion"])
        return queryset


class GreetingAddressPage(
    SearchAndSharingMixin, HeadlessPreviewMixin, TransliteratedSlugMixin, Page
):
    """A formal letter of congratulation or greeting, with its signatories."""

    meta_description_field = "occasion"
    open_graph_type = "article"

    def open_graph_published_time(self):
        return self.date

    addressee = models.CharField(
        _("addressee"),
        max_length=255,
        help_text=_("For example “Депутатам Совета городского округа город Алчевск”."),
    )
    occasion = models.CharField(
        _("occasion"),
        max_length=255,
        help_text=_("For example “Round table on municipal cooperation”."),
    )
    date = models.DateField(_("date of the address"), default=timezone.localdate, db_index=True)
    body = RichTextField(_("text of the address"), features=["bold", "italic", "link", "ol", "ul"])
    original_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed original (document)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    original_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signed original (scan image)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    original_text_alternative = models.TextField(
        _("full text of the scan"),
        blank=True,
        help_text=_(
            "Required when the signed original is an image: everything the scan says, as text."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("addressee"),
        FieldPanel("occasion"),
        FieldPanel("date"),
        FieldPanel("body"),
    ]
    edit_handler = council_tabs(
        content_panels,
        people=[
            InlinePanel("signatories", label=_("Signatory"), heading=_("Signatories"), min_num=1)
        ],
        media=[
            MultiFieldPanel(
                [
                    FieldPanel("original_document"),
                    FieldPanel("original_image"),
                    FieldPanel("original_text_alternative"),
                ],
                heading=_("Signed original"),
            )
        ],
    )
    parent_page_types = ["wagtail_council.GreetingAddressIndexPage"]
    subpage_types = []
    template = "wagtail_council/pages/greeting_address_page.html"

    search_fields = Page.search_fields + [
        index.SearchField("addressee"),
        index.SearchField("occasion"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("addressee"),
        APIField("occasion"),
        APIField("date"),
        APIField("body"),
        APIField("signatories"),
        APIField("original_text_alternative"),
    ]

    class Meta:
        verbose_name = _("greeting address")
        verbose_name_plural = _("greeting addresses")

    def clean(self):
        super().clean()
        if self.original_image_id and not self.original_text_alternative.strip():
            raise ValidationError({"original_text_alternative": TEXT_ALTERNATIVE_REQUIRED})

    def get_signatories(self):
        """Each signatory in order, with the role held on the address's date (or the override)."""
        return [
            speaker_on(row.person, self.date, row.role_override)
            for row in self.signatories.all()
            if row.person_id
        ]

    def structured_data(self, request, *, for_frontend=False):
        """A schema.org ``Message`` signed by its signatories, with their roles on its date."""
        signatories = [
            (speaker, profile_address(speaker.person, request, for_frontend=for_frontend))
            for speaker in self.get_signatories()
        ]
        return message_data(
            self,
            signatories,
            request,
            for_frontend=for_frontend,
            description=self.get_meta_description(),
        )

    def reporting_news(self):
        """Visible news pages, in this address's language, that report on it."""
        from .news import NewsPage

        pages = NewsPage.objects.filter(greeting_address__translation_key=self.translation_key)
        return localized_visible_pages(pages, self.locale, model=NewsPage)


class GreetingAddressSignatory(AppendedRowMixin, TranslatableMixin, Orderable):
    """A person who signed the address, in the order of the signatures."""

    page = ParentalKey(GreetingAddressPage, on_delete=models.CASCADE, related_name="signatories")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="signed_addresses"
    )
    role_override = models.CharField(
        _("role shown instead of the directory role"), max_length=255, blank=True
    )

    panels = [FieldPanel("person"), FieldPanel("role_override")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")


GreetingAddressIndexPage.listing_model = GreetingAddressPage
