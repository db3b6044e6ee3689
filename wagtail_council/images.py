"""Renditions for readers, feeds and APIs.

Every image a reader sees goes through here, so that sizes, formats, alt text
and the "decorative" flag are handled the same way in templates, JSON-LD,
feeds and API representations.
"""

from dataclasses import dataclass

from django.utils.html import format_html
from wagtail.images import get_image_model
from wagtail.images.models import Picture

from .conf import council_settings


def specs_for(role):
    """The filter specs of one image role (``featured``, ``card``, ``content``)."""
    try:
        return tuple(council_settings.IMAGE_SPECS[role])
    except KeyError as error:
        raise ValueError(f"Unknown image role {role!r}") from error


def picture_specs(role):
    """Every spec of a role in every configured format, grouped by format."""
    return [
        f"{spec}|format-{image_format}"
        for image_format in council_settings.PICTURE_FORMATS
        for spec in specs_for(role)
    ]


def fallback_spec(role):
    """The largest rendition in the fallback format: for feeds, JSON-LD and Open Graph."""
    return f"{specs_for(role)[-1]}|format-{council_settings.PICTURE_FORMATS[-1]}"


def rendition_specs(*roles):
    """Every spec of several roles in every format, each once: what a page needs in advance."""
    return list(dict.fromkeys(spec for role in roles for spec in picture_specs(role)))


def prefetch_for(*roles, lookup):
    """A ``Prefetch`` that loads ``lookup`` images with their renditions for some roles.

    Listing pages and galleries use it so that a page of N items costs the
    same number of queries as a page of one.
    """
    from django.db.models import Prefetch

    specs = rendition_specs(*roles)
    return Prefetch(lookup, queryset=get_image_model().objects.prefetch_renditions(*specs))


def renditions_for(images, *roles):
    """Create whatever renditions ``images`` still lack for ``roles``.

    Pass images loaded through ``prefetch_for`` with the same roles: renditions
    that already exist then cost no query, and only the missing ones are encoded.
    """
    specs = rendition_specs(*roles)
    for image in images:
        image.get_renditions(*specs)


def render_picture(image, role, *, alt="", sizes="100vw", lazy=True, css_class=""):
    """A ``<picture>`` with modern formats, ``srcset``, explicit size and lazy loading."""
    if image is None:
        return ""
    renditions = distinct_widths(image.get_renditions(*picture_specs(role)))
    attrs = {"alt": alt, "sizes": sizes, "decoding": "async"}
    if lazy:
        attrs["loading"] = "lazy"
    if css_class:
        attrs["class"] = css_class
    return format_html("{}", Picture(renditions, attrs))


def distinct_widths(renditions):
    """``renditions`` without a second rendition of the same format and width.

    A small original is never enlarged, so two specs can give the same width,
    and a ``srcset`` may not list a width twice.
    """
    seen = set()
    kept = {}
    for spec, rendition in renditions.items():
        key = (spec.rsplit("format-", 1)[-1], rendition.width)
        if key not in seen:
            seen.add(key)
            kept[spec] = rendition
    return kept


@dataclass(frozen=True)
class RenditionData:
    url: str
    width: int
    height: int
    mime_type: str

    def as_dict(self):
        return {
            "url": self.url,
            "width": self.width,
            "height": self.height,
            "mime_type": self.mime_type,
        }


MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


def fallback_mime_type():
    return MIME_TYPES[council_settings.PICTURE_FORMATS[-1]]


def rendition_data(image, role, *, absolute_to=None):
    """The fallback rendition of ``image`` as plain data.

    ``absolute_to`` is a request; when given, the URL is made absolute for
    consumers outside the site (feeds, JSON-LD, APIs).
    """
    spec = fallback_spec(role)
    # ``get_renditions`` uses prefetched renditions without writing them back
    # to the rendition cache, which ``get_rendition`` would do on every call.
    rendition = image.get_renditions(spec)[spec]
    url = rendition.url
    if absolute_to is not None:
        url = absolute_to.build_absolute_uri(url)
    return RenditionData(
        url=url,
        width=rendition.width,
        height=rendition.height,
        mime_type=fallback_mime_type(),
    )


def rendition_sources(image, role, *, request=None):
    """Every rendition of a role as ``{url, width, height, format}``, for APIs."""
    renditions = image.get_renditions(*picture_specs(role))
    return [
        {
            "url": request.build_absolute_uri(rendition.url) if request else rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "format": spec.rsplit("format-", 1)[-1],
        }
        for spec, rendition in renditions.items()
    ]


def image_api_representation(image, role, *, alt, decorative, request=None):
    """How APIs describe an image: renditions, never a bare id."""
    if image is None:
        return None
    fallback = rendition_data(image, role, absolute_to=request)
    return {
        "id": image.pk,
        **fallback.as_dict(),
        "alt": "" if decorative else alt,
        "decorative": decorative,
        "focal_point": focal_point_of(image),
        "sources": rendition_sources(image, role, request=request),
    }


def picture_sources(image, role):
    """``[{"type", "srcset"}]`` per format, best first: a ``<picture>`` for scripts to build."""
    renditions = distinct_widths(image.get_renditions(*picture_specs(role)))
    return [
        {
            "type": MIME_TYPES[image_format],
            "srcset": ", ".join(
                f"{rendition.url} {rendition.width}w"
                for spec, rendition in renditions.items()
                if spec.endswith(f"|format-{image_format}")
            ),
        }
        for image_format in council_settings.PICTURE_FORMATS
    ]


def focal_point_of(image):
    if image.focal_point_x is None:
        return None
    return {
        "x": image.focal_point_x,
        "y": image.focal_point_y,
        "width": image.focal_point_width,
        "height": image.focal_point_height,
    }
