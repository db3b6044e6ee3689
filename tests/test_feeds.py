"""RSS and Atom feeds of a news index."""

import datetime

import feedparser
import pytest

from tests.factories import make_category, make_image, make_news

MSK = datetime.timezone(datetime.timedelta(hours=3))


@pytest.fixture
def published_news(news_index):
    return make_news(
        news_index,
        title="Круглый стол",
        lead="Депутаты провели круглый стол.",
        publication_date=datetime.datetime(2026, 11, 20, 11, 30, tzinfo=MSK),
        featured_image=make_image(width=1200, height=800),
        featured_image_alt="Участники круглого стола",
        categories=[make_category("Сотрудничество", "cooperation")],
    )


@pytest.mark.parametrize(("route", "version"), [("feed/rss/", "rss20"), ("feed/atom/", "atom10")])
def test_feed_is_valid_with_full_datetimes_lead_enclosure_and_language(
    client, news_index, published_news, route, version
):
    response = client.get(news_index.url + route)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.get("language", "ru") == "ru"
    [entry] = feed.entries
    assert entry.title == "Круглый стол"
    assert entry.summary == "Депутаты провели круглый стол."
    assert entry.link == "http://testserver" + published_news.url
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    assert published is not None
    raw_date = entry.get("published") or entry.get("updated")
    assert raw_date.endswith(("+0000", "Z", "+00:00")) or "+" in raw_date or "-" in raw_date[-6:]
    [enclosure] = [link for link in entry.links if link.rel == "enclosure"]
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://testserver/")
    assert int(enclosure.length) > 0
    assert [tag.term for tag in entry.tags] == ["Сотрудничество"]


def test_rss_declares_the_index_language(client, news_index, published_news):
    content = client.get(news_index.url + "feed/rss/").content.decode()
    assert "<language>ru</language>" in content
    assert "Fri, 20 Nov 2026 08:30:00 +0000" in content


def test_atom_feed_has_timezone_aware_dates(client, news_index, published_news):
    content = client.get(news_index.url + "feed/atom/").content.decode()
    assert 'xml:lang="ru"' in content
    assert "<published>2026-11-20T08:30:00+00:00</published>" in content
