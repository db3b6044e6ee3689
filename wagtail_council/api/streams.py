"""StreamFields as typed lists: each block type a schema, the stream a discriminated union.

A stream serializes to ``[{"type": "quote", "id": "…", "value": {…}}, …]``.
Each ``(name, block)`` child of a StreamBlock gets its own schema component
(``QuoteBlock``, ``ImageBlock``…) whose ``type`` is the constant ``name``, so
OpenAPI tools and TypeScript narrow ``value`` by ``type``.

The value schema and serializer of a block class come from the blocks'
registry (``wagtail_council.blocks.registry``), which this module fills: our
own blocks' serializers, and a fallback that types Wagtail's plain field
blocks and the structs and lists made of them.
"""

import datetime
from typing import Annotated, Literal, Union

from pydantic import Field, create_model
from wagtail import blocks

from ..blocks.registry import (
    BlockType,
    block_type_for,
    register_block_type,
    register_block_type_fallback,
    serialize_value,
)
from ..reader.images import PORTRAIT_ROLE
from ..reader.streams import prepare_streams as reader_prepare_streams
from .schemas.common import ApiSchema
from .serializers.rich_text import prefetch_links

_block_models = {}


def generic_block_type(block):
    """Schemas for Wagtail's plain field blocks, and structs and lists made of them."""
    simple = [
        ((blocks.BooleanBlock,), bool),
        ((blocks.IntegerBlock,), int | None),
        ((blocks.FloatBlock, blocks.DecimalBlock), float | None),
        ((blocks.DateBlock,), datetime.date | None),
        ((blocks.DateTimeBlock,), datetime.datetime | None),
        (
            (blocks.CharBlock, blocks.TextBlock, blocks.URLBlock, blocks.EmailBlock),
            str,
        ),
        ((blocks.ChoiceBlock,), str),
    ]
    for classes, schema in simple:
        if isinstance(block, classes):
            return BlockType(schema, serialize_plain)
    if isinstance(block, blocks.StructBlock):
        fields = {
            name: (block_type_for(child).schema, ...) for name, child in block.child_blocks.items()
        }
        model = create_model(type(block).__name__, __base__=ApiSchema, **fields)
        return BlockType(model, serialize_struct)
    if isinstance(block, blocks.ListBlock):
        return BlockType(list[block_type_for(block.child_block).schema], serialize_list)
    return None


def serialize_plain(block, value, ctx):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value
    return value if value is not None else ("" if isinstance(block, blocks.CharBlock) else None)


def serialize_struct(block, value, ctx):
    return {
        name: serialize_value(child, value.get(name), ctx)
        for name, child in block.child_blocks.items()
    }


def serialize_list(block, value, ctx):
    return [serialize_value(block.child_block, item, ctx) for item in value]


def component_name(name):
    return "".join(part.capitalize() for part in name.split("_")) + "Block"


def block_schema(name, block):
    """The ``{"type": name, "id", "value"}`` schema of one child of a stream."""
    key = (name, type(block))
    if key not in _block_models:
        model_name = component_name(name)
        if any(existing[0] == name for existing in _block_models):
            model_name = f"{model_name}{type(block).__name__}"
        _block_models[key] = create_model(
            model_name,
            __base__=ApiSchema,
            __doc__=str(getattr(block.meta, "description", "") or block.label or name),
            type=(Literal[name], ...),
            id=(str, Field(description="Stable identifier of the block within the stream.")),
            value=(block_type_for(block).schema, ...),
        )
    return _block_models[key]


def stream_schema(stream_block):
    """The type of a StreamField's value: a list of its blocks, discriminated on ``type``."""
    if isinstance(stream_block, type):
        stream_block = stream_block()
    members = tuple(block_schema(name, block) for name, block in stream_block.child_blocks.items())
    if len(members) == 1:
        return list[members[0]]
    return list[Annotated[Union[members], Field(discriminator="type")]]  # noqa: UP007


def serialize_stream(stream_value, ctx):
    return [
        {
            "type": child.block_type,
            "id": child.id or "",
            "value": serialize_value(child.block, child.value, ctx),
        }
        for child in stream_value
    ]


def prepare_streams(stream_values, ctx, image_roles):
    """Load what the streams show in bulk: renditions, people with roles and photos, link targets."""
    found = reader_prepare_streams(stream_values, image_roles, portrait_roles=(PORTRAIT_ROLE,))
    prefetch_links(found.rich_texts, ctx)


register_block_type_fallback(generic_block_type)

from .serializers import blocks as _builtin_blocks  # noqa: E402,F401  (registers our blocks)

__all__ = ["BlockType", "block_type_for", "register_block_type", "serialize_value"]
