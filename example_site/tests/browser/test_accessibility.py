"""Public pages every citizen can use: WCAG 2.2 AA by axe-core, reflow, keyboard and motion.

Every check runs over URLs generated from the demo content (``tests/public_urls.py``):
every live page of every type in both languages, filtered listings, a person
profile, the preferences page, a search and a 404. A new page type joins the
checks as soon as the demo content has a page of it.

A failure lists every problem on every page, so one run shows all there is to fix.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from example_site.tests.browser.conftest import TIMEOUT_MS, is_media, serve_media
from tests.public_urls import one_per_template, public_urls
from wagtail_council.preferences import COOKIE_NAME, ColourScheme, ReaderPreferences

pytestmark = pytest.mark.browser

AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no wcag22a tag: 2.2 added no A rule it checks).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

NARROW = {"viewport": {"width": 320, "height": 640}}
# Browser zoom changes the size of a CSS pixel: at 200% a 1280 × 900 window lays
# the page out in 640 × 450 CSS pixels, media queries and viewport units see
# 640 px, and devicePixelRatio doubles. A 640 × 450 viewport at device scale
# factor 2 is therefore what a reader at 200% zoom gets. CSS `zoom` on <html>
# is not: innerWidth, media queries and vw stay at 1280 px, a layout no reader
# sees; and device_scale_factor alone only sharpens the pixels.
ZOOM_200 = {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2}

OTHER_SCHEMES = [scheme for scheme in ColourScheme.values if scheme != ColourScheme.STANDARD]
# The heaviest combination of preferences, for the reflow check.
LARGEST_EVERYTHING = ReaderPreferences(
    font_size="largest", letter_spacing="widest", colour_scheme="high-contrast", images="off"
)

FOCUSABLE = (
    "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), "
    "select:not([disabled]), textarea:not([disabled]), summary, iframe, "
    "[tabindex]:not([tabindex='-1'])"
)


# --- helpers -----------------------------------------------------------------


@pytest.fixture
def new_context(browser, live_server):
    """``new_context(**options)``: more browser contexts, set up like the ``context`` fixture."""
    contexts = []

    def make(preferences=None, **options):
        settings = {"base_url": live_server.url, "locale": "ru-RU", **options}
        settings.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**settings)
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        context.route(is_media, serve_media)
        if preferences is not None:
            set_preferences(context, live_server, preferences)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


def set_preferences(context, live_server, preferences):
    context.add_cookies(
        [{"name": COOKIE_NAME, "value": preferences.to_cookie(), "url": live_server.url}]
    )


def visit(page, url):
    """Open ``url`` and check that it answers with the status the list expects."""
    response = page.goto(url.path)
    assert response is not None, url.path
    assert response.status == url.status, f"{url.path} answered {response.status}"
    page.wait_for_load_state("load")


def open_disclosures(page):
    """Open every <details>, so that checks also see what it hides (the preferences panel)."""
    page.evaluate("() => document.querySelectorAll('details').forEach((d) => { d.open = true; })")


def axe_violations(page):
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    return page.evaluate(
        """(tags) => axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        }).then((results) => results.violations)""",
        AXE_TAGS,
    )


def describe_violations(where, violations):
    """One line per rule, then each offending element: what to fix, and where."""
    lines = []
    for violation in violations:
        lines.append(
            f"{where}: {violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:8]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary}"[:400])
        if len(violation["nodes"]) > 8:
            lines.append(f"    … and {len(violation['nodes']) - 8} more")
    return lines


def overflow(page):
    return page.evaluate(
        """() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
            widest: Array.from(document.querySelectorAll("body *"))
                .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                .slice(0, 3)
                .map((el) => el.tagName.toLowerCase() + (el.className ? "." + String(el.className).split(" ").join(".") : "")),
        })"""
    )


def reflow_problems(page, urls, label):
    problems = []
    for url in urls:
        visit(page, url)
        found = overflow(page)
        if found["scrollWidth"] > found["innerWidth"]:
            problems.append(
                f"{url} at {label}: scrollWidth {found['scrollWidth']} > innerWidth "
                f"{found['innerWidth']}; too wide: {', '.join(found['widest'])}"
            )
    return problems


# --- axe-core ----------------------------------------------------------------


def test_axe_finds_no_wcag_violations_on_any_page(demo_content, page):
    urls = public_urls()
    assert {url.language for url in urls} == {"ru", "en"}
    problems = []
    for url in urls:
        visit(page, url)
        open_disclosures(page)
        problems += describe_violations(url, axe_violations(page))
    assert not problems, f"axe found violations on {len(urls)} pages:\n" + "\n".join(problems)


def test_axe_finds_no_violations_in_any_colour_scheme(demo_content, new_context, live_server):
    """Contrast and the rest in every scheme, with the preferences panel open."""
    urls = one_per_template(public_urls())
    problems = []
    for scheme in OTHER_SCHEMES:
        context = new_context(preferences=ReaderPreferences(colour_scheme=scheme))
        page = context.new_page()
        for url in urls:
            visit(page, url)
            expect(page.locator("html")).to_have_class(f"council-scheme-{scheme}")
            open_disclosures(page)
            problems += describe_violations(f"{url} [{scheme}]", axe_violations(page))
        context.close()
    assert not problems, "axe found violations:\n" + "\n".join(problems)


def test_axe_finds_no_violations_with_large_text_wide_spacing_and_images_off(
    demo_content, new_context
):
    page = new_context(preferences=LARGEST_EVERYTHING).new_page()
    problems = []
    for url in one_per_template(public_urls()):
        visit(page, url)
        open_disclosures(page)
        problems += describe_violations(url, axe_violations(page))
    assert not problems, "axe found violations:\n" + "\n".join(problems)


def gallery_url(language="ru"):
    """A gallery page of the demo; built with the demo's own builder while the demo lacks one."""
    found = [url for url in public_urls() if url.template == "gallerypage"]
    if not found:
        from home.demo.gallery import ensure_gallery
        from home.models import HomePage

        ensure_gallery(HomePage.objects.get(locale__language_code="ru"))
        found = [url for url in public_urls() if url.template == "gallerypage"]
    return next(url for url in found if url.language == language)


