"""``navigation/``: the site's menu in one language, as a tree of visible pages shown in menus."""

import datetime

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openapi_spec_validator import validate
from wagtail.models import Page, Site

from tests.api_support import API, get_valid, openapi_document_from, problem, translate_to_english
from tests.factories import EnglishCatalogue, add_index, locale, make_news, make_private
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import StatementIndexPage

NAVIGATION = API + "navigation/"


def menu_page(parent, title, slug, *, show_in_menus=True, live=True):
    """A plain page under ``parent``, as an editor would put one in the menu."""
    page = Page(title=title, slug=slug, show_in_menus=show_in_menus, live=live)
    parent.add_child(instance=page)
    return page


def shown_in_menus(page):
    Page.objects.filter(pk=page.pk).update(show_in_menus=True)
    page.refresh_from_db()
    return page


def titles(items):
    """``[(title, [children's titles…])]``: a menu's shape, to compare exactly."""
    return [(item["title"], titles(item["children"])) for item in items]


@pytest.fixture
def council_menu(home, news_index):
    """Главная › Новости; О совете › (Депутаты › Фракции › Бюджет, Комиссии); Контакты."""
    shown_in_menus(news_index)
    about = menu_page(home, "О совете", "about")
    deputies = menu_page(about, "Депутаты", "deputies")
    factions = menu_page(deputies, "Фракции", "factions")
    budget = menu_page(factions, "Бюджет", "budget")
    committees = menu_page(about, "Комиссии", "committees")
    contacts = menu_page(home, "Контакты", "contacts")
    return {
        "news": news_index,
        "about": about,
        "deputies": deputies,
        "factions": factions,
        "budget": budget,
        "committees": committees,
        "contacts": contacts,
    }


def test_menu_is_the_tree_of_pages_shown_in_menus_in_tree_order(client, council_menu):
    body, _ = get_valid(client, NAVIGATION)
    assert body["locale"] == "ru"
    assert titles(body["items"]) == [
        ("Новости", []),
        ("О совете", [("Депутаты", []), ("Комиссии", [])]),
        ("Контакты", []),
    ]
    news, about, contacts = body["items"]
    assert news == {
        "id": council_menu["news"].pk,
        "type": "index",
        "title": "Новости",
        "url": "http://testserver/ru/news/",
        "path": "/ru/news/",
        "children": [],
    }
    assert about["type"] == "page"
    assert about["children"][0]["path"] == "/ru/about/deputies/"
    assert contacts["id"] == council_menu["contacts"].pk


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        ("1", [("Новости", []), ("О совете", []), ("Контакты", [])]),
        (
            "2",
            [
                ("Новости", []),
                ("О совете", [("Депутаты", []), ("Комиссии", [])]),
                ("Контакты", []),
            ],
        ),
        (
            "3",
            [
                ("Новости", []),
                ("О совете", [("Депутаты", [("Фракции", [])]), ("Комиссии", [])]),
                ("Контакты", []),
            ],
        ),
    ],
)
def test_depth_chooses_how_many_levels_the_menu_has(client, council_menu, depth, expected):
    body, _ = get_valid(client, NAVIGATION, {"depth": depth})
    assert titles(body["items"]) == expected


@pytest.mark.parametrize("depth", ["0", "-1", "4", "100", "two", "2.5", ""])
def test_a_depth_out_of_range_or_not_a_number_is_a_400_problem(client, council_menu, depth):
    body = problem(client, NAVIGATION, {"depth": depth})
    assert body["type"] == "urn:wagtail-council:problem:invalid-parameter"
    assert body["parameter"] == "depth"


def test_a_depth_beyond_the_maximum_names_the_maximum(client, council_menu):
    body = problem(client, NAVIGATION, {"depth": "4"}, status=400)
    assert "3" in body["detail"]


@pytest.fixture
def fresh_document():
    """The OpenAPI document read under this test's settings, and forgotten after it.

    The document states the deepest menu the site serves; the other tests must
    not validate against one made under another test's setting.
    """
    openapi_document_from.cache_clear()
    yield
    openapi_document_from.cache_clear()


