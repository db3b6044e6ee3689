"""The example site lets its demo frontend, on another origin, read the APIs and nothing else."""

from django.test import override_settings

from tests.api_support import (
    API,
)

DEMO_FRONTEND = "http://127.0.0.1:8001"


def test_the_demo_frontend_origin_may_read_the_api(client, site_tree):
    response = client.get(API + "news/", HTTP_ORIGIN=DEMO_FRONTEND)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == DEMO_FRONTEND
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_a_preflight_allows_conditional_requests(client, site_tree):
    response = client.options(
        API + "news/",
        HTTP_ORIGIN=DEMO_FRONTEND,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert response["Access-Control-Allow-Origin"] == DEMO_FRONTEND
    assert "if-none-match" in response["Access-Control-Allow-Headers"]
    assert "POST" not in response["Access-Control-Allow-Methods"]


def test_other_origins_and_non_api_urls_get_no_cors_headers(client, site_tree):
    other = client.get(API + "news/", HTTP_ORIGIN="https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/ru/", HTTP_ORIGIN=DEMO_FRONTEND)
    assert "Access-Control-Allow-Origin" not in page


@override_settings(CORS_ALLOWED_ORIGINS=["https://www.example.org"])
def test_allowed_origins_are_configurable(client, site_tree):
    response = client.get(API + "news/", HTTP_ORIGIN="https://www.example.org")
    assert response["Access-Control-Allow-Origin"] == "https://www.example.org"
