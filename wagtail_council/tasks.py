"""Background work, through django-tasks as Wagtail itself uses it.

With django-tasks' default immediate backend (tests, the demo) a task runs as
soon as it is enqueued; with a queue backend a worker runs it, so publishing
never waits for image encoding.
"""

import logging

from django_tasks import task

from .reader.images import prefetch_for, renditions_for
from .reader.photos import PHOTO_ROLES

logger = logging.getLogger(__name__)


@task()
def generate_gallery_renditions_task(page_pk):
    """Encode every rendition a gallery's readers will ask for, before the first reader comes.

    The first visitor of a freshly published 200-photo gallery would otherwise
    wait for hundreds of AVIF, WebP and JPEG encodes.
    """
    from .models import GalleryPage, GalleryPhoto

    if not GalleryPage.objects.filter(pk=page_pk).exists():
        return 0
    photos = GalleryPhoto.objects.filter(page_id=page_pk).prefetch_related(
        prefetch_for(*PHOTO_ROLES, lookup="image")
    )
    done = 0
    for photo in photos:
        try:
            renditions_for([photo.image], *PHOTO_ROLES)
        except OSError:
            # A missing or unreadable file stops this photo only; readers of
            # the page get the same error logged, not a broken gallery.
            logger.warning("Could not make renditions of image %s", photo.image_id, exc_info=True)
            continue
        done += 1
    return done
