"""Which people and organisations the content API lists.

The rule for pages lives in ``wagtail_council.reader.visibility``; these two
sit here because they read our models, which the reader layer cannot import.
"""

from ..models import Organisation, Person


def visible_people():
    """Every person in the directory: snippets have no drafts and no view restrictions."""
    return Person.objects.all()


def visible_organisations():
    return Organisation.objects.all()
