"""A page model's ``api_fields`` as schema fields and values, for types registered without a schema.

Each field named in ``api_fields`` gets its schema type and its value from
its model field: text as strings, rich text as HTML with links resolved,
StreamFields as typed blocks, images as renditions, documents as files,
pages as links in the reader's language. A field the mapping does not know,
and which names no serializer of its own, is a configuration error found
when the API is built, not a 500 later.
"""

import datetime
import decimal

from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.db import models
from pydantic import Field
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from ..reader.images import CONTENT_ROLE, prefetch_renditions
from .schemas.common import PageLink
from .schemas.images import DocumentFile, Image
from .serializers.images import document_data, image_data
from .serializers.pages import localized_link
from .serializers.rich_text import prefetch_links, rich_text_html
from .streams import prepare_streams, serialize_stream, stream_schema

PLAIN = (
    (models.BooleanField, bool),
    (models.IntegerField, int),
    (models.FloatField, float),
    (models.DecimalField, decimal.Decimal),
    (models.DateTimeField, datetime.datetime),
    (models.DateField, datetime.date),
    (models.TimeField, datetime.time),
    (models.CharField, str),
    (models.TextField, str),
)


def api_field_names(model):
    return [getattr(api_field, "name", api_field) for api_field in getattr(model, "api_fields", [])]


def model_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def field_schema(model, name):
    """``(annotation, pydantic Field)`` of ``model.<name>`` in a detail schema."""
    field = model_field(model, name)
    description = str(getattr(field, "help_text", "") or "") or None
    if isinstance(field, RichTextField):
        return str, Field(description=description or "HTML.")
    if isinstance(field, StreamField):
        return stream_schema(field.stream_block), Field(description=description)
    if isinstance(field, models.ForeignKey):
        target = field.related_model
        if issubclass(target, get_image_model()):
            return Image | None, Field(description=description)
        if issubclass(target, get_document_model()):
            return DocumentFile | None, Field(description=description)
        if issubclass(target, Page):
            return PageLink | None, Field(description=description)
    for field_class, annotation in PLAIN:
        if isinstance(field, field_class):
            if field.null:
                annotation = annotation | None
            return annotation, Field(description=description)
    raise ImproperlyConfigured(
        f"{model._meta.label}.api_fields names “{name}”, which the content API cannot type. "
        "Register the page type with a detail_schema and a detail serializer of its own."
    )


def field_value(page, name, ctx):
    """The value of ``page.<name>`` as ``field_schema`` describes it."""
    field = model_field(type(page), name)
    value = getattr(page, name)
    if isinstance(field, RichTextField):
        prefetch_links([value], ctx)
        return rich_text_html(value, ctx)
    if isinstance(field, StreamField):
        prepare_streams([value], ctx, (CONTENT_ROLE,))
        return serialize_stream(value, ctx)
    if isinstance(field, models.ForeignKey):
        target = field.related_model
        if issubclass(target, get_image_model()):
            prefetch_renditions([value], CONTENT_ROLE)
            return image_data(value, CONTENT_ROLE, alt="", decorative=True, request=ctx.request)
        if issubclass(target, get_document_model()):
            return document_data(value, request=ctx.request)
        if issubclass(target, Page):
            return localized_link(value, ctx)
    return value


def json_value(page, name, ctx):
    """A field of an unregistered page type as plain JSON."""
    try:
        field_schema(type(page), name)
    except ImproperlyConfigured:
        value = getattr(page, name, None)
        return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
    value = field_value(page, name, ctx)
    if isinstance(value, (datetime.date, datetime.time, decimal.Decimal)):
        return value.isoformat() if not isinstance(value, decimal.Decimal) else str(value)
    return value
