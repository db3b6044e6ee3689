"""iCalendar (RFC 5545) files and feeds of events, built with the ``icalendar`` library.

Each event index serves ``calendar/``: a calendar to subscribe to, with
the index's visible events that are not yet over or ended in the last
``CALENDAR_PAST_DAYS`` days (``EventIndexPage.get_calendar_events``). Each
event serves ``ics/``: a file with that one event (``<slug>.ics``), for "Add to calendar".
Both belong to one locale, as their page does.

How an event becomes a ``VEVENT``:

- ``UID`` is built from the page's ``translation_key`` and locale, and the
  site's host name, so it survives a change of slug, title or place in the
  tree; each language's calendar has its own UID.
- ``SEQUENCE`` is ``calendar_sequence``, raised on every publish (see
  ``signal_handlers``), so clients take a republished event as a change.
- ``DTSTAMP`` and ``LAST-MODIFIED`` are the time of the last publish, not the
  time of the request, so the same content gives the same bytes, and the
  ``ETag`` (a hash of them) stays the same until something changes.
- Timed events have ``DTSTART``/``DTEND`` in ``settings.TIME_ZONE`` with its
  ``TZID``, and a ``VTIMEZONE`` for it in the calendar; all-day events have
  ``VALUE=DATE`` dates, ``DTEND`` being the day after the last day.
- ``STATUS``: a cancelled event is ``CANCELLED``; a scheduled or held one is
  ``CONFIRMED``; a moved one is ``CONFIRMED`` at its new date: ``DTSTART`` is
  ``moved_to``, and ``DTEND`` keeps the event's length. Nothing is
  ``TENTATIVE``: the council does not publish events it is unsure of.
- ``ORGANIZER`` is left out: RFC 5545 makes it an address (``mailto:``) and an
  organisation has none to publish; the organiser is named in ``DESCRIPTION``.
- ``DESCRIPTION`` is the lead, the organiser, the online link and the page's
  address, one per paragraph; ``URL`` is the page's full address;
  ``LOCATION`` the venue and its address; ``GEO`` when both coordinates are
  set; ``CATEGORIES`` the kind of event.

Readers only ever get visible events: the feed reads the index's listing,
which holds visible pages only, and Wagtail serves ``ics/`` of a visible
page only (a draft or an expired event is a 404; a private one asks for its
password or a login first).

Both answer conditional requests: ``ETag`` (a hash of the body) and
``Last-Modified`` (the latest publish of the index or of an event in it) are
sent, and a matching ``If-None-Match`` or ``If-Modified-Since`` gets a 304.
The ``ETag`` is the exact one: an event that leaves the feed's window without
being republished changes the body, not ``Last-Modified``; Django prefers
``If-None-Match`` when a client sends both.
"""

import datetime
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from wagtail.models import Site

from .conditional import READER_FEED_MAX_AGE, conditional_response, latest
from .models import EventIndexPage
from .models.events import STATUS_CANCELLED, STATUS_MOVED
from .reader.languages import localized_site_name
from .reader.text import plain_text

CONTENT_TYPE = "text/calendar; charset=utf-8"

STATUS_MAP = {STATUS_CANCELLED: "CANCELLED"}


def index_calendar_view(request, index_page):
    """The index's subscribable calendar: its upcoming and recent events."""
    events = list(index_page.get_calendar_events())
    builder = CalendarBuilder(request, index_page.locale)
    calendar = builder.calendar(
        name=_("%(calendar)s — %(site_name)s")
        % {"calendar": index_page.title, "site_name": builder.site_name},
        description=plain_text(index_page.intro),
        events=events,
    )
    changed = [index_page.last_published_at, *(event.last_published_at for event in events)]
    return calendar_response(request, calendar, last_modified=latest(changed))


def event_calendar_view(request, event_page):
    """One event as an ``.ics`` file to add to a calendar."""
    builder = CalendarBuilder(request, event_page.locale)
    calendar = builder.calendar(events=[event_page])
    response = calendar_response(
        request, calendar, last_modified=latest([event_page.last_published_at])
    )
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{event_page.slug}.ics"
    )
    return response


