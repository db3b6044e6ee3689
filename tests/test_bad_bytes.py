"""A NUL or another control character in an address or a query is the caller's mistake.

``BadBytesMiddleware`` answers 400 before any view runs, so no such byte
reaches the database (PostgreSQL refuses a NUL in a query, and Wagtail's own
API search would answer 500): an HTML page for browsers, RFC 7807 problem
details for API callers. These run on SQLite and on PostgreSQL alike.
"""

import pytest
from django.conf import settings

from tests.api_support import API
from tests.factories import make_news

HTML = {"HTTP_ACCEPT": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}
JSON = {"HTTP_ACCEPT": "application/json"}

# Every parameter that reaches a database query, in our API and in Wagtail's.
API_QUERIES = [
    (API + "news/", "category"),
    (API + "news/", "person"),
    (API + "statements/", "organisation"),
    (API + "statements/", "person"),
    (API + "people/", "organisation"),
    (API + "greetings/", "person"),
    (API + "search/", "q"),
    (API + "pages/find/", "path"),
    ("/api/v2/pages/", "search"),
    ("/api/v2/images/", "search"),
    ("/api/v2/documents/", "search"),
]
if settings.HAS_CORE_API_V3:
    API_QUERIES += [
        ("/api/v3/pages/", "search"),
        ("/api/v3/images/", "search"),
        ("/api/v3/documents/", "search"),
    ]


@pytest.mark.parametrize(("url", "parameter"), API_QUERIES)
@pytest.mark.parametrize("value", ["\x00", "budget\x00", "\x1b[31m"])
def test_a_control_character_in_an_api_query_is_a_problem(client, site_tree, url, parameter, value):
    response = client.get(url, {parameter: value}, **JSON)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "urn:wagtail-council:problem:invalid-parameter"
    assert body["status"] == 400
    assert body["parameter"] == parameter
    assert parameter in body["detail"]


@pytest.mark.parametrize(
    "url",
    ["/ru/search/?q=%00", "/ru/search/?q=a%00b&page=1", "/ru/news/?category=%00", "/ru/news/%00/"],
)
def test_a_browser_gets_a_400_page_in_its_language(client, news_index, url):
    response = client.get(url, **HTML)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert '<html lang="ru">' in html
    assert "NUL" in html
    assert response["Cache-Control"] == "no-cache"


def test_an_english_address_answers_in_english(client, site_tree):
    response = client.get("/en/search/", {"q": "\x00"}, **HTML)
    assert response.status_code == 400
    assert '<html lang="en">' in response.content.decode()
    assert "contains a control character" in response.content.decode()


def test_a_control_character_in_a_parameter_name_is_refused_without_echoing_it(client, site_tree):
    response = client.get(API + "news/", {"cat\x00egory": "x"}, **JSON)
    assert response.status_code == 400
    assert response.json()["parameter"] == "category"


def test_a_control_character_in_the_path_is_a_problem_for_api_callers(client, site_tree):
    response = client.get(API + "news/%00/", **JSON)
    assert response.status_code == 400
    body = response.json()
    assert body["type"] == "urn:wagtail-council:problem:invalid-parameter"
    assert "parameter" not in body


def test_clean_requests_pass(client, news_index):
    page = make_news(news_index, title="Бюджет на 2025 год")
    assert client.get("/ru/search/", {"q": "бюджет\tгод"}, **HTML).status_code == 200
    assert client.get(page.url, **HTML).status_code == 200
    assert client.get("/api/v2/pages/", {"search": "бюджет"}, **JSON).status_code == 200
    assert client.get(API + "news/", {"category": "budget"}, **JSON).status_code == 200
