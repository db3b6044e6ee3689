"""Builders for events and convocations: real pages in the test tree, real snippets."""

import datetime
import itertools
from zoneinfo import ZoneInfo

from wagtail_council.models import (
    Convocation,
    EventIndexPage,
    EventKind,
    EventPage,
    EventParticipant,
)

from .factories import add_index, locale, publish_child

_counter = itertools.count(1)

MOSCOW = ZoneInfo("Europe/Moscow")


def at(year, month, day, hour=10, minute=0):
    """An aware datetime in Moscow time, the first real user's time zone."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=MOSCOW)


def make_event_index(home, title="События", slug="events"):
    return add_index(home, EventIndexPage, title, slug)


def event_kind(slug="round-table", locale_code="ru"):
    """A standard kind (migration 0006 makes them), or a new one with that slug."""
    kind, _created = EventKind.objects.get_or_create(
        slug=slug, locale=locale(locale_code), defaults={"name": slug}
    )
    return kind


def make_event(index, *, publish=True, participants=(), **fields):
    """An event under ``index``. ``participants``: people, or ``(name, position)`` guests."""
    number = next(_counter)
    fields.setdefault("title", f"Событие {number}")
    fields.setdefault("slug", f"event-{number}")
    fields.setdefault("lead", "Депутаты обсудили вопросы сотрудничества.")
    fields.setdefault("start", at(2025, 10, 17, 11))
    if "kind" not in fields:
        fields["kind"] = event_kind("round-table", index.locale.language_code)
    page = EventPage(**fields)
    for participant in participants:
        if isinstance(participant, tuple):
            name, position = participant
            row = EventParticipant(guest_name=name, guest_position=position)
        else:
            row = EventParticipant(person=participant)
        page.participants.add(row)
    return publish_child(index, page, publish=publish)


def make_convocation(organisation, number, start, end=None, **fields):
    return Convocation.objects.create(
        organisation=organisation,
        number=number,
        start_date=start,
        end_date=end,
        locale=organisation.locale,
        **fields,
    )