class CalendarBuilder:
    """Builds a ``VCALENDAR`` of events for one request and one locale."""

    def __init__(self, request, locale):
        self.request = request
        self.locale = locale
        self.site = Site.find_for_request(request)
        self.site_name = localized_site_name(self.site, locale) if self.site else ""
        self.host = self.site.hostname if self.site else request.get_host()
        self.zone_name = settings.TIME_ZONE or "UTC"
        self.zone = ZoneInfo(self.zone_name)

    def calendar(self, events, name=None, description=""):
        language = self.locale.language_code
        with translation.override(language):
            calendar = icalendar.Calendar()
            calendar.add(
                "prodid",
                f"-//wagtail-council//{self.site_name or self.host}//{language.upper()}",
            )
            calendar.add("version", "2.0")
            calendar.add("calscale", "GREGORIAN")
            calendar.add("method", "PUBLISH")
            if name:
                # A single event's file has no name: some clients would file it
                # as a new calendar of its own.
                calendar.add("x-wr-calname", name)
                if description:
                    calendar.add("x-wr-caldesc", description)
            calendar.add("x-wr-timezone", self.zone_name)
            components = [self.event(page) for page in events]
            if self.zone_name != "UTC":
                calendar.add_component(self.vtimezone(components))
            for component in components:
                calendar.add_component(component)
        return calendar

    def vtimezone(self, components):
        """The site's time zone, with its transitions over the years the events take."""
        years = [component.decoded("dtstart").year for component in components] or [
            timezone.now().year
        ]
        return icalendar.Timezone.from_tzid(
            self.zone_name,
            first_date=datetime.date(min(years) - 1, 1, 1),
            last_date=datetime.date(max(years) + 2, 1, 1),
        )

    def event(self, page):
        vevent = icalendar.Event()
        vevent.add("uid", f"{page.translation_key}-{page.locale.language_code}@{self.host}")
        changed = page.last_published_at or page.latest_revision_created_at or timezone.now()
        changed = changed.astimezone(datetime.UTC).replace(microsecond=0)
        vevent.add("dtstamp", changed)
        vevent.add("last-modified", changed)
        vevent.add("sequence", page.calendar_sequence)
        start, end = self.times(page)
        vevent.add("dtstart", start)
        if end is not None:
            vevent.add("dtend", end)
        vevent.add("summary", page.title)
        vevent.add("status", STATUS_MAP.get(page.status, "CONFIRMED"))
        url = page.get_full_url(self.request)
        if url:
            vevent.add("url", url)
        vevent.add("description", self.description(page, url))
        location = ", ".join(part for part in (page.venue_name, page.venue_address) if part)
        if location:
            vevent.add("location", location)
        if page.latitude is not None and page.longitude is not None:
            vevent.add("geo", (float(page.latitude), float(page.longitude)))
        if page.kind_id:
            vevent.add("categories", [page.kind.name])
        return vevent

    def times(self, page):
        """``(DTSTART, DTEND or None)``: aware datetimes, or dates of an all-day event."""
        start = page.start
        end = page.end
        if page.status == STATUS_MOVED and page.moved_to:
            if end is not None:
                end = page.moved_to + (end - start)
            start = page.moved_to
        start = start.astimezone(self.zone)
        end = end.astimezone(self.zone) if end is not None else None
        if page.all_day:
            last_day = (end or start).date()
            return start.date(), max(last_day, start.date()) + datetime.timedelta(days=1)
        return start, end

    def description(self, page, url):
        paragraphs = [page.lead]
        if page.organiser_id:
            paragraphs.append(_("Organiser: %(name)s") % {"name": page.organiser.name})
        if page.online_link:
            paragraphs.append(_("Watch online: %(url)s") % {"url": page.online_link})
        if url:
            paragraphs.append(url)
        return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def calendar_response(request, calendar, last_modified=None):
    """The calendar as ``text/calendar``, with validators; a 304 when the client's copy is fresh."""
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    return conditional_response(
        request, response, max_age=READER_FEED_MAX_AGE, last_modified=last_modified
    )


EventIndexPage.calendar_views.update(index=index_calendar_view, event=event_calendar_view)
