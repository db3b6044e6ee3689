"""The news index's filters work as a plain HTML form, with JavaScript switched off."""

import re

import pytest
from playwright.sync_api import expect

from home.demo import content

pytestmark = pytest.mark.browser

NEWS = [content.SEED_ARTICLE, *content.MORE_NEWS]  # newest first
CATEGORY = next(category for category in content.CATEGORIES if category["slug"] == "budget")


@pytest.fixture
def browser_context_args():
    return {"java_script_enabled": False}


def titles_in(slug):
    return [item["title"] for item in NEWS if slug in item["categories"]]


def test_news_index_filters_without_javascript(demo_content, page):
    page.goto("/ru/news/")
    cards = page.locator(".council-card-list .council-card__title")
    expect(cards).to_have_text([item["title"] for item in NEWS])

    form = page.locator("form.council-filters")
    form.locator("select[name=category]").select_option(label=CATEGORY["name"])
    form.locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(rf"/ru/news/\?(.+&)?category={CATEGORY['slug']}(&|$)"))
    expect(cards).to_have_text(titles_in(CATEGORY["slug"]))
    expect(page.locator("form.council-filters select[name=category]")).to_have_value(
        CATEGORY["slug"]
    )
    expect(page.get_by_role("alert")).to_have_count(0)

    response = page.goto("/ru/news/?year=abc")
    assert response is not None
    assert response.status == 400
    alert = page.get_by_role("alert")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("abc")
    # The reader keeps the form to correct the filter, and the unfiltered news.
    expect(page.locator("form.council-filters select[name=year]")).to_be_visible()
    expect(cards).to_have_text([item["title"] for item in NEWS])
