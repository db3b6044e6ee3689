"""Query parameters of each endpoint, validated, and nothing else accepted.

An unknown parameter is a 400 problem rather than silently ignored: a typo
such as ``?categroy=budget`` would otherwise return every item and look right.
"""

import datetime
import inspect
import typing
from functools import wraps

from django.db.models import Q
from django.utils.translation import gettext
from ninja import Schema
from pydantic import BaseModel, Field

from .pagination import (
    DEFAULT_LIMIT,
    DEFAULT_PATHS_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    MAX_PATHS_LIMIT,
)
from .problems import UNKNOWN_PARAMETER, Problem
from .schemas.common import PageType
from .visibility import locale_by_code


class Paging(Schema):
    limit: int = Field(
        DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"Items per page, at most {MAX_LIMIT}."
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Items to skip.")


class LocaleFilter(Schema):
    locale: str | None = Field(
        None,
        description="Only content in this language, such as `ru` (a code from `/locales/`); "
        "every language when absent.",
    )

    def filter_locale(self, queryset, field="locale"):
        if self.locale is None:
            return queryset
        return queryset.filter(**{field: locale_by_code(self.locale)})


class DateRange(Schema):
    date_from: datetime.date | None = Field(
        None, description="Only content dated on or after this day (YYYY-MM-DD)."
    )
    date_to: datetime.date | None = Field(
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


class PathFilters(LocaleFilter):
    type: PageType | None = Field(None, description="Only pages of this type.")
    limit: int = Field(
        DEFAULT_PATHS_LIMIT,
        ge=1,
        le=MAX_PATHS_LIMIT,
        description=f"Items per page, at most {MAX_PATHS_LIMIT}.",
    )
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class FindFilters(LocaleFilter):
    path: str = Field(
        description="The page's path, with or without its language prefix: `/ru/news/budget/` "
        "or `/news/budget/` with `locale=ru`.",
        min_length=1,
        max_length=2048,
    )


class PreviewParameters(Schema):
    token: str = Field(description="A preview token from the editor's headless preview link.")


def person_q(slug, lookup):
    return Q(**{f"{lookup}__slug": slug})


def query_schemas(view):
    """The pydantic models among a view's parameters: the query parameters it declares."""
    models = []
    for parameter in inspect.signature(view).parameters.values():
        annotation = parameter.annotation
        for candidate in (annotation, *typing.get_args(annotation)):
            if inspect.isclass(candidate) and issubclass(candidate, BaseModel):
                models.append(candidate)
    return models


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
            raise Problem(
                UNKNOWN_PARAMETER,
                gettext("“%(parameter)s” is not a parameter of this endpoint. Known: %(known)s.")
                % {"parameter": unknown[0], "known": ", ".join(sorted(allowed)) or "—"},
                parameter=unknown[0],
            )
        return view(request, *args, **kwargs)

    return wrapper
