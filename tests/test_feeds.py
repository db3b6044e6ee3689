"""RSS, Atom and Yandex feeds of a news index: validity, authors, titles and stable ids."""

import datetime
from xml.etree import ElementTree

import feedparser
import pytest
from django.test import override_settings

from tests.factories import make_category, make_image, make_news, translate_tree_to_english
from wagtail_council.models import NewsPage

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


@pytest.mark.parametrize(
    ("route", "version"),
    [("feed/rss/", "rss20"), ("feed/atom/", "atom10"), ("feed/yandex/", "rss20")],
)
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


ATOM = "{http://www.w3.org/2005/Atom}"


def xml_of(content):
    return ElementTree.fromstring(content)  # noqa: S314 - our own feed, from the test client


def atom_of(client, index_page):
    response = client.get(index_page.url + "feed/atom/")
    assert response.status_code == 200
    return xml_of(response.content)


def rss_items(client, index_page, route="feed/rss/"):
    response = client.get(index_page.url + route)
    assert response.status_code == 200
    return xml_of(response.content).find("channel").findall("item")


def test_atom_feed_and_each_entry_name_the_publisher_as_their_author(
    client, news_index, published_news
):
    """RFC 4287 §4.1.1: a feed without an author needs one in every entry; both have it."""
    feed = atom_of(client, news_index)
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Совет"
    assert feed.findtext(f"{ATOM}author/{ATOM}uri") == "http://testserver"
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Совет"
    parsed = feedparser.parse(client.get(news_index.url + "feed/atom/").content)
    assert parsed.feed.author == "Совет"
    assert parsed.entries[0].author == "Совет"


@override_settings(WAGTAIL_COUNCIL_PUBLISHER_NAME="Совет депутатов городского округа")
def test_the_feeds_author_is_the_publisher_the_structured_data_names(
    client, news_index, published_news
):
    feed = atom_of(client, news_index)
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Совет депутатов городского округа"
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Совет депутатов городского округа"


def test_feed_titles_carry_the_site_name(client, news_index, published_news):
    assert atom_of(client, news_index).findtext(f"{ATOM}title") == "Новости — Совет"
    channel = xml_of(client.get(news_index.url + "feed/rss/").content)
    assert channel.findtext("channel/title") == "Новости — Совет"


def test_guid_and_id_are_a_tag_uri_of_the_host_and_the_page(client, news_index, published_news):
    year = published_news.first_published_at.year
    expected = f"tag:testserver,{year}:page/{published_news.pk}"
    [item] = rss_items(client, news_index)
    guid = item.find("guid")
    assert guid.text == expected
    assert guid.get("isPermaLink") == "false"
    [entry] = atom_of(client, news_index).findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}id") == expected


def test_guid_and_id_are_unchanged_after_a_slug_change_and_republish(
    client, news_index, published_news
):
    [item] = rss_items(client, news_index)
    [entry] = atom_of(client, news_index).findall(f"{ATOM}entry")
    guid, entry_id = item.findtext("guid"), entry.findtext(f"{ATOM}id")

    page = NewsPage.objects.get(pk=published_news.pk)
    page.slug = "kruglyy-stol-pereimenovan"
    page.title = "Круглый стол: итоги"
    page.save_revision().publish()

    [item] = rss_items(client, news_index)
    [entry] = atom_of(client, news_index).findall(f"{ATOM}entry")
    assert item.findtext("link").endswith("/kruglyy-stol-pereimenovan/")
    assert item.findtext("title") == "Круглый стол: итоги"
    assert item.findtext("guid") == guid
    assert entry.findtext(f"{ATOM}id") == entry_id
    [yandex_item] = rss_items(client, news_index, "feed/yandex/")
    assert yandex_item.findtext("guid") == guid


def test_a_translation_is_an_item_of_its_own_with_an_id_of_its_own(
    client, news_index, published_news
):
    english = translate_tree_to_english(published_news)
    [russian_item] = rss_items(client, news_index)
    [english_item] = rss_items(client, english.get_parent().specific)
    assert english_item.findtext("guid") != russian_item.findtext("guid")
    assert english_item.findtext("guid").endswith(f":page/{english.pk}")


def test_a_lead_with_markup_characters_stays_text_in_the_feeds(client, news_index):
    make_news(news_index, lead="Бюджет <b>принят</b> & опубликован")
    for route in ("feed/rss/", "feed/atom/", "feed/yandex/"):
        entry = feedparser.parse(client.get(news_index.url + route).content).entries[0]
        assert entry.summary == "Бюджет &lt;b&gt;принят&lt;/b&gt; &amp; опубликован", route
