"""Query parameters of each endpoint, validated, and nothing else accepted.

An unknown parameter is a 400 problem rather than silently ignored: a typo
such as ``?categroy=budget`` would otherwise return every item and look right.
"""

import datetime
import inspect
import re
import typing
from functools import wraps
from typing import Literal

from django.conf import settings
from django.utils.translation import gettext
from ninja import Path, Schema
from pydantic import BaseModel, BeforeValidator, Field
from pydantic_core import PydanticCustomError
from wagtail.models import Locale

from ..reader.text import CONTROL_CHARACTERS, NO_CONTROL_CHARACTERS_PATTERN
from .pagination import (
    DEFAULT_LIMIT,
    DEFAULT_PATHS_LIMIT,
    MAX_EMBED_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    MAX_PATHS_LIMIT,
)
from .problems import INVALID_PARAMETER, UNKNOWN_PARAMETER, Problem
from .schemas.common import AddressType


def content_language_codes():
    languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or settings.LANGUAGES
    return tuple(code for code, _name in languages)


# The site's content languages, as an enum in the OpenAPI document (and so in
# generated clients). Read from settings when the API is first imported.
LocaleCode = Literal[content_language_codes()]


# The id in a detail's path: any other value is a 400 problem, not an HTML 404.
MAX_ID = 2**63 - 1  # a 64-bit primary key; larger numbers cannot be looked up
ObjectId = typing.Annotated[int, Path(ge=1, le=MAX_ID, description="The object's `id`.")]