@override_settings(WAGTAIL_COUNCIL_NAVIGATION_MAX_DEPTH=1)
def test_a_site_may_allow_fewer_levels_and_the_default_follows(
    client, council_menu, fresh_document
):
    body, _ = get_valid(client, NAVIGATION)
    assert titles(body["items"]) == [("Новости", []), ("О совете", []), ("Контакты", [])]
    problem(client, NAVIGATION, {"depth": "2"})


@override_settings(WAGTAIL_COUNCIL_NAVIGATION_MAX_DEPTH=5)
def test_a_site_may_allow_more_levels(client, council_menu, fresh_document):
    body, _ = get_valid(client, NAVIGATION, {"depth": "4"})
    about = body["items"][1]
    assert titles(about["children"][:1]) == [("Депутаты", [("Фракции", [("Бюджет", [])])])]


def test_unknown_parameters_and_locales_are_400_problems(client, council_menu):
    assert problem(client, NAVIGATION, {"lang": "ru"})["parameter"] == "lang"
    body = problem(client, NAVIGATION, {"locale": "xx"})
    assert body["type"] == "urn:wagtail-council:problem:unknown-locale"


def test_each_language_has_its_own_menu_titles_and_paths(client, council_menu):
    english = locale("en")
    for key in ("news", "about", "deputies", "contacts"):
        translate_to_english(council_menu[key])
    # The English news index is left out of the English menu by its editor.
    english_news = council_menu["news"].get_translation(english)
    assert english_news.live
    Page.objects.filter(pk=english_news.pk).update(show_in_menus=False)

    body, _ = get_valid(client, NAVIGATION, {"locale": "en"})
    assert body["locale"] == "en"
    assert titles(body["items"]) == [("EN О совете", [("EN Депутаты", [])]), ("EN Контакты", [])]
    about = body["items"][0]
    assert about["path"] == "/en/en-about/"
    assert about["url"] == "http://testserver/en/en-about/"
    assert about["id"] == council_menu["about"].get_translation(english).pk

    russian, _ = get_valid(client, NAVIGATION, {"locale": "ru"})
    assert titles(russian["items"])[1] == ("О совете", [("Депутаты", []), ("Комиссии", [])])
    assert russian["items"][1]["path"] == "/ru/about/"
    default, _ = get_valid(client, NAVIGATION)
    assert default == russian


def test_a_language_without_a_published_home_page_has_an_empty_menu(client, council_menu):
    body, _ = get_valid(client, NAVIGATION, {"locale": "en"})
    assert body == {"locale": "en", "items": []}

    english_contacts = translate_to_english(council_menu["contacts"])
    assert titles(get_valid(client, NAVIGATION, {"locale": "en"})[0]["items"]) == [
        ("EN Контакты", [])
    ]
    english_contacts.get_parent().specific.unpublish()
    body, _ = get_valid(client, NAVIGATION, {"locale": "en"})
    assert body == {"locale": "en", "items": []}


def expire(page):
    """Past its expiry time, but still ``live`` until ``publish_scheduled`` runs."""
    past = timezone.now() - datetime.timedelta(hours=1)
    Page.objects.filter(pk=page.pk).update(expire_at=past)


def test_hidden_pages_and_everything_below_them_are_never_in_the_menu(client, home, council_menu):
    draft = menu_page(home, "Черновик раздела", "draft-section", live=False)
    menu_page(draft, "Под черновиком", "under-draft")
    private = menu_page(home, "Закрытый раздел", "private-section")
    make_private(private)
    menu_page(private, "Под закрытым", "under-private")
    expired = menu_page(home, "Истёкший раздел", "expired-section")
    expire(expired)
    menu_page(expired, "Под истёкшим", "under-expired")
    not_in_menus = menu_page(home, "Не в меню", "not-in-menus", show_in_menus=False)
    menu_page(not_in_menus, "Под скрытым из меню", "under-not-in-menus")
    private_child = menu_page(council_menu["about"], "Закрытая страница", "private-page")
    make_private(private_child)
    menu_page(council_menu["about"], "Скрыта из меню", "hidden-page", show_in_menus=False)

    body, _ = get_valid(client, NAVIGATION, {"depth": "3"})
    assert titles(body["items"]) == [
        ("Новости", []),
        ("О совете", [("Депутаты", [("Фракции", [])]), ("Комиссии", [])]),
        ("Контакты", []),
    ]


