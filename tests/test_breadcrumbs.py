"""Breadcrumbs: visible on every page below the home page, as ``BreadcrumbList`` too.

The trail is the visible pages from the home page of the page's language
down (``reader.navigation.breadcrumbs``), the page itself last; a view below
a routable page (a profile, the register) adds its own last step. The
content API's ``breadcrumbs`` are the same trail without the page itself.
"""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from tests.api_support import API, get_valid, translate_to_english
from tests.event_factories import make_convocation, make_event, make_event_index
from tests.factories import (
    add_index,
    make_news,
    make_organisation,
    make_person,
    make_private,
    publish_child,
)
from tests.gallery_factories import make_gallery, make_gallery_index
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    PeopleIndexPage,
    StatementIndexPage,
    StatementPage,
)

D = datetime.date


@pytest.fixture
def every_page_type(home, news_index):
    """``{name: (URL, titles of the trail)}`` for a page of every type and the people's views."""
    council = make_organisation("Совет городского округа", slug="council")
    make_convocation(council, 1, D(2020, 9, 1))
    chair = make_person(
        "Роман Лысенко",
        slug="roman-lysenko",
        roles=[(council, "председатель", D(2020, 9, 1), None)],
    )
    news = make_news(news_index, title="Обмен опытом", slug="obmen-opytom")
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    statement = publish_child(
        statements,
        StatementPage(
            title="О бюджете",
            slug="o-byudzhete",
            speaker=chair,
            statement="Бюджет должен быть открытым.",
            date=datetime.datetime(2026, 11, 2, tzinfo=datetime.UTC),
        ),
    )
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    address = publish_child(
        greetings,
        GreetingAddressPage(
            title="С юбилеем",
            slug="s-yubileem",
            date=D(2026, 11, 3),
            addressee="Школе № 1",
            occasion="Столетие школы",
            body="<p>Поздравляем!</p>",
        ),
    )
    galleries = make_gallery_index(home, title="Фотогалереи")
    gallery = make_gallery(galleries, title="Круглый стол", slug="stol")
    events = make_event_index(home)
    event = make_event(events, title="Сессия Совета", slug="sessiya")
    people = add_index(home, PeopleIndexPage, "Депутаты", "people")
    top = ["Главная"]
    return {
        "news_index": (news_index.url, [*top, "Новости"]),
        "news": (news.url, [*top, "Новости", "Обмен опытом"]),
        "statement_index": (statements.url, [*top, "Заявления"]),
        "statement": (statement.url, [*top, "Заявления", "О бюджете"]),
        "greeting_index": (greetings.url, [*top, "Адреса"]),
        "greeting": (address.url, [*top, "Адреса", "С юбилеем"]),
        "gallery_index": (galleries.url, [*top, "Фотогалереи"]),
        "gallery": (gallery.url, [*top, "Фотогалереи", "Круглый стол"]),
        "event_index": (events.url, [*top, "События"]),
        "event": (event.url, [*top, "События", "Сессия Совета"]),
        "people_index": (people.url, [*top, "Депутаты"]),
        "profile": (people.url + "roman-lysenko/", [*top, "Депутаты", "Роман Лысенко"]),
        "organisation": (
            people.url + "organisations/council/",
            [*top, "Депутаты", "Совет городского округа"],
        ),
        "convocation": (
            people.url + "convocations/council/1/",
            [*top, "Депутаты", "Совет городского округа 1-го созыва"],
        ),
    }


def trail_of(html):
    """``[(title, href, aria-current)]`` of the visible breadcrumbs; ``None`` without any."""
    navs = [nav for nav in html.select("nav") if "breadcrumb" in nav.get("class", [""])[0]]
    if not navs:
        return None
    [nav] = navs
    assert nav["aria-label"]
    [trail] = nav.find_all("ol")
    return [
        (link.get_text(strip=True), link["href"], link.get("aria-current"))
        for link in trail.select("li > a")
    ]


def breadcrumb_lists(html):
    blocks = [
        json.loads(script.string) for script in html.select('script[type="application/ld+json"]')
    ]
    return [block for block in blocks if block.get("@type") == "BreadcrumbList"]


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_every_page_below_home_shows_its_trail_with_the_page_current(client, every_page_type):
    for name, (url, titles) in every_page_type.items():
        trail = trail_of(get_soup(client, url))
        assert [title for title, _href, _current in trail] == titles, name
        assert trail[0][1] == "/ru/", name
        assert trail[-1][1] == url, name
        assert [current for _title, _href, current in trail] == [None] * (len(titles) - 1) + [
            "page"
        ], name


def test_the_breadcrumb_list_is_the_visible_trail_with_absolute_urls(client, every_page_type):
    for name, (url, _titles) in every_page_type.items():
        html = get_soup(client, url)
        [data] = breadcrumb_lists(html)
        assert data["@context"] == "https://schema.org"
        items = data["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, len(items) + 1)), name
        assert [(item["name"], item["item"]) for item in items] == [
            (title, "http://testserver" + href) for title, href, _current in trail_of(html)
        ], name


def test_the_api_gives_the_same_trail_above_the_page(client, every_page_type):
    for name in ("news", "statement", "greeting", "gallery", "event", "people_index"):
        url, _titles = every_page_type[name]
        body, _ = get_valid(client, API + "pages/find/", {"path": url})
        html_trail = trail_of(get_soup(client, url))[:-1]
        assert [(crumb["title"], crumb["path"]) for crumb in body["breadcrumbs"]] == [
            (title, href) for title, href, _current in html_trail
        ], name


def test_the_home_page_has_no_breadcrumbs(client, every_page_type):
    html = get_soup(client, "/ru/")
    assert trail_of(html) is None
    assert breadcrumb_lists(html) == []


def test_a_hidden_page_above_is_left_out_of_the_trail(client, home, news_index):
    article = make_news(news_index, title="Обмен опытом")
    news_index.unpublish()
    html = get_soup(client, article.url)
    assert [title for title, _href, _current in trail_of(html)] == ["Главная", "Обмен опытом"]
    assert "Новости" not in json.dumps(breadcrumb_lists(html), ensure_ascii=False)


def test_a_private_section_is_never_in_a_trail_of_a_public_view(client, home, news_index):
    private = add_index(home, StatementIndexPage, "Закрытые", "closed")
    make_private(private)
    assert "Закрытые" not in str(get_soup(client, news_index.url).select("nav"))


def test_the_trail_is_in_the_pages_language(client, every_page_type, news_index):
    english = translate_to_english(make_news(news_index, title="Обмен", slug="obmen"))
    trail = trail_of(get_soup(client, english.url))
    assert [title for title, _href, _current in trail] == ["EN Главная", "EN Новости", "EN Обмен"]
    assert all(href.startswith("/en/") for _title, href, _current in trail)
