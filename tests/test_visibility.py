"""Drafts and private news never reach anonymous readers, through any route."""

import pytest

from tests.factories import make_news, make_private

SECRET_WORD = "секретнаяновость"


@pytest.fixture
def hidden_and_visible(news_index):
    visible = make_news(news_index, title="Открытая новость", lead="видимаяновость для всех")
    draft = make_news(news_index, title="Черновик", lead=f"{SECRET_WORD} черновик", publish=False)
    private = make_news(news_index, title="Закрытая", lead=f"{SECRET_WORD} закрытая")
    make_private(private)
    return visible, draft, private


def test_hidden_news_is_absent_from_the_index(client, news_index, hidden_and_visible):
    html = client.get(news_index.url).content.decode()
    assert "Открытая новость" in html
    assert SECRET_WORD not in html


@pytest.mark.parametrize("route", ["feed/rss/", "feed/atom/"])
def test_hidden_news_is_absent_from_feeds(client, news_index, hidden_and_visible, route):
    content = client.get(news_index.url + route).content.decode()
    assert "Открытая новость" in content
    assert SECRET_WORD not in content
    assert "Черновик" not in content


def test_hidden_news_is_absent_from_the_sitemap(client, hidden_and_visible):
    visible, draft, private = hidden_and_visible
    content = client.get("/sitemap.xml").content.decode()
    assert visible.get_full_url() in content
    assert f"/{draft.slug}/" not in content
    assert f"/{private.slug}/" not in content


def test_hidden_news_is_absent_from_search(client, hidden_and_visible):
    response = client.get("/ru/search/", {"q": SECRET_WORD})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Черновик" not in html
    assert "Закрытая" not in html
    assert "Открытая новость" in client.get("/ru/search/", {"q": "видимаяновость"}).content.decode()


def test_hidden_news_is_absent_from_the_core_api(client, hidden_and_visible):
    visible, draft, private = hidden_and_visible
    listing = client.get(
        "/api/v2/pages/", {"type": "wagtail_council.NewsPage", "fields": "*"}
    ).json()
    assert [item["id"] for item in listing["items"]] == [visible.pk]
    assert listing["meta"]["total_count"] == 1
    for hidden in (draft, private):
        # LocaleMiddleware redirects unknown unprefixed paths to /ru/…, which 404s too.
        assert client.get(f"/api/v2/pages/{hidden.pk}/", follow=True).status_code == 404


def test_hidden_news_pages_are_not_served(client, hidden_and_visible):
    visible, draft, private = hidden_and_visible
    assert client.get(visible.url).status_code == 200
    assert client.get(f"/ru/news/{draft.slug}/").status_code == 404
    response = client.get(private.url)
    assert response.status_code == 200
    assert SECRET_WORD not in response.content.decode()
