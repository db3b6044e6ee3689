"""The demo headless frontend, on its own origin, renders the seed article from the API.

The frontend is plain HTML and one ES module (``example_site/frontend/``),
served here by Python's ``http.server`` on a second port, exactly as
``python -m http.server 8001`` serves it beside ``make demo``. It reads the
live server's content API across origins, through CORS.
"""

import pytest
from playwright.sync_api import expect
from wagtail.contrib.redirects.models import Redirect

from example_site.tests.browser.test_accessibility import axe_violations, describe_violations
from home.demo import content
from home.management.commands.load_demo_content import SITE_SETTINGS
from wagtail_council.models import NewsPage

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


# --- the whole site from the API: frame, home, menu, breadcrumbs, people -----

SECOND_NEWS = content.MORE_NEWS[0]
SECOND_NEWS_RU_PATH = f"/ru/news/{SECOND_NEWS['slug']}/"
SECOND_NEWS_EN_PATH = "/en/news/public-hearing-on-the-draft-budget/"
SECOND_NEWS_EN_TITLE = "Public hearing on the draft budget for 2027"
SECOND_NEWS_EN_LEAD = (
    "Residents discussed the city district's draft budget for next year with the deputies."
)
LYSENKO_RU_PATH = "/ru/people/roman-lysenko/"
LYSENKO_STATEMENT_TITLE = content.STATEMENTS[0]["title"]
# The sections of the site, in the menu in tree order.
MENU_RU = [
    content.NEWS_INDEX["title"],
    content.PEOPLE_INDEX["title"],
    content.STATEMENTS_INDEX["title"],
    content.GREETINGS_INDEX["title"],
    "События",
    "Фотогалереи",
]
MENU_EN = [
    "News",
    "Deputies and officials",
    "Statements and comments",
    "Greeting addresses",
    "Events",
    "Photo galleries",
]


def menu(page, name):
    return page.get_by_role("navigation", name=name, exact=True)


def profile_part(page, heading):
    """A part of a person's profile, by its heading."""
    return page.locator(".profile-part", has=page.get_by_role("heading", name=heading, exact=True))


def breadcrumb_trail(page, name):
    return page.get_by_role("navigation", name=name, exact=True).locator("ol > li")


def test_headless_frontend_home_page_shows_the_sites_name_intro_and_latest_news(
    demo_content, live_server, frontend, page
):
    open_frontend(page, frontend, live_server, "/ru/")
    expect(page.locator(".site-name")).to_have_text(content.SITE_NAME)
    expect(page.locator("h1")).to_have_text(content.HOME["title"])
    expect(page.locator("article .intro")).to_contain_text(
        "Официальный сайт представительного органа городского округа"
    )
    latest = page.locator(".latest", has=page.get_by_role("heading", name="Последние новости"))
    expect(latest.locator(".card-title")).to_have_count(3)
    expect(latest.locator(".card-title").first).to_have_text(content.SEED_ARTICLE["title"])
    contacts = page.locator("footer [data-contacts]")
    email = contacts.get_by_role("link", name=SITE_SETTINGS["email"])
    expect(email).to_have_attribute("href", f"mailto:{SITE_SETTINGS['email']}")
    expect(contacts.get_by_role("list").get_by_role("link")).to_have_text(
        ["ВКонтакте", "Одноклассники", "Telegram"]
    )

    page.locator("[data-languages]").get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator(".site-name")).to_have_text("Council of the Alchevsk City District")
    expect(page.locator("article .intro")).to_contain_text(
        "The official site of the city district's representative body"
    )
    expect(page.locator(".latest .card-title").first).to_have_text(SEED_EN_TITLE)


