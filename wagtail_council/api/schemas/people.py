"""The directory: people, their roles and organisations (public fields only)."""

import datetime
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from .common import ApiSchema, PageLink, listing_schema
from .images import Image
from .seo import JsonLdProfilePage

URL = Field(
    description="Frontend URL of the profile; null when no people index is visible in its language."
)
PATH = Field(description="URL path within the site, language prefix included; null like `url`.")


class OrganisationRef(ApiSchema):
    id: int
    slug: str = Field(description="The same in every language.")
    name: str
    short_name: str


class SnippetTranslation(ApiSchema):
    """The same person or organisation in another language (or this one), by locale."""

    locale: str
    id: int
    url: str | None = URL
    path: str | None = PATH
    name: str


class Organisation(OrganisationRef):
    """An organisation; its address is the page of its current members."""

    type: Literal["organisation"]
    locale: str
    url: str | None = URL
    path: str | None = PATH
    parent: OrganisationRef | None
    translations: list[SnippetTranslation] = Field(
        description="Every version of this organisation, this one included, by locale."
    )


class RoleTerm(ApiSchema):
    """A position in an organisation for a term; ``end_date`` is null while in office."""

    position: str
    title: str = Field(description="“Position, Organisation”, as shown under a quote.")
    organisation: OrganisationRef | None
    start_date: datetime.date
    end_date: datetime.date | None


class Speaker(ApiSchema):
    """Who said or signed something, with the role they held on that date."""

    id: int | None = Field(description="The person in the directory; null for an outsider.")
    slug: str
    name: str
    role: str = Field(description="The role shown: the editor's override, or the role held then.")
    position: str
    organisation: OrganisationRef | None
    photo: Image | None
    in_directory: bool
    url: str | None = Field(
        description="The person's profile; null for an outsider or without a people index."
    )
    path: str | None = Field(description="The profile's path, language prefix included.")


class PersonCard(ApiSchema):
    id: int
    slug: str = Field(description="The same in every language.")
    name: str
    locale: str
    url: str | None = URL
    path: str | None = PATH
    photo: Image | None
    current_role: RoleTerm | None


class PersonQuote(ApiSchema):
    """A quote of the person on a live, public page."""

    text: str
    date: datetime.date | None = Field(description="The quote's own date, else the page's.")
    page: PageLink


PersonQuoteListing = listing_schema("PersonQuoteListing", PersonQuote)


class PersonQuotes(ApiSchema):
    count: int = Field(description="Quotes on every live, public page.")
    items: list[PersonQuote] = Field(
        description="The latest few; page on at `/people/{id}/quotes/`."
    )


def PageCard(name, module="pages"):  # noqa: N802 - used as a type
    """The card schema ``name`` of ``schemas.<module>``, looked up when a schema using it is built.

    Page cards name the ``Speaker`` defined here, so this module cannot import
    them while it loads. The schemas that embed them are built late
    (``defer_build``), when the API is built and every schema module is loaded.
    """
    return Annotated[ApiSchema, LazyPageCard(name, module)]


@dataclass(frozen=True)
class LazyPageCard:
    name: str
    module: str = "pages"

    def __get_pydantic_core_schema__(self, source, handler):
        from importlib import import_module

        cards = import_module(f"{__package__}.{self.module}")
        return handler(getattr(cards, self.name))


LATE = ConfigDict(defer_build=True)


class PersonStatements(ApiSchema):
    model_config = LATE

    count: int = Field(description="Live, public statements of the person.")
    items: list[PageCard("StatementCard")] = Field(
        description="The latest few; page on at `/statements/?person=<slug>`."
    )


class PersonGreetingAddresses(ApiSchema):
    model_config = LATE

    count: int = Field(description="Live, public greeting addresses the person signed.")
    items: list[PageCard("GreetingAddressCard")] = Field(
        description="The latest few; page on at `/greeting-addresses/?person=<slug>`."
    )


class PersonEvents(ApiSchema):
    model_config = LATE

    count: int = Field(description="Live, public events the person took part in.")
    items: list[PageCard("EventCard", "events")] = Field(
        description="The latest few; page on at `/people/{id}/events/`."
    )


class Person(PersonCard):
    """A person with every role held, and the latest of what they said and signed.

    ``quotes``, ``statements``, ``greeting_addresses`` and ``events`` hold the
    latest five of each, with the total: page through the rest at
    `/people/{id}/quotes/`, `/statements/?person=<slug>`,
    `/greeting-addresses/?person=<slug>` and `/people/{id}/events/`.
    """

    model_config = LATE

    type: Literal["person"]
    biography: str = Field(description="HTML, with links resolved to frontend URLs.")
    profile_url: str = Field(description="The person's page on another official site, if any.")
    roles: list[RoleTerm] = Field(description="Every term, the latest first.")
    current_roles: list[RoleTerm] = Field(
        description="The roles held today, in the editor's order."
    )
    quotes: PersonQuotes
    statements: PersonStatements
    greeting_addresses: PersonGreetingAddresses
    events: PersonEvents
    translations: list[SnippetTranslation] = Field(
        description="Every version of this person, this one included, by locale."
    )
    json_ld: JsonLdProfilePage | None = Field(
        description="The schema.org `ProfilePage` (the `Person`, with the role held today) "
        "that the HTML profile embeds, key for key; its URLs are the frontend's when "
        "`WAGTAIL_COUNCIL_FRONTEND_BASE_URL` is set. Null when the person has no profile "
        "page (no visible people index in their language)."
    )
