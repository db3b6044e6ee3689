"""Shapes shared by every endpoint: problems, locales, links between pages, listings."""

import datetime
from typing import Literal

from pydantic import BaseModel, Field, create_model

from ..problems import PROBLEM_TYPES

ProblemType = Literal[PROBLEM_TYPES]


class ApiSchema(BaseModel):
    """Base of every response schema.

    Plain pydantic rather than ninja's ``Schema``: serializers hand over dicts,
    so the attribute lookups ninja adds for ORM objects would only cost time.
    """


# The kind of page an object describes; each has its own detail schema, and
# ``page`` stands for any other page (a home page, a listing page).
PageType = Literal["news", "greeting_address", "statement", "gallery", "index", "page"]


class ProblemDetails(ApiSchema):
    """An error as RFC 7807 problem details (``application/problem+json``)."""

    type: ProblemType = Field(description="URI naming the kind of problem.")
    title: str = Field(
        description="Short summary of the kind of problem, in the caller's language."
    )
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What went wrong in this request, and how to correct it.")
    parameter: str | None = Field(
        default=None, description="The query parameter at fault, when there is one."
    )


class LocaleInfo(ApiSchema):
    code: str = Field(description="Language code, as used in the `locale` filter.", examples=["ru"])
    name: str = Field(description="The language's name in itself.", examples=["Русский"])
    is_default: bool


class Translation(ApiSchema):
    """A live, public version of the same content in one language."""

    locale: str
    id: int
    url: str | None = Field(description="Where readers find this version (frontend URL).")
    path: str | None = Field(description="URL path within the site, language prefix included.")
    title: str


class PageLink(ApiSchema):
    """A link to another live, public page, in the linking page's language when translated."""

    type: PageType
    id: int
    title: str
    locale: str
    url: str | None
    path: str | None


class Seo(ApiSchema):
    title: str = Field(description="Title for search engines; the page title when not set.")
    description: str


class PageBase(ApiSchema):
    """Fields every page detail starts with."""

    id: int
    title: str
    locale: str
    url: str | None = Field(description="Frontend URL of the page; null when it has no route.")
    path: str | None = Field(description="URL path within the site, language prefix included.")
    seo: Seo
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None
    translations: list[Translation] = Field(
        description="Every live, public version of this page, this one included, by locale."
    )


class CardBase(ApiSchema):
    """Fields every listing card starts with."""

    id: int
    title: str
    locale: str
    url: str | None
    path: str | None


def listing_schema(name, item_schema, description=""):
    """A page of a listing: ``count`` items in all, ``items`` from ``offset`` on."""
    return create_model(
        name,
        __base__=ApiSchema,
        __doc__=description or f"A page of a listing of {item_schema.__name__} objects.",
        count=(int, Field(description="Items matching the filters, on every page.")),
        limit=(int, ...),
        offset=(int, ...),
        items=(list[item_schema], ...),
    )
