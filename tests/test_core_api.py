"""Wagtail's own APIs (v2, and v3 on Wagtail 8) read our pages as the content API does.

Each page type is fetched from ``/api/council/`` and from Wagtail's core API,
and every field our ``api_fields`` add must carry the same value in both:
renditions instead of image ids, people with their role on the date, links in
the page's language, rich text with internal links resolved. On Wagtail 8 the
v3 response must also validate against Wagtail's own OpenAPI document, and
that document must type every field of our page types.
"""

import datetime
from functools import lru_cache

import pytest
import wagtail
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.api_support import (
    API,
    get_valid,
    make_gallery_page,
    photo_rows,
    untyped_schemas,
)
from tests.factories import add_index, make_news, publish_child
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    StatementIndexPage,
    StatementPage,
)

HAS_V3 = wagtail.VERSION >= (8, 0)
MSK = datetime.timezone(datetime.timedelta(hours=3))
OUR_PAGE_TYPES = (
    "NewsIndexPage",
    "NewsPage",
    "StatementPage",
    "GreetingAddressPage",
    "GalleryIndexPage",
    "GalleryPage",
)

# Fields our api_fields add, by the name the content API gives them.
NEWS_FIELDS = {
    "featured_image": "featured_image",
    "body": "body",
    "categories": "categories",
    "related_pages": "related_pages",
    "greeting_address": "greeting_address",
    "gallery": "gallery",
}


@lru_cache(maxsize=1)
def v3_document():
    from django.test import Client

    response = Client().get("/api/v3/openapi.json")
    assert response.status_code == 200
    return response.json()


def assert_valid_v3(body, component):
    """Validate a v3 body against one component of Wagtail's own v3 OpenAPI document."""
    uri = "urn:wagtail:v3"
    registry = Registry().with_resource(uri, Resource.from_contents(v3_document(), DRAFT202012))
    validator = Draft202012Validator(
        {"$ref": f"{uri}#/components/schemas/{component}"}, registry=registry
    )
    errors = [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(body)]
    assert errors == [], errors[:5]


def core_views(client, page):
    """The page from v2 and, on Wagtail 8, from v3 (validated); ``[(version, body)]``."""
    v2 = client.get(f"/api/v2/pages/{page.pk}/")
    assert v2.status_code == 200, v2.content[:300]
    views = [("v2", v2.json())]
    v3 = client.get(f"/api/v3/pages/{page.pk}/", follow=True)
    if not HAS_V3:
        assert v3.status_code == 404
        return views
    assert v3.status_code == 200, v3.content[:300]
    body = v3.json()
    assert_valid_v3(body, f"{type(page).__name__}Schema")
    return [*views, ("v3", body)]


def assert_same_as_content_api(client, page, detail_path, fields):
    detail, _response = get_valid(client, f"{API}{detail_path}/{page.pk}/")
    for version, body in core_views(client, page):
        for core_name, content_name in fields.items():
            assert body[core_name] == detail[content_name], (version, core_name)
    return detail


@pytest.fixture
def absolute_v3_urls(settings):
    # v3 gives its fields no request; Wagtail's setting names the host instead.
    settings.WAGTAILAPI_BASE_URL = "http://testserver"


def test_a_news_page_with_every_block_reads_the_same_in_the_core_api(
    client, everything, absolute_v3_urls
):
    page, target, *_ = everything
    page.related_pages.add(page.related_pages.model(related_page=target))
    page.save_revision().publish()
    detail = assert_same_as_content_api(client, page, "news", NEWS_FIELDS)
    # The comparison is only worth something if the values are rich.
    assert detail["featured_image"]["image"]["alt"] == "Главное фото"
    assert len(detail["body"]) == 9
    assert detail["gallery"]["photos"]
    assert detail["related_pages"][0]["id"] == target.pk


def test_statements_addresses_and_galleries_read_the_same_in_the_core_api(
    client, home, directory, galleries, absolute_v3_urls
):
    council, lysenko = directory
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    statement = publish_child(
        statements,
        StatementPage(
            title="Заявление",
            slug="zayavlenie",
            speaker=lysenko,
            date=datetime.datetime(2024, 3, 1, 12, tzinfo=MSK),
            statement="Бюджет принят.",
            body=[("heading", {"text": "Подробности", "level": "h2"})],
        ),
    )
    detail = assert_same_as_content_api(
        client, statement, "statements", {"speaker": "speaker", "body": "body"}
    )
    assert detail["speaker"]["role"] == "депутат, Совет городского округа"

    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    address = GreetingAddressPage(
        title="Адрес",
        slug="adres",
        addressee="Депутатам",
        occasion="Юбилей",
        date=datetime.date(2025, 6, 1),
        body=f'<p>См. <a linktype="page" id="{statements.pk}">заявления</a>.</p>',
    )
    address.signatories.add(address.signatories.model(sort_order=0, person=lysenko))
    publish_child(greetings, address)
    detail = assert_same_as_content_api(
        client, address, "greeting-addresses", {"body": "body", "signatories": "signatories"}
    )
    assert detail["signatories"][0]["role"] == "председатель, Совет городского округа"
    assert f'href="http://testserver{statements.url}"' in detail["body"]

    gallery = make_gallery_page(
        galleries, photo_rows(2), title="Галерея", slug="galereya", description="<p>Фото</p>"
    )
    detail = assert_same_as_content_api(
        client, gallery, "galleries", {"description": "description", "photos": "photos"}
    )
    assert [photo["caption"] for photo in detail["photos"]] == ["Подпись фото 1", "Подпись фото 2"]


