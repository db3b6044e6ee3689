"""iCalendar feeds of event indexes and ``.ics`` files of events (RFC 5545).

Every file is read back with two independent parsers, ``icalendar`` and
``vobject``. They are the pages' own routes, served by Wagtail: ``calendar/``
of an index, ``ics/`` of an event.
"""

import datetime

import icalendar
import pytest
import vobject
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from tests.api_support import translate_to_english
from tests.event_factories import MOSCOW, at, make_event, make_event_index
from tests.factories import make_organisation, make_private
from wagtail_council.models import EventPage


@pytest.fixture
def events(home):
    return make_event_index(home)


@pytest.fixture
def hearing(events):
    return make_event(
        events,
        title="Публичные слушания по бюджету",
        slug="budget-hearing",
        lead="Жители обсудят проект бюджета на 2028 год.",
        start=at(2027, 3, 10, 11),
        end=at(2027, 3, 10, 13, 30),
        venue_name="Большой зал",
        venue_address="ул. Ленина, 1",
        latitude="55.751244",
        longitude="37.618423",
        organiser=make_organisation("Совет городского округа", slug="council"),
        online_url="https://video.example.org/live",
    )


def get_ics(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response


def parse_both(content):
    """The calendar read by ``icalendar`` and, independently, by ``vobject``."""
    calendar = icalendar.Calendar.from_ical(content)
    other = vobject.readOne(content.decode())
    assert len(other.contents.get("vevent", [])) == len(calendar.walk("VEVENT"))
    return calendar, other


def only_event(calendar):
    [event] = calendar.walk("VEVENT")
    return event


# The single event's file


def test_event_file_holds_the_event_and_parses_with_both_parsers(client, hearing):
    response = get_ics(client, hearing.url + "ics/")
    assert response["Content-Disposition"] == 'attachment; filename="budget-hearing.ics"'
    calendar, other = parse_both(response.content)

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//wagtail-council//Совет//RU"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Moscow"
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Moscow"

    event = only_event(calendar)
    assert str(event["SUMMARY"]) == "Публичные слушания по бюджету"
    assert event["DTSTART"].params["TZID"] == "Europe/Moscow"
    assert event.decoded("DTSTART") == at(2027, 3, 10, 11)
    assert event.decoded("DTEND") == at(2027, 3, 10, 13, 30)
    url = "http://testserver/ru/events/budget-hearing/"
    assert str(event["URL"]) == url
    description = str(event["DESCRIPTION"])
    assert description.startswith("Жители обсудят проект бюджета на 2028 год.")
    assert "Совет городского округа" in description
    assert "https://video.example.org/live" in description
    assert description.endswith(url)
    assert str(event["LOCATION"]) == "Большой зал, ул. Ленина, 1"
    assert (event["GEO"].latitude, event["GEO"].longitude) == (55.751244, 37.618423)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["CATEGORIES"].cats == [hearing.kind.name]
    assert str(event["UID"]) == f"{hearing.translation_key}-ru@testserver"
    published = hearing.last_published_at.replace(microsecond=0)
    assert event.decoded("LAST-MODIFIED") == published
    assert event.decoded("DTSTAMP") == published
    assert "ORGANIZER" not in event

    vevent = other.vevent
    assert vevent.summary.value == "Публичные слушания по бюджету"
    assert vevent.dtstart.value == at(2027, 3, 10, 11)
    assert vevent.dtstart.value.utcoffset() == datetime.timedelta(hours=3)
    assert vevent.dtend.value == at(2027, 3, 10, 13, 30)
    assert vevent.uid.value == f"{hearing.translation_key}-ru@testserver"
    assert vevent.url.value == url
    assert vevent.location.value == "Большой зал, ул. Ленина, 1"
    assert vevent.geo.value == "55.751244;37.618423"
    assert vevent.status.value == "CONFIRMED"


def test_all_day_event_has_dates_and_an_exclusive_end(client, events):
    festival = make_event(events, start=at(2027, 7, 1, 0), end=at(2027, 7, 2, 0), all_day=True)
    calendar, other = parse_both(get_ics(client, festival.url + "ics/").content)
    event = only_event(calendar)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTART") == datetime.date(2027, 7, 1)
    assert event.decoded("DTEND") == datetime.date(2027, 7, 3)
    assert other.vevent.dtstart.value == datetime.date(2027, 7, 1)
    assert other.vevent.dtend.value == datetime.date(2027, 7, 3)
    assert "DTSTART;VALUE=DATE:20270701" in get_ics(client, festival.url + "ics/").text


def test_timed_event_without_end_has_no_dtend(client, events):
    meeting = make_event(events, start=at(2027, 5, 12, 15))
    event = only_event(parse_both(get_ics(client, meeting.url + "ics/").content)[0])
    assert event.decoded("DTSTART") == at(2027, 5, 12, 15)
    assert "DTEND" not in event
    assert "GEO" not in event and "LOCATION" not in event


def test_cancelled_event_is_status_cancelled(client, events):
    cancelled = make_event(events, start=at(2027, 2, 3, 10), status="cancelled")
    _calendar, other = parse_both(get_ics(client, cancelled.url + "ics/").content)
    assert other.vevent.status.value == "CANCELLED"
    feed, _other = parse_both(get_ics(client, events.url + "calendar/").content)
    assert str(only_event(feed)["STATUS"]) == "CANCELLED"


def test_moved_event_takes_place_at_its_new_date_for_as_long(client, events):
    moved = make_event(
        events,
        start=at(2027, 3, 10, 11),
        end=at(2027, 3, 10, 13),
        status="moved",
        moved_to=at(2027, 4, 1, 15),
    )
    event = only_event(parse_both(get_ics(client, moved.url + "ics/").content)[0])
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("DTSTART") == at(2027, 4, 1, 15)
    assert event.decoded("DTEND") == at(2027, 4, 1, 17)


# Versions of an event


def test_uid_survives_a_slug_change_and_sequence_grows_on_every_publish(client, hearing):
    first = only_event(parse_both(get_ics(client, hearing.url + "ics/").content)[0])
    assert first["SEQUENCE"] == 1
    first_revision = hearing.latest_revision

    page = EventPage.objects.get(pk=hearing.pk)
    page.slug = "hearing-on-the-budget"
    page.title = "Слушания по бюджету"
    page.save_revision().publish()
    page = EventPage.objects.get(pk=hearing.pk)
    assert page.url.endswith("/hearing-on-the-budget/")
    second = only_event(parse_both(get_ics(client, page.url + "ics/").content)[0])
    assert second["UID"] == first["UID"]
    assert second["SEQUENCE"] == 2
    assert str(second["SUMMARY"]) == "Слушания по бюджету"

    page.save_revision().publish()
    # Publishing an older revision is a new version too: SEQUENCE never goes back.
    first_revision.publish()
    page = EventPage.objects.get(pk=hearing.pk)
    assert page.calendar_sequence == 4
    feed = parse_both(get_ics(client, page.get_parent().url + "calendar/").content)[0]
    event = only_event(feed)
    assert event["UID"] == first["UID"]
    assert event["SEQUENCE"] == 4


def test_publishing_another_page_leaves_sequences_alone(client, events, hearing, news_index):
    news_index.save_revision().publish()
    events.save_revision().publish()
    assert EventPage.objects.get(pk=hearing.pk).calendar_sequence == 1


# The index's feed


def test_feed_holds_upcoming_and_recent_events_with_a_name(client, events, hearing):
    recent = make_event(events, title="Недавнее", start=timezone.now() - datetime.timedelta(days=3))
    make_event(events, title="Давнее", start=timezone.now() - datetime.timedelta(days=400))
    events.intro = "<p>Заседания &amp; <b>слушания</b></p>"
    events.save_revision().publish()
    calendar, other = parse_both(get_ics(client, events.url + "calendar/").content)
    assert str(calendar["X-WR-CALNAME"]) == "События — Совет"
    assert other.x_wr_calname.value == "События — Совет"
    assert str(calendar["X-WR-CALDESC"]) == "Заседания & слушания"
    assert str(calendar["PRODID"]) == "-//wagtail-council//Совет//RU"
    titles = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert titles == [recent.title, hearing.title]
    assert [vevent.summary.value for vevent in other.vevent_list] == titles
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Moscow"
    assert all(
        event["DTSTART"].params["TZID"] == "Europe/Moscow" for event in calendar.walk("VEVENT")
    )


def test_feed_of_an_english_index_holds_english_events_only(client, events, hearing):
    russian_only = make_event(events, title="Только по-русски", start=at(2027, 6, 1, 10))
    english = translate_to_english(hearing, hearing.kind)
    english_index = english.get_parent().specific
    assert english_index.locale.language_code == "en"

    calendar, _other = parse_both(get_ics(client, english_index.url + "calendar/").content)
    assert str(calendar["PRODID"]).endswith("//EN")
    event = only_event(calendar)
    assert str(event["SUMMARY"]) == english.title
    assert str(event["UID"]) == f"{hearing.translation_key}-en@testserver"
    assert str(event["URL"]).startswith("http://testserver/en/")

    russian = parse_both(get_ics(client, events.url + "calendar/").content)[0]
    assert sorted(str(event["SUMMARY"]) for event in russian.walk("VEVENT")) == sorted(
        [hearing.title, russian_only.title]
    )
    assert all(
        str(event["URL"]).startswith("http://testserver/ru/") for event in russian.walk("VEVENT")
    )


# Visibility


def test_draft_private_and_expired_events_are_in_no_calendar(client, events, hearing):
    draft = make_event(events, title="Черновик", start=at(2027, 3, 1), publish=False)
    private = make_event(events, title="Закрытое", start=at(2027, 3, 2))
    make_private(private)
    expired = make_event(events, title="Истёкшее", start=at(2027, 3, 3))
    EventPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - datetime.timedelta(hours=1)
    )

    calendar, _other = parse_both(get_ics(client, events.url + "calendar/").content)
    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == [hearing.title]

    assert client.get(f"/ru/events/{draft.slug}/ics/").status_code == 404
    assert client.get(expired.url + "ics/").status_code == 404