def test_axe_finds_no_violations_with_the_lightbox_open(demo_content, new_context, screenshot_dir):
    url = gallery_url()
    problems = []
    for scheme in ColourScheme.values:
        page = new_context(preferences=ReaderPreferences(colour_scheme=scheme)).new_page()
        visit(page, url)
        page.locator("[data-council-lightbox-item]").first.click()
        lightbox = page.locator("dialog.council-lightbox")
        expect(lightbox).to_be_visible()
        expect(lightbox.locator("img")).to_be_visible()
        # The dialog fades in: check colours once it is fully there.
        page.wait_for_function(
            "() => document.getAnimations().every((a) => a.playState !== 'running')"
        )
        if scheme == ColourScheme.STANDARD:
            # What the reader sees: the viewport, since the dialog covers only that.
            page.screenshot(path=str(screenshot_dir / "gallery-lightbox-ru.png"))
        problems += describe_violations(f"{url} [lightbox, {scheme}]", axe_violations(page))
    assert not problems, "axe found violations:\n" + "\n".join(problems)


# --- reflow: 320 px and 200% zoom ---------------------------------------------


def test_no_page_scrolls_sideways_at_320px_or_at_200_percent_zoom(demo_content, new_context):
    urls = public_urls()
    problems = reflow_problems(new_context(**NARROW).new_page(), urls, "320 px")
    problems += reflow_problems(new_context(**ZOOM_200).new_page(), urls, "200% zoom")
    assert not problems, "pages scroll horizontally:\n" + "\n".join(problems)


def test_no_page_scrolls_sideways_at_320px_with_the_largest_text(demo_content, new_context):
    page = new_context(preferences=LARGEST_EVERYTHING, **NARROW).new_page()
    problems = reflow_problems(page, one_per_template(public_urls()), "320 px, largest text")
    assert not problems, "pages scroll horizontally:\n" + "\n".join(problems)


# --- keyboard ----------------------------------------------------------------


def test_skip_link_is_the_first_stop_visible_and_moves_focus_to_main(demo_content, page):
    for url in one_per_template(public_urls()):
        visit(page, url)
        page.keyboard.press("Tab")
        skip_link = page.locator(".council-skip-link")
        expect(skip_link, f"{url}: the first Tab stop").to_be_focused()
        expect(skip_link).to_be_in_viewport()
        assert page.evaluate(
            """() => {
                const link = document.activeElement;
                const box = link.getBoundingClientRect();
                return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === link
                    || link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
            }"""
        ), f"{url}: the focused skip link is covered by something"
        page.keyboard.press("Enter")
        expect(page.locator("main#main"), f"{url}: focus after the skip link").to_be_focused()


