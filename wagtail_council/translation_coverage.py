"""Finds text that editors type but translators would never see.

wagtail-localize extracts segments from the fields and blocks it knows. A
custom block or field that it does not know is silently copied untranslated,
so the English page would show Russian text. These checks find such places
in our models; ``checks.py`` runs them as Django system checks, and the
test suite runs them too, so a new block without translation support breaks
the build.
"""

from django.db import models
from django.utils.functional import Promise
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import COMMENTS_RELATION_NAME, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

# Blocks whose text wagtail-localize extracts, or that hold no text at all.
TRANSLATED_TEXT_BLOCKS = (
    blocks.CharBlock,
    blocks.TextBlock,
    blocks.BlockQuoteBlock,
    blocks.RichTextBlock,
)
NON_TEXT_BLOCKS = (
    blocks.URLBlock,
    blocks.EmailBlock,
    blocks.BooleanBlock,
    blocks.DateBlock,
    blocks.TimeBlock,
    blocks.DateTimeBlock,
    blocks.IntegerBlock,
    blocks.FloatBlock,
    blocks.DecimalBlock,
    blocks.ChooserBlock,
    blocks.StaticBlock,
)
TEXT_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField)


def untranslatable_blocks(block, path=""):
    """Paths of blocks under ``block`` whose editor-typed text would not be translated."""
    problems = []
    name = path or block.name or type(block).__name__
    if hasattr(block, "get_translatable_segments"):
        return problems
    if isinstance(block, blocks.ChoiceBlock):
        for value, label in block.field.choices:
            if label and not isinstance(label, Promise):
                problems.append(
                    f"{name}: choice {value!r} has a label that is not marked for translation"
                )
        return problems
    if isinstance(block, (blocks.StructBlock, blocks.StreamBlock)):
        for child_name, child in block.child_blocks.items():
            problems.extend(untranslatable_blocks(child, f"{name}.{child_name}"))
        return problems
    if isinstance(block, blocks.ListBlock):
        return untranslatable_blocks(block.child_block, f"{name}.item")
    if isinstance(block, TRANSLATED_TEXT_BLOCKS + NON_TEXT_BLOCKS):
        return problems
    problems.append(f"{name}: {type(block).__name__} is not known to wagtail-localize")
    return problems


def untranslatable_fields(model):
    """Text fields and inline rows of ``model`` that would not reach translators."""
    if not issubclass(model, TranslatableMixin):
        if has_text(model):
            return [f"{model._meta.label}: the model is not translatable"]
        return []
    problems = []
    declared = {field.field_name for field in getattr(model, "override_translatable_fields", [])}
    declared |= {
        field.field_name
        for field in getattr(model, "translatable_fields", [])
        if isinstance(field, SynchronizedField)
    }
    for translatable in get_translatable_fields(model):
        field = model._meta.get_field(translatable.field_name)
        label = f"{model._meta.label}.{translatable.field_name}"
        if isinstance(field, StreamField):
            problems.extend(
                f"{label}: {problem}" for problem in untranslatable_blocks(field.stream_block)
            )
        is_text = isinstance(field, TEXT_FIELDS) and not isinstance(
            field, (models.URLField, models.EmailField)
        )
        if (
            is_text
            and isinstance(translatable, SynchronizedField)
            and translatable.field_name not in declared
        ):
            problems.append(
                f"{label}: text is synchronised, not translated, without being declared"
            )
    if issubclass(model, ClusterableModel):
        for relation in get_all_child_relations(model):
            if relation.name == COMMENTS_RELATION_NAME:
                continue  # editors' comments are not content
            child = relation.related_model
            if has_text(child) and not issubclass(child, TranslatableMixin):
                problems.append(
                    f"{model._meta.label}.{relation.name}: inline rows with text lack TranslatableMixin"
                )
            elif issubclass(child, TranslatableMixin):
                problems.extend(untranslatable_fields(child))
    return problems


def has_text(model):
    return any(
        isinstance(field, TEXT_FIELDS)
        and not isinstance(field, (models.URLField, models.EmailField))
        for field in model._meta.get_fields()
    )
