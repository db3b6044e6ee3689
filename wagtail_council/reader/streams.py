"""What a StreamField shows, found in one walk and loaded in bulk before rendering.

HTML and the APIs both start a page's body here: every image (for its
renditions), every model instance a chooser picked (people for their roles),
and every rich text (for its links), however deeply nested, so that a body of
any length costs the same number of queries.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import models
from wagtail import blocks
from wagtail.images.models import AbstractImage

from .images import prefetch_renditions
from .people import prefetch_people

# People are found by their model's label: this layer imports no models.
PERSON_MODEL = "wagtail_council.person"


@dataclass
class StreamContents:
    images: list = field(default_factory=list)
    rich_texts: list = field(default_factory=list)
    instances: dict = field(default_factory=lambda: defaultdict(list))

    @property
    def people(self):
        return self.instances.get(PERSON_MODEL, [])

    def add(self, other):
        self.images += other.images
        self.rich_texts += other.rich_texts
        for label, found in other.instances.items():
            self.instances[label] += found


def contents_of(stream_value):
    """Every image, chosen instance and rich text inside a stream, however deeply nested."""
    found = StreamContents()

    def walk(block, value):
        if value is None:
            return
        if isinstance(block, blocks.StreamBlock):
            for child in value:
                walk(child.block, child.value)
        elif isinstance(block, blocks.StructBlock):
            for name, child in block.child_blocks.items():
                walk(child, value.get(name))
        elif isinstance(block, blocks.ListBlock):
            for item in value:
                walk(block.child_block, item)
        elif isinstance(block, blocks.RichTextBlock):
            found.rich_texts.append(value.source)
        elif isinstance(value, AbstractImage):
            found.images.append(value)
        elif isinstance(value, models.Model):
            found.instances[value._meta.label_lower].append(value)

    for child in stream_value or ():
        walk(child.block, child.value)
    return found


def prepare_streams(stream_values, image_roles, *, portrait_roles=(), images=()):
    """Load in bulk what the streams show: renditions of ``image_roles``, people with roles.

    ``images`` outside the streams (a featured image) join the same rendition
    query. People's photos and their renditions are loaded only for
    ``portrait_roles`` (the APIs show a speaker's photo; the HTML does not).
    Returns the contents found, for loading more (such as link targets) in
    the caller's own way.
    """
    found = StreamContents()
    for stream_value in stream_values:
        found.add(contents_of(stream_value))
    prefetch_renditions([*found.images, *images], *image_roles)
    prefetch_people(found.people, *portrait_roles)
    return found
