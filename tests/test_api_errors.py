"""Bad input gets a 400 (or 404) with RFC 7807 problem details, never a 500 or silence."""

import pytest
from django.utils import translation

from tests.api_support import (
    API,
    problem,
)
from tests.factories import make_news


@pytest.mark.parametrize(
    ("url", "params", "parameter"),
    [
        ("news/", {"categroy": "budget"}, "categroy"),
        ("news/", {"organisation": "council"}, "organisation"),
        ("statements/", {"category": "budget"}, "category"),
        ("galleries/", {"person": "someone"}, "person"),
        ("people/", {"date_from": "2024-01-01"}, "date_from"),
        ("paths/", {"page": "2"}, "page"),
        ("locales/", {"locale": "ru"}, "locale"),
    ],
)
def test_an_unknown_query_parameter_is_a_400_naming_it(client, site_tree, url, params, parameter):
    body = problem(client, API + url, params)
    assert body["type"] == "urn:wagtail-council:problem:unknown-parameter"
    assert body["parameter"] == parameter
    assert parameter in body["detail"]


def test_an_unknown_parameter_on_a_detail_is_a_400(client, news_index):
    page = make_news(news_index)
    body = problem(client, f"{API}news/{page.pk}/", {"fields": "*"})
    assert body["parameter"] == "fields"


@pytest.mark.parametrize(
    ("url", "params", "parameter"),
    [
        ("news/", {"limit": "101"}, "limit"),
        ("news/", {"limit": "0"}, "limit"),
        ("news/", {"limit": "many"}, "limit"),
        ("news/", {"offset": "-1"}, "offset"),
        ("people/", {"limit": "1000"}, "limit"),
        ("paths/", {"limit": "1001"}, "limit"),
        ("news/", {"date_from": "2024-13-45"}, "date_from"),
        ("news/", {"date_to": "yesterday"}, "date_to"),
        ("galleries/", {"date_from": "20.11.2026"}, "date_from"),
        ("paths/", {"type": "poem"}, "type"),
        ("pages/find/", {}, "path"),
        ("preview/", {}, "token"),
    ],
)
def test_an_invalid_value_is_a_400_naming_the_parameter(client, site_tree, url, params, parameter):
    body = problem(client, API + url, params)
    assert body["type"] == "urn:wagtail-council:problem:invalid-parameter"
    assert body["parameter"] == parameter


@pytest.mark.parametrize("url", ["news/", "statements/", "people/", "paths/", "organisations/"])
def test_an_unknown_locale_is_a_400_not_a_500(client, site_tree, url):
    body = problem(client, API + url, {"locale": "xx"})
    assert body["type"] == "urn:wagtail-council:problem:unknown-locale"
    assert body["parameter"] == "locale"
    assert "ru" in body["detail"]


@pytest.mark.parametrize(("language", "quoted"), [("en", "“xx”"), ("ru", "«xx»")])
def test_an_unknown_locale_is_named_in_the_problem(client, site_tree, language, quoted):
    response = client.get(API + "news/", {"locale": "xx"}, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 400
    assert quoted in response.json()["detail"]


def test_a_long_refused_value_is_cut_in_the_problem(client, site_tree):
    body = problem(client, API + "paths/", {"type": "x" * 5000})
    assert "x" * 49 + "…" in body["detail"]
    assert "x" * 51 not in body["detail"]


@pytest.mark.parametrize(("language", "opening", "closing"), [("en", "“", "”"), ("ru", "«", "»")])
def test_a_bad_literal_lists_the_allowed_values(client, site_tree, language, opening, closing):
    response = client.get(API + "paths/", {"type": "poem"}, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 400
    detail = response.json()["detail"]
    for value in ("poem", "news", "gallery"):
        assert f"{opening}{value}{closing}" in detail


def test_an_unknown_language_prefix_or_page_is_a_404_problem(client, site_tree):
    for path in ("/xx/news/", "/ru/nowhere/", "/ru/news/../../", "не путь"):
        body = problem(client, API + "pages/find/", {"path": path}, status=404)
        assert body["type"] == "urn:wagtail-council:problem:not-found"


@pytest.mark.parametrize(
    "item", ["abc", "-3", "0", "null,null", "1.5", "true", "9118947125250300129939816448"]
)
def test_an_id_that_is_not_a_positive_integer_is_a_400_problem(client, site_tree, item):
    for kind in ("news", "statements", "galleries", "greeting-addresses", "people"):
        body = problem(client, f"{API}{kind}/{item}/")
        assert body["type"] == "urn:wagtail-council:problem:invalid-parameter"
        assert body["parameter"].endswith("_id")


def test_a_missing_item_is_a_404_problem_not_a_redirect(client, site_tree):
    # LocaleMiddleware would redirect an unprefixed 404 to /ru/…; the API must not.
    for url in ("news/999999/", "statements/999999/", "galleries/1/", "organisations/5/"):
        problem(client, API + url, status=404)


def test_problem_titles_are_translated_into_the_callers_language(client, site_tree):
    response = client.get(API + "news/", {"limit": "500"}, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 400
    with translation.override("ru"):
        expected = translation.gettext("Invalid query parameter")
    assert expected != "Invalid query parameter"  # the Russian catalogue has it
    assert response.json()["title"] == expected
    assert "limit" in response.json()["detail"]
    english = client.get(API + "news/", {"limit": "500"}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert english["title"] == "Invalid query parameter"


def test_problems_are_not_cached(client, site_tree):
    response = client.get(API + "news/", {"bogus": "1"})
    assert response["Cache-Control"] == "no-cache"
    assert "ETag" not in response


@pytest.mark.parametrize(
    "endpoint, params",
    [
        ("pages/find/", {"path": "/ru/\x00/"}),
        ("search/", {"q": "a\x00b"}),
        ("news/", {"category": "\x00"}),
    ],
)
def test_a_nul_character_is_a_400_problem_naming_the_parameter(client, site_tree, endpoint, params):
    [name] = params
    body = problem(client, API + endpoint, params)
    assert body["parameter"] == name
    assert "управляющий символ" in body["detail"]
