"""The register of deputies, the archive of convocations, the history banner and a person's events."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext, ngettext
from wagtail.models import PageViewRestriction

from tests.event_factories import at, make_convocation, make_event, make_event_index
from tests.factories import (
    add_index,
    make_image,
    make_news,
    make_organisation,
    make_person,
    publish_child,
)
from wagtail_council.models import Convocation, GalleryIndexPage, GalleryPage, PeopleIndexPage, Role
from wagtail_council.reader.people import convocation_ordinal

D = datetime.date


def ru(text, *args):
    """What Russian readers see for a message: the pages under test are Russian."""
    with translation.override("ru"):
        if args:
            return ngettext(text, *args) % {"counter": args[1]}
        return str(gettext(text) if isinstance(text, str) else text)


def title(convocation):
    with translation.override("ru"):
        return str(convocation.title)


def banner(number):
    with translation.override("ru"):
        return gettext(BANNER_MESSAGE) % {"ordinal": convocation_ordinal(number)}


BANNER_MESSAGE = "Published during the term of the %(ordinal)s convocation"


def add_member(convocation, person, standing=40, position="депутат", **fields):
    return Role.objects.create(
        person=person,
        organisation=convocation.organisation,
        convocation=convocation,
        position=position,
        standing=standing,
        locale=person.locale,
        **fields,
    )


@pytest.fixture
def register(home):
    """A people index, the council's two convocations and their members.

    ``former`` served the first convocation only; ``chair`` both; ``late``
    joined the first convocation after it started.
    """
    people = add_index(home, PeopleIndexPage, "Депутаты", "people")
    council = make_organisation("Совет городского округа", slug="council")
    first = make_convocation(council, 1, D(2018, 9, 1), D(2023, 9, 24))
    second = make_convocation(council, 2, D(2023, 9, 25))
    chair = make_person("Роман Лысенко", slug="roman")
    add_member(first, chair, position="депутат", faction="Единая фракция", district="Округ № 3")
    add_member(second, chair, standing=10, position="Председатель Совета", district="Округ № 3")
    former = make_person("Бывший Депутат", slug="former")
    add_member(first, former)
    late = make_person("Поздний Депутат", slug="late")
    add_member(first, late, start_date=D(2021, 3, 1))
    deputy = make_person("Анна Заместитель", slug="anna")
    add_member(second, deputy, standing=20, position="Заместитель председателя")
    return {
        "people": people,
        "council": council,
        "first": first,
        "second": second,
        "chair": chair,
        "former": former,
        "late": late,
        "deputy": deputy,
    }


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# The register


def test_the_current_register_lists_todays_members_by_standing(client, register):
    html = get(client, register["people"].url + "register/")
    assert title(register["second"]) in html
    assert html.index("Роман Лысенко") < html.index("Анна Заместитель")
    assert "Председатель Совета" in html and "Округ № 3" in html
    assert f'href="{register["people"].url}roman/"' in html
    assert "Бывший Депутат" not in html
    assert "Поздний Депутат" not in html


def test_a_convocations_register_lists_everyone_who_served_in_it(client, register):
    url = register["people"].url + "convocations/council/1/"
    html = get(client, url)
    for name in ("Роман Лысенко", "Бывший Депутат", "Поздний Депутат"):
        assert name in html
    assert "Анна Заместитель" not in html
    assert "Единая фракция" in html
    # Only the member who did not serve the whole term shows dates.
    assert html.count('class="council-register-dates"') == 1
    assert '<time datetime="2021-03-01">' in html


@pytest.mark.parametrize(
    "subpath", ["convocations/council/9/", "convocations/nobody/1/", "convocations/council/x/"]
)
def test_an_unknown_convocation_is_404(client, register, subpath):
    assert client.get(register["people"].url + subpath).status_code == 404


def test_the_register_without_a_current_convocation_says_so(client, home):
    people = add_index(home, PeopleIndexPage, "Депутаты", "people")
    council = make_organisation("Совет", slug="council")
    make_convocation(council, 1, D(2018, 9, 1), D(2023, 9, 24))
    html = get(client, people.url + "register/")
    assert ru("There is no current convocation to show.") in html


def test_the_register_is_the_councils_not_a_committees(client, register):
    committee = make_organisation("Комиссия по бюджету", slug="budget", parent=register["council"])
    make_convocation(committee, 1, D(2023, 9, 25))
    html = get(client, register["people"].url + "register/")
    assert "Совет городского округа" in html and "Комиссия по бюджету" not in html


def test_the_archive_lists_every_convocation_with_its_members_count(client, register):
    duma = make_organisation("Городская дума", slug="duma")
    make_convocation(duma, 7, D(2021, 1, 1))
    html = get(client, register["people"].url + "convocations/")
    council_at = html.index("Совет городского округа")
    assert html.index("Городская дума") < council_at  # organisations by name
    second_at = html.index(title(register["second"]))
    first_at = html.index(title(register["first"]))
    assert council_at < second_at < first_at  # the current first, then the past
    assert f'href="{register["people"].url}convocations/council/1/"' in html
    for count in (3, 2, 0):
        assert ru("%(counter)s member", "%(counter)s members", count) in html
    assert '<time datetime="2018-09-01">' in html


def test_the_people_index_links_the_register_and_the_archive(client, register):
    html = get(client, register["people"].url)
    assert f'href="{register["people"].url}register/"' in html
    assert f'href="{register["people"].url}convocations/"' in html


def test_a_person_can_still_have_a_profile_beside_the_register(client, register):
    assert "Роман Лысенко" in get(client, register["people"].url + "roman/")


LAST_QUERIES = []


def queries_of(client, url):
    client.get(url)  # renditions are made once
    for cache in caches.all():  # and every cache is cold, as the render budgets measure
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    LAST_QUERIES[:] = captured.captured_queries
    return len(captured.captured_queries), response.content.decode()


def add_members(convocation, count, start):
    for number in range(start, start + count):
        person = make_person(
            f"Депутат {number:03}",
            slug=f"deputy-{number}",
            photo=make_image(width=40, height=50),
            photo_alt=f"Портрет {number}",
        )
        add_member(convocation, person, faction="Фракция", district=f"Округ {number}")


@pytest.mark.parametrize("subpath", ["register/", "convocations/council/1/"])
def test_the_register_costs_the_same_queries_for_10_and_200_members(client, register, subpath):
    convocation = register["second"] if subpath == "register/" else register["first"]
    url = register["people"].url + subpath
    add_members(convocation, 10, 0)
    small, small_html = queries_of(client, url)
    add_members(convocation, 190, 10)
    large, large_html = queries_of(client, url)
    assert small_html.count("<picture") == 10
    assert large_html.count("<picture") == 200
    assert large == small


# The history banner


def test_news_of_an_earlier_convocation_carries_the_banner_with_its_register(
    client, register, news_index
):
    old = make_news(news_index, publication_date=at(2020, 5, 1))
    html = get(client, old.url)
    assert banner(1) in html
    assert 'role="note"' in html
    assert f'href="{register["people"].url}convocations/council/1/"' in html


def test_current_and_undated_content_carries_no_banner(client, register, news_index, home):
    recent = make_news(news_index, publication_date=at(2024, 5, 1))
    before_all = make_news(news_index, publication_date=at(2010, 5, 1))
    for page in (recent, before_all, news_index, home, register["people"]):
        assert 'class="council-history-banner"' not in get(client, page.url), page.url
    assert 'class="council-history-banner"' not in get(
        client, register["people"].url + "convocations/council/1/"
    )


def test_no_convocations_no_banner(client, news_index):
    assert 'class="council-history-banner"' not in get(
        client, make_news(news_index, publication_date=at(2020, 5, 1)).url
    )


def test_galleries_and_events_of_an_earlier_term_carry_the_banner(client, register, home):
    galleries = add_index(home, GalleryIndexPage, "Фотогалереи", "galleries")
    gallery = publish_child(galleries, GalleryPage(title="Фото", slug="photo", date=D(2019, 4, 1)))
    events = make_event_index(home)
    event = make_event(events, start=at(2019, 4, 1))
    for page in (gallery, event):
        assert banner(1) in get(client, page.url), page.url


def convocation_queries():
    return [query for query in LAST_QUERIES if "wagtail_council_convocation" in query["sql"]]


def test_the_banner_reads_the_council_terms_once_and_its_convocation_when_shown(
    client, register, news_index
):
    old = make_news(news_index, publication_date=at(2020, 5, 1))
    recent = make_news(news_index, publication_date=at(2024, 5, 1))
    # Cold caches: the council's terms, then the earlier term the page falls in.
    with_banner, html = queries_of(client, old.url)
    assert banner(1) in html
    assert len(convocation_queries()) == 2
    without_banner, html = queries_of(client, recent.url)
    assert 'class="council-history-banner"' not in html
    assert len(convocation_queries()) == 1
    # With the terms cached, a page of the current term asks nothing of convocations.
    with CaptureQueriesContext(connection) as captured:
        assert client.get(recent.url).status_code == 200
    assert not [q for q in captured.captured_queries if "wagtail_council_convocation" in q["sql"]]
    # Showing it adds the convocation and the people index's lookup, nothing per page.
    assert with_banner - without_banner <= 2


def test_a_new_convocation_is_seen_at_once_by_the_banner(client, register, news_index):
    recent = make_news(news_index, publication_date=at(2024, 5, 1))
    assert 'class="council-history-banner"' not in get(client, recent.url)
    council = Convocation.objects.order_by("start_date").first().organisation
    Convocation.objects.filter(organisation=council, end_date__isnull=True).update(
        end_date=datetime.date(2024, 12, 31)
    )
    # A bulk update sends no signal; the next save of a convocation forgets the terms.
    newest = make_convocation(council, 9, datetime.date(2025, 1, 1))
    assert newest.pk
    assert banner(2) in get(client, recent.url)


# A person's events


def test_a_profile_lists_the_visible_events_the_person_took_part_in(client, register, home):
    events = make_event_index(home)
    chair = register["chair"]
    older = make_event(
        events, title="Публичные слушания", start=at(2024, 2, 1), participants=[chair]
    )
    newer = make_event(events, title="Сессия Совета", start=at(2025, 3, 1), participants=[chair])
    make_event(events, title="Черновик события", participants=[chair], publish=False)
    private = make_event(events, title="Закрытое событие", participants=[chair])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    make_event(events, title="Без Лысенко", participants=[register["deputy"]])

    html = get(client, register["people"].url + "roman/")
    assert f"{ru('Events')} (2)" in html
    assert html.index(newer.title) < html.index(older.title)
    assert f'href="{newer.url}"' in html
    for absent in ("Черновик события", "Закрытое событие", "Без Лысенко"):
        assert absent not in html


def test_a_profile_shows_convocations_factions_and_districts(client, register):
    html = get(client, register["people"].url + "roman/")
    assert title(register["first"]) in html
    assert "Единая фракция" in html
    assert "Округ № 3" in html
