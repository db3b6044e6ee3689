"""Who is speaking or signing, as readers see them: a name and the role held on the date.

Quotes, statements and greeting addresses name a person from the directory
(or, for quotes, a guest who is not in it). Readers see that person's role
*as of the content's date*, unless the editor typed another. ``Speaker`` is
that one answer; templates, JSON-LD and the APIs all read it.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import pgettext

from .images import prefetch_renditions


def as_date(value):
    """A date from a date or a datetime (in the site's time zone when aware)."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


DATE_FIELDS = ("publication_date", "date", "start")


def content_date(page):
    """The date a page speaks for: its publication date, its own date, or its first publication."""
    if page is None:
        return None
    return own_content_date(page) or getattr(page, "first_published_at", None)


def own_content_date(page):
    """The date of a dated page (news, statement, address, gallery, event), else ``None``.

    Index pages and the home page have none: they speak for no day.
    """
    for name in DATE_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, datetime.date):
            return value
    return None


@dataclass(frozen=True)
class Speaker:
    """A person from the directory with their role on a date, or a named guest.

    ``role`` is what readers see after the name: the editor's override, else
    the title of the role held on the date (for a guest, the typed position).
    """

    name: str
    role: str = ""
    position: str = ""
    organisation: object = None
    person: object = None

    @property
    def in_directory(self):
        return self.person is not None


def speaker_on(person, date, role_override=""):
    """``person`` with the role held on ``date`` (today's without a date).

    Reads ``person.roles.all()``: load people with ``prefetch_people`` first,
    and a page of them costs no query per person.
    """
    held = person.role_on(as_date(date)) if date else person.current_role
    return Speaker(
        name=person.name,
        role=role_override or (held.title if held else ""),
        position=held.position if held else "",
        organisation=held.organisation if held and held.organisation_id else None,
        person=person,
    )


def guest_speaker(name, position="", role_override=""):
    """Someone quoted by name only, not in the directory."""
    return Speaker(
        name=name or "",
        role=role_override or position or "",
        position=position or "",
    )


def quote_speaker(value, page=None):
    """The speaker of a quote block's value, on the quote's date or else the page's."""
    person = value.get("person")
    override = value.get("role_override") or ""
    if person is not None:
        return speaker_on(person, value.get("date") or content_date(page), override)
    return guest_speaker(value.get("name"), value.get("position"), override)


def prefetch_people(people, *photo_roles):
    """Roles with their organisations for every person at once; photos only when shown.

    HTML shows no portrait beside a quote, so it passes no ``photo_roles``
    and no rendition is looked up or made for it.
    """
    people = list({id(person): person for person in people if person is not None}.values())
    if not people:
        return
    # The people's own model says what a role is; this layer imports no models.
    role_model = people[0]._meta.get_field("roles").related_model
    lookups = [Prefetch("roles", queryset=role_model.objects.select_related("organisation"))]
    if photo_roles:
        lookups.append("photo")
    prefetch_related_objects(people, *lookups)
    if photo_roles:
        prefetch_renditions([person.photo for person in people], *photo_roles)


def convocation_ordinal(number):
    """The ordinal of a convocation's number, as its title and the history banner say it.

    English picks “1st”, “2nd”, “3rd” or “11th” by the number; each form is a
    message of its own, so a language translates the one its grammar needs
    (Russian says every one of them “2-го”, as in «Совета 2-го созыва»).
    """
    number = int(number)
    if number % 100 in (11, 12, 13):
        form = pgettext("ordinal of a convocation: 11th, 12th, 25th", "%(number)sth")
    elif number % 10 == 1:
        form = pgettext("ordinal of a convocation: 1st, 21st", "%(number)sst")
    elif number % 10 == 2:
        form = pgettext("ordinal of a convocation: 2nd, 22nd", "%(number)snd")
    elif number % 10 == 3:
        form = pgettext("ordinal of a convocation: 3rd, 23rd", "%(number)srd")
    else:
        form = pgettext("ordinal of a convocation: 11th, 12th, 25th", "%(number)sth")
    return form % {"number": number}
