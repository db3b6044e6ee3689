"""``paths/?embed=detail``: a static build reads many pages' details in one request."""

import pytest

from tests.api_support import API, get_valid, make_gallery_page, photo_rows, problem
from tests.factories import add_index, make_news, make_private, quote_block
from wagtail_council.models import PeopleIndexPage


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
    hidden = make_news(news_index, title="Закрытая")
    make_private(hidden)
    draft = make_news(news_index, publish=False, title="Черновик")
    data, _response = get_valid(client, f"{API}paths/", {"embed": "detail"})
    ids = {item["id"] for item in data["items"]}
    assert hidden.pk not in ids and draft.pk not in ids
    assert "Закрытая" not in str(data) and "Черновик" not in str(data)


def test_an_embedding_page_holds_at_most_a_hundred(client, news_index):
    for _ in range(3):
        make_news(news_index)
    data, _response = get_valid(client, f"{API}paths/", {"embed": "detail", "limit": "999"})
    assert data["limit"] == 100
    small, _response = get_valid(client, f"{API}paths/", {"embed": "detail", "limit": "2"})
    assert (small["limit"], len(small["items"])) == (2, 2)
    assert get_valid(client, f"{API}paths/", {"limit": "1000"})[0]["limit"] == 1000
    assert problem(client, f"{API}paths/", {"embed": "everything"})["parameter"] == "embed"
    assert problem(client, f"{API}paths/", {"limit": "1001"})["parameter"] == "limit"


# Profiles and members pages are addresses too


@pytest.fixture
def people_index(home):
    return add_index(home, PeopleIndexPage, "Депутаты", "people")


def test_profiles_and_members_pages_are_found_by_path(client, people_index, directory):
    council, lysenko = directory

    person, _response = get_valid(
        client, f"{API}pages/find/", {"path": f"/ru/people/{lysenko.slug}/"}
    )
    organisation, _response = get_valid(
        client, f"{API}pages/find/", {"path": f"/ru/people/organisations/{council.slug}/"}
    )

    assert (person["type"], person["id"], person["name"]) == ("person", lysenko.pk, lysenko.name)
    assert person["path"] == f"/ru/people/{lysenko.slug}/"
    assert (organisation["type"], organisation["id"]) == ("organisation", council.pk)
    problem(client, f"{API}pages/find/", {"path": "/ru/people/nobody/"}, status=404)
    problem(client, f"{API}pages/find/", {"path": f"/en/people/{lysenko.slug}/"}, status=404)


def test_paths_list_pages_then_profiles_then_members_pages(
    client, news_index, people_index, directory
):
    council, lysenko = directory
    make_news(news_index)

    data, _response = get_valid(client, f"{API}paths/", {"embed": "detail"})

    types = [item["type"] for item in data["items"]]
    assert types[-2:] == ["person", "organisation"]
    assert data["count"] == len(data["items"])
    person, organisation = data["items"][-2:]
    assert (person["id"], person["title"], person["path"]) == (
        lysenko.pk,
        lysenko.name,
        f"/ru/people/{lysenko.slug}/",
    )
    found, _response = get_valid(client, f"{API}pages/find/", {"path": person["path"]})
    assert person["detail"] == found
    assert organisation["detail"]["id"] == council.pk
    # Filtered by type, and paged across pages and profiles alike.
    only_people, _response = get_valid(client, f"{API}paths/", {"type": "person"})
    assert [item["id"] for item in only_people["items"]] == [lysenko.pk]
    pages = data["count"] - 2
    tail, _response = get_valid(client, f"{API}paths/", {"offset": pages - 1, "limit": 2})
    assert [item["type"] for item in tail["items"]][-1] == "person"
    assert tail["count"] == data["count"]


def test_without_a_visible_people_index_there_are_no_profile_addresses(
    client, people_index, directory
):
    make_private(people_index)
    data, _response = get_valid(client, f"{API}paths/", {"type": "person"})
    assert data["items"] == [] and data["count"] == 0


def test_a_speaker_links_to_the_profile_at_its_address(client, news_index, people_index, directory):
    _council, lysenko = directory
    page = make_news(news_index, body=[quote_block(lysenko, text="Слово")])

    detail, _response = get_valid(client, f"{API}news/{page.pk}/")

    [quote] = [block["value"] for block in detail["body"] if block["type"] == "quote"]
    profile, _response = get_valid(client, f"{API}pages/find/", {"path": quote["speaker"]["path"]})
    assert (profile["type"], profile["id"]) == ("person", lysenko.pk)
    assert quote["speaker"]["url"] == f"http://testserver/ru/people/{lysenko.slug}/"
