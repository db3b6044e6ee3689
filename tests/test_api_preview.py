"""Editors preview drafts in the headless frontend through short-lived signed tokens."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.cache import caches
from django.test import override_settings

from tests.api_support import (
    API,
    get_valid,
    make_gallery_page,
    problem,
)
from tests.factories import add_index, make_image, make_news
from wagtail_council.models import GalleryIndexPage
from wagtail_council.reader.preview import make_preview_token

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
    from wagtail_council.reader.preview import make_unsaved_preview_token

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

    from wagtail_council.reader.preview import make_unsaved_preview_token

    token = make_unsaved_preview_token(make_news(news_index))
    cache.clear()
    preview(client, token, status=404)


@override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL=FRONTEND)
def test_the_headless_preview_mode_sends_the_preview_panel_to_the_frontend(client, news_index, rf):
    from wagtail_council.reader.preview import HeadlessPreviewMixin

    page = make_news(news_index, title="Сохранённый")
    page.title = "В форме редактора"
    # The mixin's headless mode, as Wagtail's preview panel calls it on a page model.
    response = HeadlessPreviewMixin.serve_preview(page, rf.get("/admin/"), "headless")
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == FRONTEND + "/preview/"
    [token] = parse_qs(location.query)["token"]
    assert preview(client, token)["title"] == "В форме редактора"


# Which preview modes editors are offered: the headless one only where a frontend is.


def preview_mode_names(page):
    return [name for name, _label in page.preview_modes]


def test_without_a_frontend_editors_keep_only_wagtails_own_preview(
    news_index, settings, django_assert_num_queries
):
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = ""
    page = make_news(news_index)
    # Wagtail asks every row of a page listing: no query for it, even when
    # Wagtail's cache of site roots is cold.
    caches["default"].clear()
    with django_assert_num_queries(0):
        assert preview_mode_names(page) == [""]
    assert page.default_preview_mode == ""


def test_with_a_frontend_the_headless_mode_follows_the_sites_own_template(
    news_index, settings, django_assert_num_queries
):
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = FRONTEND
    page = make_news(news_index)
    caches["default"].clear()
    with django_assert_num_queries(0):
        assert preview_mode_names(page) == ["", "headless"]
    assert page.default_preview_mode == "", "the site's own template stays the default"


def test_a_per_site_frontend_setting_offers_the_mode_only_on_sites_it_names(news_index, settings):
    page = make_news(news_index)  # on the default site, http://testserver
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = {"testserver": FRONTEND}
    assert preview_mode_names(page) == ["", "headless"]
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = {"another.example": FRONTEND}
    assert preview_mode_names(page) == [""]


@pytest.fixture
def second_site_news_index(site_tree):
    """A news index on a second Wagtail site, ``http://second.example``."""
    from wagtail.models import Page, Site

    from tests.testapp.models import HomePage
    from wagtail_council.models import NewsIndexPage

    home = HomePage(title="Второй сайт", slug="second-home")
    Page.get_first_root_node().add_child(instance=home)
    Site.objects.create(hostname="second.example", port=80, root_page=home, site_name="Второй")
    return add_index(home, NewsIndexPage, "Новости", "news")


def test_a_blank_new_page_is_offered_the_mode_of_the_default_site(news_index, settings):
    from wagtail_council.models import NewsPage

    page = NewsPage()  # as the create view holds it: not in the tree, no path at all
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = ""
    assert preview_mode_names(page) == [""]
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = FRONTEND
    assert preview_mode_names(page) == ["", "headless"]
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = {"testserver": FRONTEND}
    assert preview_mode_names(page) == ["", "headless"]
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = {"second.example": FRONTEND}
    assert preview_mode_names(page) == [""]


def test_a_new_page_placed_under_a_parent_takes_the_mode_of_the_parents_site(
    second_site_news_index, settings
):
    from wagtail_council.models import NewsPage

    # As Wagtail's create preview places a page: a tree path, no URL path yet.
    page = NewsPage(depth=second_site_news_index.depth + 1)
    page.path = page._get_path(second_site_news_index.path, page.depth, 1)
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = {"second.example": FRONTEND}
    assert preview_mode_names(page) == ["", "headless"]
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = {"testserver": FRONTEND}
    assert preview_mode_names(page) == [""]


