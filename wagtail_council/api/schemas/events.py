"""Events with their agendas and documents, and convocations with their members."""

import datetime
from typing import Literal

from pydantic import Field

from .blocks import AgendaItem, EventDocument
from .common import ApiSchema, CardBase, PageBase, PageLink, listing_schema
from .pages import NewsBody, NewsCard
from .people import OrganisationRef, Speaker

EventStatus = Literal["scheduled", "moved", "cancelled", "held"]
Standing = Literal["chair", "deputy_chair", "committee_chair", "member"]


class EventKindRef(ApiSchema):
    """The sort of event: a session of the council, a public hearing, a round table…"""

    slug: str = Field(description="The same in every language; the `kind` filter takes it.")
    name: str


class EventCard(CardBase):
    type: Literal["event"]
    lead: str
    kind: EventKindRef
    start: datetime.datetime = Field(description="With its UTC offset.")
    end: datetime.datetime | None
    all_day: bool = Field(description="Only the dates of `start` and `end` matter.")
    status: EventStatus
    moved_to: datetime.datetime | None = Field(description="The new date of a moved event.")
    venue_name: str


EventListing = listing_schema(
    "EventListing",
    EventCard,
    "A page of events: upcoming ones first, soonest first, then past ones, newest first.",
)


class EventDetail(PageBase):
    """An event with its place, participants, agenda, documents, gallery and news."""

    type: Literal["event"]
    lead: str
    kind: EventKindRef
    start: datetime.datetime = Field(description="With its UTC offset.")
    end: datetime.datetime | None
    all_day: bool = Field(description="Only the dates of `start` and `end` matter.")
    status: EventStatus
    moved_to: datetime.datetime | None = Field(description="The new date of a moved event.")
    venue_name: str
    venue_address: str
    latitude: float | None
    longitude: float | None
    online_url: str = Field(description="Where to watch the event online (https); or empty.")
    organiser: OrganisationRef | None
    participants: list[Speaker] = Field(
        description="People from the directory with the role held on the event's date, and "
        "named guests, in the editor's order."
    )
    agenda: list[AgendaItem]
    documents: list[EventDocument] = Field(description="Minutes and decisions of the event.")
    body: NewsBody
    gallery: PageLink | None = Field(description="The photo gallery of the event.")
    news: list[NewsCard] = Field(description="News reporting on the event, newest first.")
    ics_url: str | None = Field(description="The event as an iCalendar (.ics) file.")


# Convocations


class ConvocationPerson(ApiSchema):
    id: int
    slug: str
    name: str
    url: str | None = Field(description="The person's profile; null without a people index.")
    path: str | None


class ConvocationMember(ApiSchema):
    """A member of a convocation, with the role held in it."""

    person: ConvocationPerson
    position: str
    standing: Standing = Field(description="The member's place in the register's order.")
    standing_name: str = Field(description="The standing, in the caller's language.")
    faction: str
    district: str = Field(description="The electoral district, if the site records it.")
    start_date: datetime.date
    end_date: datetime.date | None


class Convocation(ApiSchema):
    """A numbered term of an organisation (a созыв), in which its members serve."""

    id: int
    locale: str
    number: int
    name: str = Field(description="The convocation's own name; may be empty.")
    title: str = Field(description="Its name, or “2nd convocation of …”.")
    organisation: OrganisationRef
    start_date: datetime.date
    end_date: datetime.date | None = Field(description="Null while in office.")
    is_current: bool


ConvocationListing = listing_schema(
    "ConvocationListing", Convocation, "A page of convocations, the latest first."
)


class ConvocationDetail(Convocation):
    on: datetime.date = Field(description="The date the members are given for.")
    members: list[ConvocationMember] = Field(
        description="Members on `on`, by standing then name; empty for a date outside the term."
    )
