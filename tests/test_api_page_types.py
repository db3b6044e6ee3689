"""A site's own page types reach the content API: registered, subclassed, or neither.

The test app defines ``NoticePage`` (registered as ``notice`` in its
``AppConfig.ready``), ``DistrictNewsPage`` (a subclass of news with a field of
its own, not registered) and ``LeafletPage`` (not registered).
"""

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, override_settings
from django.urls import include, path
from wagtail.models import Page

from tests.api_support import API, get_valid, openapi_document, problem
from tests.factories import make_image, make_news, publish_child
from tests.testapp import urls as testapp_urls
from tests.testapp.models import DistrictNewsPage, LeafletPage, NoticePage
from wagtail_council.api import register_page_type
from wagtail_council.api.factory import build_api
from wagtail_council.api.registry import _registry, page_type_for_model, type_name_of_model


def notice(home, **fields):
    fields.setdefault("title", "Приём граждан")
    fields.setdefault("slug", "priem")
    fields.setdefault("date", datetime.date(2026, 12, 10))
    return publish_child(home, NoticePage(**fields))


def schema(name):
    return openapi_document()["components"]["schemas"][name]


def test_a_registered_page_type_is_in_the_openapi_document():
    detail = schema("NoticePageDetail")
    assert detail["properties"]["type"] == {"const": "notice", "title": "Type", "type": "string"}
    assert {"date", "venue", "body", "poster", "attendees"} <= set(detail["properties"])
    assert set(detail["required"]) >= {"date", "venue", "body", "poster", "attendees"}
    assert detail["properties"]["date"]["format"] == "date"
    assert detail["properties"]["poster"]["anyOf"][0] == {"$ref": "#/components/schemas/Image"}
    # Every page's type names it, and the by-path lookup may return it.
    assert "notice" in schema("PageLink")["properties"]["type"]["enum"]
    find = openapi_document()["paths"][f"{API}pages/find/"]["get"]
    union = find["responses"]["200"]["content"]["application/json"]["schema"]
    assert {"$ref": "#/components/schemas/NoticePageDetail"} in union["oneOf"]


def test_a_registered_page_is_found_by_path_with_its_fields(client, home):
    image = make_image()
    page = notice(
        home, venue="Зал заседаний", body="<p>Запись <b>по телефону</b></p>", poster=image
    )

    data, _response = get_valid(client, f"{API}pages/find/", {"path": "/ru/priem/"})

    assert data["type"] == "notice"
    assert data["id"] == page.pk
    assert data["date"] == "2026-12-10"
    assert data["venue"] == "Зал заседаний"
    assert data["body"] == "<p>Запись <b>по телефону</b></p>"
    assert data["poster"]["url"].startswith("http://testserver/")
    assert data["attendees"] is None
    assert [crumb["title"] for crumb in data["breadcrumbs"]] == ["Главная"]


def test_paths_name_the_registered_type_and_filter_by_it(client, home, news_index):
    page = notice(home)
    make_news(news_index)

    data, _response = get_valid(client, f"{API}paths/", {"type": "notice"})

    assert [(item["id"], item["type"], item["title"]) for item in data["items"]] == [
        (page.pk, "notice", "Приём граждан")
    ]


def test_a_subclass_is_served_as_its_parent_type_with_its_added_field(client, news_index):
    page = DistrictNewsPage(
        title="Новости района",
        slug="rayon",
        lead="Коротко",
        publication_date=datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC),
        district="Центральный",
    )
    publish_child(news_index, page)
    plain = make_news(news_index)

    assert "district" in schema("NewsDetail")["properties"]
    assert "district" not in schema("NewsDetail").get("required", [])

    found, _response = get_valid(client, f"{API}pages/find/", {"path": "/ru/news/rayon/"})
    detail, _response = get_valid(client, f"{API}news/{page.pk}/")
    other, _response = get_valid(client, f"{API}news/{plain.pk}/")

    assert found["type"] == detail["type"] == "news"
    assert found["district"] == detail["district"] == "Центральный"
    assert other["district"] is None
    listing, _response = get_valid(client, f"{API}news/")
    assert page.pk in [card["id"] for card in listing["items"]]


def test_an_unregistered_type_is_a_generic_page_with_its_api_fields(client, home):
    publish_child(home, LeafletPage(title="Памятка", slug="pamyatka", summary="Кратко", pages=4))

    data, _response = get_valid(client, f"{API}pages/find/", {"path": "/ru/pamyatka/"})

    assert data["type"] == "page"
    assert data["page_type"] == "home.LeafletPage"
    assert data["fields"] == {"summary": "Кратко", "pages": 4}
    assert type_name_of_model(LeafletPage) == "page"


def test_an_unknown_type_in_paths_is_a_400(client):
    body = problem(client, f"{API}paths/", {"type": "nonsense"})
    assert body["parameter"] == "type"


def test_the_registry_refuses_two_schemas_under_one_name():
    class Other:
        pass

    with pytest.raises(ImproperlyConfigured):
        register_page_type(LeafletPage, "notice", detail_schema=Other)
    with pytest.raises(ImproperlyConfigured):
        register_page_type(LeafletPage, "page")
    assert page_type_for_model(LeafletPage) is None


def test_a_field_the_api_cannot_type_is_a_configuration_error():
    class Odd(Page):
        data = __import__("django.db.models", fromlist=["JSONField"]).JSONField(default=dict)
        api_fields = ["data"]

        class Meta:
            app_label = "home"
            managed = False

    register_page_type(Odd, "odd")
    try:
        with pytest.raises(ImproperlyConfigured, match="cannot type"):
            build_api(urls_namespace="odd_api")
    finally:
        _registry.pop(Odd)


# Two APIs, each with its own title and namespace


second_api = build_api(title="Второй API", urls_namespace="second_council_api")
urlpatterns = [
    path("api/second/", include((second_api.urls[0], "second_council_api"))),
    *testapp_urls.urlpatterns,
]


@override_settings(ROOT_URLCONF=__name__)
def test_a_site_mounts_a_second_api_with_its_own_title(home):
    client = Client()
    notice(home)
    document = client.get("/api/second/openapi.json").json()
    assert document["info"]["title"] == "Второй API"
    assert "/api/second/pages/find/" in document["paths"]
    response = client.get("/api/second/pages/find/", {"path": "/ru/priem/"})
    assert response.status_code == 200
    assert response.json()["type"] == "notice"
    # The default API is still there, beside it.
    assert client.get(f"{API}pages/find/", {"path": "/ru/priem/"}).status_code == 200
