"""An event's JSON-LD: a schema.org ``Event`` with timezone-aware dates, place, people and status."""

import datetime
import json
import re

import pytest

from tests.event_factories import at, make_event, make_event_index
from tests.factories import make_organisation, make_person

D = datetime.date


def json_ld_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    # The page's own object, besides the ``BreadcrumbList`` of its breadcrumbs.
    [data] = [data for data in map(json.loads, blocks) if data.get("@type") != "BreadcrumbList"]
    return data


def aware(value):
    parsed = datetime.datetime.fromisoformat(value)
    assert parsed.tzinfo is not None, value
    return parsed


@pytest.fixture
def events(home):
    return make_event_index(home)


def test_an_event_is_a_schema_org_event_with_aware_dates_place_and_people(client, events):
    council = make_organisation("Совет депутатов", slug="council")
    lysenko = make_person(
        "Роман Лысенко",
        slug="lysenko",
        roles=[
            (council, "депутат", D(2020, 1, 1), D(2024, 12, 31)),
            (council, "председатель", D(2025, 1, 1), None),
        ],
    )
    page = make_event(
        events,
        title="Круглый стол </script><b>",
        lead="Депутаты обсудили сотрудничество.",
        start=at(2024, 10, 17, 11),
        end=at(2024, 10, 17, 13),
        venue_name="Зал заседаний",
        venue_address="ул. Ленина, 1",
        latitude="55.751244",
        longitude="37.618423",
        organiser=council,
        participants=[lysenko, ("Анна Гостева", "эксперт")],
    )

    data = json_ld_of(client, page)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Круглый стол </script><b>"
    assert data["description"] == "Депутаты обсудили сотрудничество."
    assert data["inLanguage"] == "ru"
    assert data["url"] == page.get_full_url()
    assert aware(data["startDate"]) == at(2024, 10, 17, 11)
    assert data["startDate"] == "2024-10-17T11:00:00+03:00"
    assert aware(data["endDate"]) == at(2024, 10, 17, 13)
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Зал заседаний",
        "address": "ул. Ленина, 1",
        "geo": {"@type": "GeoCoordinates", "latitude": 55.751244, "longitude": 37.618423},
    }
    assert data["organizer"] == {"@type": "Organization", "name": "Совет депутатов"}
    assert data["performer"][0]["@type"] == "Person"
    assert data["performer"][0]["name"] == "Роман Лысенко"
    # The role on the event's date, not today's.
    assert data["performer"][0]["jobTitle"].startswith("депутат")
    assert data["performer"][1] == {
        "@type": "Person",
        "name": "Анна Гостева",
        "jobTitle": "эксперт",
    }


def test_online_and_mixed_events_have_a_virtual_location(client, events):
    online = make_event(events, online_url="https://video.example/live")
    mixed = make_event(events, online_url="https://video.example/live", venue_name="Зал")

    online_data = json_ld_of(client, online)
    mixed_data = json_ld_of(client, mixed)

    assert online_data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online_data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://video.example/live",
    }
    assert mixed_data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in mixed_data["location"]] == ["Place", "VirtualLocation"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("scheduled", "https://schema.org/EventScheduled"),
        ("held", "https://schema.org/EventScheduled"),
        ("cancelled", "https://schema.org/EventCancelled"),
    ],
)
def test_event_status(client, events, status, expected):
    assert json_ld_of(client, make_event(events, status=status))["eventStatus"] == expected


def test_a_moved_event_starts_on_its_new_date_and_keeps_its_length(client, events):
    page = make_event(
        events,
        status="moved",
        start=at(2025, 10, 17, 11),
        end=at(2025, 10, 17, 13),
        moved_to=at(2025, 11, 20, 15),
    )
    data = json_ld_of(client, page)
    assert data["eventStatus"] == "https://schema.org/EventRescheduled"
    assert data["startDate"] == "2025-11-20T15:00:00+03:00"
    assert data["endDate"] == "2025-11-20T17:00:00+03:00"
    assert data["previousStartDate"] == "2025-10-17T11:00:00+03:00"


def test_an_all_day_event_has_dates_only(client, events):
    page = make_event(events, all_day=True, start=at(2025, 7, 1, 0), end=at(2025, 7, 2, 23))
    data = json_ld_of(client, page)
    assert data["startDate"] == "2025-07-01"
    assert data["endDate"] == "2025-07-02"


def test_the_structured_data_is_the_pages_own_for_the_api(rf, events):
    page = make_event(events, title="Для API")
    request = rf.get("/")
    data = page.specific.structured_data(request, for_frontend=True)
    assert data["@type"] == "Event"
    assert data["name"] == "Для API"
