"""Images as rendition objects: sizes, formats, ``srcset``, alt text and focal point."""

from functools import lru_cache

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from ...conf import council_settings
from ...images import MIME_TYPES, fallback_mime_type, fallback_spec, picture_specs
from ...reader.frontend import absolute


def specs_of_roles(*roles):
    """Every rendition spec of ``roles`` in every format, each once."""
    return list(dict.fromkeys(spec for role in roles for spec in picture_specs(role)))


def prefetch_renditions(images, *roles):
    """Load the renditions of ``roles`` for every image in one query.

    Pass every role a response will use for these images: renditions missing
    from a prefetch are created, not looked up, by Wagtail.
    """
    images = [image for image in images if image is not None]
    if not images:
        return
    for image in images:
        # Renditions prefetched for other roles would hide these ones, and
        # Wagtail would encode them again rather than look them up.
        image.__dict__.pop("prefetched_renditions", None)
    rendition_model = get_image_model().get_rendition_model()
    prefetch_related_objects(
        images,
        Prefetch(
            "renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=specs_of_roles(*roles)),
            to_attr="prefetched_renditions",
        ),
    )


@lru_cache(maxsize=512)
def filter_for(spec):
    """One ``Filter`` per spec for the process: Wagtail parses a filter's operations once."""
    return Filter(spec=spec)


def renditions_of(image, *roles):
    """``{spec: rendition}`` of every spec of ``roles``, from prefetched renditions when loaded."""
    return image.get_renditions(*(filter_for(spec) for spec in specs_of_roles(*roles)))


def image_data(image, role, *, alt, decorative, request=None, renditions=None):
    """An ``Image`` schema object, or ``None`` without an image.

    ``renditions`` may hold this role's renditions already (see ``renditions_of``).
    """
    if image is None:
        return None
    if renditions is None:
        renditions = renditions_of(image, role)
    fallback = renditions[fallback_spec(role)]
    sources = []
    for image_format in council_settings.PICTURE_FORMATS:
        by_width = {}
        for spec in picture_specs(role):
            if spec.endswith(f"|format-{image_format}"):
                rendition = renditions[spec]
                # A small original is never enlarged: equal widths appear once.
                by_width.setdefault(rendition.width, absolute(rendition.url, request))
        sources.append(
            {
                "type": MIME_TYPES[image_format],
                "srcset": ", ".join(f"{url} {width}w" for width, url in sorted(by_width.items())),
            }
        )
    return {
        "url": absolute(fallback.url, request),
        "width": fallback.width,
        "height": fallback.height,
        "mime_type": fallback_mime_type(),
        "alt": "" if decorative else (alt or ""),
        "decorative": bool(decorative),
        "focal_point": focal_point(image),
        "srcset": sources[-1]["srcset"],
        "sources": sources,
    }


def focal_point(image):
    if image.focal_point_x is None:
        return None
    return {
        "x": image.focal_point_x,
        "y": image.focal_point_y,
        "width": image.focal_point_width,
        "height": image.focal_point_height,
    }


def figure_data(image, role, *, alt, decorative, caption="", credit="", request=None):
    if image is None:
        return None
    return {
        "image": image_data(image, role, alt=alt, decorative=decorative, request=request),
        "caption": caption or "",
        "credit": credit or "",
    }


def document_data(document, *, title="", request=None):
    if document is None:
        return None
    try:
        size = document.get_file_size()
    except OSError:
        size = None
    return {
        "title": title or document.title,
        "url": absolute(document.url, request),
        "file_extension": document.file_extension,
        "file_size": size,
    }
