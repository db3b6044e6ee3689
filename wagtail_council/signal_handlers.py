"""Signal handlers, connected in ``WagtailCouncilConfig.ready``."""

from django.db import transaction
from django.db.models.signals import pre_save
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


def register_signal_handlers():
    page_published.connect(
        pregenerate_gallery_renditions, dispatch_uid="council-gallery-renditions"
    )
    pre_save.connect(
        strip_location_on_upload, sender=get_image_model(), dispatch_uid="council-strip-location"
    )
