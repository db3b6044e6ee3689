"""Details of any page by its registered type, and the schemas the registry gives.

``page_detail`` serializes any page by its registered type, with the fields a
site's subclass adds to ``api_fields``; ``detail_schemas`` and
``page_detail_schema`` give the OpenAPI shapes the API is built with.
"""

from typing import Annotated, Literal, Union

from pydantic import Field, create_model
from wagtail.models import get_page_models

from .model_fields import api_field_names, field_schema, field_value, json_value
from .registry import GENERIC, page_type_for_model, registered_page_types
from .schemas.common import PageBase
from .schemas.pages import GenericPageDetail
from .serializers.pages import detail_base, page_link

# Details


def added_field_names(model, spec):
    """``api_fields`` of ``model`` beyond those its registered type serves."""
    served = set(api_field_names(spec.model))
    if spec.detail_schema is not None:
        served |= set(spec.detail_schema.model_fields)
    return [name for name in api_field_names(model) if name not in served]


def page_detail(page, ctx):
    """The detail of any page, by its registered type, with a subclass's added fields."""
    model = type(page)
    spec = page_type_for_model(model)
    if spec is None:
        return generic_detail(page, ctx)
    if spec.detail is not None:
        data = spec.detail(page, ctx)
        page_ctx = ctx.for_page(page)
    else:
        page_ctx = ctx.for_page(page)
        data = detail_base(page, page_ctx)
        data.update(
            {name: field_value(page, name, page_ctx) for name in api_field_names(spec.model)}
        )
    for name in added_field_names(model, spec):
        data[name] = field_value(page, name, page_ctx)
    return data


def generic_detail(page, ctx):
    ctx = ctx.for_page(page)
    return {
        **detail_base(page, ctx),
        "page_type": page._meta.label,
        "fields": {name: json_value(page, name, ctx) for name in api_field_names(type(page))},
    }


def detail_queryset(model, queryset):
    spec = page_type_for_model(model)
    if spec is None or spec.detail_queryset is None:
        return queryset
    return spec.detail_queryset(queryset)


def search_hit(page, ctx):
    """A page as a search result: a link with a short text about it."""
    spec = page_type_for_model(type(page))
    summary = spec.summary(page) if spec is not None and spec.summary else page.search_description
    return {**page_link(page, ctx), "summary": summary or ""}


# Schemas


def own_schema(spec):
    """The detail schema of a type registered without one, from its model's ``api_fields``."""
    if spec.detail_schema is not None:
        return spec.detail_schema
    fields = {name: field_schema(spec.model, name) for name in api_field_names(spec.model)}
    return create_model(
        f"{spec.model.__name__}Detail",
        __base__=PageBase,
        __doc__=(spec.model.__doc__ or "").strip().splitlines()[0] if spec.model.__doc__ else None,
        type=(Literal[spec.name], ...),
        **fields,
    )


def detail_schema(name):
    """The detail schema of the type ``name``: its own, plus every field a subclass adds."""
    specs = [spec for spec in registered_page_types() if spec.name == name]
    base = own_schema(specs[0])
    added = {}
    for model in get_page_models():
        spec = page_type_for_model(model)
        if spec is None or spec.name != name:
            continue
        for field_name in added_field_names(model, spec):
            if field_name not in added and field_name not in base.model_fields:
                annotation, info = field_schema(model, field_name)
                # Pages of the type's other models have no such field: it may be absent.
                added[field_name] = (annotation | None, Field(None, description=info.description))
    if not added:
        return base
    return create_model(base.__name__, __base__=base, __doc__=base.__doc__, **added)


def type_names():
    return list(dict.fromkeys(spec.name for spec in registered_page_types()))


def detail_schemas():
    """``{type: detail schema}`` of every registered type, and the generic page."""
    schemas = {name: detail_schema(name) for name in type_names()}
    schemas[GENERIC] = GenericPageDetail
    return schemas


def page_detail_schema(schemas):
    """Any page's detail: the union of the types' schemas, discriminated on ``type``."""
    return Annotated[Union[tuple(schemas.values())], Field(discriminator="type")]  # noqa: UP007
