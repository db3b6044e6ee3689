"""A reader adds the seed round table to a calendar, and the event and the register pass axe."""

import datetime
from pathlib import Path

import icalendar
import pytest
import vobject

from example_site.tests.browser.test_accessibility import axe_violations, describe_violations
from home.demo import events

pytestmark = pytest.mark.browser

ROUND_TABLE = {
    "ru": f"/ru/events/{events.ROUND_TABLE['slug']}/",
    "en": "/en/events/round-table-representing-and-defending-the-interests-of-municipalities/",
}
TITLES = {
    "ru": events.ROUND_TABLE["title"],
    "en": "Round table “Representing and defending the interests of municipalities”",
}
REGISTER = {"ru": "/ru/people/register/", "en": "/en/people/register/"}


@pytest.mark.parametrize("language", ["ru", "en"])
def test_add_to_calendar_downloads_the_round_table(demo_content, page, language, screenshot):
    response = page.goto(ROUND_TABLE[language])
    assert response is not None and response.status == 200
    link = page.locator('a[download][type="text/calendar"]')
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    body = Path(download.path()).read_bytes()

    calendar = icalendar.Calendar.from_ical(body)
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == TITLES[language]
    start = event.decoded("DTSTART")
    assert isinstance(start, datetime.datetime) and start.utcoffset() is not None
    assert start == events.ROUND_TABLE["start"]
    assert event.decoded("DTEND") == events.ROUND_TABLE["end"]
    # A second, independent parser reads the same file.
    assert vobject.readOne(body.decode()).vevent.summary.value == TITLES[language]
    if language == "ru":
        screenshot(page, "event-round-table")


def test_axe_finds_no_violations_on_the_event_pages_and_the_register(demo_content, page):
    urls = [
        *ROUND_TABLE.values(),
        f"/ru/events/{events.SESSION['slug']}/",
        f"/ru/events/{events.HEARING['slug']}/",
        f"/ru/events/{events.CANCELLED_MEETING['slug']}/",
        "/ru/events/",
        *REGISTER.values(),
        "/ru/people/convocations/",
    ]
    problems = []
    for url in urls:
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        page.wait_for_load_state("load")
        problems += describe_violations(url, axe_violations(page))
    assert not problems, "axe found violations:\n" + "\n".join(problems)