class Paging(Schema):
    limit: int = Field(
        DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"Items per page, at most {MAX_LIMIT}."
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Items to skip.")


class LocaleFilter(Schema):
    locale: LocaleCode | None = Field(
        None,
        description="Only content in this language (a code from `/locales/`); every language "
        "when absent.",
    )

    def filter_locale(self, queryset, field="locale"):
        if self.locale is None:
            return queryset
        locale = Locale.objects.filter(language_code=self.locale).first()
        if locale is None:
            return queryset.none()  # a content language nothing is published in yet
        return queryset.filter(**{field: locale})


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date_only(value):
    """Dates as YYYY-MM-DD only: pydantic would also read "0" as 1 January 1970.

    The error is pydantic's own ``date_parsing``, so that the API words it as
    any other date it cannot read (see ``validation``).
    """
    if isinstance(value, str) and not ISO_DATE.fullmatch(value):
        raise PydanticCustomError("date_parsing", "Input should be a date in the YYYY-MM-DD format")
    return value


IsoDate = typing.Annotated[datetime.date, BeforeValidator(iso_date_only)]


class DateRange(Schema):
    date_from: IsoDate | None = Field(
        None, description="Only content dated on or after this day (YYYY-MM-DD)."
    )
    date_to: IsoDate | None = Field(
        None, description="Only content dated on or before this day (YYYY-MM-DD)."
    )

    def filter_dates(self, queryset, field, *, is_datetime):
        lookup = f"{field}__date" if is_datetime else field
        if self.date_from:
            queryset = queryset.filter(**{f"{lookup}__gte": self.date_from})
        if self.date_to:
            queryset = queryset.filter(**{f"{lookup}__lte": self.date_to})
        return queryset


PERSON = Field(
    None,
    description="Only content naming this person (a person's `slug`, the same in every language).",
)


class NewsFilters(LocaleFilter, DateRange, Paging):
    category: str | None = Field(
        None, description="Only news in this category (a category's `slug`)."
    )
    person: str | None = PERSON


class StatementFilters(LocaleFilter, DateRange, Paging):
    person: str | None = PERSON
    organisation: str | None = Field(
        None, description="Only statements by members of this organisation (its `slug`)."
    )


class GreetingAddressFilters(LocaleFilter, DateRange, Paging):
    person: str | None = PERSON


class GalleryFilters(LocaleFilter, DateRange, Paging):
    pass


class PeopleFilters(LocaleFilter, Paging):
    organisation: str | None = Field(
        None, description="Only people who held a role in this organisation (its `slug`)."
    )


class OrganisationFilters(LocaleFilter, Paging):
    pass


class EventFilters(LocaleFilter, Paging):
    kind: str | None = Field(
        None, description="Only events of this kind (a kind's `slug`, such as `session`)."
    )
    organisation: str | None = Field(
        None, description="Only events organised by this organisation (its `slug`)."
    )
    person: str | None = Field(
        None,
        description="Only events this person took part in (a person's `slug`, the same in "
        "every language).",
    )
    # Years a time zone can shift without leaving Python's calendar.
    year: int | None = Field(
        None, ge=1000, le=9998, description="Only events starting this year (1000–9998)."
    )
    month: int | None = Field(
        None,
        ge=1,
        le=12,
        description="Only events starting this month (1–12): of `year` when given, else of "
        "any year.",
    )
    upcoming: bool | None = Field(
        None,
        description="`true`: only events not yet over; `false`: only past events; every event "
        "when absent.",
    )


class ConvocationFilters(LocaleFilter, Paging):
    organisation: str | None = Field(
        None, description="Only convocations of this organisation (its `slug`)."
    )


class ConvocationDate(Schema):
    on: IsoDate | None = Field(
        None, description="The date the members are given for (YYYY-MM-DD); today when absent."
    )


class PathFilters(LocaleFilter):
    type: AddressType | None = Field(
        None,
        description="Only pages of this type, or only profiles (`person`) or members pages "
        "(`organisation`).",
    )
    embed: Literal["detail"] | None = Field(
        None,
        description="`detail` embeds each page's whole detail, as `pages/find` gives it, so "
        "that a static build needs one request for many pages.",
    )
    limit: int | None = Field(
        None,
        ge=1,
        le=MAX_PATHS_LIMIT,
        description=f"Items per page: at most {MAX_PATHS_LIMIT}, {DEFAULT_PATHS_LIMIT} when "
        f"absent. With `embed=detail` a page holds at most {MAX_EMBED_LIMIT} ({MAX_EMBED_LIMIT} "
        "when absent); the listing's `limit` says how many it served.",
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET)

    def page_size(self):
        """The page size asked for, or the default; an embedding page holds at most 100.

        The listing's ``limit`` says what was served, so a caller asking for
        more with ``embed=detail`` pages on by it.
        """
        if self.limit is None:
            return MAX_EMBED_LIMIT if self.embed else DEFAULT_PATHS_LIMIT
        return min(self.limit, MAX_EMBED_LIMIT) if self.embed else self.limit


class FindFilters(LocaleFilter):
    path: str = Field(
        description="The page's path, with or without its language prefix: `/ru/news/budget/` "
        "or `/news/budget/` with `locale=ru`.",
        min_length=1,
        max_length=2048,
    )


class SearchFilters(LocaleFilter, Paging):
    q: str = Field(min_length=1, max_length=200, description="Words to look for.")


class PreviewParameters(Schema):
    token: str = Field(description="A preview token from the editor's headless preview link.")


def query_schemas(view):
    """The pydantic models among a view's parameters: the query parameters it declares."""
    models = []
    for parameter in inspect.signature(view).parameters.values():
        annotation = parameter.annotation
        for candidate in (annotation, *typing.get_args(annotation)):
            if inspect.isclass(candidate) and issubclass(candidate, BaseModel):
                models.append(candidate)
    return models


# What ``strict_query`` accepts in a query parameter's text, for the OpenAPI document.
NO_NUL_PATTERN = NO_CONTROL_CHARACTERS_PATTERN


def strict_query(view):
    """Answer 400 to any query parameter the view does not declare."""
    allowed = {
        field.alias or name
        for model in query_schemas(view)
        for name, field in model.model_fields.items()
    }

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        unknown = sorted(set(request.GET) - allowed)
        if unknown:
            if allowed:
                detail = gettext(
                    "“%(parameter)s” is not a parameter of this endpoint. Known: %(known)s."
                ) % {"parameter": unknown[0], "known": ", ".join(sorted(allowed))}
            else:
                detail = gettext(
                    "“%(parameter)s” is not a parameter of this endpoint, which takes none."
                ) % {"parameter": unknown[0]}
            raise Problem(UNKNOWN_PARAMETER, detail, parameter=unknown[0])
        for name, values in request.GET.lists():
            # No text of a site holds a control character; PostgreSQL refuses a NUL.
            if any(CONTROL_CHARACTERS.search(value) for value in values):
                raise Problem(
                    INVALID_PARAMETER,
                    gettext(
                        "The value of “%(parameter)s” contains a control character, such as NUL."
                    )
                    % {"parameter": name},
                    parameter=name,
                )
        return view(request, *args, **kwargs)

    return wrapper
