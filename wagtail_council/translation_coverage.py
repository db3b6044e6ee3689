"""Finds text that editors type but translators would never see.

wagtail-localize extracts segments from the fields and blocks it knows. A
custom block or field that it does not know is silently copied untranslated,
so the English page would show Russian text. These checks find such places
in our models, and links to translatable snippets (a kind of event, a person,
a convocation) that would be copied rather than repointed, so that a
translation would show the source language's kind, person or convocation.
``checks.py`` runs them over a site's page and snippet models
as the system check ``wagtail_council.E001``, and the test suite runs them
too, so a new block without translation support breaks the build.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import COMMENTS_RELATION_NAME, Page, TranslatableMixin
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

UNKNOWN_BLOCK_HINT = (
    "Build the block from blocks wagtail-localize extracts (CharBlock, TextBlock, "
    "RichTextBlock, StructBlock, StreamBlock, ListBlock), or give it "
    "get_translatable_segments() and restore_translated_segments() methods."
)
CHOICE_LABEL_HINT = "Wrap the choice labels in gettext_lazy(), so translators see them."
MODEL_HINT = "Add wagtail.models.TranslatableMixin to the model, or keep text out of it."
INLINE_HINT = "Add wagtail.models.TranslatableMixin to the inline model."
SYNCHRONISED_LINK_HINT = (
    "Let wagtail-localize translate the link (drop the SynchronizedField), so that each "
    "translation points at the linked object's translation in its own language."
)
SYNCHRONISED_HINT = (
    "If the text is meant to be the same in every language, declare "
    "SynchronizedField(...) in override_translatable_fields; otherwise make it a "
    "TranslatableField."
)


@dataclass(frozen=True)
class Gap:
    """A place where editors' text would not reach translators, and how to close it.

    ``where`` is a dotted path: the model's label, then the field or relation,
    then the block path inside a StreamField (``home.HomePage.body.card.code``).
    """

    where: str
    reason: str
    hint: str

    def __str__(self):
        return f"{self.where}: {self.reason}"


def untranslatable_blocks(block, path=""):
    """Gaps in blocks under ``block`` whose editor-typed text would not be translated."""
    problems = []
    name = path or block.name or type(block).__name__
    if hasattr(block, "get_translatable_segments"):
        return problems
    if isinstance(block, blocks.ChoiceBlock):
        for value, label in block.field.choices:
            if label and not isinstance(label, Promise):
                problems.append(
                    Gap(
                        name,
                        f"choice {value!r} has a label that is not marked for translation",
                        CHOICE_LABEL_HINT,
                    )
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
    problems.append(
        Gap(name, f"{type(block).__name__} is not known to wagtail-localize", UNKNOWN_BLOCK_HINT)
    )
    return problems


def untranslatable_fields(model):
    """Gaps in the text fields and inline rows of ``model`` that would not reach translators."""
    if not issubclass(model, TranslatableMixin):
        if has_text(model):
            return [Gap(model._meta.label, "the model is not translatable", MODEL_HINT)]
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
            problems.extend(untranslatable_blocks(field.stream_block, label))
        is_text = isinstance(field, TEXT_FIELDS) and not isinstance(
            field, (models.URLField, models.EmailField)
        )
        if links_a_translatable_snippet(field) and isinstance(translatable, SynchronizedField):
            problems.append(
                Gap(
                    label,
                    f"a link to a translatable {field.related_model._meta.label} is "
                    "synchronised, not repointed to its translation",
                    SYNCHRONISED_LINK_HINT,
                )
            )
        if (
            is_text
            and isinstance(translatable, SynchronizedField)
            and translatable.field_name not in declared
        ):
            problems.append(
                Gap(
                    label,
                    "text is synchronised, not translated, without being declared",
                    SYNCHRONISED_HINT,
                )
            )
    if issubclass(model, ClusterableModel):
        for relation in get_all_child_relations(model):
            if relation.name == COMMENTS_RELATION_NAME:
                continue  # editors' comments are not content
            child = relation.related_model
            if has_text(child) and not issubclass(child, TranslatableMixin):
                problems.append(
                    Gap(
                        f"{model._meta.label}.{relation.name}",
                        "inline rows with text lack TranslatableMixin",
                        INLINE_HINT,
                    )
                )
            elif issubclass(child, TranslatableMixin):
                problems.extend(untranslatable_fields(child))
    return problems


def links_a_translatable_snippet(field):
    """A foreign key to a translatable model other than a page (pages are localised when read)."""
    related = getattr(field, "related_model", None)
    return (
        isinstance(field, models.ForeignKey)
        and related is not None
        and issubclass(related, TranslatableMixin)
        and not issubclass(related, Page)
    )


def has_text(model):
    return any(
        isinstance(field, TEXT_FIELDS)
        and not isinstance(field, (models.URLField, models.EmailField))
        for field in model._meta.get_fields()
    )
