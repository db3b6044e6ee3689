"""A reader uses the demo gallery's lightbox with the keyboard alone, and axe finds nothing wrong."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from example_site.tests.browser.conftest import is_media, serve_media
from home.demo.gallery import GALLERY, PHOTOS, ensure_gallery
from home.models import HomePage

pytestmark = pytest.mark.browser

AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
GALLERY_URL = f"/ru/galleries/{GALLERY['slug']}/"
TOTAL = len(PHOTOS)


@pytest.fixture
def demo_gallery(demo_content):
    """The seed article's gallery, made by the demo's own function (a no-op once the loader makes it)."""
    home = HomePage.objects.get(depth=2, locale__language_code="ru")
    return ensure_gallery(home)


def thumbnails(page):
    return page.locator("a.council-gallery__link")


def dialog(page):
    return page.locator("dialog.council-lightbox")


def active_element(page, script):
    return page.evaluate(f"() => {{ const el = document.activeElement; return {script}; }}")


def tab_to_thumbnail(page, index):
    """Press Tab until the ``index``-th thumbnail has focus, as a keyboard user would."""
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = active_element(
            page,
            "el.matches('a.council-gallery__link') ? "
            "[...document.querySelectorAll('a.council-gallery__link')].indexOf(el) : -1",
        )
        if focused == index:
            return
    raise AssertionError(f"Tab never reached thumbnail {index}")


def test_keyboard_user_opens_moves_through_and_closes_the_lightbox(demo_gallery, page, screenshot):
    page.goto(GALLERY_URL)
    expect(thumbnails(page)).to_have_count(TOTAL)
    expect(dialog(page)).to_be_hidden()
    screenshot(page, "gallery-ru")

    tab_to_thumbnail(page, 2)
    page.keyboard.press("Enter")

    expect(dialog(page)).to_be_visible()
    expect(dialog(page)).to_have_attribute("open", "")
    position = dialog(page).locator("[data-council-lightbox-position]")
    expect(position).to_have_text(f"Фото 3 из {TOTAL}")
    expect(position).to_have_attribute("aria-live", "polite")
    expect(dialog(page).locator("figcaption")).to_contain_text(PHOTOS[2]["caption"])
    expect(dialog(page).locator("img")).to_have_attribute("alt", PHOTOS[2]["alt_text"])
    assert active_element(page, "el.closest('dialog') !== null")
    screenshot(page, "gallery-lightbox-open")

    page.keyboard.press("ArrowRight")
    expect(position).to_have_text(f"Фото 4 из {TOTAL}")
    expect(dialog(page).locator("figcaption")).to_contain_text(PHOTOS[3]["caption"])
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(position).to_have_text(f"Фото 2 из {TOTAL}")
    # The large photo is a rendition, never the original upload.
    source = dialog(page).locator("img").get_attribute("src")
    assert "/media/images/" in source and "original_images" not in source

    # Tab and Shift+Tab stay inside the dialog.
    for key in ["Tab"] * 5 + ["Shift+Tab"] * 5:
        page.keyboard.press(key)
        assert active_element(page, "el.closest('dialog') !== null"), key

    # The visible buttons do the same as the arrows.
    dialog(page).get_by_role("button", name="Следующее фото").press("Enter")
    expect(position).to_have_text(f"Фото 3 из {TOTAL}")

    page.keyboard.press("Escape")
    expect(dialog(page)).to_be_hidden()
    assert (
        active_element(
            page, "[...document.querySelectorAll('a.council-gallery__link')].indexOf(el)"
        )
        == 2
    )


def test_every_lightbox_control_is_at_least_24_css_pixels(demo_gallery, page):
    page.goto(GALLERY_URL)
    thumbnails(page).first.click()
    expect(dialog(page)).to_be_visible()
    buttons = dialog(page).get_by_role("button")
    expect(buttons).to_have_count(3)
    for index in range(3):
        box = buttons.nth(index).bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box


@pytest.mark.parametrize("browser_context_args", [{"reduced_motion": "reduce"}])
def test_the_lightbox_does_not_animate_for_readers_who_ask_for_less_motion(
    demo_gallery, page, browser_context_args
):
    page.goto(GALLERY_URL)
    thumbnails(page).first.click()
    expect(dialog(page)).to_be_visible()
    animation = dialog(page).evaluate("el => getComputedStyle(el).animationName")
    assert animation == "none"
    # Nothing moves on its own: the photo is the same after a while.
    position = dialog(page).locator("[data-council-lightbox-position]")
    page.wait_for_timeout(1500)
    expect(position).to_have_text(f"Фото 1 из {TOTAL}")


def test_without_javascript_a_thumbnail_opens_the_large_photo(demo_gallery, browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    context.route(is_media, serve_media)
    page = context.new_page()
    try:
        page.goto(GALLERY_URL)
        link = thumbnails(page).nth(1)
        href = link.get_attribute("href")
        assert re.search(r"/media/images/.+\.max-1600x1600\.format-jpeg\.jpg$", href)
        response = page.goto(href)  # what following the link does
        assert response.status == 200
        assert response.headers["content-type"] == "image/jpeg"
    finally:
        context.close()


def axe_violations(page):
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in result["violations"]
    ]


def test_axe_finds_no_violations_with_the_lightbox_closed_and_open(demo_gallery, page):
    page.goto(GALLERY_URL)
    expect(thumbnails(page)).to_have_count(TOTAL)
    assert axe_violations(page) == []

    thumbnails(page).nth(1).focus()
    page.keyboard.press("Enter")
    expect(dialog(page)).to_be_visible()
    expect(dialog(page).locator("img")).to_have_js_property("complete", True)
    assert axe_violations(page) == []


def test_axe_finds_no_violations_on_the_gallery_index(demo_gallery, page):
    page.goto("/ru/galleries/")
    expect(page.locator(".council-card__title")).to_contain_text([GALLERY["title"]])
    assert axe_violations(page) == []