def test_a_draft_linked_gallery_is_null_in_the_core_api(client, news_index, galleries):
    hidden = make_gallery_page(galleries, photo_rows(1), title="Скрыто", slug="h", publish=False)
    page = make_news(news_index, gallery=hidden)
    for _version, body in core_views(client, page):
        assert body["gallery"] is None


def test_wagtail_8_types_every_field_of_our_page_types_in_its_v3_document(client, db):
    if not HAS_V3:
        assert client.get("/api/v3/openapi.json").status_code == 404
        return
    schemas = v3_document()["components"]["schemas"]
    problems, seen, pending = [], set(), [f"{name}Schema" for name in OUR_PAGE_TYPES]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        problems += untyped_schemas(schemas[name], name)
        pending += [ref.rsplit("/", 1)[-1] for ref in refs_in(schemas[name])]
    assert problems == []
    # The walk reached the block and people schemas, not only the page shells.
    assert {"QuoteBlock", "Speaker", "Photo", "Figure", "GalleryEmbed"} <= seen


def refs_in(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def test_news_listing_in_v2_filters_by_type_and_locale(client, news_index):
    make_news(news_index, title="Одна")
    make_news(news_index, title="Две")
    listing = client.get(
        "/api/v2/pages/",
        {"type": "wagtail_council.NewsPage", "locale": "ru", "fields": "lead,featured_image"},
    ).json()
    assert sorted(item["title"] for item in listing["items"]) == ["Две", "Одна"]
    assert all("lead" in item and "featured_image" in item for item in listing["items"])
    english = client.get(
        "/api/v2/pages/", {"type": "wagtail_council.NewsPage", "locale": "en"}
    ).json()
    assert english["items"] == []


@pytest.mark.parametrize(
    ("page_type", "parameter", "value"),
    [
        ("NewsPage", "categories", "budget"),
        ("NewsPage", "related_pages", "x"),
        ("GalleryPage", "photos", "x"),
        ("GreetingAddressPage", "signatories", "x"),
    ],
)
def test_a_v2_filter_on_a_relation_to_many_rows_is_wagtails_400(
    client, news_index, page_type, parameter, value
):
    response = client.get(
        "/api/v2/pages/", {"type": f"wagtail_council.{page_type}", parameter: value}
    )
    assert response.status_code == 400
    assert response.json() == {
        "message": f"query parameter is not an operation or a recognised field: {parameter}"
    }


def test_a_v2_ordering_by_a_relation_to_many_rows_is_wagtails_400(client, news_index):
    response = client.get(
        "/api/v2/pages/", {"type": "wagtail_council.NewsPage", "order": "categories"}
    )
    assert response.status_code == 400
    assert response.json() == {"message": "cannot order by 'categories' (unknown field)"}


@pytest.mark.parametrize(
    ("page_type", "parameter"),
    [("NewsPage", "publication_date"), ("StatementPage", "date"), ("GalleryPage", "date")],
)
def test_a_v2_filter_with_a_value_its_column_cannot_hold_is_a_400(
    client, news_index, page_type, parameter
):
    response = client.get(
        "/api/v2/pages/", {"type": f"wagtail_council.{page_type}", parameter: "soon"}
    )
    assert response.status_code == 400
    assert response.json() == {
        "message": f"field filter error. 'soon' is not a valid value for {parameter}"
    }


def test_v2_field_filters_and_ordering_still_work(client, news_index):
    budget = make_news(news_index, title="Бюджет на 2025 год", slug="budget-2025")
    make_news(news_index, title="Круглый стол", slug="round-table")
    by_slug = client.get(
        "/api/v2/pages/", {"type": "wagtail_council.NewsPage", "slug": "budget-2025"}
    ).json()
    assert [item["id"] for item in by_slug["items"]] == [budget.pk]
    by_title = client.get(
        "/api/v2/pages/", {"type": "wagtail_council.NewsPage", "title": "Круглый стол"}
    ).json()
    assert [item["title"] for item in by_title["items"]] == ["Круглый стол"]
    by_date = client.get(
        "/api/v2/pages/",
        {
            "type": "wagtail_council.NewsPage",
            "publication_date": budget.publication_date.isoformat(),
            "order": "-publication_date",
        },
    ).json()
    assert [item["id"] for item in by_date["items"]] == [budget.pk]
    assert (
        client.get(
            "/api/v2/pages/", {"type": "wagtail_council.NewsPage", "show_in_menus": "false"}
        ).json()["meta"]["total_count"]
        == 2
    )
