"""RSS 2.0 and Atom feeds of a news index, built on ``django.contrib.syndication``.

A feed belongs to one news index, and so to one locale: the feed of
``/en/news/`` lists English news and declares ``en`` as its language.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from .models import NewsIndexPage
from .reader.images import fallback_mime_type, fallback_spec
from .reader.languages import localized_site_name


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        site = self.index_page.get_site()
        name = localized_site_name(site, self.index_page.locale) or self.index_page.title
        return _("Latest news of %(site_name)s") % {"site_name": name}

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return self.index_page.get_feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

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
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()


def file_size(rendition):
    """The rendition's size in bytes, or 0 when storage cannot tell (RSS allows 0)."""
    try:
        return rendition.file.size
    except (OSError, NotImplementedError):
        return 0


NewsIndexPage.feed_classes.update(rss=NewsRssFeed, atom=NewsAtomFeed)
