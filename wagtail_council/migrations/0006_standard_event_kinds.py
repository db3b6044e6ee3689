from django.db import migrations
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# The kinds every council has, as ``wagtail_council.models.events.STANDARD_KINDS``
# names them when this migration was written.
STANDARD_KINDS = [
    ("session", _("Session of the council")),
    ("committee", _("Committee meeting")),
    ("hearing", _("Public hearing")),
    ("round-table", _("Round table")),
    ("reception", _("Reception of citizens")),
    ("other", _("Other event")),
]


def create_standard_kinds(apps, schema_editor):
    """The standard kinds of event in every language the site has, each named in it."""
    Locale = apps.get_model("wagtailcore", "Locale")
    EventKind = apps.get_model("wagtail_council", "EventKind")
    for slug, name in STANDARD_KINDS:
        translation_key = None
        for locale in Locale.objects.order_by("pk"):
            with translation.override(locale.language_code):
                defaults = {"name": str(name)}
                if translation_key:
                    defaults["translation_key"] = translation_key
                kind, _created = EventKind.objects.get_or_create(
                    locale=locale, slug=slug, defaults=defaults
                )
            translation_key = translation_key or kind.translation_key


class Migration(migrations.Migration):
    dependencies = [("wagtail_council", "0005_events_and_convocations")]

    operations = [migrations.RunPython(create_standard_kinds, migrations.RunPython.noop)]
