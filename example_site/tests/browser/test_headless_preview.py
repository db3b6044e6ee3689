"""An editor previews unsaved changes in the headless frontend, from Wagtail's preview panel.

The demo frontend (``example_site/frontend/``) runs on its own origin, as the
site's ``WAGTAIL_COUNCIL_FRONTEND_BASE_URL``. Choosing "Headless frontend" in
the preview panel sends the panel's iframe through the admin to the
frontend's ``/preview/?token=…``, which reads the draft from the live
server's API and renders it with the same code as a published page.

The preview URL the server builds carries no ``?api=``, so the frontend is
served from a copy whose ``<meta name="council-api">`` names the live server's
API, as a deployed frontend would be configured.
"""

import re
import shutil

import pytest
from django.utils import translation
from playwright.sync_api import expect

from example_site.tests.browser.conftest import FRONTEND_DIR
from example_site.tests.browser.test_editor import log_in
from example_site.tests.browser.test_headless_frontend import expect_seed_article
from home.demo import content
from home.management.commands.load_demo_content import EDITOR_PASSWORD, EDITOR_USERNAME
from wagtail_council.models import NewsPage
from wagtail_council.reader.preview import make_preview_token

pytestmark = pytest.mark.browser

UNSAVED_TITLE = "Обмен опытом: черновик заголовка, который никто не сохранял"
API_META = re.compile(r'(<meta name="council-api" content=")[^"]*(")')


@pytest.fixture
def site_frontend(serve_frontend, live_server, settings, tmp_path):
    """The demo frontend, reading the live server's API, configured as the site's frontend."""
    copy = shutil.copytree(FRONTEND_DIR, tmp_path / "frontend")
    for document in copy.rglob("*.html"):
        markup = document.read_text(encoding="utf-8")
        pointed, found = API_META.subn(rf"\g<1>{live_server.url}/api/council/\g<2>", markup)
        assert found == 1, f"{document} names its API in a meta element"
        document.write_text(pointed, encoding="utf-8")
    origin = serve_frontend(copy)
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = origin
    return origin


@pytest.fixture
def seed_article(demo_content):
    return NewsPage.objects.get(slug=content.SEED_ARTICLE["slug"], locale__language_code="ru")


def russian(message):
    with translation.override("ru"):
        return translation.gettext(message)


def test_editor_previews_an_unsaved_title_in_the_headless_frontend(
    seed_article, site_frontend, context, page, screenshot
):
    saved_title = seed_article.title
    revisions = seed_article.revisions.count()
    log_in(page, EDITOR_USERNAME, EDITOR_PASSWORD)
    page.goto(f"/admin/pages/{seed_article.pk}/edit/")
    title = page.locator("#id_title")
    expect(title).to_have_value(saved_title)
    title.fill(UNSAVED_TITLE)

    page.get_by_role("button", name="Переключить предварительный просмотр").click()
    panel = page.locator("[data-side-panel=preview]")
    expect(panel).to_be_visible()
    # Wagtail loads each new preview into a fresh iframe and then drops the old one.
    iframes = panel.locator("iframe")
    iframe = iframes.last
    preview = iframe.content_frame

    # The panel opens on the site's own template, the default mode; the frontend is second.
    mode = panel.get_by_label("Режим предпросмотра")
    expect(mode.locator("option")).to_have_text(["По умолчанию", "Внешний сайт (headless)"])
    expect(mode).to_have_value("")
    expect(preview.locator("h1")).to_have_text(UNSAVED_TITLE)
    expect(preview.locator(".council-quote")).to_have_count(2)
    expect(iframes).to_have_count(1)

    mode.select_option(label="Внешний сайт (headless)")
    expect(preview.locator("[data-preview-banner]")).to_have_text(
        "Предпросмотр: эта версия страницы не опубликована."
    )
    expect(preview.locator("h1")).to_have_text(UNSAVED_TITLE)
    shown_at = iframe.element_handle().content_frame().url
    assert shown_at.startswith(f"{site_frontend}/preview/?token="), shown_at
    screenshot(page, "headless-preview-panel")
    expect_seed_article(preview, UNSAVED_TITLE, ["Роман Лысенко", "Олег Радченко"])
    # The preview's links lead to the frontend's published pages.
    english = preview.locator("[data-languages]").get_by_role("link", name="English")
    expect(english).to_have_attribute(
        "href", re.compile(rf"^{re.escape(site_frontend)}/#/en/news/[a-z0-9-]+/$")
    )

    # Nothing was saved: no new revision, and readers and the API still see the saved title.
    stored = NewsPage.objects.get(pk=seed_article.pk)
    assert (stored.title, stored.revisions.count()) == (saved_title, revisions)
    assert not stored.has_unpublished_changes
    reader = context.new_page()
    reader.goto(seed_article.url)
    expect(reader.locator("h1")).to_have_text(saved_title)
    detail = reader.request.get(f"/api/council/news/{seed_article.pk}/")
    assert detail.ok and detail.json()["title"] == saved_title


def test_the_frontends_preview_explains_a_bad_or_expired_token(
    seed_article, site_frontend, page, settings
):
    failed = "Не удалось показать предпросмотр."
    page.goto(f"{site_frontend}/preview/?token=not-a-token")
    alert = page.get_by_role("alert")
    expect(alert).to_have_text(f"{failed} {russian('This preview token is not valid.')}")
    expect(page.locator("article")).to_have_count(0)

    token = make_preview_token(seed_article.get_latest_revision())
    settings.WAGTAIL_COUNCIL_API_PREVIEW_TOKEN_MAX_AGE = -1
    page.goto(f"{site_frontend}/preview/?token={token}")
    expired = russian("This preview token has expired. Open the preview from the admin again.")
    expect(page.get_by_role("alert")).to_have_text(f"{failed} {expired}")

    page.goto(f"{site_frontend}/preview/")
    expect(page.get_by_role("alert")).to_have_text(
        f"{failed} В адресе нет токена предпросмотра; откройте предпросмотр из админки."
    )
