"""Editors preview drafts in the headless frontend through short-lived signed tokens."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.test import override_settings

from tests.api_support import (
    API,
    get_valid,
    isolated_caches,  # noqa: F401 - autouse: clears caches around each test
    make_gallery_page,
    problem,
)
from tests.factories import add_index, make_image, make_news
from wagtail_council.api.preview import make_preview_token
from wagtail_council.models import GalleryIndexPage

FRONTEND = "https://frontend.example"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.com", "password")


def preview(client, token, status=200):
    if status != 200:
        return problem(client, API + "preview/", {"token": token}, status=status)
    body, response = get_valid(client, API + "preview/", {"token": token})
    assert "no-store" in response["Cache-Control"]
    assert "ETag" not in response
    return body


def test_a_draft_is_previewed_with_the_same_schema_as_a_detail(client, news_index):
    page = make_news(news_index, title="Черновик", publish=False, lead="Текст черновика")
    data = preview(client, make_preview_token(page.get_latest_revision()))
    assert (data["type"], data["id"], data["title"]) == ("news", page.pk, "Черновик")
    assert data["lead"] == "Текст черновика"
    assert client.get(f"{API}news/{page.pk}/").status_code == 404


def test_a_live_page_previews_its_newer_draft_not_the_live_version(client, news_index):
    page = make_news(news_index, title="Опубликовано")
    page.title = "Новый черновик"
    revision = page.save_revision()
    assert preview(client, make_preview_token(revision))["title"] == "Новый черновик"
    assert get_valid(client, f"{API}news/{page.pk}/")[0]["title"] == "Опубликовано"


def test_a_gallery_draft_previews_its_photos_from_the_revision(client, home):
    galleries = add_index(home, GalleryIndexPage, "Галереи", "galleries")
    image = make_image(width=320, height=200)
    gallery = make_gallery_page(
        galleries,
        [{"image": image, "caption": "Первое", "alt_text": "Фото"}],
        title="Галерея",
        slug="gallery",
        date=datetime.date(2024, 1, 1),
    )
    gallery.photos.add(
        gallery.photos.model(image=image, caption="Второе", alt_text="Фото", sort_order=1)
    )
    revision = gallery.save_revision()
    data = preview(client, make_preview_token(revision))
    assert [photo["caption"] for photo in data["photos"]] == ["Первое", "Второе"]


def test_forged_tampered_or_foreign_tokens_are_refused(client, news_index):
    page = make_news(news_index, publish=False)
    token = make_preview_token(page.get_latest_revision())
    for forged in (
        "not-a-token",
        token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        signing.dumps({"revision": page.get_latest_revision().pk}, salt="another-purpose"),
        signing.dumps({"revision": page.get_latest_revision().pk}, key="x" * 50, salt="x"),
    ):
        body = preview(client, forged, status=403)
        assert body["type"] == "urn:wagtail-council:problem:invalid-preview-token"
        assert body["parameter"] == "token"


def test_an_expired_token_is_refused(client, news_index):
    # Problem details follow the caller's language; ask for English.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    page = make_news(news_index, publish=False)
    token = make_preview_token(page.get_latest_revision())
    with override_settings(WAGTAIL_COUNCIL_API_PREVIEW_TOKEN_MAX_AGE=-1):
        body = preview(client, token, status=403)
        english = client.get(API + "preview/", {"token": token}, HTTP_ACCEPT_LANGUAGE="en")
    assert body["parameter"] == "token"
    assert "expired" in english.json()["detail"]


def test_a_token_for_a_deleted_draft_is_a_404(client, news_index):
    page = make_news(news_index, publish=False)
    revision = page.get_latest_revision()
    token = make_preview_token(revision)
    page.delete()
    preview(client, token, status=404)


@override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL=FRONTEND)
def test_the_headless_preview_link_sends_editors_to_the_frontend_with_a_token(
    client, news_index, editor
):
    page = make_news(news_index, title="Для превью", publish=False)
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{page.pk}/edit/")
    assert f"/admin/council/headless-preview/{page.pk}/" in edit.content.decode()

    response = client.get(f"/admin/council/headless-preview/{page.pk}/")
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == FRONTEND + "/preview/"
    [token] = parse_qs(location.query)["token"]
    client.logout()
    assert preview(client, token)["title"] == "Для превью"


def test_the_headless_preview_link_needs_an_editor(client, news_index):
    page = make_news(news_index, publish=False)
    response = client.get(f"/admin/council/headless-preview/{page.pk}/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_unsaved_changes_are_previewed_through_a_token(client, news_index):
    from wagtail_council.api.preview import make_unsaved_preview_token

    page = make_news(news_index, title="Сохранённый заголовок")
    page.title = "Несохранённый заголовок"
    page.lead = "Несохранённый анонс"
    page.body = [("heading", {"text": "Новый раздел", "level": "h2"})]
    token = make_unsaved_preview_token(page)  # the edit form's state, never saved

    data = preview(client, token)
    assert (data["title"], data["lead"]) == ("Несохранённый заголовок", "Несохранённый анонс")
    assert data["body"][0]["value"] == {"text": "Новый раздел", "level": 2}
    assert get_valid(client, f"{API}news/{page.pk}/")[0]["title"] == "Сохранённый заголовок"


def test_unsaved_changes_are_forgotten_with_the_cache(client, news_index):
    from django.core.cache import cache

    from wagtail_council.api.preview import make_unsaved_preview_token

    token = make_unsaved_preview_token(make_news(news_index))
    cache.clear()
    preview(client, token, status=404)


@override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL=FRONTEND)
def test_the_headless_preview_mode_sends_the_preview_panel_to_the_frontend(client, news_index, rf):
    from wagtail_council.api.preview import HeadlessPreviewMixin

    page = make_news(news_index, title="Сохранённый")
    page.title = "В форме редактора"
    # The mixin's headless mode, as Wagtail's preview panel calls it on a page model.
    response = HeadlessPreviewMixin.serve_preview(page, rf.get("/admin/"), "headless")
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == FRONTEND + "/preview/"
    [token] = parse_qs(location.query)["token"]
    assert preview(client, token)["title"] == "В форме редактора"
