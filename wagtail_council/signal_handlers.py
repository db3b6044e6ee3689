"""Signal handlers, connected in ``WagtailCouncilConfig.ready``."""

from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.images import get_image_model
from wagtail.signals import page_published

from .image_uploads import strip_location_on_upload


def pregenerate_gallery_renditions(sender, instance, **kwargs):
    """Queue a freshly published gallery's renditions, once the publication is committed."""
    from .models import GalleryPage
    from .tasks import generate_gallery_renditions_task

    if isinstance(instance, GalleryPage):
        page_pk = instance.pk
        transaction.on_commit(lambda: generate_gallery_renditions_task.enqueue(page_pk))


def raise_calendar_sequence(sender, instance, **kwargs):
    """Every publish of an event is a new version of it for calendars: ``SEQUENCE`` grows.

    Raised in the database, so concurrent publishes both count; revisions
    never roll it back (``EventPage.with_content_json`` keeps the live value).
    """
    from .models import EventPage

    if isinstance(instance, EventPage):
        EventPage.objects.filter(pk=instance.pk).update(
            calendar_sequence=F("calendar_sequence") + 1
        )
        instance.refresh_from_db(fields=["calendar_sequence"])


def register_signal_handlers():
    from .models import Convocation, Organisation
    from .models.convocations import forget_council_terms

    for model in (Convocation, Organisation):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_council_terms, sender=model, dispatch_uid=f"council-terms-{signal}-{model}"
            )
    page_published.connect(raise_calendar_sequence, dispatch_uid="council-calendar-sequence")
    page_published.connect(
        pregenerate_gallery_renditions, dispatch_uid="council-gallery-renditions"
    )
    pre_save.connect(
        strip_location_on_upload, sender=get_image_model(), dispatch_uid="council-strip-location"
    )
