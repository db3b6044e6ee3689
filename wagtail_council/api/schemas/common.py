"""Shapes shared by every endpoint: problems, locales, links between pages, listings."""

import datetime
from typing import Annotated, Literal, Union

from pydantic import BaseModel, Field, create_model
from pydantic_core import PydanticCustomError, core_schema
from typing_extensions import TypeAliasType

from ..problems import PROBLEM_TYPES
from ..registry import page_type_names
from .seo import Seo

ProblemType = Literal[PROBLEM_TYPES]


class ApiSchema(BaseModel):
    """Base of every response schema.

    Plain pydantic rather than ninja's ``Schema``: serializers hand over dicts,
    so the attribute lookups ninja adds for ORM objects would only cost time.
    """


class _RegisteredPageType:
    """A string whose JSON schema enumerates the registered page types (see ``api.registry``).

    The enum is read when the OpenAPI document is generated, after every app,
    the site's included, has registered its page types.
    """

    @classmethod
    def names(cls):
        return page_type_names()

    @classmethod
    def __get_pydantic_core_schema__(cls, source, handler):
        return core_schema.no_info_after_validator_function(cls.validate, core_schema.str_schema())

    @classmethod
    def __get_pydantic_json_schema__(cls, schema, handler):
        return {"type": "string", "enum": cls.names()}

    @classmethod
    def validate(cls, value):
        if value not in cls.names():
            raise PydanticCustomError(
                "literal_error",
                "Input should be {expected}",
                {
                    "expected": ", ".join(f"'{name}'" for name in cls.names()),
                    "choices": list(cls.names()),
                },
            )
        return value


class _AddressType(_RegisteredPageType):
    """A registered page type, or one of the directory's addressable snippets."""

    @classmethod
    def names(cls):
        return [*page_type_names(), *SNIPPET_TYPES]


# The kind of page an object describes; each has its own detail schema, and
# ``page`` stands for any page of an unregistered type.
PageType = Annotated[str, _RegisteredPageType]

# Snippets with an address of their own: a person's profile, an organisation's members.
SNIPPET_TYPES = ("person", "organisation")

# What an address of the site shows: a page of a type, a profile or a members page.
AddressType = Annotated[str, _AddressType]


# Any JSON value, for the ``fields`` of pages of unregistered types.
FieldValue = TypeAliasType(
    "FieldValue",
    Union[str, int, float, bool, None, list["FieldValue"], dict[str, "FieldValue"]],  # noqa: UP007
)


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


class RedirectInfo(ApiSchema):
    """Where an old path now leads: a live, public page, or an http(s) address elsewhere."""

    status: Literal[301, 302] = Field(
        description="301 for a permanent redirect, 302 for a temporary one: the status "
        "Wagtail answers a browser with."
    )
    from_path: str = Field(
        description="The old path as Wagtail stores it: no trailing slash, its query string "
        "(if any) sorted, and a language prefix only when the editor gave one.",
        examples=["/ru/novosti/staraya-novost"],
    )
    to_path: str | None = Field(
        description="The target page's path within its site, language prefix included; null "
        "for an address on another site."
    )
    to_url: str = Field(
        description="Where to send the reader: the target page's URL (the frontend's when "
        "`WAGTAIL_COUNCIL_FRONTEND_BASE_URL` is set), or the external address."
    )


class Breadcrumb(ApiSchema):
    """A page above this one, from the home page of its language down."""

    id: int
    title: str
    url: str | None
    path: str | None


class PageBase(ApiSchema):
    """Fields every page detail starts with."""

    id: int
    title: str
    locale: str
    url: str | None = Field(description="Frontend URL of the page; null when it has no route.")
    path: str | None = Field(description="URL path within the site, language prefix included.")
    seo: Seo
    breadcrumbs: list[Breadcrumb] = Field(
        description="The visible pages above this one, from the home page of its language down."
    )
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None
    translations: list[Translation] = Field(
        description="Every live, public version of this page, this one included, by locale."
    )
    redirect: RedirectInfo | None = Field(
        None,
        description="Set by `pages/find` when the path asked for redirects here: answer the "
        "reader with the same status and `to_url`.",
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
