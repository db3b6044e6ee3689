"""The header's main navigation, the breadcrumbs and the footer, in a real browser.

They pass axe in every colour scheme, work from the keyboard, and reflow at
320 px: with the demo's two languages, and with the five languages of
``example_site.tests.settings_five_languages``, one of them right to left.
"""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale, Page

from example_site.tests import settings_five_languages
from example_site.tests.browser.conftest import TIMEOUT_MS, is_media, serve_media
from example_site.tests.browser.test_accessibility import (
    AXE_SCRIPT,
    AXE_TAGS,
    NARROW,
    describe_violations,
    set_preferences,
)
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import PeopleIndexPage, Person
from wagtail_council.preferences import ColourScheme, ReaderPreferences

pytestmark = pytest.mark.browser

SEED_URL = "/ru/news/obmen-opytom-poleznaya-praktika-sotrudnichestva/"
# The site's frame: what this module checks, and nothing else of the page.
FRAME = [["header"], ["nav.council-breadcrumbs"], ["footer"]]


@pytest.fixture
def new_context(browser, live_server):
    """``new_context(preferences, **options)``: browser contexts with the reader's preferences."""
    contexts = []

    def make(preferences=None, **options):
        options = {"base_url": live_server.url, "locale": "ru-RU", **options}
        options.setdefault("viewport", {"width": 1280, "height": 900})
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        context.route(is_media, serve_media)
        if preferences is not None:
            set_preferences(context, live_server, preferences)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


def frame_urls():
    """A page of each kind of trail: the home page, a section, an article, a profile; in both languages."""
    people = PeopleIndexPage.objects.live().get(locale__language_code="ru")
    person = Person.objects.filter(locale=people.locale).order_by("pk").first()
    english_people = people.get_translation(Locale.objects.get(language_code="en")).specific
    return [
        "/ru/",
        "/ru/news/",
        SEED_URL,
        people.person_url(person),
        "/en/",
        english_people.url,
    ]


def frame_violations(page):
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    return page.evaluate(
        """([include, tags]) => axe.run({include}, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        }).then((results) => results.violations)""",
        [FRAME, AXE_TAGS],
    )


def scroll_width(page):
    return page.evaluate("() => document.scrollingElement.scrollWidth")


def test_navigation_breadcrumbs_and_footer_pass_axe_in_every_colour_scheme(
    demo_content, new_context
):
    urls = frame_urls()
    problems = []
    for scheme in ColourScheme.values:
        page = new_context(preferences=ReaderPreferences(colour_scheme=scheme)).new_page()
        for url in urls:
            assert page.goto(url).status == 200, url
            expect(page.locator("nav.council-nav")).to_be_visible()
            problems += describe_violations(f"{url} [{scheme}]", frame_violations(page))
    assert not problems, "\n".join(problems)


def test_the_menu_and_breadcrumbs_are_landmarks_that_mark_where_the_reader_is(demo_content, page):
    page.goto(SEED_URL)
    menu = page.get_by_role("navigation", name="Основное меню")
    expect(menu.get_by_role("link", name="Новости")).to_have_attribute("aria-current", "true")
    trail = page.locator("nav.council-breadcrumbs")
    expect(trail.locator("ol > li")).to_have_count(3)
    expect(trail.locator("li a").last).to_have_attribute("aria-current", "page")
    # A section's own page is the current page in the menu.
    trail.get_by_role("link", name="Новости").click()
    expect(page).to_have_url(page.url.split("/ru/")[0] + "/ru/news/")
    expect(menu.get_by_role("link", name="Новости")).to_have_attribute("aria-current", "page")


def test_every_menu_link_is_reached_with_the_tab_key_in_order(demo_content, page):
    page.goto("/ru/")
    links = page.locator("nav.council-nav a")
    expected = links.evaluate_all("(links) => links.map((link) => link.href)")
    assert len(expected) == 6
    reached = []
    for _ in range(80):
        page.keyboard.press("Tab")
        href = page.evaluate(
            "() => document.activeElement.closest('nav.council-nav') ? document.activeElement.href : null"
        )
        if href:
            reached.append(href)
        elif reached:
            break
    assert reached == expected


def test_no_page_scrolls_sideways_at_320px_with_the_frame(demo_content, new_context):
    page = new_context(**NARROW).new_page()
    wide = []
    for url in frame_urls():
        page.goto(url)
        if scroll_width(page) > 320:
            wide.append(f"{url}: {scroll_width(page)} px")
    assert not wide, wide


class PrefixCatalogue(dict):
    """Translates every string by prefixing the language's code: "TT Новости"."""

    def __init__(self, code):
        super().__init__()
        self.code = code

    def get(self, source, default=None):
        return f"{self.code.upper()} {source}"


@pytest.fixture
def five_languages(demo_content, settings):
    """The demo with Ukrainian, Tatar and Arabic as well: home page and sections translated."""
    settings.LANGUAGES = settings_five_languages.LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = settings_five_languages.WAGTAIL_CONTENT_LANGUAGES
    russian_home = Page.objects.get(depth=2, locale__language_code="ru")
    sections = list(russian_home.get_children().filter(show_in_menus=True).specific())
    urls = ["/ru/", "/ru/news/", SEED_URL]
    for code in ("uk", "tt", "ar"):
        locale, _created = Locale.objects.get_or_create(language_code=code)
        translations = [
            translate_with_catalogue(page, locale, PrefixCatalogue(code))
            for page in [russian_home.specific, *sections]
        ]
        urls += [translation.url for translation in translations[:3]]
    return urls


def test_no_page_scrolls_sideways_at_320px_with_five_languages(five_languages, new_context):
    problems = []
    for preferences in (None, ReaderPreferences(font_size="large")):
        page = new_context(preferences=preferences, **NARROW).new_page()
        for url in five_languages:
            assert page.goto(url).status == 200, url
            languages = page.locator(".council-language-switcher li")
            expect(languages).to_have_count(5)
            if scroll_width(page) > 320:
                problems.append(f"{url} [{preferences}]: {scroll_width(page)} px wide")
    assert not problems, problems
    page.goto(five_languages[-3])
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("nav.council-nav a")).to_have_count(6)
