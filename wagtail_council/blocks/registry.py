"""The structured (API) form of every block, looked up by block class.

Blocks own this registry; the content API fills it with a schema and a
serializer for each of our block types (``wagtail_council.api.serializers.blocks``)
and a fallback that types Wagtail's plain field blocks. Sites that add their
own blocks to our streams register them the same way::

    from wagtail_council.blocks import register_block_type

    register_block_type(MapBlock, MapSchema, lambda block, value, ctx: {...})

``ctx`` is a ``wagtail_council.reader.context.ReaderContext``.
"""

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class BlockType:
    schema: Any
    serialize: Any  # (block, value, ctx) -> data matching ``schema``


_registry = {}
_fallbacks = []


def register_block_type(block_class, schema, serialize):
    """Declare the schema and serializer of a block class (and its subclasses)."""
    _registry[block_class] = BlockType(schema, serialize)


def register_block_type_fallback(find):
    """Add ``find(block) -> BlockType | None``, asked for blocks with no registered type."""
    if find not in _fallbacks:
        _fallbacks.append(find)


def block_type_for(block):
    for cls in type(block).__mro__:
        if cls in _registry:
            return _registry[cls]
    for find in _fallbacks:
        found = find(block)
        if found is not None:
            return found
    raise ImproperlyConfigured(
        f"The API has no schema for {type(block).__name__}; "
        "register one with wagtail_council.blocks.register_block_type()."
    )


def serialize_value(block, value, ctx):
    return block_type_for(block).serialize(block, value, ctx)
