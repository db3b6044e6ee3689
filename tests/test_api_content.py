"""The content API returns every page type, block and snippet fully typed and resolved."""

import datetime

from django.test import override_settings

from tests.api_support import (
    API,
    get_valid,
    make_gallery_page,
    photo_rows,
    problem,
    translate_to_english,
)
from tests.factories import (
    add_index,
    make_category,
    make_document,
    make_image,
    make_news,
    publish_child,
    quote_block,
)
from wagtail_council.blocks import NewsBodyBlock
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    StatementIndexPage,
    StatementPage,
)

MSK = datetime.timezone(datetime.timedelta(hours=3))
FRONTEND = "https://frontend.example"
PAGE_DATE = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=MSK)


def test_a_news_page_with_every_block_type_is_fully_typed(client, everything, directory):
    page, target, draft, document, gallery = everything
    data, response = get_valid(client, f"{API}news/{page.pk}/")

    assert data["type"] == "news"
    assert data["title"] == "Всё сразу"
    assert {block["type"] for block in data["body"]} == set(NewsBodyBlock.base_blocks)
    paragraph, heading, image, embed, doc, quote, outsider, inline, chosen = data["body"]

    assert f'<a href="http://testserver{target.url}">новость</a>' in paragraph["value"]
    # A link to a draft keeps its words and loses its address.
    assert "<a>черновик</a>" in paragraph["value"]
    assert f'href="http://testserver{document.url}"' in paragraph["value"]
    assert "linktype" not in paragraph["value"]

    assert heading["value"] == {"text": "Раздел", "level": 3}

    picture = image["value"]["image"]
    assert image["value"]["caption"] == "Подпись"
    assert picture["alt"] == "Фото в тексте"
    assert (picture["width"], picture["height"]) == (1200, 675)
    assert picture["focal_point"] == {"x": 800, "y": 300, "width": 200, "height": 100}
    assert picture["srcset"].endswith(" 1200w") and " 640w, " in picture["srcset"]
    assert [source["type"] for source in picture["sources"]] == [
        "image/avif",
        "image/webp",
        "image/jpeg",
    ]

    assert embed["value"]["html"] == "<iframe></iframe>"
    assert doc["value"]["title"] == "Текст решения"
    assert doc["value"]["file_extension"] == "pdf"
    assert doc["value"]["file_size"] == len(b"%PDF-1.4 test")

    speaker = quote["value"]["speaker"]
    assert speaker["name"] == "Роман Лысенко"
    # The role held on the page's date (2024), not today's.
    assert speaker["role"] == "депутат, Совет городского округа"
    assert speaker["organisation"]["slug"] == "council"
    assert speaker["photo"]["alt"] == "Портрет Романа Лысенко"
    assert speaker["in_directory"] is True
    assert outsider["value"]["speaker"]["in_directory"] is False
    assert outsider["value"]["speaker"]["role"] == "гость"

    assert inline["value"]["gallery"] is None
    [inline_photo] = inline["value"]["photos"]
    assert inline_photo["caption"] == "Подпись галереи"
    assert inline_photo["thumbnail"]["alt"] == "Фото галереи в тексте"
    assert chosen["value"]["gallery"]["id"] == gallery.pk
    assert chosen["value"]["photo_count"] == 3

    assert [photo["caption"] for photo in data["gallery"]["photos"]] == [
        "Подпись фото 1",
        "Подпись фото 2",
        "Подпись фото 3",
    ]
    assert data["featured_image"]["image"]["alt"] == "Главное фото"
    assert data["categories"] == [
        {"id": page.categories.get().category_id, "slug": "budget", "name": "Бюджет"}
    ]
    assert data["translations"] == [
        {
            "locale": "ru",
            "id": page.pk,
            "url": f"http://testserver{page.url}",
            "path": page.url,
            "title": "Всё сразу",
        }
    ]


