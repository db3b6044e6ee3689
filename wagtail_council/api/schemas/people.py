"""The directory: people, their roles and organisations (public fields only)."""

import datetime

from pydantic import Field

from .common import ApiSchema
from .images import Image


class OrganisationRef(ApiSchema):
    id: int
    slug: str = Field(description="The same in every language.")
    name: str
    short_name: str


class Organisation(OrganisationRef):
    locale: str
    parent: OrganisationRef | None


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


class SnippetTranslation(ApiSchema):
    locale: str
    id: int


class PersonCard(ApiSchema):
    id: int
    slug: str = Field(description="The same in every language.")
    name: str
    locale: str
    photo: Image | None
    current_role: RoleTerm | None


class Person(PersonCard):
    biography: str = Field(description="HTML, with links resolved to frontend URLs.")
    profile_url: str = Field(description="The person's page on another official site, if any.")
    roles: list[RoleTerm] = Field(description="Every term, the latest first.")
    translations: list[SnippetTranslation]
