"""The API's ``seo`` says what the HTML page's head says: description, canonical, og:image, JSON-LD."""

import datetime
import json
from html.parser import HTMLParser

import pytest

from tests.api_support import API, get_valid, make_gallery_page, openapi_document, photo_rows
from tests.factories import add_index, make_image, make_news, publish_child
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    StatementIndexPage,
    StatementPage,
)

# The seed article's lead; its search description was left empty, as on the old site.
SEED_LEAD = (
    "В Совете городского округа прошёл круглый стол об обмене опытом "
    "представительных органов муниципальных образований."
)


class HeadParser(HTMLParser):
    """The ``<meta>``, ``<link>`` and JSON-LD of an HTML page, as a crawler reads them."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.links = {}
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.meta[attrs.get("name") or attrs.get("property")] = attrs.get("content")
        elif tag == "link":
            self.links.setdefault(attrs.get("rel"), attrs.get("href"))
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def head_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def html_json_ld(head):
    """The page's own JSON-LD: the one object besides its breadcrumbs' ``BreadcrumbList``."""
    objects = [json.loads(block) for block in head.json_ld]
    own = [data for data in objects if data.get("@type") != "BreadcrumbList"]
    assert len(own) == 1, head.json_ld
    return own[0]


def seo_of(client, url):
    body, _response = get_valid(client, url)
    return body["seo"]


@pytest.fixture
def seed_news(news_index):
    return make_news(
        news_index,
        title="Обмен опытом",
        slug="obmen-opytom",
        lead=SEED_LEAD,
        search_description="",
        featured_image=make_image(width=1200, height=800),
        featured_image_alt="Участники круглого стола",
        featured_image_caption="Круглый стол в зале заседаний",
    )


@pytest.fixture
def gallery(galleries):
    return make_gallery_page(
        galleries,
        photo_rows(3),
        title="Круглый стол",
        slug="kruglyj-stol",
        description="<p>Фотографии &laquo;круглого стола&raquo; <b>в Совете</b>.</p>",
    )


def test_an_empty_search_description_falls_back_to_the_lead_in_api_and_html(client, seed_news):
    assert seo_of(client, f"{API}news/{seed_news.pk}/")["description"] == SEED_LEAD
    assert head_of(client, seed_news).meta["description"] == SEED_LEAD


def test_the_search_description_wins_over_the_lead_in_api_html_and_link_previews(
    client, news_index
):
    page = make_news(news_index, lead="Анонс", search_description="Для поисковиков")
    assert seo_of(client, f"{API}news/{page.pk}/")["description"] == "Для поисковиков"
    meta = head_of(client, page).meta
    assert meta["description"] == meta["og:description"] == "Для поисковиков"


def test_a_blank_search_description_falls_back_to_the_lead(client, news_index):
    page = make_news(news_index, lead="Анонс", search_description="   ")
    assert seo_of(client, f"{API}news/{page.pk}/")["description"] == "Анонс"
    assert head_of(client, page).meta["description"] == "Анонс"


def test_a_gallery_is_described_by_its_description_as_plain_text(client, gallery):
    expected = "Фотографии «круглого стола» в Совете."
    assert seo_of(client, f"{API}galleries/{gallery.pk}/")["description"] == expected
    assert head_of(client, gallery).meta["description"] == expected


def test_a_page_of_another_type_has_its_search_description(client, home):
    home.search_description = "Официальный сайт Совета"
    home.save_revision().publish()
    body, _response = get_valid(client, API + "pages/find/", {"path": "/ru/"})
    assert body["seo"]["description"] == "Официальный сайт Совета"
    assert body["seo"]["og_image"] is None
    # The home page's JSON-LD is the council's and the site's, whatever the page's type.
    assert [node["@type"] for node in body["seo"]["json_ld"]["@graph"]] == [
        "Organization",
        "WebSite",
    ]


def test_canonical_url_is_the_html_canonical_link(client, seed_news, gallery):
    for page, url in (
        (seed_news, f"{API}news/{seed_news.pk}/"),
        (gallery, f"{API}galleries/{gallery.pk}/"),
    ):
        canonical = head_of(client, page).links["canonical"]
        assert canonical == f"http://testserver{page.url}"
        assert seo_of(client, url)["canonical_url"] == canonical


def test_og_image_is_the_html_og_image(client, seed_news):
    meta = head_of(client, seed_news).meta
    og_image = seo_of(client, f"{API}news/{seed_news.pk}/")["og_image"]
    assert og_image == {
        "url": meta["og:image"],
        "width": int(meta["og:image:width"]),
        "height": int(meta["og:image:height"]),
        "alt": meta["og:image:alt"],
    }
    assert og_image["alt"] == "Участники круглого стола"
    assert og_image["url"].startswith("http://testserver/")


def test_news_without_a_featured_image_and_galleries_have_no_og_image(client, news_index, gallery):
    page = make_news(news_index)
    assert "og:image" not in head_of(client, page).meta
    assert seo_of(client, f"{API}news/{page.pk}/")["og_image"] is None
    assert "og:image" not in head_of(client, gallery).meta
    assert seo_of(client, f"{API}galleries/{gallery.pk}/")["og_image"] is None


def test_json_ld_of_a_news_page_is_the_object_its_html_embeds(client, seed_news):
    embedded = html_json_ld(head_of(client, seed_news))
    assert embedded["@type"] == "NewsArticle"
    assert [image["caption"] for image in embedded["image"]] == [
        "Круглый стол в зале заседаний"
    ] * 3
    assert seo_of(client, f"{API}news/{seed_news.pk}/")["json_ld"] == embedded


def test_json_ld_of_a_gallery_is_the_object_its_html_embeds(client, gallery):
    embedded = html_json_ld(head_of(client, gallery))
    assert embedded["@type"] == "ImageGallery"
    assert [image["caption"] for image in embedded["image"]] == [
        "Подпись фото 1",
        "Подпись фото 2",
        "Подпись фото 3",
    ]
    assert seo_of(client, f"{API}galleries/{gallery.pk}/")["json_ld"] == embedded


def test_json_ld_of_a_listing_is_the_collection_page_its_html_embeds(client, seed_news):
    embedded = html_json_ld(head_of(client, seed_news.get_parent()))
    assert embedded["@type"] == "CollectionPage"
    body, _response = get_valid(client, API + "pages/find/", {"path": "/ru/news/"})
    assert body["seo"]["json_ld"] == embedded


def test_pages_whose_html_embeds_no_json_ld_have_none(client, news_index):
    from wagtail.models import Page

    page = Page(title="Обычная страница", slug="plain")
    news_index.get_parent().add_child(instance=page)
    page.save_revision().publish()
    assert [
        data
        for data in map(json.loads, head_of(client, page).json_ld)
        if data.get("@type") != "BreadcrumbList"
    ] == []
    body, _response = get_valid(client, API + "pages/find/", {"path": page.url})
    assert body["seo"]["json_ld"] is None


def test_with_a_frontend_the_json_ld_and_canonical_point_at_the_frontend(
    client, settings, seed_news
):
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = "https://www.council.example"
    embedded = html_json_ld(head_of(client, seed_news))
    seo = seo_of(client, f"{API}news/{seed_news.pk}/")
    frontend_url = f"https://www.council.example{seed_news.url}"
    assert seo["canonical_url"] == frontend_url
    assert seo["json_ld"]["url"] == frontend_url
    assert seo["json_ld"]["mainEntityOfPage"]["@id"] == frontend_url
    assert seo["json_ld"]["publisher"]["url"] == "https://www.council.example"
    # The HTML keeps Wagtail's own URLs, and images are the media's in both.
    assert embedded["url"] == f"http://testserver{seed_news.url}"
    assert seo["json_ld"]["image"] == embedded["image"]
    assert seo["json_ld"]["image"][0]["url"].startswith("http://testserver/")


def test_the_json_ld_schema_names_its_keys_and_types_them():
    schemas = openapi_document()["components"]["schemas"]
    json_ld = schemas["JsonLd"]
    assert {"@context", "@type", "url", "publisher", "image"} <= set(json_ld["properties"])
    # An Event has no publisher (schema.org gives it to creative works only).
    assert json_ld["required"] == ["@context", "@type", "url", "inLanguage"]
    assert json_ld["additionalProperties"] == {"$ref": "#/components/schemas/JsonValue"}
    seo = schemas["Seo"]["properties"]
    assert {"canonical_url", "og_image", "json_ld"} <= set(seo)


def test_statements_addresses_and_indexes_are_described_by_their_own_summary(
    client, home, directory
):
    _council, lysenko = directory
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    statements.intro = "Позиции депутатов по вопросам города"
    statements.save_revision().publish()
    statement = publish_child(
        statements,
        StatementPage(
            title="О бюджете",
            slug="o-byudzhete",
            speaker=lysenko,
            statement="Бюджет  должен\nбыть открытым.",
            date=datetime.datetime(2026, 11, 2, tzinfo=datetime.UTC),
        ),
    )
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    address = publish_child(
        greetings,
        GreetingAddressPage(
            title="С юбилеем",
            slug="s-yubileem",
            date=datetime.date(2026, 11, 3),
            addressee="Школе № 1",
            occasion="Столетие школы",
            body="<p>Поздравляем!</p>",
        ),
    )
    for page, url, expected in (
        (statement, f"{API}statements/{statement.pk}/", "Бюджет должен быть открытым."),
        (address, f"{API}greeting-addresses/{address.pk}/", "Столетие школы"),
        (statements, None, "Позиции депутатов по вопросам города"),
    ):
        if url is None:
            body, _response = get_valid(client, API + "pages/find/", {"path": page.url})
            api = body["seo"]["description"]
        else:
            api = seo_of(client, url)["description"]
        assert api == head_of(client, page).meta["description"] == expected
