"""Conditional GET of the news feeds: ETag, Last-Modified, 304s and Cache-Control.

The ETag is a hash of the body, so it changes with whatever readers would
see change; Last-Modified also moves when an item leaves the feed, so a
client that only sends If-Modified-Since does not keep a removed item.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import http_date
from wagtail.rich_text import RichText

from tests.factories import make_image, make_news, make_person, make_private, quote_block
from wagtail_council.models import NewsPage

FEEDS = ["feed/rss/", "feed/atom/", "feed/yandex/"]


@pytest.fixture
def article(news_index):
    return make_news(news_index, title="Сессия", lead="Депутаты собрались на сессию.")


def get(client, index_page, route, **headers):
    return client.get(index_page.url + route, headers=headers)


@pytest.mark.parametrize("route", FEEDS)
def test_feed_sends_validators_and_may_be_kept_by_shared_caches(client, news_index, article, route):
    response = get(client, news_index, route)
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"] == http_date(article.last_published_at.timestamp())
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in cache_control
    assert "max-age=900" in cache_control


@pytest.mark.parametrize("route", FEEDS)
def test_matching_if_none_match_gets_304_without_a_body(client, news_index, article, route):
    etag = get(client, news_index, route)["ETag"]
    response = get(client, news_index, route, if_none_match=etag)
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert get(client, news_index, route, if_none_match='"something-else"').status_code == 200


@pytest.mark.parametrize("route", FEEDS)
def test_if_modified_since_the_last_change_gets_304(client, news_index, article, route):
    last_modified = get(client, news_index, route)["Last-Modified"]
    assert get(client, news_index, route, if_modified_since=last_modified).status_code == 304
    earlier = http_date(article.last_published_at.timestamp() - 60)
    assert get(client, news_index, route, if_modified_since=earlier).status_code == 200


@pytest.mark.parametrize("route", FEEDS)
@pytest.mark.parametrize(
    "value",
    [
        "yesterday",
        "Sun, 06 Nov 99999 08:49:37 GMT",
        "Mon, 32 Foo 2026 25:61:61 GMT",
        "",
        "Thu, 01 Jan 1970 00:00:00 GMT\x7f",
        "9" * 400,
    ],
)
def test_a_malformed_if_modified_since_is_ignored(client, news_index, article, route, value):
    response = get(client, news_index, route, if_modified_since=value)
    assert response.status_code == 200
    assert b"<" in response.content


def test_etag_changes_when_an_item_is_published_edited_or_unpublished(client, news_index, article):
    seen = {get(client, news_index, "feed/rss/")["ETag"]}

    newer = make_news(news_index, title="Новое заседание")
    seen.add(get(client, news_index, "feed/rss/")["ETag"])

    page = NewsPage.objects.get(pk=article.pk)
    page.lead = "Депутаты обсудили бюджет."
    page.save_revision().publish()
    seen.add(get(client, news_index, "feed/rss/")["ETag"])

    NewsPage.objects.get(pk=newer.pk).unpublish()
    seen.add(get(client, news_index, "feed/rss/")["ETag"])
    assert len(seen) == 4


def test_a_draft_of_an_item_changes_nothing(client, news_index, article):
    before = get(client, news_index, "feed/atom/")
    page = NewsPage.objects.get(pk=article.pk)
    page.title = "Черновик заголовка"
    page.save_revision()
    after = get(client, news_index, "feed/atom/", if_none_match=before["ETag"])
    assert after.status_code == 304


def test_etag_changes_when_the_index_is_republished(client, news_index, article):
    etag = get(client, news_index, "feed/atom/")["ETag"]
    news_index.title = "Новости совета"
    news_index.save_revision().publish()
    response = get(client, news_index, "feed/atom/", if_none_match=etag)
    assert response.status_code == 200
    assert "Новости совета — Совет" in response.content.decode()


def test_an_unpublished_item_is_news_to_a_client_that_only_sends_if_modified_since(
    client, news_index, article
):
    """The feed's other items and the index are older than the article, which goes."""
    older = make_news(news_index, publication_date=timezone.now() - datetime.timedelta(days=3))
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    # HTTP dates count seconds: the unpublish must come in a later second than the fetch.
    NewsPage.objects.filter(pk__in=[older.pk, article.pk]).update(last_published_at=two_days_ago)
    type(news_index).objects.filter(pk=news_index.pk).update(last_published_at=two_days_ago)
    last_modified = get(client, news_index, "feed/rss/")["Last-Modified"]
    assert last_modified == http_date(two_days_ago.timestamp())
    NewsPage.objects.get(pk=article.pk).unpublish()
    response = get(client, news_index, "feed/rss/", if_modified_since=last_modified)
    assert response.status_code == 200
    assert "Сессия" not in response.content.decode()


def test_an_expired_item_is_news_before_publish_scheduled_has_run(client, news_index, article):
    last_modified = get(client, news_index, "feed/rss/")["Last-Modified"]
    moment = timezone.now() + datetime.timedelta(seconds=2)
    NewsPage.objects.filter(pk=article.pk).update(expire_at=moment)
    with pytest.MonkeyPatch.context() as patch:
        later = moment + datetime.timedelta(seconds=1)
        patch.setattr(timezone, "now", lambda: later)
        response = get(client, news_index, "feed/rss/", if_modified_since=last_modified)
    assert response.status_code == 200
    assert "Сессия" not in response.content.decode()


def test_feed_of_a_private_index_stays_out_of_shared_caches(client, news_index, article):
    """Once the reader gave the password, the feed is theirs: no shared cache keeps it."""
    restriction = make_private(news_index)
    feed = news_index.url + "feed/rss/"
    assert b"<rss" not in client.get(feed).content
    with translation.override("ru"):
        authenticate = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.pk, news_index.pk]
        )
    client.post(authenticate, {"password": "secret", "return_url": feed})
    response = client.get(feed)
    assert b"<rss" in response.content
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def body_of(length, speaker, image):
    blocks = []
    for number in range(length):
        blocks += [
            ("paragraph", RichText(f"<p>Абзац {number}</p>")),
            quote_block(speaker, text=f"Слова {number}"),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Фото",
                    "decorative": False,
                    "caption": "Подпись",
                    "credit": "",
                },
            ),
        ]
    return blocks


def queries_of(client, url):
    assert client.get(url).status_code == 200  # renditions are made once
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("route", FEEDS)
def test_feed_queries_do_not_grow_with_its_items_or_their_bodies(client, news_index, route):
    speaker = make_person("Депутат", slug="deputy")
    image = make_image(width=80, height=60)

    def add(count, length):
        for _ in range(count):
            make_news(
                news_index,
                featured_image=image,
                featured_image_alt="Фото",
                body=body_of(length, speaker, image),
            )

    add(1, 1)
    few = queries_of(client, news_index.url + route)
    add(5, 10)
    many = queries_of(client, news_index.url + route)
    assert many == few
