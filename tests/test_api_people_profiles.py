"""People and organisations as addressable resources: URLs, paths, embedded content, budgets."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.api_support import API, get_valid, problem, translate_to_english
from tests.factories import (
    EnglishCatalogue,
    add_index,
    locale,
    make_image,
    make_news,
    make_organisation,
    make_person,
    make_private,
    publish_child,
    quote_block,
)
from wagtail_council.api.schemas.people import Organisation as OrganisationSchema
from wagtail_council.api.schemas.people import Person as PersonSchema
from wagtail_council.api.serializers.people import (
    find_profile,
    organisation_path_item,
    profile_path_item,
    visible_organisation_profiles,
    visible_profiles,
)
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    PeopleIndexPage,
    StatementIndexPage,
    StatementPage,
)
from wagtail_council.models.people import organisation_location, profile_location

FRONTEND = "https://frontend.example"
D = datetime.date
TINY = {"width": 48, "height": 27}


@pytest.fixture
def people_index(home):
    return add_index(home, PeopleIndexPage, "Депутаты", "people")


@pytest.fixture
def english(people_index, directory):
    """``(English people index, English council, English Lysenko)``, through wagtail-localize."""
    council, lysenko = directory
    english_index = translate_to_english(people_index)
    english_council = translate_with_catalogue(council, locale("en"), EnglishCatalogue())
    english_lysenko = translate_with_catalogue(lysenko, locale("en"), EnglishCatalogue())
    return english_index, english_council, english_lysenko


def a_request():
    return RequestFactory().get("/")


def only_card(client, params):
    listing, _ = get_valid(client, API + "people/", params)
    [card] = listing["items"]
    return card


# Addresses per language


def test_profiles_have_a_url_and_path_below_the_people_index_of_their_language(
    client, english, people_index, directory
):
    english_index, english_council, english_lysenko = english
    council, lysenko = directory
    ru_path = "/ru/people/roman-lysenko/"
    en_path = f"{english_index.url}roman-lysenko/"
    assert en_path.startswith("/en/")

    card = only_card(client, {"locale": "ru"})
    assert (card["url"], card["path"]) == ("http://testserver" + ru_path, ru_path)
    assert only_card(client, {"locale": "en"})["path"] == en_path

    detail, _ = get_valid(client, f"{API}people/{english_lysenko.pk}/")
    assert (detail["type"], detail["path"]) == ("person", en_path)
    assert detail["translations"] == [
        {
            "locale": "en",
            "id": english_lysenko.pk,
            "url": "http://testserver" + en_path,
            "path": en_path,
            "name": "EN Роман Лысенко",
        },
        {
            "locale": "ru",
            "id": lysenko.pk,
            "url": "http://testserver" + ru_path,
            "path": ru_path,
            "name": "Роман Лысенко",
        },
    ]
    assert profile_location(lysenko) == ("http://testserver" + ru_path, ru_path)


def test_organisations_have_the_address_of_their_members_page(client, english, directory):
    english_index, english_council, _ = english
    council, _ = directory
    ru_path = "/ru/people/organisations/council/"
    en_path = f"{english_index.url}organisations/council/"

    detail, _ = get_valid(client, f"{API}organisations/{council.pk}/")
    assert (detail["type"], detail["url"], detail["path"]) == (
        "organisation",
        "http://testserver" + ru_path,
        ru_path,
    )
    assert [(item["locale"], item["path"], item["name"]) for item in detail["translations"]] == [
        ("en", en_path, "EN Совет городского округа"),
        ("ru", ru_path, "Совет городского округа"),
    ]
    listing, _ = get_valid(client, API + "organisations/", {"locale": "en"})
    assert [item["path"] for item in listing["items"]] == [en_path]
    assert organisation_location(english_council)[1] == en_path


@override_settings(WAGTAIL_COUNCIL_FRONTEND_BASE_URL=FRONTEND)
def test_addresses_point_at_the_frontend_when_it_is_set(client, people_index, directory):
    council, lysenko = directory
    card = only_card(client, {})
    assert (card["url"], card["path"]) == (
        FRONTEND + "/ru/people/roman-lysenko/",
        "/ru/people/roman-lysenko/",
    )
    detail, _ = get_valid(client, f"{API}people/{lysenko.pk}/")
    assert detail["translations"][0]["url"] == FRONTEND + "/ru/people/roman-lysenko/"
    organisation, _ = get_valid(client, f"{API}organisations/{council.pk}/")
    assert organisation["url"] == FRONTEND + "/ru/people/organisations/council/"


def test_without_a_people_index_addresses_are_null(client, directory):
    council, lysenko = directory
    card = only_card(client, {})
    assert (card["url"], card["path"]) == (None, None)
    detail, _ = get_valid(client, f"{API}people/{lysenko.pk}/")
    assert detail["translations"][0]["path"] is None
    organisation, _ = get_valid(client, f"{API}organisations/{council.pk}/")
    assert (organisation["url"], organisation["path"]) == (None, None)
    assert list(visible_profiles()) == []
    assert profile_location(lysenko) == (None, None)


def hide_by_draft(index):
    index.unpublish()


def hide_by_view_restriction(index):
    make_private(index)


@pytest.mark.parametrize("hide", [hide_by_draft, hide_by_view_restriction])
def test_a_hidden_people_index_gives_no_addresses(client, people_index, directory, hide):
    council, lysenko = directory
    hide(people_index)
    assert only_card(client, {})["path"] is None
    organisation, _ = get_valid(client, f"{API}organisations/{council.pk}/")
    assert organisation["path"] is None
    assert list(visible_profiles(request=a_request())) == []
    assert list(visible_organisation_profiles(request=a_request())) == []
    site = Site.objects.get(is_default_site=True)
    assert find_profile(site, lysenko.locale, ["people", "roman-lysenko"], a_request()) is None


def test_an_unpublished_translation_of_the_people_index_gives_no_english_addresses(
    client, people_index, directory
):
    council, lysenko = directory
    translate_to_english(people_index.get_parent())
    translate_with_catalogue(people_index, locale("en"), EnglishCatalogue(), publish=False)
    english_lysenko = translate_with_catalogue(lysenko, locale("en"), EnglishCatalogue())
    assert only_card(client, {"locale": "en"})["path"] is None
    assert only_card(client, {"locale": "ru"})["path"] == "/ru/people/roman-lysenko/"
    detail, _ = get_valid(client, f"{API}people/{english_lysenko.pk}/")
    assert [(item["locale"], item["path"]) for item in detail["translations"]] == [
        ("en", None),
        ("ru", "/ru/people/roman-lysenko/"),
    ]
    assert [person.pk for person in visible_profiles(request=a_request())] == [lysenko.pk]


def test_html_profile_links_use_the_same_people_index(client, news_index, people_index, directory):
    council, lysenko = directory
    page = make_news(news_index, body=[quote_block(lysenko, text="Слова")])
    html = client.get(page.url).content.decode()
    assert 'href="/ru/people/roman-lysenko/"' in html
    make_private(people_index)
    html = client.get(page.url).content.decode()
    assert "/people/roman-lysenko/" not in html


# What a person's detail embeds


@pytest.fixture
def content_indexes(home):
    return (
        add_index(home, StatementIndexPage, "Заявления", "statements"),
        add_index(home, GreetingAddressIndexPage, "Адреса", "greetings"),
    )


def add_statements(index, person, count, prefix="st", publish=True):
    for number in range(count):
        publish_child(
            index,
            StatementPage(
                title=f"Заявление {prefix} {number}",
                slug=f"{prefix}-{number}",
                speaker=person,
                statement=f"Текст {number}",
                date=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
                + datetime.timedelta(days=number),
            ),
            publish=publish,
        )


def add_addresses(index, person, count, prefix="ad", publish=True):
    for number in range(count):
        address = GreetingAddressPage(
            title=f"Адрес {prefix} {number}",
            slug=f"{prefix}-{number}",
            addressee="Депутатам",
            occasion="Юбилей",
            body="<p>Поздравляю</p>",
            date=D(2024, 1, 1) + datetime.timedelta(days=number),
        )
        address.signatories.add(address.signatories.model(person=person))
        publish_child(index, address, publish=publish)


def add_quotes(news_index, person, count, prefix="q", publish=True, capture=None):
    with capture(execute=True):
        return [
            make_news(
                news_index,
                title=f"Цитирует {prefix} {number}",
                slug=f"{prefix}-{number}",
                publish=publish,
                body=[quote_block(person, text=f"Слова {prefix} {number}", date=D(2024, 3, 1))],
            )
            for number in range(count)
        ]


def test_a_person_embeds_the_latest_five_of_each_with_totals_of_visible_pages_only(
    client, news_index, people_index, content_indexes, directory, django_capture_on_commit_callbacks
):
    statements, greetings = content_indexes
    council, lysenko = directory
    add_statements(statements, lysenko, 7)
    add_statements(statements, lysenko, 1, prefix="draft", publish=False)
    add_addresses(greetings, lysenko, 6)
    add_addresses(greetings, lysenko, 1, prefix="draft", publish=False)
    pages = add_quotes(news_index, lysenko, 8, capture=django_capture_on_commit_callbacks)
    add_quotes(
        news_index,
        lysenko,
        1,
        prefix="draft",
        publish=False,
        capture=django_capture_on_commit_callbacks,
    )
    make_private(pages[0])
    make_private(StatementPage.objects.get(slug="st-0"))

    detail, _ = get_valid(client, f"{API}people/{lysenko.pk}/")
    assert detail["statements"]["count"] == 6
    assert [card["title"] for card in detail["statements"]["items"]] == [
        f"Заявление st {number}" for number in (6, 5, 4, 3, 2)
    ]
    assert detail["statements"]["items"][0]["speaker"]["id"] == lysenko.pk
    assert detail["greeting_addresses"]["count"] == 6
    assert [card["type"] for card in detail["greeting_addresses"]["items"]] == [
        "greeting_address"
    ] * 5
    assert detail["quotes"]["count"] == 7
    [first, *_rest] = detail["quotes"]["items"]
    assert len(detail["quotes"]["items"]) == 5
    assert first["text"] == "Слова q 7"
    assert first["date"] == "2024-03-01"
    assert (first["page"]["type"], first["page"]["id"]) == ("news", pages[7].pk)
    texts = [item["text"] for item in detail["quotes"]["items"]]
    assert "Слова draft 0" not in texts and "Слова q 0" not in texts
    assert [role["position"] for role in detail["current_roles"]] == ["председатель"]


def test_the_quotes_listing_pages_past_the_first_five(
    client, news_index, people_index, directory, django_capture_on_commit_callbacks
):
    council, lysenko = directory
    add_quotes(news_index, lysenko, 12, capture=django_capture_on_commit_callbacks)
    url = f"{API}people/{lysenko.pk}/quotes/"
    first, _ = get_valid(client, url, {"limit": 5})
    assert (first["count"], first["limit"], first["offset"]) == (12, 5, 0)
    assert [item["text"] for item in first["items"]] == [f"Слова q {n}" for n in (11, 10, 9, 8, 7)]
    last, _ = get_valid(client, url, {"limit": 5, "offset": 10})
    assert [item["text"] for item in last["items"]] == ["Слова q 1", "Слова q 0"]
    beyond, _ = get_valid(client, url, {"offset": 50})
    assert (beyond["count"], beyond["items"]) == (12, [])


@pytest.mark.parametrize(
    "params",
    [{"limit": "0"}, {"limit": "101"}, {"limit": "many"}, {"offset": "-1"}, {"page": "2"}],
)
def test_bad_parameters_of_the_quotes_listing_are_problems(client, directory, params):
    council, lysenko = directory
    body = problem(client, f"{API}people/{lysenko.pk}/quotes/", params)
    assert body["parameter"] == next(iter(params))


def test_quotes_of_an_unknown_person_are_not_found(client, directory):
    council, lysenko = directory
    problem(client, f"{API}people/{lysenko.pk + 1000}/quotes/", status=404)
    problem(client, f"{API}people/0/quotes/", status=400)


# The members page of an organisation


def test_an_organisation_has_a_members_page(client, people_index, directory):
    council, lysenko = directory
    make_person(
        "Бывший депутат",
        slug="former",
        roles=[(council, "депутат", D(2010, 1, 1), D(2015, 1, 1))],
    )
    other = make_organisation("Дума", slug="duma")
    make_person("Депутат думы", slug="duma-member", roles=[(other, "депутат", D(2020, 1, 1), None)])
    response = client.get("/ru/people/organisations/council/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ru"' in html
    assert html.count("<h1") == 1 and "<h1>Совет городского округа</h1>" in html
    assert html.count("<main") == 1 and "<header" in html and "<footer" in html
    assert 'href="/ru/people/roman-lysenko/"' in html
    assert "Бывший депутат" not in html and "Депутат думы" not in html
    committee = make_organisation("Комитет по бюджету", slug="budget", parent=council)
    make_person("Член комитета", slug="member", roles=[(committee, "член", D(2020, 1, 1), None)])
    committee_html = client.get("/ru/people/organisations/budget/").content.decode()
    assert 'href="/ru/people/organisations/council/">Совет городского округа</a>' in committee_html
    assert "Член комитета" in committee_html
    index_html = client.get(people_index.url).content.decode()
    assert 'href="/ru/people/organisations/council/"' in index_html


def test_an_unknown_organisation_has_no_members_page(client, people_index, directory):
    assert client.get("/ru/people/organisations/council/").status_code == 200
    assert client.get("/ru/people/organisations/nobody/").status_code == 404
    make_organisation("Дума", slug="duma", locale_code="en")
    assert client.get("/ru/people/organisations/duma/").status_code == 404


# What the paths listing and the by-path lookup are given


def test_visible_profiles_and_their_path_items(english, people_index, directory):
    english_index, english_council, english_lysenko = english
    council, lysenko = directory
    make_person("Анна Орлова", slug="orlova")
    request = a_request()
    assert [(p.locale.language_code, p.name) for p in visible_profiles(request=request)] == [
        ("en", "EN Роман Лысенко"),
        ("ru", "Анна Орлова"),
        ("ru", "Роман Лысенко"),
    ]
    assert [p.pk for p in visible_profiles("en", request)] == [english_lysenko.pk]
    assert profile_path_item(lysenko, request) == {
        "id": lysenko.pk,
        "type": "person",
        "locale": "ru",
        "url": "http://testserver/ru/people/roman-lysenko/",
        "path": "/ru/people/roman-lysenko/",
        "title": "Роман Лысенко",
        "last_published_at": None,
    }
    assert [o.pk for o in visible_organisation_profiles("ru", request)] == [council.pk]
    assert organisation_path_item(english_council, request) == {
        "id": english_council.pk,
        "type": "organisation",
        "locale": "en",
        "url": f"http://testserver{english_index.url}organisations/council/",
        "path": f"{english_index.url}organisations/council/",
        "title": "EN Совет городского округа",
        "last_published_at": None,
    }


def test_find_profile_resolves_profile_and_members_paths(english, people_index, directory):
    english_index, english_council, english_lysenko = english
    council, lysenko = directory
    site = Site.objects.get(is_default_site=True)
    request = a_request()
    russian = lysenko.locale

    person = find_profile(site, russian, ["people", "roman-lysenko"], request)
    PersonSchema.model_validate(person)
    assert (person["type"], person["id"], person["path"]) == (
        "person",
        lysenko.pk,
        "/ru/people/roman-lysenko/",
    )
    english_parts = [part for part in english_index.url.split("/") if part][1:]
    found = find_profile(site, locale("en"), [*english_parts, "roman-lysenko"], request)
    assert found["id"] == english_lysenko.pk
    organisation = find_profile(site, russian, ["people", "organisations", "council"], request)
    OrganisationSchema.model_validate(organisation)
    assert (organisation["type"], organisation["id"]) == ("organisation", council.pk)

    for components in (
        ["people", "nobody"],
        ["people"],
        ["news", "roman-lysenko"],
        ["people", "organisations", "nobody"],
        ["people", "organisations", "council", "extra"],
        ["people", "roman-lysenko", "extra"],
        [],
    ):
        assert find_profile(site, russian, components, request) is None, components
    # A Russian profile is not found below the English index.
    assert find_profile(site, locale("en"), ["people", "organisations", "duma"], request) is None


# Query budgets


def queries(client, *requests):
    """SQL queries of each ``(url, params)`` request, after a first round has filled the caches."""
    for _round in range(2):
        for url, params in requests:
            get_valid(client, url, params)
    counts = []
    for url, params in requests:
        with CaptureQueriesContext(connection) as captured:
            get_valid(client, url, params)
        counts.append(len(captured.captured_queries))
    return counts


def test_a_person_costs_the_same_queries_with_10_or_100_statements_quotes_and_addresses(
    client, news_index, people_index, content_indexes, directory, django_capture_on_commit_callbacks
):
    statements, greetings = content_indexes
    council, _ = directory
    few = make_person("Десять", slug="ten", roles=[(council, "депутат", D(2020, 1, 1), None)])
    many = make_person("Сто", slug="hundred", roles=[(council, "депутат", D(2020, 1, 1), None)])
    for person, count in ((few, 10), (many, 100)):
        add_statements(statements, person, count, prefix=person.slug)
        add_addresses(greetings, person, count, prefix=person.slug)
        add_quotes(
            news_index,
            person,
            count,
            prefix=person.slug,
            capture=django_capture_on_commit_callbacks,
        )
    ten, hundred = queries(
        client, (f"{API}people/{few.pk}/", None), (f"{API}people/{many.pk}/", None)
    )
    assert ten == hundred
    detail, _ = get_valid(client, f"{API}people/{many.pk}/")
    assert [detail[name]["count"] for name in ("quotes", "statements", "greeting_addresses")] == [
        100
    ] * 3
    ten, hundred = queries(
        client,
        (f"{API}people/{few.pk}/quotes/", {"limit": 10}),
        (f"{API}people/{many.pk}/quotes/", {"limit": 100}),
    )
    assert ten == hundred


def test_people_and_organisation_listings_cost_the_same_queries_for_10_or_100(
    client, english, people_index
):
    council = make_organisation("Дума", slug="duma")
    portrait = make_image(**TINY)
    for number in range(100):
        make_person(
            f"Депутат {number:03d}",
            slug=f"deputy-{number}",
            photo=portrait if number % 2 else None,
            photo_alt="Портрет",
            roles=[(council, "депутат", D(2020, 1, 1), None)],
        )
        make_organisation(f"Комитет {number:03d}", slug=f"committee-{number}")
    ten, hundred = queries(
        client, (API + "people/", {"limit": 10}), (API + "people/", {"limit": 100})
    )
    assert ten == hundred
    listing, _ = get_valid(client, API + "people/", {"limit": 100, "locale": "ru"})
    assert all(card["path"].startswith("/ru/people/") for card in listing["items"])
    ten, hundred = queries(
        client, (API + "organisations/", {"limit": 10}), (API + "organisations/", {"limit": 100})
    )
    assert ten == hundred
