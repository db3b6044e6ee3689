"""Which pages name a person, from Wagtail's reference index rather than by scanning bodies."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from ..models import Person


def pages_naming(person_slug):
    """Ids of pages whose live content refers to the person with this slug, in any language.

    The reference index describes each page's live row (Wagtail reindexes
    the row saved in the database, not a draft), so drafts never match.
    """
    people = [
        str(pk) for pk in Person.objects.filter(slug=person_slug).values_list("pk", flat=True)
    ]
    if not people:
        return []
    object_ids = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(Person),
        to_object_id__in=people,
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    return sorted({int(object_id) for object_id in object_ids})
