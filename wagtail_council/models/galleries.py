"""Photo galleries: an ordered list of photos, each described in the reader's language."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks.media import ALT_TEXT_REQUIRED
from ..forms import GalleryFilterForm
from .mixins import ListingPageMixin


class GalleryIndexPage(ListingPageMixin, Page):
    """Galleries of one locale, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["wagtail_council.GalleryPage"]
    template = "wagtail_council/pages/gallery_index_page.html"

    filter_form_class = GalleryFilterForm
    per_page_setting = "GALLERIES_PER_PAGE"

    class Meta:
        verbose_name = _("gallery index")
        verbose_name_plural = _("gallery indexes")

    def get_listing_queryset(self):
        return super().get_listing_queryset().order_by("-date", "-pk")

    def get_filter_form(self, request):
        live = super().get_listing_queryset()
        years = [date.year for date in live.dates("date", "year", order="DESC")]
        return self.filter_form_class(request.GET or None, years=years)

    def filter_listing(self, queryset, form):
        if form.cleaned_data.get("year"):
            queryset = queryset.filter(date__year=form.cleaned_data["year"])
        return queryset


class GalleryPage(Page):
    """Photos of one event, in the order the editor chose."""

    date = models.DateField(_("date of the event"), default=timezone.localdate, db_index=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("description"),
        InlinePanel("photos", label=_("Photo"), heading=_("Photos")),
    ]
    parent_page_types = ["wagtail_council.GalleryIndexPage"]
    subpage_types = []
    template = "wagtail_council/pages/gallery_page.html"

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")


class GalleryPhoto(TranslatableMixin, Orderable):
    """One photo of a gallery, with its own caption: never the page title repeated."""

    page = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(
        _("photo caption"),
        max_length=300,
        blank=True,
        help_text=_("What happens in this photo. Do not repeat the page title."),
    )
    alt_text = models.CharField(
        _("photo description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    decorative = models.BooleanField(_("decorative photo"), default=False)
    credit = models.CharField(_("photo credit"), max_length=200, blank=True)

    panels = [
        FieldPanel("image"),
        FieldPanel("caption"),
        FieldPanel("alt_text"),
        FieldPanel("decorative"),
        FieldPanel("credit"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("gallery photo")
        verbose_name_plural = _("gallery photos")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if not self.decorative and not self.alt_text.strip():
            raise ValidationError({"alt_text": ALT_TEXT_REQUIRED})

    @property
    def alt_for_readers(self):
        return "" if self.decorative else self.alt_text


GalleryIndexPage.listing_model = GalleryPage
