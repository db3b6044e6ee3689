"""An editor changes the seed article in Wagtail's admin and readers see the change."""

import re

import pytest
from playwright.sync_api import expect

from home.demo import content
from home.management.commands.load_demo_content import EDITOR_PASSWORD, EDITOR_USERNAME
from wagtail_council.models import NewsPage

pytestmark = pytest.mark.browser

SEED = content.SEED_ARTICLE
SEED_URL = f"/ru/news/{SEED['slug']}/"
NEW_LEAD = (
    "Депутаты Совета обсудили с коллегами из Вологодской области, "
    "как муниципалитетам отстаивать свои интересы."
)


def log_in(page, username, password):
    """Log in through Wagtail's login form, as a person would."""
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    form = page.locator("form.login-form")
    form.locator("input[name=username]").fill(username)
    form.locator("input[name=password]").fill(password)
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(form).to_have_count(0)


def publish(page):
    """Click "Publish" in the editor's footer, opening the action menu if it is folded."""
    footer = page.locator("footer nav.actions--primary")
    publish_button = footer.locator("button[name=action-publish]")
    expect(footer).to_be_visible()
    if not publish_button.is_visible():
        toggle = footer.locator(".w-dropdown__toggle[aria-expanded]")
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(publish_button).to_be_visible()
    publish_button.click()


def test_editor_edits_and_publishes_seed_article(demo_content, page, screenshot):
    seed = NewsPage.objects.get(slug=SEED["slug"], locale__language_code="ru")

    # Before the edit, readers see the original lead.
    page.goto(SEED_URL)
    expect(page.locator(".council-lead")).to_have_text(SEED["lead"])

    log_in(page, EDITOR_USERNAME, EDITOR_PASSWORD)

    page.goto(f"/admin/pages/{seed.pk}/edit/")
    lead = page.locator("textarea[name=lead]")
    expect(lead).to_have_value(SEED["lead"])
    lead.fill(NEW_LEAD)
    expect(lead).to_have_value(NEW_LEAD)
    screenshot(page, "admin-edit-seed-article")

    publish(page)

    success = page.locator(".messages li.success")
    expect(success).to_be_visible()
    expect(success).to_contain_text(SEED["title"])

    page.goto(SEED_URL)
    expect(page.locator("h1")).to_have_text(SEED["title"])
    expect(page.locator(".council-lead")).to_have_text(NEW_LEAD)
    expect(page.get_by_text(SEED["lead"], exact=True)).to_have_count(0)
