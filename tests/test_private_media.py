"""Documents and images that only hidden pages use stay private.

A document attached only to a private page, a draft or an expired page is
refused to anonymous readers (404, as if it did not exist) and is absent from
every anonymous listing of Wagtail's core APIs; one a visible page uses is
served and listed as before. Listing redirects on v3 needs a token.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from tests.factories import make_document, make_image, make_news, make_private

LISTINGS = ["/api/v2/documents/", "/api/v2/images/"]
if settings.HAS_CORE_API_V3:
    LISTINGS += ["/api/v3/documents/", "/api/v3/images/"]


def with_document(news_index, document, **fields):
    block = ("document", {"document": document, "link_text": ""})
    return make_news(news_index, body=[block], **fields)


def with_image(news_index, image, **fields):
    return make_news(news_index, featured_image=image, featured_image_alt="Фото", **fields)


def listed_ids(client, url):
    response = client.get(url, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    body = response.json()
    items = body["items"] if isinstance(body, dict) else body
    return {item["id"] for item in items}


def download(client, document):
    return client.get(document.url)


@pytest.fixture
def private_document(news_index):
    document = make_document("Закрытое решение")
    make_private(with_document(news_index, document))
    return document


@pytest.fixture
def private_image(news_index):
    image = make_image(title="Закрытое фото")
    make_private(with_image(news_index, image))
    return image


def test_a_document_only_a_private_page_uses_is_refused_to_anonymous_readers(
    client, private_document
):
    assert download(client, private_document).status_code == 404


@pytest.mark.parametrize(
    "hide",
    [
        pytest.param(lambda page: make_private(page), id="private"),
        pytest.param(lambda page: page.unpublish(), id="unpublished"),
        pytest.param(
            lambda page: (
                type(page)
                .objects.filter(pk=page.pk)
                .update(expire_at=timezone.now() - timedelta(minutes=1))
            ),
            id="expired",
        ),
    ],
)
def test_a_document_of_a_hidden_page_is_refused_and_unlisted(client, news_index, hide):
    document = make_document("Решение")
    hide(with_document(news_index, document))
    assert download(client, document).status_code == 404
    for url in LISTINGS:
        if "documents" in url:
            assert document.pk not in listed_ids(client, url), url


def test_a_document_of_a_draft_is_refused(client, news_index):
    document = make_document("Черновое решение")
    with_document(news_index, document, publish=False)
    assert download(client, document).status_code == 404


def test_private_only_media_are_absent_from_every_anonymous_listing(
    client, private_document, private_image
):
    for url in LISTINGS:
        ids = listed_ids(client, url)
        assert private_document.pk not in ids, url
        assert private_image.pk not in ids, url
    # Their details answer as for an id that does not exist.
    for kind, medium in (("documents", private_document), ("images", private_image)):
        hidden = client.get(f"/api/v2/{kind}/{medium.pk}/", HTTP_ACCEPT="application/json")
        missing = client.get(f"/api/v2/{kind}/999999/", HTTP_ACCEPT="application/json")
        assert hidden.status_code == missing.status_code != 200


def test_a_document_a_visible_page_also_uses_is_served_and_listed(client, news_index):
    document = make_document("Открытое решение")
    make_private(with_document(news_index, document))
    with_document(news_index, document)
    assert download(client, document).status_code == 200
    for url in LISTINGS:
        if "documents" in url:
            assert document.pk in listed_ids(client, url), url


def test_media_no_page_uses_keep_wagtails_rule(client, site_tree):
    document, image = make_document("Положение"), make_image()
    assert download(client, document).status_code == 200
    assert document.pk in listed_ids(client, "/api/v2/documents/")
    assert image.pk in listed_ids(client, "/api/v2/images/")


def test_a_reader_who_gave_the_pages_password_gets_its_document(client, news_index):
    document = make_document("Протокол")
    page = with_document(news_index, document)
    restriction = make_private(page)
    assert download(client, document).status_code == 404
    with translation.override("ru"):
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    response = client.post(url, {"password": "secret", "return_url": page.url})
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert download(client, document).status_code == 200


def test_editors_get_every_document_and_listing(client, django_user_model, private_document):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "pw"))
    assert download(client, private_document).status_code == 200
    assert private_document.pk in listed_ids(client, "/api/v2/documents/")


def test_v3_redirects_need_a_token(client, news_index):
    page = make_news(news_index)
    Redirect.add_redirect("/ru/staraya-novost/", redirect_to=page)
    listing = client.get("/api/v3/redirects/")
    found = client.get("/api/v3/redirects/find/", {"html_path": "/ru/staraya-novost/"})
    if settings.HAS_CORE_API_V3:
        assert (listing.status_code, found.status_code) == (401, 401)
    else:  # Wagtail 7.4 has no v3 API at all
        assert listing.status_code != 200 and found.status_code != 200


def test_a_login_restriction_stays_closed_to_anonymous_readers(client, news_index):
    document = make_document("Для депутатов")
    page = with_document(news_index, document)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert download(client, document).status_code == 404
