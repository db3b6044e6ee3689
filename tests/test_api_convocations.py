"""Convocations in the content API, with their members on a date."""

import datetime

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.api_support import API, get_valid, problem
from tests.event_factories import make_convocation
from tests.factories import add_index, make_organisation, make_person
from wagtail_council.models import PeopleIndexPage
from wagtail_council.models.people import (
    STANDING_CHAIR,
    STANDING_DEPUTY_CHAIR,
    STANDING_MEMBER,
)

D = datetime.date


@pytest.fixture
def council(db):
    return make_organisation("Совет городского округа", slug="council")


@pytest.fixture
def convocations(council):
    first = make_convocation(council, 1, D(2015, 9, 1), D(2020, 8, 31))
    second = make_convocation(council, 2, D(2020, 9, 1))
    return first, second


def member(person_name, convocation, position="депутат", standing=STANDING_MEMBER, **fields):
    """A person with one role in ``convocation``; its dates are the convocation's by default."""
    person = make_person(person_name)
    role = person.roles.model(
        organisation=convocation.organisation,
        convocation=convocation,
        position=position,
        standing=standing,
        start_date=fields.pop("start_date", convocation.start_date),
        end_date=fields.pop("end_date", convocation.end_date),
        **fields,
    )
    person.roles.add(role)
    person.save()
    return person


def test_the_listing_gives_convocations_latest_first_and_filters_them(client, convocations):
    first, second = convocations
    other = make_organisation("Дума", slug="duma")
    make_convocation(other, 7, D(2021, 10, 1))
    body, _response = get_valid(client, API + "convocations/", {"organisation": "council"})
    assert [item["id"] for item in body["items"]] == [second.pk, first.pk]
    latest = body["items"][0]
    assert latest["number"] == 2
    assert latest["organisation"]["slug"] == "council"
    assert latest["is_current"] is True
    assert latest["end_date"] is None
    assert "2" in latest["title"]
    assert body["items"][1]["is_current"] is False
    everything, _response = get_valid(client, API + "convocations/")
    assert everything["count"] == 3
    english, _response = get_valid(client, API + "convocations/", {"locale": "en"})
    assert english["count"] == 0
    paged, _response = get_valid(client, API + "convocations/", {"limit": 1, "offset": 1})
    assert paged["count"] == 3
    assert len(paged["items"]) == 1


def test_members_are_given_as_on_a_date_by_standing_then_name(client, convocations, home):
    add_index(home, PeopleIndexPage, "Депутаты", "people")
    first, second = convocations
    chair = member(
        "Яков Председатель",
        second,
        position="председатель",
        standing=STANDING_CHAIR,
        faction="Фракция А",
        district="Округ № 1",
    )
    member("Борис Депутат", second)
    member("Анна Депутат", second)
    member("Вера Заместитель", second, position="заместитель", standing=STANDING_DEPUTY_CHAIR)
    member("Гавриил Ушедший", second, end_date=D(2022, 12, 31))
    member("Дмитрий Прежний", first)

    body, _response = get_valid(client, f"{API}convocations/{second.pk}/", {"on": "2023-06-01"})
    assert body["on"] == "2023-06-01"
    names = [item["person"]["name"] for item in body["members"]]
    assert names == ["Яков Председатель", "Вера Заместитель", "Анна Депутат", "Борис Депутат"]
    head = body["members"][0]
    assert head["standing"] == "chair"
    assert head["standing_name"]
    assert head["position"] == "председатель"
    assert head["faction"] == "Фракция А"
    assert head["district"] == "Округ № 1"
    assert head["start_date"] == "2020-09-01"
    assert head["end_date"] is None
    assert head["person"]["id"] == chair.pk
    assert head["person"]["path"].endswith(f"/{chair.slug}/")

    # Before the departure, the member who left is there too.
    earlier, _response = get_valid(client, f"{API}convocations/{second.pk}/", {"on": "2021-01-01"})
    assert "Гавриил Ушедший" in [item["person"]["name"] for item in earlier["members"]]

    # The previous convocation has its own members.
    past, _response = get_valid(client, f"{API}convocations/{first.pk}/", {"on": "2018-01-01"})
    assert [item["person"]["name"] for item in past["members"]] == ["Дмитрий Прежний"]

    # A date outside the term: no members, and no error.
    outside, _response = get_valid(client, f"{API}convocations/{first.pk}/", {"on": "2023-06-01"})
    assert outside["members"] == []


def test_members_default_to_today(client, convocations):
    _first, second = convocations
    member("Анна Депутат", second)
    body, _response = get_valid(client, f"{API}convocations/{second.pk}/")
    assert body["on"] == timezone.localdate().isoformat()
    assert [item["person"]["name"] for item in body["members"]] == ["Анна Депутат"]


@pytest.mark.parametrize("value", ["2025-13-40", "yesterday", "0", "2025-02-30"])
def test_a_date_that_is_not_one_is_a_400_problem(client, convocations, value):
    _first, second = convocations
    body = problem(client, f"{API}convocations/{second.pk}/", {"on": value})
    assert body["parameter"] == "on"


def test_bad_listing_parameters_and_unknown_convocations(client, convocations):
    _first, second = convocations
    assert problem(client, API + "convocations/", {"limit": "abc"})["parameter"] == "limit"
    assert problem(client, API + "convocations/", {"number": "2"})["parameter"] == "number"
    problem(client, f"{API}convocations/{second.pk + 1000}/", status=404)
    problem(client, f"{API}convocations/0/")


def test_a_convocation_detail_costs_the_same_queries_for_10_or_200_members(client, council, home):
    add_index(home, PeopleIndexPage, "Депутаты", "people")
    small = make_convocation(council, 1, D(2015, 9, 1), D(2020, 8, 31))
    large = make_convocation(council, 2, D(2020, 9, 1))
    for number in range(10):
        member(f"Депутат первого {number}", small)
    for number in range(200):
        member(f"Депутат второго {number}", large)

    def counted(convocation, on):
        url = f"{API}convocations/{convocation.pk}/"
        for _round in range(2):
            get_valid(client, url, {"on": on})
        with CaptureQueriesContext(connection) as captured:
            body, _response = get_valid(client, url, {"on": on})
        return len(captured.captured_queries), len(body["members"])

    assert counted(small, "2018-01-01") == (counted(large, "2023-01-01")[0], 10)
    assert counted(large, "2023-01-01")[1] == 200


RECORDING = {"recorder": {"BACKEND": "tests.test_api_purge.RecordingBackend"}}
ROOT = "http://testserver/api/council/"


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_saving_a_convocation_purges_its_detail_and_the_listings(council):
    from tests.test_api_purge import PURGED

    PURGED.clear()
    convocation = make_convocation(council, 3, D(2025, 9, 1))
    assert f"{ROOT}convocations/{convocation.pk}/" in PURGED
    assert f"{ROOT}convocations/" in PURGED
    assert f"{ROOT}convocations/?locale=ru" in PURGED
    PURGED.clear()