def test_the_edit_views_preview_panel_offers_the_headless_mode_only_with_a_frontend(
    client, news_index, editor, settings
):
    page = make_news(news_index)
    client.force_login(editor)
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = ""
    without = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "w-preview" in without, "the preview panel is there"
    assert 'value="headless"' not in without
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = {"testserver": FRONTEND}
    with_frontend = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert '<option value="headless">' in with_frontend
    assert '<option value="" selected>' in with_frontend


def test_the_create_views_preview_panel_offers_the_headless_mode_with_a_frontend(
    client, news_index, editor, settings
):
    client.force_login(editor)
    url = f"/admin/pages/add/wagtail_council/newspage/{news_index.pk}/"
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = ""
    response = client.get(url)
    assert response.status_code == 200
    assert 'value="headless"' not in response.content.decode()
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = FRONTEND
    assert '<option value="headless">' in client.get(url).content.decode()


def news_form(title, slug, **fields):
    """The news edit form as the admin posts it to the preview."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "lead": fields.get("lead", "Анонс"),
            "publication_date": "2026-11-20 12:00",
            "featured_image_alt": "",
            "featured_image_caption": "",
            "featured_image_credit": "",
            "body": streamfield([]),
            "categories": inline_formset([]),
            "related_pages": inline_formset([]),
        }
    )


def frontend_token(response):
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == FRONTEND + "/preview/"
    [token] = parse_qs(location.query)["token"]
    return token


@override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL=FRONTEND)
def test_the_preview_panels_headless_mode_shows_the_unsaved_form_in_the_frontend(
    client, news_index, editor
):
    from wagtail_council.models import NewsPage

    page = make_news(news_index, title="Сохранённый", slug="saved")
    client.force_login(editor)
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    posted = client.post(preview_url, news_form("Несохранённый", "saved", lead="Новый анонс"))
    assert posted.json() == {"is_valid": True, "is_available": True}

    # The preview panel's iframe asks for the mode, and is sent on to the frontend.
    response = client.get(preview_url, {"mode": "headless", "in_preview_panel": "true"})
    token = frontend_token(response)
    # The iframe may follow the redirect: the admin is the iframe's own origin.
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "no-store" in response["Cache-Control"]

    client.logout()
    data = preview(client, token)
    assert (data["title"], data["lead"]) == ("Несохранённый", "Новый анонс")
    page = NewsPage.objects.get(pk=page.pk)
    assert (page.title, page.get_latest_revision().content["title"]) == ("Сохранённый",) * 2
    assert get_valid(client, f"{API}news/{page.pk}/")[0]["title"] == "Сохранённый"


@override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL=FRONTEND)
def test_a_page_being_created_is_previewed_in_the_frontend_before_it_exists(
    client, news_index, editor
):
    from wagtail_council.models import NewsPage

    client.force_login(editor)
    preview_url = f"/admin/pages/add/wagtail_council/newspage/{news_index.pk}/preview/"
    posted = client.post(preview_url, news_form("Ещё не создана", "not-yet"))
    assert posted.json()["is_valid"] is True
    token = frontend_token(client.get(preview_url, {"mode": "headless"}))
    client.logout()
    data = preview(client, token)
    assert (data["id"], data["title"]) == (0, "Ещё не создана")
    assert not NewsPage.objects.filter(slug="not-yet").exists()


def test_without_a_frontend_the_headless_mode_still_shows_the_apis_own_preview(
    client, news_index, editor, settings
):
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = ""
    page = make_news(news_index, title="Без фронтенда", slug="no-frontend")
    client.force_login(editor)
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    client.post(preview_url, news_form("Без фронтенда, в форме", "no-frontend"))
    # Not offered in the panel, but a link asking for the mode still works.
    response = client.get(preview_url, {"mode": "headless"})
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == API + "preview/"
    [token] = parse_qs(location.query)["token"]
    client.logout()
    assert preview(client, token)["title"] == "Без фронтенда, в форме"
