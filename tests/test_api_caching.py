"""Anonymous responses carry validators and answer If-None-Match with 304."""

import pytest
from django.test import override_settings

from tests.api_support import (
    API,
    assert_matches_document,
    get_valid,
)
from tests.factories import make_news


@pytest.fixture
def news(news_index):
    return make_news(news_index, title="Новость")


@pytest.mark.parametrize(
    "url", ["news/", "news/{pk}/", "paths/", "locales/", "pages/find/?path=/ru/news/"]
)
def test_responses_carry_an_etag_and_cache_control(client, news, url):
    _, response = get_valid(client, API + url.format(pk=news.pk))
    assert response["ETag"].startswith('"') and response["ETag"].endswith('"')
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=600"


def test_a_matching_if_none_match_gets_304_without_a_body(client, news):
    _, first = get_valid(client, f"{API}news/{news.pk}/")
    response = client.get(f"{API}news/{news.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == first["ETag"]
    assert response["Cache-Control"] == first["Cache-Control"]
    assert_matches_document(response)
    # Weak comparison, as RFC 9110 requires for If-None-Match.
    weak = client.get(f"{API}news/{news.pk}/", HTTP_IF_NONE_MATCH="W/" + first["ETag"])
    assert weak.status_code == 304


def test_publishing_a_change_changes_the_etag(client, news):
    _, first = get_valid(client, API + "news/")
    news.title = "Новый заголовок"
    news.save_revision().publish()
    body, second = get_valid(client, API + "news/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert body["items"][0]["title"] == "Новый заголовок"


def test_a_stale_etag_gets_the_full_response(client, news):
    _, response = get_valid(client, API + "news/", HTTP_IF_NONE_MATCH='"stale"')
    assert response.status_code == 200


@override_settings(WAGTAIL_COUNCIL_API_CACHE_MAX_AGE=5, WAGTAIL_COUNCIL_API_CDN_CACHE_MAX_AGE=3600)
def test_cache_lifetimes_come_from_settings_at_request_time(client, news):
    _, response = get_valid(client, API + "news/")
    assert response["Cache-Control"] == "public, max-age=5, s-maxage=3600"
