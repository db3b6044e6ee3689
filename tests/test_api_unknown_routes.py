"""Every address under the API's mount that is no endpoint is a JSON 404 problem, not a redirect."""

import pytest

from tests.api_support import API

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "address",
    [
        "nope/",
        "nope",
        "news/abc/def/",
        "pages/",
        "api/council/",
        "news/1/extra/",
        "%D0%BD%D0%B5%D1%82/",
    ],
)
@pytest.mark.parametrize("language", ["ru", "en"])
def test_an_unknown_route_is_a_json_404_in_the_callers_language(client, address, language):
    response = client.get(API + address, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "urn:wagtail-council:problem:not-found"
    assert body["status"] == 404
    expected = {"ru": "По этому адресу нет", "en": "The API has no endpoint"}[language]
    assert expected in body["detail"]
    assert "Location" not in response
