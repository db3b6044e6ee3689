"""Person profiles are first-class pages: canonical, hreflang to the same person, a description.

And the people index's other views (an organisation's members, the
registers, the archive of convocations) point to the same view in the
other languages; the language switcher of a profile goes to the same person.
"""

import datetime
import re

import pytest

from tests.api_support import translate_to_english
from tests.event_factories import make_convocation
from tests.factories import add_index, make_organisation, make_person
from tests.metadata_support import get_head
from wagtail_council.models import PeopleIndexPage

D = datetime.date
BASE = "http://testserver"


@pytest.fixture
def people(home):
    """A Russian people index with its chair, and both translated into English."""
    council = make_organisation("Совет городского округа", slug="council")
    make_convocation(council, 1, D(2020, 9, 1))
    chair = make_person(
        "Роман Лысенко",
        slug="roman-lysenko",
        biography="<p>Родился в Вологде. <b>Работал</b> инженером.</p>",
        roles=[(council, "председатель", D(2020, 9, 1), None)],
    )
    guest = make_person("Иван Гость", slug="ivan-gost")
    index_page = add_index(home, PeopleIndexPage, "Депутаты", "people")
    english_index = translate_to_english(index_page)
    english_chair = translate_to_english(chair, council)
    return index_page, english_index, chair, english_chair, guest


def switcher_links(html):
    nav = re.search(r'<nav class="council-language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav))


def test_a_profile_is_its_own_canonical_with_the_same_person_in_each_language(client, people):
    index_page, english_index, _chair, _english_chair, _guest = people
    russian_url = BASE + index_page.url + "roman-lysenko/"
    english_url = BASE + english_index.url + "roman-lysenko/"
    for url in (russian_url, english_url):
        head = get_head(client, url)
        assert head.canonical() == url
        assert head.first("og:url") == url
        assert head.hreflang() == {"ru": russian_url, "en": english_url, "x-default": russian_url}
    english = get_head(client, english_url)
    assert english.first("og:locale") == "en_GB"
    assert english.meta["og:locale:alternate"] == ["ru_RU"]


def test_a_profile_is_described_by_the_persons_role_and_biography(client, people):
    index_page, *_ = people
    head = get_head(client, index_page.url + "roman-lysenko/")
    assert head.first("description") == (
        "Роман Лысенко, председатель, Совет городского округа. Родился в Вологде. Работал инженером."
    )
    assert head.first("og:type") == "profile"
    assert head.first("og:title") == "Роман Лысенко"
    assert head.title == "Роман Лысенко — Совет"


def test_a_person_without_role_or_biography_still_has_a_description(client, people):
    index_page, *_ = people
    head = get_head(client, index_page.url + "ivan-gost/")
    assert "Иван Гость" in head.first("description")
    assert head.hreflang() == {
        "ru": BASE + index_page.url + "ivan-gost/",
        "x-default": BASE + index_page.url + "ivan-gost/",
    }


def test_the_switcher_on_a_profile_goes_to_the_same_persons_profile(client, people):
    index_page, english_index, *_ = people
    html = client.get(index_page.url + "roman-lysenko/").content.decode()
    assert switcher_links(html) == {english_index.url + "roman-lysenko/": "en"}
    html = client.get(english_index.url + "roman-lysenko/").content.decode()
    assert switcher_links(html) == {index_page.url + "roman-lysenko/": "ru"}


def test_without_a_visible_people_index_in_a_language_there_is_no_profile_to_link(client, people):
    index_page, english_index, *_ = people
    english_index.unpublish()
    head = get_head(client, index_page.url + "roman-lysenko/")
    assert set(head.hreflang()) == {"ru", "x-default"}
    html = client.get(index_page.url + "roman-lysenko/").content.decode()
    # The switcher offers the English home page instead.
    assert switcher_links(html) == {"/en/": "en"}


def test_register_archive_and_organisation_point_to_the_same_view_in_each_language(client, people):
    index_page, english_index, *_ = people
    for subpath in ("register/", "convocations/", "organisations/council/"):
        russian_url = BASE + index_page.url + subpath
        english_url = BASE + english_index.url + subpath
        head = get_head(client, russian_url)
        assert head.canonical() == russian_url, subpath
        assert head.hreflang() == {
            "ru": russian_url,
            "en": english_url,
            "x-default": russian_url,
        }, subpath
        assert head.first("description"), subpath
        html = client.get(russian_url).content.decode()
        assert switcher_links(html) == {english_index.url + subpath: "en"}, subpath


def test_a_convocations_register_links_the_same_convocation_only(client, people):
    index_page, english_index, *_ = people
    url = BASE + index_page.url + "convocations/council/1/"
    head = get_head(client, url)
    assert head.canonical() == url
    # The convocation has no English translation: no English version of its register.
    assert head.hreflang() == {"ru": url, "x-default": url}
