"""The sitemap: ``x-default`` among the alternates, person profiles, and a flat query count."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api_support import translate_to_english
from tests.factories import add_index, make_news, make_organisation, make_person
from wagtail_council.models import PeopleIndexPage

D = datetime.date


def sitemap_entries(client):
    """``{loc: [(hreflang, href), …]}`` of the sitemap."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    return {
        loc: re.findall(r'hreflang="([\w-]+)" href="([^"]+)"', rest)
        for loc, rest in re.findall(r"<url>\s*<loc>(.*?)</loc>(.*?)</url>", xml, re.S)
    }


def test_translated_pages_have_x_default_to_the_sites_language(client, news_index):
    page = make_news(news_index, title="Переведённая", slug="perevedennaya")
    english = translate_to_english(page)
    entries = sitemap_entries(client)
    russian_url, english_url = page.get_full_url(), english.get_full_url()
    expected = [("en", english_url), ("ru", russian_url), ("x-default", russian_url)]
    assert entries[russian_url] == expected
    assert entries[english_url] == expected


def test_profiles_are_listed_with_the_same_person_in_the_other_languages(client, home):
    council = make_organisation("Совет городского округа", slug="council")
    chair = make_person(
        "Роман Лысенко", slug="roman", roles=[(council, "председатель", D(2020, 1, 1), None)]
    )
    make_person("Иван Гость", slug="ivan")
    make_person("Someone English", slug="someone", locale_code="en")
    index_page = add_index(home, PeopleIndexPage, "Депутаты", "people")
    english_index = translate_to_english(index_page)
    translate_to_english(chair, council)
    entries = sitemap_entries(client)
    russian = index_page.get_full_url() + "roman/"
    english = english_index.get_full_url() + "roman/"
    expected = [("en", english), ("ru", russian), ("x-default", russian)]
    assert entries[russian] == expected
    assert entries[english] == expected
    assert entries[index_page.get_full_url() + "ivan/"] == []
    assert entries[english_index.get_full_url() + "someone/"] == []
    # The index pages keep their own alternates.
    assert ("x-default", index_page.get_full_url()) in entries[english_index.get_full_url()]


def test_no_profiles_without_a_visible_people_index_in_their_language(client, home):
    make_person("Someone English", slug="someone", locale_code="en")
    index_page = add_index(home, PeopleIndexPage, "Депутаты", "people")
    make_person("Иван Гость", slug="ivan")
    entries = sitemap_entries(client)
    assert index_page.get_full_url() + "ivan/" in entries
    assert not any(url.endswith("/someone/") for url in entries)
    index_page.unpublish()
    assert not any(url.endswith("/ivan/") for url in sitemap_entries(client))


def sitemap_queries(client):
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return len(captured), response.content.decode().count("<url>")


def add_content(home, news_index, people_index, council, start, count):
    for number in range(start, start + count):
        page = make_news(news_index, title=f"Новость {number}", slug=f"novost-{number}")
        if number % 2:
            translate_to_english(page)
        person = make_person(
            f"Депутат {number}",
            slug=f"deputy-{number}",
            roles=[(council, "депутат", D(2020, 1, 1), None)],
        )
        if number % 2:
            translate_to_english(person, council)


def test_the_sitemap_costs_the_same_queries_for_10_and_50_pages(client, home, news_index):
    council = make_organisation("Совет городского округа", slug="council")
    people_index = add_index(home, PeopleIndexPage, "Депутаты", "people")
    translate_to_english(people_index)
    add_content(home, news_index, people_index, council, 0, 10)
    few, few_urls = sitemap_queries(client)
    add_content(home, news_index, people_index, council, 10, 40)
    many, many_urls = sitemap_queries(client)
    assert many_urls > few_urls + 80
    assert many == few
