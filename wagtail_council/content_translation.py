"""Translating content through wagtail-localize with strings from a catalogue.

This is the path a translator takes in the admin: submit the object for
translation, fill in every string segment, then save (and publish) the
target. A site uses it to load content with its translations (the example
site's demo content comes in Russian with English PO files), and tests use it
to make real translations::

    from wagtail_council.content_translation import load_catalogue, translate_with_catalogue

    catalogue = load_catalogue(Path("translations"), "en")  # every en*.po file there
    english_page = translate_with_catalogue(page, Locale.objects.get(language_code="en"), catalogue)

A catalogue is any mapping from a source string to its translation; a string
without a translation raises ``MissingTranslation`` and nothing is saved.
"""

import polib
from django.db import transaction
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource


class MissingTranslation(Exception):
    pass


def load_catalogue(folder, language="en"):
    """``{source: translation}`` from every ``<language>*.po`` file in ``folder``."""
    catalogue = {}
    for path in sorted(folder.glob(f"{language}*.po")):
        catalogue.update(
            {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}
        )
    return catalogue


@transaction.atomic
def translate_with_catalogue(instance, locale, catalogue, publish=True):
    """Translate ``instance`` into ``locale`` with strings from ``catalogue``; returns the target.

    Objects it refers to (snippets such as categories) must be translated first.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    fill_strings(translation, catalogue)
    # wagtail-localize publishes pages in an on-commit hook, with the page as it
    # was in memory; publishing the new revision here, straight away, keeps the
    # tree's child counts right when several translations share a transaction.
    has_drafts = isinstance(instance, DraftStateMixin)
    translation.save_target(publish=not has_drafts)
    target = translation.get_target_instance()
    if publish and has_drafts:
        type(instance).objects.get(pk=target.pk).get_latest_revision().publish()
        target = type(instance).objects.get(pk=target.pk)
    return target


def fill_strings(translation, catalogue):
    """Store a translation for every string segment of the source; fail on gaps."""
    source = translation.source
    segments = source.stringsegment_set.select_related("string", "context")
    missing = []
    for segment in segments:
        text = catalogue.get(segment.string.data)
        if text is None:
            missing.append(segment.string.data)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text},
        )
    if missing:
        raise MissingTranslation("No translation for: " + "; ".join(repr(text) for text in missing))
