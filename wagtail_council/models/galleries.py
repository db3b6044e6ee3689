"""Photo galleries: an ordered list of photos, each described in the reader's language."""

from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..admin_forms import GalleryPageForm
from ..blocks.media import ALT_TEXT_REQUIRED
from ..conf import council_settings
from ..forms import GalleryFilterForm
from ..reader.images import prefetch_for
from ..reader.photos import THUMBNAIL_ROLE, PhotoView, photos_of_rows
from ..reader.preview import HeadlessPreviewMixin
from ..reader.structured_data import image_gallery_data
from ..reader.visibility import localized_visible_pages, visible_versions
from .mixins import (
    AppendedRowMixin,
    ListingPageMixin,
    SearchAndSharingMixin,
    TransliteratedSlugMixin,
)


class GalleryIndexPage(TransliteratedSlugMixin, ListingPageMixin, SearchAndSharingMixin, Page):
    """Galleries of one locale, newest first."""

    meta_description_field = "intro"
    meta_description_fallback = _("Photo galleries of %(site)s")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["wagtail_council.GalleryPage"]
    template = "wagtail_council/pages/gallery_index_page.html"

    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    filter_form_class = GalleryFilterForm
    per_page_setting = "GALLERIES_PER_PAGE"

    class Meta:
        verbose_name = _("gallery index")
        verbose_name_plural = _("gallery indexes")

    def get_listing_queryset(self):
        return with_photo_count_and_cover(super().get_listing_queryset().order_by("-date", "-pk"))

    def get_listing_context(self, request):
        context = super().get_listing_context(request)
        items = context["items"]
        items.object_list = list(items.object_list)
        attach_covers(items.object_list)
        return context

    def get_filter_form(self, request):
        live = super().get_listing_queryset()
        years = [date.year for date in live.dates("date", "year", order="DESC")]
        return self.filter_form_class(request.GET or None, years=years)

    def filter_listing(self, queryset, form):
        if form.cleaned_data.get("year"):
            queryset = queryset.filter(date__year=form.cleaned_data["year"])
        return queryset


class GalleryPage(HeadlessPreviewMixin, TransliteratedSlugMixin, SearchAndSharingMixin, Page):
    """Photos of one event, in the order the editor chose."""

    meta_description_field = "description"
    meta_description_fallback = _("Photos: %(title)s — %(site)s")

    date = models.DateField(_("date of the event"), default=timezone.localdate, db_index=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("description"),
        # "Add photos" opens the image chooser, where several images can be
        # chosen at once; each becomes a row that can be described and moved.
        MultipleChooserPanel(
            "photos", chooser_field_name="image", label=_("Photo"), heading=_("Photos")
        ),
        FieldPanel("add_collection", heading=_("Add a whole collection")),
    ]
    base_form_class = GalleryPageForm
    parent_page_types = ["wagtail_council.GalleryIndexPage"]
    subpage_types = []
    template = "wagtail_council/pages/gallery_page.html"

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.RelatedFields("photos", [index.SearchField("caption")]),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("description"),
        APIField("photos"),
    ]

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        photos = self.photos_for_readers()
        context["photos"] = photos
        context["gallery_events"] = self.events()
        context["structured_data"] = self.structured_data(request, photos=photos)
        return context

    def structured_data(self, request, *, for_frontend=False, photos=None):
        """A schema.org ``ImageGallery``, for the page's HTML and the content API.

        ``photos``: the page's ``photos_for_readers()`` when already loaded.
        """
        if photos is None:
            photos = self.photos_for_readers()
        return image_gallery_data(self, photos, request, for_frontend=for_frontend)

    def photos_for_readers(self, limit=None):
        """The photos in the editor's order, with their renditions, in a fixed number of queries."""
        rows = list(self.photos.all())
        return photos_of_rows(rows[:limit] if limit is not None else rows)

    @classmethod
    def for_gallery_blocks(cls, chosen, locale):
        """``{chosen id: (gallery, photo count, first photos)}`` for gallery blocks, in bulk.

        Each chosen gallery as readers of ``locale`` see it (or ``None``), with
        the first ``WAGTAIL_COUNCIL_GALLERY_BLOCK_PHOTOS`` photos: four queries
        for any number of blocks.
        """
        versions = visible_versions(chosen, locale, model=cls)
        rows_of = {version.pk: [] for version in versions.values()}
        for row in GalleryPhoto.objects.filter(page_id__in=rows_of).order_by(
            "page_id", "sort_order", "pk"
        ):
            rows_of[row.page_id].append(row)
        limit = council_settings.GALLERY_BLOCK_PHOTOS
        shown = {row.pk: row for rows in rows_of.values() for row in rows[:limit]}
        views = {view.pk: view for view in photos_of_rows(shown.values())}
        prepared = {}
        for gallery in chosen:
            version = versions.get(gallery.pk)
            if version is None:
                prepared[gallery.pk] = (None, 0, [])
                continue
            rows = rows_of[version.pk]
            photos = [views[row.pk] for row in rows[:limit] if row.pk in views]
            prepared[gallery.pk] = (version, len(rows), photos)
        return prepared

    def reporting_news(self):
        """Visible news pages, in this gallery's language, that link to it."""
        from .news import NewsPage

        pages = NewsPage.objects.filter(gallery__translation_key=self.translation_key)
        return localized_visible_pages(pages, self.locale, model=NewsPage)

    def events(self):
        """Visible events, in this gallery's language, whose gallery is this one (in any language)."""
        from .events import EventPage

        pages = EventPage.objects.filter(gallery__translation_key=self.translation_key).order_by(
            "-start", "pk"
        )
        return localized_visible_pages(pages, self.locale, model=EventPage)


class GalleryPhoto(AppendedRowMixin, TranslatableMixin, Orderable):
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


GalleryIndexPage.listing_model = GalleryPage


def with_photo_count_and_cover(galleries):
    """A queryset of galleries annotated with ``photo_count`` and their first photo's id.

    Gallery cards, in the HTML index and in the content API, read these and
    ``attach_covers``: a page of cards costs the same queries for any number.
    """
    first_photo = GalleryPhoto.objects.filter(page=OuterRef("pk")).order_by("sort_order", "pk")
    return galleries.annotate(
        photo_count=Count("photos"),
        cover_photo_id=Subquery(first_photo.values("pk")[:1]),
    )


def attach_covers(galleries):
    """Give each gallery of a listing its first photo as ``cover`` (a ``PhotoView``): two queries."""
    cover_ids = [gallery.cover_photo_id for gallery in galleries if gallery.cover_photo_id]
    covers = GalleryPhoto.objects.filter(pk__in=cover_ids).prefetch_related(
        prefetch_for(THUMBNAIL_ROLE, lookup="image")
    )
    by_id = {photo.pk: PhotoView.from_row(photo) for photo in covers}
    for gallery in galleries:
        gallery.cover = by_id.get(gallery.cover_photo_id)