def test_headless_frontend_menu_lists_the_sections_in_both_languages(
    demo_content, live_server, frontend, page
):
    open_frontend(page, frontend, live_server, "/ru/")
    ru_menu = menu(page, "Основное меню")
    expect(ru_menu.locator(":scope > ul > li > a")).to_have_text(MENU_RU)
    expect(ru_menu.locator("[aria-current]")).to_have_count(0)

    ru_menu.get_by_role("link", name=content.NEWS_INDEX["title"], exact=True).click()
    expect(page.locator("h1")).to_have_text(content.NEWS_INDEX["title"])
    current = ru_menu.locator('[aria-current="page"]')
    expect(current).to_have_text(content.NEWS_INDEX["title"])
    expect(page.locator(".card-title").first).to_have_text(content.SEED_ARTICLE["title"])

    page.locator("[data-languages]").get_by_role("link", name="English").click()
    en_menu = menu(page, "Main menu")
    expect(en_menu.locator(":scope > ul > li > a")).to_have_text(MENU_EN)
    expect(en_menu.locator('[aria-current="page"]')).to_have_text("News")
    expect(page.locator("h1")).to_have_text("News")


def test_headless_frontend_breadcrumbs_lead_from_a_news_page_to_home(
    demo_content, live_server, frontend, page
):
    open_frontend(page, frontend, live_server, SEED_RU_PATH)
    trail = breadcrumb_trail(page, "Навигационная цепочка")
    expect(trail).to_have_text(
        [content.HOME["title"], content.NEWS_INDEX["title"], content.SEED_ARTICLE["title"]]
    )
    expect(trail.last.locator("a")).to_have_attribute("aria-current", "page")
    expect(trail.locator('[aria-current="page"]')).to_have_count(1)

    trail.get_by_role("link", name=content.NEWS_INDEX["title"], exact=True).click()
    expect(page.locator("h1")).to_have_text(content.NEWS_INDEX["title"])
    expect(breadcrumb_trail(page, "Навигационная цепочка")).to_have_text(
        [content.HOME["title"], content.NEWS_INDEX["title"]]
    )

    open_frontend(
        page, frontend, live_server, "/en/news/sharing-experience-a-useful-practice-of-cooperation/"
    )
    expect(breadcrumb_trail(page, "Breadcrumb")).to_have_text(
        ["Council of the Alchevsk City District", "News", SEED_EN_TITLE]
    )


def test_headless_frontend_person_profile_from_a_quote_shows_roles_and_statements(
    demo_content, live_server, frontend, page, screenshot
):
    open_frontend(page, frontend, live_server, SEED_RU_PATH)
    speaker = page.locator("blockquote.quote").first.locator(".speaker-name")
    speaker.get_by_role("link", name="Роман Лысенко").click()

    expect(page.locator("h1")).to_have_text("Роман Лысенко")
    assert page.url.endswith("#" + LYSENKO_RU_PATH)
    expect(page.locator("article[data-type=person]")).to_be_visible()
    roles = profile_part(page, "Должности")
    expect(roles.locator("li")).to_have_text(
        ["председатель, Совет городского округа город Алчевск"]
    )
    statements = profile_part(page, "Заявления (1)")
    expect(statements.locator(".card-title")).to_have_text([LYSENKO_STATEMENT_TITLE])
    # Quoted twice: in the seed news and on the page of the round table it reports on.
    quotes = profile_part(page, "Цитаты (2)")
    expect(quotes.locator(".quote-text")).to_have_text([content.QUOTE_LYSENKO] * 2)
    expect(page.get_by_role("heading", name="Приветственные адреса (0)")).to_be_visible()
    screenshot(page, "headless-frontend-person-ru")

    statements.get_by_role("link", name=LYSENKO_STATEMENT_TITLE).click()
    expect(page.locator("h1")).to_have_text(LYSENKO_STATEMENT_TITLE)
    page.locator(".speaker-name").get_by_role("link", name="Роман Лысенко").click()
    expect(page.locator("h1")).to_have_text("Роман Лысенко")

    page.locator("[data-languages]").get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Roman Lysenko")
    assert page.url.endswith("#/en/people/roman-lysenko/")
    expect(page.get_by_role("heading", name="Statements (1)")).to_be_visible()


