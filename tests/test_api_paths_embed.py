"""``paths/?embed=detail``: a static build reads many pages' details in one request."""

from tests.api_support import API, get_valid, make_gallery_page, photo_rows, problem
from tests.factories import make_news, make_private


def test_embedded_details_are_the_details_find_gives(client, news_index, home):
    pages = [make_news(news_index) for _ in range(3)]
    make_gallery_page(home, photo_rows(3), title="Галерея", slug="gallery")

    data, _response = get_valid(client, f"{API}paths/", {"embed": "detail", "locale": "ru"})

    assert data["limit"] == 100
    assert {item["id"] for item in data["items"]} >= {page.pk for page in pages}
    for item in data["items"]:
        found, _response = get_valid(client, f"{API}pages/find/", {"path": item["path"]})
        assert item["detail"] == found, item["path"]
        assert item["title"] == found["title"]


def test_without_embed_there_is_no_detail(client, news_index):
    make_news(news_index)
    data, _response = get_valid(client, f"{API}paths/")
    assert data["limit"] == 500
    assert all(item["detail"] is None for item in data["items"])


def test_hidden_pages_are_neither_listed_nor_embedded(client, news_index):
    hidden = make_private(make_news(news_index, title="Закрытая"))
    draft = make_news(news_index, publish=False, title="Черновик")
    data, _response = get_valid(client, f"{API}paths/", {"embed": "detail"})
    ids = {item["id"] for item in data["items"]}
    assert hidden.pk not in ids and draft.pk not in ids
    assert "Закрытая" not in str(data) and "Черновик" not in str(data)


def test_an_embedding_page_holds_at_most_a_hundred(client, db):
    body = problem(client, f"{API}paths/", {"embed": "detail", "limit": "101"})
    assert body["parameter"] == "limit"
    assert problem(client, f"{API}paths/", {"embed": "everything"})["parameter"] == "embed"
    get_valid(client, f"{API}paths/", {"embed": "detail", "limit": "100"})
    get_valid(client, f"{API}paths/", {"limit": "1000"})
