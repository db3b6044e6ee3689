"""News: an index of articles and the article itself."""

from django.db import models
from django.db.models import Prefetch
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
from ..localization import localized_live_pages
from ..reader.images import prefetch_for
from ..reader.preview import HeadlessPreviewMixin
from ..structured_data import news_article_data
from .categories import NewsCategory
from .mixins import (
    AppendedRowMixin,
    FeaturedImageMixin,
    ListingPageMixin,
    TransliteratedSlugMixin,
    council_tabs,
)


class NewsIndexPage(TransliteratedSlugMixin, ListingPageMixin, RoutablePageMixin, Page):
    """The list of news of one locale, newest first, with RSS and Atom feeds."""

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

    # Feed classes by route name; ``wagtail_council.feeds`` registers RSS and
    # Atom. A site can register its own (``NewsIndexPage.feed_classes["rss"] = …``).
    feed_classes = {}

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


class NewsPage(HeadlessPreviewMixin, TransliteratedSlugMixin, FeaturedImageMixin, Page):
    """A news article."""

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

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    edit_handler = council_tabs(
        content_panels,
        media=[*FeaturedImageMixin.featured_image_panels, PageChooserPanel("gallery")],
        links=[
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
    ]

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_pages"] = self.visible_related_pages()
        context["linked_greeting_address"] = self.visible_linked_page("greeting_address")
        context["linked_gallery"] = self.visible_linked_page("gallery")
        context["structured_data"] = news_article_data(self, request)
        return context

    def visible_related_pages(self):
        """Related pages in the reader's language, skipping drafts and private pages."""
        return localized_live_pages(
            link.related_page for link in self.related_pages.all() if link.related_page_id
        )

    def visible_linked_page(self, field_name):
        """A linked page in the reader's language, or nothing if it is not live and public."""
        page = getattr(self, field_name)
        if page is None:
            return None
        pages = localized_live_pages([page])
        return pages[0] if pages else None

    def get_categories(self):
        return [link.category for link in self.categories.all() if link.category_id]

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
