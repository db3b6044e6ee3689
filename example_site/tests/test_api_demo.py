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
