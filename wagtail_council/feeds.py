"""RSS 2.0, Atom and Yandex full-text feeds of a news index, built on ``django.contrib.syndication``.

A feed belongs to one news index, and so to one locale: the feed of
``/en/news/`` lists English news and declares ``en`` as its language.

- **Titles** carry the site's name: "Новости — <site name>" (``NewsIndexPage.feed_title``).
- **Authors** (RFC 4287 §4.1.1): the feed's author is the publisher, as the
  JSON-LD names it (``reader.structured_data.publisher_data``); so is each
  entry's, since news pages have no author of their own. A site whose news
  model has one overrides ``item_author_name``.
- **Identity**: an item's RSS ``guid`` (``isPermaLink="false"``) and Atom
  ``id`` are a tag URI (RFC 4151) of the site's host and the page's id,
  dated with the year the page was first published: ``tag:example.org,2024:page/123``.
  A new slug, title or place in the tree leaves it as it is, so feed readers
  do not show a renamed article again as new. A translation is a page of
  its own, and an item of its own language's feed.
- **Conditional GET** (``wagtail_council.conditional``): a strong ``ETag`` of
  the body; ``Last-Modified`` is the latest of the index's publish, its
  items' and the last time a news page left readers' view (an unpublish, a
  deletion, a move, a new view restriction, an expiry), so that a client
  that only sends ``If-Modified-Since`` also learns of a removed item;
  ``Cache-Control: public`` with ``READER_FEED_MAX_AGE``. Both take a fixed
  number of queries, whatever the number of items.
- **Yandex** (``feed/yandex/``): RSS 2.0 with the ``yandex`` namespace, as
  Yandex's news aggregator reads it: each item has ``yandex:genre`` and
  ``yandex:full-text``, the article's plain text (lead, then body:
  ``reader.text.body_text``), besides the same ``guid``, enclosure and
  ``pubDate`` as the RSS feed.

Readers only ever get visible news: the items are the index's listing
(``NewsIndexPage.get_feed_items``), which holds visible pages only.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.syndication.views import Feed
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import PageLogEntry, Site

from .conditional import READER_FEED_MAX_AGE, conditional_response, latest
from .models import NewsIndexPage
from .reader.images import fallback_mime_type, fallback_spec
from .reader.languages import localized_site_name
from .reader.structured_data import publisher_data
from .reader.text import body_text

YANDEX_NAMESPACE = "http://news.yandex.ru"

# What takes a page out of readers' view without a publish: its moment is a
# change of every feed it was in.
REMOVAL_ACTIONS = (
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    "wagtail.delete",
    "wagtail.move",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
)


def page_tag_uri(page, host):
    """A tag URI (RFC 4151) that names ``page`` for good: ``tag:<host>,<year>:page/<id>``.

    The year is that of the page's first publication, which never changes
    (a page made live in code without one takes its publication date's).
    """
    first = page.first_published_at or getattr(page, "publication_date", None) or timezone.now()
    return f"tag:{host},{first.year}:page/{page.pk}"


class ChangedAtMixin:
    """The feed's date is its latest change (an item's or the index's), never the request's time.

    Django falls back to "now" for a feed without items, which would change
    the body, and so the ``ETag``, on every request.
    """

    def latest_post_date(self):
        dates = [item.get(key) for item in self.items for key in ("updateddate", "pubdate")]
        return latest([self.feed.get("changed"), *dates]) or super().latest_post_date()


class CouncilRssFeed(ChangedAtMixin, Rss201rev2Feed):
    pass


class CouncilAtomFeed(ChangedAtMixin, Atom1Feed):
    pass


class YandexRssFeed(CouncilRssFeed):
    """RSS 2.0 with Yandex's elements: ``yandex:genre`` and ``yandex:full-text`` in each item."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:yandex": YANDEX_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        # "message": a news report, as opposed to an article or an interview.
        handler.addQuickElement("yandex:genre", "message")
        handler.addQuickElement("yandex:full-text", item["full_text"])


class NewsRssFeed(Feed):
    feed_type = CouncilRssFeed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.site = Site.find_for_request(request) or self.index_page.get_site()
        self.host = self.site.hostname if self.site else request.get_host().split(":")[0]
        with translation.override(self.language):
            self.site_name = localized_site_name(self.site, self.index_page.locale)
            self.publisher = publisher_data(self.index_page, request)
            items = list(self.items())
            self._items = items
            response = super().__call__(request, *args, **kwargs)
        return conditional_response(
            request,
            response,
            max_age=READER_FEED_MAX_AGE,
            last_modified=self.changed_at(items),
        )

    def changed_at(self, items):
        """The feed's last change, removals included (see the module's docstring); two queries."""
        moments = [self.index_page.last_published_at]
        moments += [self.item_updateddate(item) for item in items]
        model = self.index_page.listing_model
        if model is not None:
            moments.append(
                PageLogEntry.objects.filter(
                    content_type=ContentType.objects.get_for_model(model),
                    action__in=REMOVAL_ACTIONS,
                ).aggregate(moment=Max("timestamp"))["moment"]
            )
            # Expired, though ``publish_scheduled`` has not unpublished them yet.
            moments.append(
                model.objects.child_of(self.index_page)
                .filter(expire_at__lte=timezone.now())
                .aggregate(moment=Max("expire_at"))["moment"]
            )
        return latest(moments)

    def title(self):
        return self.index_page.feed_title(self.site_name)

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        name = self.site_name or self.index_page.title
        return _("Latest news of %(site_name)s") % {"site_name": name}

    def feed_url(self):
        return self.request.build_absolute_uri()

    def feed_guid(self):
        return page_tag_uri(self.index_page, self.host) + "/feed"

    def feed_extra_kwargs(self, obj):
        return {"changed": self.index_page.last_published_at}

    def author_name(self):
        return self.publisher.get("name") or self.site_name

    def author_link(self):
        return self.publisher.get("url")

    def items(self):
        cached = getattr(self, "_items", None)
        return cached if cached is not None else self.index_page.get_feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # An HTML field in both formats: the lead is text, and stays text.
        return escape(item.lead)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return page_tag_uri(item, self.host)

    item_guid_is_permalink = False

    def item_author_name(self, item):
        return self.author_name()

    def item_author_link(self, item):
        return self.author_link()

    def item_pubdate(self, item):
        return item.publication_date

    def item_updateddate(self, item):
        return item.last_published_at or item.publication_date

    def item_categories(self, item):
        return [category.name for category in item.get_categories()]

    def item_enclosures(self, item):
        if item.featured_image is None:
            return []
        rendition = item.featured_image.get_rendition(fallback_spec("card"))
        url = self.request.build_absolute_uri(rendition.url)
        return [Enclosure(url, str(file_size(rendition)), fallback_mime_type())]


class NewsAtomFeed(NewsRssFeed):
    feed_type = CouncilAtomFeed

    def subtitle(self):
        return self.description()


class NewsYandexFeed(NewsRssFeed):
    """The RSS feed with each article's full text, for Yandex's news aggregator."""

    feed_type = YandexRssFeed

    def item_extra_kwargs(self, item):
        return {**super().item_extra_kwargs(item), "full_text": full_text(item)}


def full_text(page):
    """The article as plain text: its lead, then its body, paragraphs apart."""
    parts = [" ".join((page.lead or "").split()), body_text(page.body)]
    return "\n\n".join(part for part in parts if part)


def file_size(rendition):
    """The rendition's size in bytes, or 0 when storage cannot tell (RSS allows 0)."""
    try:
        return rendition.file.size
    except (OSError, NotImplementedError):
        return 0


NewsIndexPage.feed_classes.update(rss=NewsRssFeed, atom=NewsAtomFeed, yandex=NewsYandexFeed)
