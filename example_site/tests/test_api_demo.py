"""The demo content through the content API: every page validates, in both languages."""

from tests.api_support import API, get_valid

SEED_PATH = "/ru/news/obmen-opytom-poleznaya-praktika-sotrudnichestva/"


def test_every_demo_page_and_listing_validates_against_the_document(client, demo):
    paths, _ = get_valid(client, API + "paths/", {"limit": 1000})
    assert paths["count"] == len(paths["items"]) > 10
    for item in paths["items"]:
        detail, _ = get_valid(client, API + "pages/find/", {"path": item["path"]})
        assert (detail["id"], detail["type"]) == (item["id"], item["type"])
        if item["type"] in ("news", "statement", "gallery"):
            url = {"news": "news", "statement": "statements", "gallery": "galleries"}
            get_valid(client, f"{API}{url[item['type']]}/{item['id']}/")
        if item["type"] == "greeting_address":
            get_valid(client, f"{API}greeting-addresses/{item['id']}/")
    for listing in ("news/", "statements/", "greeting-addresses/", "galleries/", "people/"):
        for locale in ("ru", "en"):
            data, _ = get_valid(client, API + listing, {"locale": locale})
            assert all(item["locale"] == locale for item in data["items"])
    get_valid(client, API + "organisations/")
    get_valid(client, API + "locales/")


def test_the_seed_article_has_its_quotes_and_photos_in_both_languages(client, demo):
    russian, _ = get_valid(client, API + "pages/find/", {"path": SEED_PATH})
    english_version = next(item for item in russian["translations"] if item["locale"] == "en")
    english, _ = get_valid(client, f"{API}news/{english_version['id']}/")

    for detail, speakers in (
        (russian, ["Роман Лысенко", "Олег Радченко"]),
        (english, ["Roman Lysenko", "Oleg Radchenko"]),
    ):
        quotes = [block["value"] for block in detail["body"] if block["type"] == "quote"]
        assert [quote["speaker"]["name"] for quote in quotes] == speakers
        assert all(quote["speaker"]["role"] for quote in quotes)
        assert all(quote["text"] for quote in quotes)
        photos = [block["value"] for block in detail["body"] if block["type"] == "image"]
        assert len(photos) >= 2
        assert all(photo["image"]["alt"] and photo["caption"] for photo in photos)
        # Captions say what each photo shows; none repeats the title.
        assert all(photo["caption"] != detail["title"] for photo in photos)
        if detail["gallery"] is not None:
            assert all(photo["caption"] != detail["title"] for photo in detail["gallery"]["photos"])
    assert russian["body"][0]["value"] != english["body"][0]["value"]


def test_the_home_page_comes_back_with_its_intro_in_both_languages(client, demo):
    russian, _ = get_valid(client, API + "pages/find/", {"path": "/ru/"})
    english, _ = get_valid(client, API + "pages/find/", {"path": "/en/"})
    for home in (russian, english):
        assert home["type"] == "home"
        assert home["intro"].startswith("<p")
        assert home["breadcrumbs"] == []
    assert russian["intro"] != english["intro"]
    assert {item["locale"] for item in russian["translations"]} == {"ru", "en"}


def test_the_demo_menu_and_site_data_in_both_languages(client, demo):
    site, _ = get_valid(client, API + "site/")
    assert [locale["code"] for locale in site["locales"]] == ["en", "ru"]
    assert {locale["home"]["path"] for locale in site["locales"]} == {"/ru/", "/en/"}
    for code in ("ru", "en"):
        menu, _ = get_valid(client, API + "navigation/", {"locale": code})
        entries = menu["items"]
        assert len(entries) == 6, [entry["title"] for entry in entries]
        assert all(entry["path"].startswith(f"/{code}/") for entry in entries)
        assert {entry["type"] for entry in entries} == {"index"}


def test_a_static_build_reads_every_address_with_few_requests(client, demo):
    requests = 0
    items, offset = [], 0
    while True:
        page, _ = get_valid(client, API + "paths/", {"embed": "detail", "offset": offset})
        requests += 1
        items += page["items"]
        offset += page["limit"]
        if offset >= page["count"]:
            break
    assert all(item["detail"] is not None for item in items)
    assert {"person", "organisation", "home", "news", "index"} <= {item["type"] for item in items}
    assert requests < len(items) / 10
