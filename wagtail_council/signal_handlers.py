"""Signal handlers, connected in ``WagtailCouncilConfig.ready``."""

from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .image_uploads import strip_location_on_upload
from .models import Convocation, CouncilSiteSettings, EventPage, GalleryPage, Organisation
from .models.convocations import forget_council_terms
from .reader.context import forget_reader_content
from .tasks import generate_gallery_renditions_task


def pregenerate_gallery_renditions(sender, instance, **kwargs):
    """Queue a freshly published gallery's renditions, once the publication is committed."""
    if isinstance(instance, GalleryPage):
        page_pk = instance.pk
        transaction.on_commit(lambda: generate_gallery_renditions_task.enqueue(page_pk))


def raise_calendar_sequence(sender, instance, **kwargs):
    """Every publish of an event is a new version of it for calendars: ``SEQUENCE`` grows.

    Raised in the database, so concurrent publishes both count; revisions
    never roll it back (``EventPage.with_content_json`` keeps the live value).
    """
    if isinstance(instance, EventPage):
        EventPage.objects.filter(pk=instance.pk).update(
            calendar_sequence=F("calendar_sequence") + 1
        )
        instance.refresh_from_db(fields=["calendar_sequence"])


def forget_reader_content_of_pages(sender, instance, **kwargs):
    """Any page saved or deleted may change the site's menu: it is read again."""
    if isinstance(instance, Page):
        forget_reader_content()


def register_signal_handlers():
    # What every page's frame shows (menu, home page, the council's details).
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget_reader_content, dispatch_uid=f"council-reader-content-{signal}")
    for signal in (post_save, post_delete):
        signal.connect(
            forget_reader_content_of_pages, dispatch_uid=f"council-reader-pages-{signal}"
        )
        for model in (PageViewRestriction, Site, Locale, CouncilSiteSettings, get_image_model()):
            signal.connect(
                forget_reader_content,
                sender=model,
                dispatch_uid=f"council-reader-content-{signal}-{model}",
            )
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