def test_file_of_a_private_event_asks_for_the_password(client, events, hearing):
    make_private(hearing)
    protected = client.get(hearing.url + "ics/")
    assert protected["Content-Type"].startswith("text/html")
    assert b"BEGIN:VCALENDAR" not in protected.content


def test_file_of_a_private_event_is_kept_by_the_readers_browser_only(client, events, hearing):
    """Once the reader gave the password, the file is theirs: no shared cache keeps it."""
    restriction = make_private(hearing)
    ics = hearing.url + "ics/"
    with translation.override("ru"):
        authenticate = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.pk, hearing.pk]
        )
    client.post(authenticate, {"password": "secret", "return_url": ics})
    response = client.get(ics)
    assert b"BEGIN:VCALENDAR" in response.content
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_stream_link_that_is_not_https_never_reaches_a_calendar(client, events, hearing):
    EventPage.objects.filter(pk=hearing.pk).update(online_url="javascript:alert(1)")
    text = get_ics(client, hearing.url + "ics/").content.decode()
    assert "javascript" not in text
    assert "https://video.example.org/live" not in text


def test_feed_of_a_private_index_asks_for_the_password(client, events, hearing):
    make_private(events)
    response = client.get(events.url + "calendar/")
    assert response["Content-Type"].startswith("text/html")
    assert b"BEGIN:VEVENT" not in response.content