@override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL=FRONTEND)
def test_urls_and_rich_text_links_point_at_the_frontend_in_the_pages_language(
    client, everything, directory
):
    page, target, draft, document, gallery = everything
    english_target = translate_to_english(target)
    english = translate_to_english(page, *page.get_categories(), *directory)

    data, _ = get_valid(client, f"{API}news/{english.pk}/")
    assert data["locale"] == "en"
    assert data["url"] == FRONTEND + english.url
    assert data["url"].startswith(FRONTEND + "/en/")
    paragraph = data["body"][0]["value"]
    # The link goes to the English translation of the target, on the frontend.
    assert f'<a href="{FRONTEND}{english_target.url}">' in paragraph
    assert english_target.url.startswith("/en/")
    assert sorted((item["locale"], item["id"]) for item in data["translations"]) == [
        ("en", english.pk),
        ("ru", page.pk),
    ]
    assert {item["url"] for item in data["translations"]} == {
        FRONTEND + english.url,
        FRONTEND + page.url,
    }
    # Quotes name the English version of the person.
    quote = next(block for block in data["body"] if block["type"] == "quote")
    assert quote["value"]["speaker"]["name"] == "EN Роман Лысенко"


def test_news_listing_returns_cards_and_filters(client, news_index, directory):
    council, lysenko = directory
    budget = make_category("Бюджет", "budget")
    image = make_image(width=1200, height=800)
    old = make_news(
        news_index,
        title="Старая",
        publication_date=datetime.datetime(2023, 3, 1, tzinfo=MSK),
        featured_image=image,
        featured_image_alt="Фото",
        categories=[budget],
    )
    quoted = make_news(
        news_index,
        title="С цитатой",
        publication_date=datetime.datetime(2024, 3, 1, tzinfo=MSK),
        body=[quote_block(lysenko)],
    )

    data, _ = get_valid(client, API + "news/")
    assert data["count"] == 2
    assert [item["title"] for item in data["items"]] == ["С цитатой", "Старая"]
    card = data["items"][1]
    assert card["type"] == "news"
    assert card["image"]["alt"] == "Фото"
    assert (card["image"]["width"], card["image"]["height"]) == (800, 450)
    assert card["categories"][0]["slug"] == "budget"
    assert "body" not in card

    def titles(**params):
        return [item["title"] for item in get_valid(client, API + "news/", params)[0]["items"]]

    assert titles(category="budget") == ["Старая"]
    assert titles(date_from="2024-01-01") == ["С цитатой"]
    assert titles(date_to="2023-12-31") == ["Старая"]
    assert titles(locale="ru") == ["С цитатой", "Старая"]
    assert titles(locale="en") == []
    assert titles(person="roman-lysenko") == ["С цитатой"]
    assert titles(limit=1, offset=1) == ["Старая"]
    assert quoted.pk != old.pk


def test_statements_list_and_detail_show_the_speakers_role_on_the_date(client, home, directory):
    council, lysenko = directory
    index = add_index(home, StatementIndexPage, "Заявления", "statements")
    statement = publish_child(
        index,
        StatementPage(
            title="Заявление",
            slug="statement",
            speaker=lysenko,
            date=datetime.datetime(2025, 6, 1, tzinfo=MSK),
            statement="Бюджет принят.",
            context="После сессии",
            body=[("heading", {"text": "Подробности", "level": "h2"})],
        ),
    )
    listing, _ = get_valid(client, API + "statements/", {"person": "roman-lysenko"})
    [card] = listing["items"]
    assert card["lead"] == "Бюджет принят."
    assert card["speaker"]["role"] == "председатель, Совет городского округа"
    assert card["image"]["alt"] == "Портрет Романа Лысенко"
    assert get_valid(client, API + "statements/", {"organisation": "council"})[0]["count"] == 1
    assert get_valid(client, API + "statements/", {"person": "nobody"})[0]["count"] == 0

    detail, _ = get_valid(client, f"{API}statements/{statement.pk}/")
    assert detail["type"] == "statement"
    assert detail["context"] == "После сессии"
    assert detail["body"][0]["value"] == {"text": "Подробности", "level": 2}