def test_headless_frontend_signatory_links_to_the_signatorys_profile(
    demo_content, live_server, frontend, page
):
    open_frontend(page, frontend, live_server, SEED_RU_PATH)
    page.locator(".address-link a").click()
    expect(page.locator("h1")).to_have_text(content.GREETING_ADDRESS["title"])
    page.locator(".signatories").get_by_role("link", name="Сергей Жестянников").click()
    expect(page.locator("h1")).to_have_text("Сергей Жестянников")
    addresses = profile_part(page, "Приветственные адреса (1)")
    expect(addresses.locator(".card-title")).to_have_text([content.GREETING_ADDRESS["title"]])


def test_headless_frontend_language_switcher_keeps_the_page(
    demo_content, live_server, frontend, page
):
    open_frontend(page, frontend, live_server, SECOND_NEWS_RU_PATH)
    expect(page.locator("h1")).to_have_text(SECOND_NEWS["title"])
    description = page.locator('head meta[name="description"]')
    expect(description).to_have_attribute("content", SECOND_NEWS["lead"])
    switcher = page.locator("[data-languages]")
    expect(switcher).to_have_attribute("aria-label", "Язык")
    english = switcher.get_by_role("link", name="English")
    expect(english).to_have_attribute("lang", "en")
    expect(english).to_have_attribute("hreflang", "en")
    expect(switcher.get_by_role("link", name="Русский")).to_have_attribute("aria-current", "true")

    english.click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(SECOND_NEWS_EN_TITLE)
    assert page.url.endswith("#" + SECOND_NEWS_EN_PATH)
    expect(description).to_have_attribute("content", SECOND_NEWS_EN_LEAD)
    expect(page.locator("[data-languages]")).to_have_attribute("aria-label", "Language")

    page.locator("[data-languages]").get_by_role("link", name="Русский").click()
    expect(page.locator("h1")).to_have_text(SECOND_NEWS["title"])
    assert page.url.endswith("#" + SECOND_NEWS_RU_PATH)


# Pages of each kind, with the landmarks the frontend adds to each, named in the page's language.
AXE_PAGES = [
    ("/ru/", ["Основное меню", "Язык"]),
    (SEED_RU_PATH, ["Основное меню", "Язык", "Навигационная цепочка"]),
    ("/en/news/", ["Main menu", "Language", "Breadcrumb"]),
    (LYSENKO_RU_PATH, ["Основное меню", "Язык"]),
]


def test_headless_frontend_pages_with_menu_and_breadcrumbs_pass_axe(
    demo_content, live_server, frontend, page
):
    problems = []
    for path, landmarks in AXE_PAGES:
        open_frontend(page, frontend, live_server, path)
        expect(page.locator("[data-view] h1")).to_be_visible()
        for name in landmarks:
            expect(page.get_by_role("navigation", name=name, exact=True)).to_be_visible()
        problems.extend(describe_violations(f"#{path}", axe_violations(page)))
    assert not problems, "\n".join(problems)


def test_headless_frontend_follows_old_paths_to_where_they_lead(
    demo_content, live_server, frontend, page
):
    seed = NewsPage.objects.get(slug=content.SEED_ARTICLE["slug"], locale__language_code="ru")
    Redirect.objects.create(
        old_path=Redirect.normalise_path("/ru/news/old-seed/"), redirect_page=seed
    )
    Redirect.objects.create(
        old_path=Redirect.normalise_path("/ru/news/moved-away/"),
        redirect_link="https://archive.example/council/",
    )

    open_frontend(page, frontend, live_server, "/ru/news/old-seed/")
    expect(page.locator("h1")).to_have_text(content.SEED_ARTICLE["title"])
    assert page.url.endswith("#" + SEED_RU_PATH)

    open_frontend(page, frontend, live_server, "/ru/news/moved-away/")
    moved = page.get_by_role("link", name="https://archive.example/council/")
    expect(moved).to_have_attribute("href", "https://archive.example/council/")
    expect(page.locator("[data-view]")).to_contain_text("Эта страница теперь по другому адресу:")
