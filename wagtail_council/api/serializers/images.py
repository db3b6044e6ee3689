"""Images as rendition objects: sizes, formats, ``srcset``, alt text and focal point.

The renditions themselves come from ``wagtail_council.reader.images``, as the
HTML's do; this module only shapes them as the schemas describe.
"""

from functools import partial

from ...reader.frontend import absolute
from ...reader.images import (
    fallback_mime_type,
    fallback_spec,
    focal_point_of,
    picture_sources,
    renditions_of,
)


def image_data(image, role, *, alt, decorative, request=None, renditions=None):
    """An ``Image`` schema object, or ``None`` without an image.

    ``renditions`` may hold this role's renditions already (see ``renditions_of``).
    """
    if image is None:
        return None
    if renditions is None:
        renditions = renditions_of(image, role)
    fallback = renditions[fallback_spec(role)]
    sources = picture_sources(
        image, role, url=partial(absolute, request=request), renditions=renditions
    )
    return {
        "url": absolute(fallback.url, request),
        "width": fallback.width,
        "height": fallback.height,
        "mime_type": fallback_mime_type(),
        "alt": "" if decorative else (alt or ""),
        "decorative": bool(decorative),
        "focal_point": focal_point_of(image),
        "srcset": sources[-1]["srcset"],
        "sources": sources,
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
