"""Checks of what editors wrote, shown as warnings when a page is saved.

They catch the mistakes the old council site made: every photo captioned
with the article title, images without descriptions, and headings that skip
levels. They warn rather than block, because the editor may be mid-way.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.blocks import StreamValue, StructValue
from wagtail.fields import StreamField


@dataclass(frozen=True)
class ImageText:
    where: str
    alt: str
    caption: str
    decorative: bool


def normalised(text):
    return " ".join((text or "").split()).casefold().strip(" .!?…")


def images_of(page):
    """Every image on the page with its description and caption."""
    found = []
    if getattr(page, "featured_image_id", None):
        found.append(
            ImageText(
                _("Featured image"),
                page.featured_image_alt,
                page.featured_image_caption,
                page.featured_image_decorative,
            )
        )
    for number, photo in enumerate(
        getattr(page, "photos", None).all() if hasattr(page, "photos") else [], 1
    ):
        found.append(
            ImageText(
                _("Photo %(number)s") % {"number": number},
                photo.alt_text,
                photo.caption,
                photo.decorative,
            )
        )
    for value in stream_values(page):
        found.extend(images_in(value))
    return found


def stream_values(page):
    return [
        getattr(page, field.name)
        for field in page._meta.get_fields()
        if isinstance(field, StreamField)
    ]


def images_in(value, where=""):
    """Images inside a StreamField value: any struct with an image and its alt text."""
    found = []
    if isinstance(value, StreamValue):
        for number, child in enumerate(value, 1):
            label = f"{child.block.label} {number}"
            found.extend(images_in(child.value, label))
    elif isinstance(value, StructValue):
        if "image" in value and "alt_text" in value and value.get("image"):
            found.append(
                ImageText(
                    where,
                    value.get("alt_text", ""),
                    value.get("caption", ""),
                    bool(value.get("decorative")),
                )
            )
        else:
            for name, child in value.items():
                found.extend(images_in(child, f"{where} › {value.block.child_blocks[name].label}"))
    elif isinstance(value, (list, blocks.list_block.ListValue)):
        for number, child in enumerate(value, 1):
            found.extend(images_in(child, f"{where} {number}"))
    return found


def heading_levels(page):
    levels = []
    for value in stream_values(page):
        for child in value:
            if child.block_type == "heading":
                levels.append(int(child.value["level"][1]))
    return levels


def check_page(page):
    """Problems an editor should fix, as translated sentences."""
    problems = []
    title = normalised(page.title)
    seen_captions = {}
    for image in images_of(page):
        if not image.decorative and not image.alt.strip():
            problems.append(
                _("%(where)s has no description (alt text). Describe it or mark it as decorative.")
                % {"where": image.where}
            )
        if title and normalised(image.alt) == title:
            problems.append(
                _("The description of %(where)s repeats the page title. Say what the image shows.")
                % {"where": image.where}
            )
        caption = normalised(image.caption)
        if caption and caption == title:
            problems.append(
                _(
                    "The caption of %(where)s repeats the page title. Say what happens in this image."
                )
                % {"where": image.where}
            )
        elif caption and caption in seen_captions:
            problems.append(
                _("The caption of %(where)s repeats the caption of %(other)s.")
                % {"where": image.where, "other": seen_captions[caption]}
            )
        elif caption:
            seen_captions[caption] = image.where
    previous = 1  # the page title is the level 1 heading
    for level in heading_levels(page):
        if level > previous + 1:
            problems.append(
                _(
                    "A level %(level)s heading follows a level %(previous)s heading; do not skip levels."
                )
                % {"level": level, "previous": previous}
            )
        previous = level
    return problems
