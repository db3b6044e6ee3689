"""Feed discovery: the news section's pages and the home page advertise the news feeds."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import add_index, make_news, make_private
from wagtail_council.models import GalleryIndexPage, NewsIndexPage

LINK = re.compile(
    r'<link rel="alternate" type="application/(rss|atom)\+xml" title="([^"]*)" href="([^"]*)">'
)


def feed_links(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return LINK.findall(response.content.decode())


def advertised(index_page, title="Новости — Совет"):
    return [
        ("rss", f"{title} (RSS)", index_page.url + "feed/rss/"),
        ("atom", f"{title} (Atom)", index_page.url + "feed/atom/"),
    ]


@pytest.fixture
def article(news_index):
    return make_news(news_index, title="Сессия")


def test_news_index_advertises_its_feeds_with_the_site_name(client, news_index):
    links = feed_links(client, news_index.url)
    for link in advertised(news_index):
        assert link in links


def test_article_advertises_its_index_feeds(client, news_index, article):
    assert feed_links(client, article.url) == advertised(news_index)


def test_home_page_advertises_the_feeds_of_its_visible_news_indexes(client, home, news_index):
    press = add_index(home, NewsIndexPage, "Пресс-релизы", "press")
    hidden = add_index(home, NewsIndexPage, "Закрытые новости", "closed")
    make_private(hidden)
    draft = add_index(home, NewsIndexPage, "Черновик раздела", "draft-news")
    draft.unpublish()
    links = feed_links(client, home.url)
    assert links == advertised(news_index) + advertised(press, "Пресс-релизы — Совет")


def test_home_page_asks_for_its_news_indexes_once(client, home, news_index):
    def queries():
        client.get(home.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(home.url).status_code == 200
        return len(captured.captured_queries)

    one = queries()
    for number in range(3):
        add_index(home, NewsIndexPage, f"Новости {number}", f"news-{number}")
    assert queries() == one


def test_pages_outside_the_news_section_advertise_no_feed(client, home, news_index):
    galleries = add_index(home, GalleryIndexPage, "Фотогалереи", "galleries")
    assert feed_links(client, galleries.url) == []


def test_article_of_an_unpublished_index_advertises_no_feed(client, news_index, article):
    """Wagtail still serves a live article under an index that is not: its feed is a 404."""
    news_index.unpublish()
    assert client.get(news_index.url + "feed/rss/").status_code == 404
    assert feed_links(client, article.url) == []
