"""What every page's frame shows is kept across requests, and forgotten when it changes.

The site's menu and home page, the council's details, a page's breadcrumbs
and the people indexes are read once and kept in Django's cache
(``reader.context.across_requests``) until a page is published, unpublished,
saved, moved or deleted, a view restriction, a site, a locale, the council's
details or an image changes, or a page among them expires.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import make_news, make_private
from tests.gallery_factories import make_gallery_index
from tests.test_navigation import council_settings, in_menu, menu_links, soup


def menu_titles(client, url="/ru/"):
    return [title for title, _href, _current in menu_links(soup(client, url))]


@pytest.fixture
def galleries(home, news_index):
    in_menu(news_index)
    return in_menu(make_gallery_index(home, title="Фотогалереи", slug="galleries"))


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_a_second_request_reads_the_frame_from_the_cache(client, galleries):
    council_settings(name="Совет депутатов", phone="+7 (8172) 00-00-00")
    first = queries_of(client, "/ru/news/")
    assert queries_of(client, "/ru/news/") < first


def test_a_published_menu_page_appears_at_once(client, home, galleries):
    assert menu_titles(client) == ["Новости", "Фотогалереи"]
    statements = make_gallery_index(home, title="Архив", slug="archive")
    assert menu_titles(client) == ["Новости", "Фотогалереи"]
    in_menu(statements)
    assert menu_titles(client) == ["Новости", "Фотогалереи", "Архив"]


def test_an_unpublished_or_restricted_menu_page_leaves_at_once(client, news_index, galleries):
    assert "Фотогалереи" in menu_titles(client)
    galleries.unpublish()
    assert menu_titles(client) == ["Новости"]
    make_private(news_index)
    # With nothing left to show, the header has no menu at all.
    assert soup(client, "/ru/").select("header nav.council-nav") == []


def test_a_menu_page_leaves_when_it_expires(client, monkeypatch, galleries):
    expiry = timezone.now() + datetime.timedelta(minutes=5)
    galleries.expire_at = expiry
    galleries.save_revision().publish()  # as an editor sets an expiry
    assert "Фотогалереи" in menu_titles(client)
    later = expiry + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Фотогалереи" not in menu_titles(client)


def test_the_councils_details_change_at_once(client, site_tree):
    details = council_settings(phone="+7 (8172) 00-00-00")
    assert "00-00-00" in soup(client, "/ru/").select_one("footer").get_text()
    details.phone = "+7 (8172) 11-11-11"
    details.save()
    footer = soup(client, "/ru/").select_one("footer").get_text()
    assert "11-11-11" in footer and "00-00-00" not in footer


def test_breadcrumbs_follow_a_renamed_section(client, news_index):
    article = make_news(news_index, title="Заседание")

    def trail():
        return [
            link.get_text(strip=True)
            for link in soup(client, article.url).select("nav.council-breadcrumbs a")
        ]

    assert "Новости" in trail()
    news_index.title = "Новости совета"
    news_index.save_revision().publish()
    assert "Новости совета" in trail()