def test_an_unpublished_translation_is_not_in_its_languages_menu(client, home, council_menu):
    english = locale("en")
    translate_to_english(council_menu["contacts"])
    about = council_menu["about"]
    draft = translate_with_catalogue(about, english, EnglishCatalogue(), publish=False)
    assert not draft.live
    # A live page below the unpublished translation has nowhere to hang in the menu.
    translate_with_catalogue(council_menu["deputies"], english, EnglishCatalogue())

    body, _ = get_valid(client, NAVIGATION, {"locale": "en"})
    assert titles(body["items"]) == [("EN Контакты", [])]


def test_menu_items_carry_their_page_type_down_to_articles(client, home, council_menu):
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    shown_in_menus(statements)
    article = make_news(council_menu["news"], title="Новость в меню", show_in_menus=True)
    body, _ = get_valid(client, NAVIGATION)
    by_title = {item["title"]: item for item in body["items"]}
    assert by_title["Заявления"]["type"] == "index"
    assert by_title["Новости"]["children"] == [
        {
            "id": article.pk,
            "type": "news",
            "title": "Новость в меню",
            "url": f"http://testserver/ru/news/{article.slug}/",
            "path": f"/ru/news/{article.slug}/",
            "children": [],
        }
    ]


def test_without_a_site_navigation_is_a_404_problem(client, council_menu):
    Site.objects.all().delete()
    problem(client, NAVIGATION, status=404)


def navigation_queries(client, params):
    get_valid(client, NAVIGATION, params)  # caches site root paths and content types
    with CaptureQueriesContext(connection) as captured:
        body, _ = get_valid(client, NAVIGATION, params)
    return len(captured.captured_queries), body


def add_menu_pages(home, sections, pages_per_section, start=0):
    """``sections`` sections under ``home``, each with pages, each page with one subpage."""
    for number in range(start, start + sections):
        section = menu_page(home, f"Раздел {number}", f"section-{number}")
        for child in range(pages_per_section):
            page = menu_page(section, f"Страница {number}.{child}", f"page-{child}")
            menu_page(page, f"Подстраница {number}.{child}", "subpage")


def count_items(items):
    return sum(1 + count_items(item["children"]) for item in items)


def test_the_menu_costs_the_same_queries_for_10_or_100_items(client, home):
    add_menu_pages(home, 2, 2)  # 2 sections + 4 pages + 4 subpages
    ten, body = navigation_queries(client, {"depth": "3"})
    assert count_items(body["items"]) == 10
    add_menu_pages(home, 18, 2, start=2)
    hundred, body = navigation_queries(client, {"depth": "3"})
    assert count_items(body["items"]) == 100
    assert ten == hundred
    assert hundred <= 6


def test_the_menu_in_another_language_costs_the_same_queries(client, home):
    add_menu_pages(home, 1, 1)
    english = locale("en")
    translate_to_english(Page.objects.get(slug="subpage").specific)
    few, _ = navigation_queries(client, {"locale": "en", "depth": "3"})
    for page in Page.objects.filter(slug__startswith="section-", locale__language_code="ru"):
        for child in range(1, 4):
            translate_with_catalogue(
                menu_page(page, f"Ещё {child}", f"more-{child}"), english, EnglishCatalogue()
            )
    more, body = navigation_queries(client, {"locale": "en", "depth": "3"})
    assert count_items(body["items"]) == 6
    assert few == more


def test_the_openapi_document_describes_the_menu_as_a_recursive_tree(client, site_tree):
    document = client.get(API + "openapi.json").json()
    validate(document)
    schemas = document["components"]["schemas"]
    children = schemas["MenuItem"]["properties"]["children"]
    assert children["items"] == {"$ref": "#/components/schemas/MenuItem"}
    operation = document["paths"]["/api/council/navigation/"]["get"]
    assert operation["operationId"] == "getNavigation"
    assert operation["tags"] == ["Site"]
    depth = next(parameter for parameter in operation["parameters"] if parameter["name"] == "depth")
    assert {"type": "integer", "minimum": 1, "maximum": 3} in depth["schema"]["anyOf"]
    assert not depth.get("required", False)
    assert "index" in schemas["MenuItem"]["properties"]["type"]["enum"]