def test_greeting_addresses_list_and_detail(client, home, directory, news_index):
    council, lysenko = directory
    index = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    address = GreetingAddressPage(
        title="Приветственный адрес",
        slug="address",
        addressee="Депутатам Совета",
        occasion="Круглый стол",
        date=datetime.date(2024, 5, 1),
        body="<p>Уважаемые коллеги!</p>",
        original_document=make_document("Оригинал"),
    )
    address.signatories.add(address.signatories.model(person=lysenko))
    publish_child(index, address)
    make_news(news_index, title="Новость об адресе", greeting_address=address)

    listing, _ = get_valid(client, API + "greeting-addresses/", {"person": "roman-lysenko"})
    [card] = listing["items"]
    assert card["lead"] == "Круглый стол"
    assert card["signatories"][0]["role"] == "депутат, Совет городского округа"

    detail, _ = get_valid(client, f"{API}greeting-addresses/{address.pk}/")
    assert detail["body"] == "<p>Уважаемые коллеги!</p>"
    assert detail["original_document"]["title"] == "Оригинал"
    assert [news["title"] for news in detail["reporting_news"]] == ["Новость об адресе"]

    news, _ = get_valid(client, API + "news/")
    detail, _ = get_valid(client, f"{API}news/{news['items'][0]['id']}/")
    assert detail["greeting_address"]["id"] == address.pk
    assert detail["greeting_address"]["type"] == "greeting_address"


def test_galleries_list_and_detail_keep_the_editors_order_and_captions(client, galleries):
    gallery = make_gallery_page(galleries, photo_rows(4), title="Сессия", slug="session")
    make_gallery_page(galleries, [], title="Пустая", slug="empty", date=datetime.date(2023, 1, 1))

    listing, _ = get_valid(client, API + "galleries/")
    assert [(item["title"], item["photo_count"]) for item in listing["items"]] == [
        ("Сессия", 4),
        ("Пустая", 0),
    ]
    assert listing["items"][0]["image"]["alt"] == "Описание фото 1"
    assert listing["items"][1]["image"] is None

    detail, _ = get_valid(client, f"{API}galleries/{gallery.pk}/")
    assert [photo["caption"] for photo in detail["photos"]] == [
        f"Подпись фото {number}" for number in range(1, 5)
    ]
    assert all(photo["caption"] != detail["title"] for photo in detail["photos"])
    assert detail["photos"][0]["image"]["alt"] == "Описание фото 1"


def test_people_and_organisations(client, directory):
    council, lysenko = directory
    people, _ = get_valid(client, API + "people/")
    [card] = people["items"]
    assert card["name"] == "Роман Лысенко"
    assert card["current_role"]["position"] == "председатель"
    assert card["photo"]["alt"] == "Портрет Романа Лысенко"

    person, _ = get_valid(client, f"{API}people/{lysenko.pk}/")
    assert [role["position"] for role in person["roles"]] == ["председатель", "депутат"]
    # No people index in this tree: the profile has no address.
    assert person["translations"] == [
        {"locale": "ru", "id": lysenko.pk, "url": None, "path": None, "name": "Роман Лысенко"}
    ]
    assert get_valid(client, API + "people/", {"organisation": "council"})[0]["count"] == 1
    assert get_valid(client, API + "people/", {"organisation": "duma"})[0]["count"] == 0

    organisations, _ = get_valid(client, API + "organisations/")
    assert organisations["items"][0]["slug"] == "council"
    organisation, _ = get_valid(client, f"{API}organisations/{council.pk}/")
    assert organisation["name"] == "Совет городского округа"
    problem(client, f"{API}people/{lysenko.pk + 1000}/", status=404)


