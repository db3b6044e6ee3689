"""News: an index of articles and the article itself."""

from dataclasses import dataclass

from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import NewsBodyBlock
from ..conf import council_settings
from ..forms import NewsFilterForm
from ..reader.images import ARTICLE_IMAGE_ROLES, prefetch_for
from ..reader.preview import HeadlessPreviewMixin
from ..reader.structured_data import news_article_data
from ..reader.visibility import versions_among, visible_candidates
from .categories import NewsCategory
from .galleries import GalleryPhoto
from .mixins import (
    AppendedRowMixin,
    FeaturedImageMixin,
    ListingPageMixin,
    ReaderPageMixin,
    SearchAndSharingMixin,
    TransliteratedSlugMixin,
    council_tabs,
)


@dataclass(frozen=True)
class LinkedPages:
    """What a news page links to, each the version a reader of the page may see."""

    related: list
    greeting_address: Page | None
    gallery: Page | None
    event: Page | None = None


class NewsIndexPage(
    TransliteratedSlugMixin, ListingPageMixin, RoutablePageMixin, SearchAndSharingMixin, Page
):
    """The list of news of one locale, newest first, with RSS and Atom feeds."""

    meta_description_field = "intro"
    meta_description_fallback = _("News of %(site)s")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    subpage_types = ["wagtail_council.NewsPage"]
    template = "wagtail_council/pages/news_index_page.html"

    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    listing_model = None  # set below, once NewsPage exists
    filter_form_class = NewsFilterForm
    per_page_setting = "NEWS_PER_PAGE"

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_listing_queryset(self):
        return (
            super()
            .get_listing_queryset()
            .order_by("-publication_date", "-pk")
            .select_related("locale")
            .prefetch_related(
                prefetch_for("card", lookup="featured_image"),
                Prefetch(
                    "categories",
                    queryset=NewsPageCategory.objects.select_related("category"),
                ),
            )
        )

    def get_filter_form(self, request):
        live_news = super().get_listing_queryset()
        categories = NewsCategory.objects.filter(
            locale_id=self.locale_id,
            news_pages__page__in=live_news,
        ).distinct()
        years = [date.year for date in live_news.dates("publication_date", "year", order="DESC")]
        return self.filter_form_class(request.GET or None, categories=categories, years=years)

    def filter_listing(self, queryset, form):
        data = form.cleaned_data
        if data.get("category"):
            queryset = queryset.filter(categories__category__slug=data["category"])
        if data.get("year"):
            queryset = queryset.filter(publication_date__year=data["year"])
        if data.get("month"):
            queryset = queryset.filter(publication_date__month=data["month"])
        return queryset

    # Feed classes by route name; ``wagtail_council.feeds`` registers RSS, Atom
    # and Yandex's full-text RSS. A site can register its own
    # (``NewsIndexPage.feed_classes["rss"] = …``).
    feed_classes = {}
    # The feeds that pages of the news section advertise to feed readers
    # (``<link rel="alternate">``), by route name, with their media types.
    # The Yandex feed is for Yandex's aggregator, not for readers: not listed.
    advertised_feeds = {"rss": "application/rss+xml", "atom": "application/atom+xml"}

    def feed_title(self, site_name):
        """The feeds' title: the index's and the site's names ("Новости — <site name>")."""
        if not site_name:
            return self.title
        return _("%(title)s — %(site_name)s") % {"title": self.title, "site_name": site_name}

    def get_feed_items(self):
        return self.get_listing_queryset()[: council_settings.FEED_ITEMS]

    def serve_feed(self, request, name):
        feed_class = self.feed_classes.get(name)
        if feed_class is None:
            raise Http404
        return feed_class(self)(request)

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return self.serve_feed(request, "rss")

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return self.serve_feed(request, "atom")

    @path("feed/yandex/", name="yandex")
    def yandex_feed(self, request):
        return self.serve_feed(request, "yandex")