@pytest.mark.parametrize(
    "url",
    [
        "/ru/calendar/",  # the home page has no calendar
        "/ru/news/calendar/",  # nor has the news index
        "/ru/events/budget-hearing/calendar/",  # an event has a file, not a feed
        "/ru/events/ics/",  # and an index has a feed, not a file
        "/ru/events/no-such-event/ics/",
        "/ru/no-such-page/calendar/",
    ],
)
def test_files_a_page_does_not_have_are_404(client, hearing, url):
    assert client.get(url).status_code == 404


# Conditional GET


@pytest.mark.parametrize("route", ["calendar/", "ics/"])
def test_validators_answer_304_and_change_with_the_content(client, events, hearing, route):
    url = (events.url if route == "calendar/" else hearing.url) + route
    response = get_ics(client, url)
    etag = response["ETag"]
    last_modified = response["Last-Modified"]
    assert etag.startswith('"') and etag.endswith('"')
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    assert get_ics(client, url)["ETag"] == etag  # the same bytes each time

    fresh = client.get(url, headers={"If-None-Match": etag})
    assert fresh.status_code == 304
    assert fresh.content == b""
    assert fresh["ETag"] == etag
    by_date = client.get(url, headers={"If-Modified-Since": last_modified})
    assert by_date.status_code == 304
    assert by_date.content == b""

    page = EventPage.objects.get(pk=hearing.pk)
    page.title = "Слушания перенесены в малый зал"
    page.save_revision().publish()
    changed = client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "Слушания перенесены в малый зал" in changed.content.decode()


def test_older_if_modified_since_gets_the_calendar(client, events, hearing):
    earlier = hearing.last_published_at - datetime.timedelta(days=1)
    response = client.get(
        events.url + "calendar/",
        headers={"If-Modified-Since": earlier.strftime("%a, %d %b %Y %H:%M:%S GMT")},
    )
    assert response.status_code == 200
    assert b"BEGIN:VEVENT" in response.content


# Query budget


def feed_queries(client, events):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(events.url + "calendar/")
    assert response.status_code == 200
    return len(queries), response


def test_feed_costs_the_same_queries_for_10_and_200_events(client, events):
    organiser = make_organisation("Комитет по бюджету", slug="budget-committee")
    start = at(2027, 1, 1, 10)

    def add(count, offset):
        for number in range(offset, offset + count):
            make_event(
                events,
                start=start + datetime.timedelta(days=number),
                organiser=organiser,
                venue_name="Зал",
                latitude="55.75",
                longitude="37.61",
            )

    add(10, 0)
    few, response = feed_queries(client, events)
    assert response.content.count(b"BEGIN:VEVENT") == 10
    add(190, 10)
    many, response = feed_queries(client, events)
    assert response.content.count(b"BEGIN:VEVENT") == 200
    assert many == few


def test_moscow_has_no_daylight_saving_in_the_zone_given(client, hearing):
    """The VTIMEZONE is generated from zoneinfo: Moscow has kept UTC+3 since 2014."""
    calendar = parse_both(get_ics(client, hearing.url + "ics/").content)[0]
    [zone] = calendar.walk("VTIMEZONE")
    offsets = {part.decoded("TZOFFSETTO") for part in zone.subcomponents}
    assert offsets == {datetime.timedelta(hours=3)}
    assert zone.to_tz().utcoffset(datetime.datetime(2027, 3, 10, 11)) == MOSCOW.utcoffset(
        datetime.datetime(2027, 3, 10, 11)
    )