def test_find_a_page_by_path_in_either_locale(client, news_index):
    page = make_news(news_index, title="Новость", slug="novost")
    english = translate_to_english(page)

    data, _ = get_valid(client, API + "pages/find/", {"path": page.url})
    assert (data["type"], data["id"]) == ("news", page.pk)
    data, _ = get_valid(client, API + "pages/find/", {"path": english.url})
    assert (data["type"], data["id"], data["locale"]) == ("news", english.pk, "en")
    # Without a language prefix, ``locale`` chooses the language (default: the site's).
    data, _ = get_valid(client, API + "pages/find/", {"path": "/news/novost/"})
    assert data["id"] == page.pk
    data, _ = get_valid(
        client, API + "pages/find/", {"path": english.url.removeprefix("/en"), "locale": "en"}
    )
    assert data["id"] == english.pk

    index, _ = get_valid(client, API + "pages/find/", {"path": "/ru/news/"})
    assert (index["type"], index["lists"]) == ("index", "news")
    home, _ = get_valid(client, API + "pages/find/", {"path": "/ru/"})
    assert (home["type"], home["page_type"]) == ("page", "home.HomePage")
    problem(client, API + "pages/find/", {"path": "/ru/news/missing/"}, status=404)
    # A page of one language is not at another language's path.
    problem(client, API + "pages/find/", {"path": english.url, "locale": "ru"}, status=404)


def test_locales_and_paths(client, news_index):
    page = make_news(news_index, title="Новость", slug="novost")
    english = translate_to_english(page)

    locales, _ = get_valid(client, API + "locales/")
    assert locales == [
        {"code": "en", "name": "English", "is_default": False},
        {"code": "ru", "name": "Русский", "is_default": True},
    ]

    with override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL=FRONTEND):
        paths, _ = get_valid(client, API + "paths/")
    by_id = {item["id"]: item for item in paths["items"]}
    assert paths["count"] == len(paths["items"]) == 6  # two homes, two indexes, two news
    assert by_id[page.pk]["url"] == FRONTEND + page.url
    assert by_id[english.pk]["path"] == english.url
    assert by_id[english.pk]["locale"] == "en"
    assert by_id[english.pk]["type"] == "news"

    news_only, _ = get_valid(client, API + "paths/", {"type": "news", "locale": "en"})
    assert [item["id"] for item in news_only["items"]] == [english.pk]
    assert get_valid(client, API + "paths/", {"limit": 1000})[0]["limit"] == 1000


def test_search_returns_hits_with_a_summary_in_the_chosen_language(client, news_index):
    page = make_news(news_index, title="Бюджетные слушания", lead="Жители обсудили бюджет.")
    english = translate_to_english(page)
    make_news(news_index, title="Другое", lead="Ничего общего.")

    data, _ = get_valid(client, API + "search/", {"q": "слушания", "locale": "ru"})
    assert [(item["id"], item["summary"]) for item in data["items"]] == [
        (page.pk, "Жители обсудили бюджет.")
    ]
    assert data["items"][0]["type"] == "news"
    data, _ = get_valid(client, API + "search/", {"q": "слушания", "locale": "en"})
    assert [item["id"] for item in data["items"]] == [english.pk]
    assert get_valid(client, API + "search/", {"q": "несуществующееслово"})[0]["count"] == 0
    problem(client, API + "search/", {"q": ""})
    problem(client, API + "search/", {"q": "x" * 201})


def test_the_frontend_base_url_can_be_set_per_site_hostname(client, news_index):
    page = make_news(news_index, title="Новость", slug="novost")
    with override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL={"testserver": FRONTEND + "/"}):
        data, _ = get_valid(client, f"{API}news/{page.pk}/")
    assert data["url"] == FRONTEND + page.url
    with override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL={"www.other.example": FRONTEND}):
        data, _ = get_valid(client, f"{API}news/{page.pk}/")
    # No frontend for this site: readers go to the Wagtail site itself.
    assert data["url"] == "http://testserver" + page.url