class NewsPage(
    HeadlessPreviewMixin,
    ReaderPageMixin,
    TransliteratedSlugMixin,
    FeaturedImageMixin,
    SearchAndSharingMixin,
    Page,
):
    """A news article."""

    meta_description_field = "lead"
    open_graph_type = "article"

    def open_graph_published_time(self):
        return self.publication_date

    lead = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_("One or two sentences that sum up the news; shown in lists, feeds and search."),
    )
    publication_date = models.DateTimeField(
        _("publication date and time"),
        default=timezone.now,
        db_index=True,
        help_text=_(
            "The date readers see. It can differ from when the page was first published, "
            "for example for news moved from an old site."
        ),
    )
    body = StreamField(NewsBodyBlock(), verbose_name=_("body"), blank=True)
    greeting_address = models.ForeignKey(
        "wagtail_council.GreetingAddressPage",
        verbose_name=_("greeting address reported on"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    gallery = models.ForeignKey(
        "wagtail_council.GalleryPage",
        verbose_name=_("photo gallery of the event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event = models.ForeignKey(
        "wagtail_council.EventPage",
        verbose_name=_("event reported on"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    edit_handler = council_tabs(
        content_panels,
        media=[*FeaturedImageMixin.featured_image_panels, PageChooserPanel("gallery")],
        links=[
            PageChooserPanel("event"),
            PageChooserPanel("greeting_address"),
            InlinePanel("categories", label=_("Category"), heading=_("Categories")),
            InlinePanel("related_pages", label=_("Related page"), heading=_("Related pages")),
        ],
        publishing=[FieldPanel("publication_date")],
    )

    parent_page_types = ["wagtail_council.NewsIndexPage"]
    subpage_types = []
    template = "wagtail_council/pages/news_page.html"

    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    api_fields = [
        APIField("lead"),
        APIField("publication_date"),
        APIField("featured_image"),
        APIField("body"),
        APIField("categories"),
        APIField("related_pages"),
        APIField("greeting_address"),
        APIField("gallery"),
        APIField("event"),
    ]

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def reader_images(self):
        # The JSON-LD's three ratios come with the picture's renditions, in the same query.
        if not self.featured_image_id:
            return {}
        return {role: [self.featured_image] for role in ARTICLE_IMAGE_ROLES}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        links = self.linked_pages()
        context["related_pages"] = links.related
        context["linked_greeting_address"] = links.greeting_address
        context["linked_gallery"] = links.gallery
        context["linked_event"] = links.event
        if links.gallery is not None:
            context["linked_gallery_photo_count"] = links.gallery.photo_count or 0
        context["structured_data"] = self.structured_data(request)
        context["open_graph_image"] = self.open_graph_image(request)
        return context

    def structured_data(self, request, *, for_frontend=False):
        """A schema.org ``NewsArticle``, for the page's HTML and the content API."""
        return news_article_data(self, request, for_frontend=for_frontend)

    def open_graph_image(self, request=None):
        """The featured image, as link previews show it: the JSON-LD's image."""
        rendition = self.featured_image_rendition(request=request)
        if rendition is None:
            return None
        return {
            "url": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": self.featured_image_alt_for_readers,
        }

    def linked_pages(self):
        """Related pages, the greeting address, the gallery and the event, as readers see them.

        Each in this page's language when translated, and only if readers may
        see it; the HTML and both APIs read this. Three queries for all of them.
        """
        cached = self.__dict__.get("_linked_pages")
        if cached is not None:
            return cached
        related_ids = [row.related_page_id for row in self.related_pages.all()]
        linked_ids = (self.greeting_address_id, self.gallery_id, self.event_id)
        ids = {pk for pk in (*related_ids, *linked_ids) if pk}
        stubs = list(Page.objects.filter(pk__in=ids).only("pk", "translation_key")) if ids else []
        # The page's own translations come with the same query, for its language links.
        keys = {stub.translation_key for stub in stubs} | {self.translation_key}
        photos = GalleryPhoto.objects.filter(page_id=OuterRef("pk")).order_by()
        candidates = visible_candidates(
            keys, photo_count=Subquery(photos.values("page_id").annotate(n=Count("pk")).values("n"))
        )
        self.__dict__["_visible_translations"] = sorted(
            (page for page in candidates if page.translation_key == self.translation_key),
            key=lambda page: page.locale.language_code,
        )
        versions = versions_among(candidates, stubs, self.locale)
        related, seen = [], set()
        for pk in related_ids:
            version = versions.get(pk)
            if version is not None and version.pk not in seen:
                seen.add(version.pk)
                related.append(version)
        links = self.__dict__["_linked_pages"] = LinkedPages(
            related=related,
            greeting_address=versions.get(self.greeting_address_id),
            gallery=versions.get(self.gallery_id),
            event=versions.get(self.event_id),
        )
        return links

    def get_categories(self):
        """The page's categories in order (one query, whatever their number)."""
        cached = self.__dict__.get("_categories")
        if cached is None:
            rows = self.categories.all()
            prefetched = "categories" in getattr(self, "_prefetched_objects_cache", {})
            if not prefetched and hasattr(rows, "select_related"):
                # Rows of a saved page; a preview's rows are in memory already.
                rows = rows.select_related("category")
            cached = self.__dict__["_categories"] = [
                row.category for row in rows if row.category_id
            ]
        return cached

    @property
    def news_index(self):
        return self.get_parent().specific


NewsIndexPage.listing_model = NewsPage


class NewsPageCategory(AppendedRowMixin, TranslatableMixin, Orderable):
    """A category of a news page. Translatable, so translations point at the translated category."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="categories")
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        on_delete=models.CASCADE,
        related_name="news_pages",
    )

    panels = [FieldPanel("category")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("news page category")
        verbose_name_plural = _("news page categories")


class NewsPageRelatedPage(AppendedRowMixin, Orderable):
    """A page to read next. Shown in the reader's language when translated."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_pages")
    related_page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")