TAB_STOP = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
        || (style.boxShadow && style.boxShadow !== "none");
    const box = el.getClientRects()[0] || el.getBoundingClientRect();
    const inside = box.top >= 0 && box.left >= 0
        && box.bottom <= window.innerHeight + 1 && box.right <= window.innerWidth + 1;
    // Points just inside the element's first box: each must show the element itself.
    const points = [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + 2, box.top + 2],
        [box.right - 2, box.bottom - 2],
    ];
    const coveredBy = points
        .map(([x, y]) => document.elementFromPoint(x, y))
        .filter((hit) => hit && hit !== el && !el.contains(hit) && !(hit.tagName === "LABEL" && hit.control === el))
        .map((hit) => hit.tagName.toLowerCase() + (hit.className ? "." + String(hit.className).split(" ").join(".") : ""));
    return {
        key: el.dataset.a11yKey || null,
        name: el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + (el.textContent || el.value || "").trim().slice(0, 40),
        ring,
        inside,
        coveredBy,
    };
}"""

MARK_FOCUSABLE = """(selector) => {
    // Every element a keyboard should reach; of a radio group only the checked
    // (or first) radio is a Tab stop, the arrow keys move within the group.
    const groups = new Set();
    const expected = [];
    document.querySelectorAll(selector).forEach((el, index) => {
        if (!el.checkVisibility({visibilityProperty: true})) return;
        if (el.closest("dialog:not([open]), [inert]")) return;
        if (el.type === "radio") {
            const key = (el.form ? el.form.action : "") + "|" + el.name;
            if (groups.has(key)) return;
            const group = Array.from(document.getElementsByName(el.name)).filter((r) => r.form === el.form);
            const stop = group.find((r) => r.checked) || group[0];
            groups.add(key);
            stop.dataset.a11yKey = String(index);
            expected.push(stop.tagName.toLowerCase() + " " + (stop.id || stop.textContent.trim().slice(0, 40)));
            return;
        }
        el.dataset.a11yKey = String(index);
        expected.push(el.tagName.toLowerCase() + " " + (el.id || (el.textContent || "").trim().slice(0, 40)));
    });
    return expected.length;
}"""


def test_keyboard_reaches_every_control_with_a_visible_unobscured_focus(demo_content, page):
    problems = []
    for url in one_per_template(public_urls()):
        visit(page, url)
        open_disclosures(page)
        expected = page.evaluate(MARK_FOCUSABLE, FOCUSABLE)
        reached = set()
        for _press in range(expected + 20):
            page.keyboard.press("Tab")
            stop = page.evaluate(TAB_STOP)
            if stop is None:
                if reached:
                    break  # focus left the page after the last control
                continue
            if stop["key"] in reached:
                break
            reached.add(stop["key"])
            if not stop["ring"]:
                problems.append(f"{url}: {stop['name']!r} has no visible focus indicator")
            if not stop["inside"]:
                problems.append(f"{url}: {stop['name']!r} is focused outside the viewport")
            if stop["coveredBy"]:
                problems.append(
                    f"{url}: {stop['name']!r} is hidden behind {', '.join(stop['coveredBy'])}"
                )
        unreached = page.evaluate(
            "(reached) => Array.from(document.querySelectorAll('[data-a11y-key]'))"
            ".filter((el) => !reached.includes(el.dataset.a11yKey))"
            ".map((el) => el.outerHTML.slice(0, 120))",
            [key for key in reached if key is not None],
        )
        problems += [f"{url}: Tab never reaches {html}" for html in unreached]
        if None in reached:
            problems.append(f"{url}: Tab stops on an element that is not meant to be focusable")
    assert not problems, "keyboard problems:\n" + "\n".join(problems)


# --- the preferences panel in a browser ----------------------------------------


@pytest.fixture
def no_script_page(new_context):
    return new_context(java_script_enabled=False).new_page()


def test_reader_sets_preferences_with_the_keyboard_and_without_javascript(
    demo_content, no_script_page, screenshot
):
    page = no_script_page
    page.goto("/ru/news/")
    html = page.locator("html")
    expect(html).not_to_have_class("council-font-large")

    summary = page.locator("summary.council-preferences__summary")
    expect(summary).to_have_text("Версия для слабовидящих")
    summary.focus()
    page.keyboard.press("Enter")
    panel = page.locator("details.council-preferences")
    expect(panel).to_have_attribute("open", "")

    # Tab into the first group (its checked radio), then the arrow keys choose.
    page.keyboard.press("Tab")
    text_size = page.get_by_role("group", name="Размер шрифта")
    expect(text_size.get_by_role("radio", name="Обычный", exact=True)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(text_size.get_by_role("radio", name="Крупный", exact=True)).to_be_checked()
    page.get_by_role("group", name="Цветовая схема").get_by_role(
        "radio", name="Высокий контраст: жёлтый на чёрном"
    ).check()
    screenshot(page, "preferences-panel-ru")
    page.get_by_role("button", name="Применить").focus()
    page.keyboard.press("Enter")

    # The form posts, and the server answers with a redirect back to the same address.
    expect(html).to_have_class("council-font-large council-scheme-high-contrast")
    expect(page).to_have_url(re.compile(r"/ru/news/$"))
    expect(page.locator("body")).to_have_css("background-color", "rgb(0, 0, 0)")
    expect(html).to_have_css("font-size", "24px")  # 150% of 16 px

    # The choice holds on the next page, and the reset button brings the standard view back.
    first_card = page.locator(".council-card__title a").first
    title = first_card.inner_text()
    first_card.click()
    expect(page.locator("h1")).to_have_text(title)
    expect(html).to_have_class("council-font-large council-scheme-high-contrast")
    expect(page.locator("body")).to_have_css("background-color", "rgb(0, 0, 0)")
    screenshot(page, "high-contrast-ru")
    article_url = page.url
    page.locator("summary.council-preferences__summary").click()
    page.get_by_role("button", name="Вернуть обычный вид").click()
    expect(page.locator("body")).to_have_css("background-color", "rgb(255, 255, 255)")
    expect(page).to_have_url(article_url)
    assert page.evaluate("() => document.documentElement.className") == ""


def test_images_off_shows_alt_text_in_place_of_images(demo_content, new_context):
    page = new_context(preferences=ReaderPreferences(images="off")).new_page()
    page.goto("/ru/news/")
    expect(page.locator("main img")).to_have_count(0)
    first_card = page.locator(".council-card").first
    expect(first_card.locator(".council-image-off")).to_contain_text("Изображение:")
    expect(first_card.locator(".council-image-off")).to_be_visible()


# --- motion -------------------------------------------------------------------


def test_nothing_moves_by_itself(demo_content, page):
    """No autoplaying media, marquees, refreshes or running animations on any page."""
    problems = []
    for url in public_urls():
        visit(page, url)
        found = page.evaluate(
            """() => ({
                autoplay: Array.from(document.querySelectorAll("video[autoplay], audio[autoplay], marquee, blink, meta[http-equiv=refresh i]"))
                    .map((el) => el.outerHTML.slice(0, 80)),
                autoplayEmbeds: Array.from(document.querySelectorAll("iframe[src*='autoplay=1']")).map((el) => el.src),
                animations: document.getAnimations()
                    .filter((animation) => animation.playState === "running")
                    .map((animation) => animation.animationName || animation.constructor.name),
            })"""
        )
        for kind, items in found.items():
            problems += [f"{url}: {kind}: {item}" for item in items]
    assert not problems, "content moves by itself:\n" + "\n".join(problems)


# --- printing ------------------------------------------------------------------


PRINTED = """() => {
    const shown = (selector) => Array.from(document.querySelectorAll(selector))
        .some((el) => el.checkVisibility());
    return {
        hidden: [".council-skip-link", ".council-preferences", ".council-language-switcher",
                 ".council-footer", ".council-filters"].filter((s) => shown(s)),
        siteName: shown(".council-header__site"),
        heading: shown("main h1"),
        body: shown("main .council-body"),
        text: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
    };
}"""


@pytest.mark.parametrize("scheme", [ColourScheme.STANDARD, ColourScheme.LIGHT_ON_DARK])
def test_news_and_addresses_print_cleanly(demo_content, new_context, screenshot_dir, scheme):
    from home.demo import content

    page = new_context(preferences=ReaderPreferences(colour_scheme=scheme)).new_page()
    printable = {
        "news": f"/ru/news/{content.SEED_ARTICLE['slug']}/",
        "greeting-address": page_path("greetingaddresspage", "ru"),
    }
    page.emulate_media(media="print")
    for name, path in printable.items():
        page.goto(path)
        printed = page.evaluate(PRINTED)
        assert printed["hidden"] == [], f"{path}: shown in print: {printed['hidden']}"
        assert printed["siteName"] and printed["heading"] and printed["body"], (path, printed)
        assert printed["text"] == "rgb(0, 0, 0)", (path, printed)
        assert printed["background"] == "rgb(255, 255, 255)", (path, printed)
        pdf = screenshot_dir.parent / "print" / f"{name}-{scheme}.pdf"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        page.pdf(path=str(pdf), format="A4")
        assert pdf.stat().st_size > 1000


def page_path(template, language):
    return next(
        url.path for url in public_urls() if url.template == template and url.language == language
    )


# --- screenshots for the README and CI -----------------------------------------


def test_screenshots_of_the_demo_site(demo_content, page, new_context, screenshot):
    """Home and the seed article are taken by test_reader; these add the rest of the README's set."""
    page.goto(page_path("greetingaddresspage", "ru"))
    expect(page.locator("h1")).to_be_visible()
    shots = [screenshot(page, "greeting-address-ru")]

    narrow = new_context(**NARROW).new_page()
    narrow.goto(page_path("newspage", "ru"))
    shots.append(screenshot(narrow, "news-article-320px-ru"))

    contrast = new_context(
        preferences=ReaderPreferences(colour_scheme="high-contrast", font_size="large")
    ).new_page()
    contrast.goto("/ru/")
    expect(contrast.locator("html")).to_have_class(
        "council-font-large council-scheme-high-contrast"
    )
    shots.append(screenshot(contrast, "home-high-contrast-ru"))
    for shot in shots:
        assert shot.stat().st_size > 10_000, shot
