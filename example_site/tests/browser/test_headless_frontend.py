"""The demo headless frontend, on its own origin, renders the seed article from the API.

The frontend is plain HTML and one ES module (``example_site/frontend/``),
served here by Python's ``http.server`` on a second port, exactly as
``python -m http.server 8001`` serves it beside ``make demo``. It reads the
live server's content API across origins, through CORS.
"""

import pytest
from playwright.sync_api import expect

from home.demo import content

pytestmark = pytest.mark.browser

SEED_RU_PATH = f"/ru/news/{content.SEED_ARTICLE['slug']}/"
SEED_EN_TITLE = "Sharing experience: a useful practice of cooperation"


def open_frontend(page, frontend, live_server, path):
    page.goto(f"{frontend}/?api={live_server.url}/api/council/#{path}")


def expect_seed_article(page, title, speakers):
    expect(page.locator("h1")).to_have_text(title)
    quotes = page.locator("blockquote.quote")
    expect(quotes).to_have_count(2)
    expect(quotes.locator(".speaker-name")).to_have_text(speakers)
    for quote in quotes.all():
        expect(quote.locator(".quote-text")).not_to_be_empty()
        expect(quote.locator(".speaker-role")).not_to_be_empty()
    photos = page.locator("article figure img")
    expect(photos.first).to_be_visible()
    assert photos.count() >= 2
    for photo in photos.all():
        assert photo.get_attribute("alt"), "every photo of the article is described"
        photo.scroll_into_view_if_needed()
        expect(photo).to_have_js_property("complete", True)
        assert photo.evaluate("image => image.naturalWidth") > 0, photo.get_attribute("src")


def test_headless_frontend_shows_the_seed_articles_quotes_and_photos_in_both_languages(
    demo_content, live_server, frontend, page, screenshot
):
    open_frontend(page, frontend, live_server, "/ru/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator(".card-title").first).to_have_text(content.SEED_ARTICLE["title"])

    page.locator(".card-title a").first.click()
    expect_seed_article(page, content.SEED_ARTICLE["title"], ["Роман Лысенко", "Олег Радченко"])
    assert page.url.endswith("#" + SEED_RU_PATH)
    screenshot(page, "headless-frontend-seed-ru")

    page.locator("[data-languages]").get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect_seed_article(page, SEED_EN_TITLE, ["Roman Lysenko", "Oleg Radchenko"])
    screenshot(page, "headless-frontend-seed-en")


def test_headless_frontend_reports_a_missing_page(demo_content, live_server, frontend, page):
    open_frontend(page, frontend, live_server, "/ru/news/no-such-article/")
    expect(page.get_by_role("alert")).to_contain_text("Не удалось загрузить материал.")
