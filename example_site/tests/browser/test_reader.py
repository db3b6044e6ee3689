"""A reader browses the public site: the home page and the seed article in both languages."""

import re

import pytest
from playwright.sync_api import expect

from home.demo import content

pytestmark = pytest.mark.browser

SEED = content.SEED_ARTICLE
SEED_RU_URL = f"/ru/news/{SEED['slug']}/"
SEED_EN_URL = "/en/news/sharing-experience-a-useful-practice-of-cooperation/"
SEED_EN_TITLE = "Sharing experience: a useful practice of cooperation"


def language_switcher(page):
    return page.locator("nav.council-language-switcher")


def test_reader_sees_latest_news_on_home_page(demo_content, page, screenshot):
    page.goto("/ru/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator("h1")).to_have_text(content.HOME["title"])

    newest_first = [SEED["title"], *(item["title"] for item in content.MORE_NEWS)][:3]
    expect(page.locator(".council-card__title")).to_have_text(newest_first)
    screenshot(page, "home-ru")

    page.get_by_role("link", name=SEED["title"]).click()
    expect(page).to_have_url(re.compile(re.escape(SEED_RU_URL) + "$"))
    expect(page.locator("h1")).to_have_text(SEED["title"])


def test_reader_switches_language_on_seed_article(demo_content, page, live_server, screenshot):
    page.goto(SEED_RU_URL)
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator("h1")).to_have_text(SEED["title"])
    expect(page.locator(".council-lead")).to_have_text(SEED["lead"])

    switcher = language_switcher(page)
    expect(switcher).to_have_attribute("aria-label", re.compile(r"\S"))
    expect(switcher.locator("[aria-current]")).to_have_text("Русский")
    screenshot(page, "seed-article-ru")

    switcher.get_by_role("link", name="English").click()

    expect(page).to_have_url(f"{live_server.url}{SEED_EN_URL}")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(SEED_EN_TITLE)
    switcher = language_switcher(page)
    expect(switcher.locator("[aria-current]")).to_have_text("English")
    expect(switcher.get_by_role("link", name="Русский")).to_have_attribute("href", SEED_RU_URL)
    screenshot(page, "seed-article-en")
