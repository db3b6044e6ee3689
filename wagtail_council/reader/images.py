"""Renditions for readers, feeds and APIs.

Every image a reader sees goes through here, so that sizes, formats, alt text
and the "decorative" flag are handled the same way in templates, JSON-LD,
feeds and API representations.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.html import format_html
from wagtail.images import get_image_model
from wagtail.images.models import Filter, Picture

from ..conf import council_settings

# Image roles (sizes in ``WAGTAIL_COUNCIL_IMAGE_SPECS``) that the package itself uses;
# gallery roles are in ``photos``.
FEATURED_ROLE = "featured"
CARD_ROLE = "card"
CONTENT_ROLE = "content"
PORTRAIT_ROLE = "portrait"
# The site's logo (never cropped) and its square icon.
LOGO_ROLE = "logo"
ICON_ROLE = "icon"
# An article's image as search engines ask for it: 16:9 (the featured role's
# largest), 4:3 and 1:1, each cropped around the focal point, 1200 pixels wide.
ARTICLE_4X3_ROLE = "article_4x3"
ARTICLE_1X1_ROLE = "article_1x1"
ARTICLE_IMAGE_ROLES = (FEATURED_ROLE, ARTICLE_4X3_ROLE, ARTICLE_1X1_ROLE)
# Specs of the roles above that a site's own ``WAGTAIL_COUNCIL_IMAGE_SPECS`` may leave out.
BUILT_IN_SPECS = {
    ARTICLE_4X3_ROLE: ("fill-1200x900",),
    ARTICLE_1X1_ROLE: ("fill-1200x1200",),
}


def specs_for(role):
    """The filter specs of one image role (``featured``, ``card``, ``content``)."""
    specs = council_settings.IMAGE_SPECS.get(role) or BUILT_IN_SPECS.get(role)
    if not specs:
        raise ValueError(f"Unknown image role {role!r}")
    return tuple(specs)


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
    specs = rendition_specs(*roles)
    return Prefetch(lookup, queryset=get_image_model().objects.prefetch_renditions(*specs))


def prefetch_renditions(images, *roles):
    """Load the renditions of ``roles`` for images already in memory, in one query.

    The counterpart of ``prefetch_for`` for objects that did not come from a
    queryset (images inside StreamField blocks, a person's photo). Pass every
    role the response will use: renditions missing from a prefetch are
    created, not looked up, by Wagtail.
    """
    images = list({id(image): image for image in images if image is not None}.values())
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
            queryset=rendition_model.objects.filter(filter_spec__in=rendition_specs(*roles)),
            to_attr="prefetched_renditions",
        ),
    )


def with_fallback_renditions(image, *roles):
    """Make sure a prefetch of ``image``'s renditions has the fallback ones of ``roles``.

    Renditions missing from a prefetch are made again, not looked up, by
    Wagtail; so when the image's prefetch (for other roles) lacks them, they
    are loaded in one query. Without a prefetch, nothing is done: Wagtail
    looks them up in its rendition cache, then the database. Only fallback
    renditions are checked: JSON-LD and feeds read no other.
    """
    prefetched = image.__dict__.get("prefetched_renditions")
    if prefetched is None:
        return
    have = {rendition.filter_spec for rendition in prefetched}
    if not all(fallback_spec(role) in have for role in roles):
        prefetch_renditions([image], *roles)


@lru_cache(maxsize=512)
def filter_for(spec):
    """One ``Filter`` per spec for the process: Wagtail parses a filter's operations once."""
    return Filter(spec=spec)


def renditions_of(image, *roles):
    """``{spec: rendition}`` of every spec of ``roles``, from prefetched renditions when loaded."""
    return image.get_renditions(*(filter_for(spec) for spec in rendition_specs(*roles)))


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
    renditions = distinct_widths(renditions_of(image, role))
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


def picture_sources(image, role, *, url=str, renditions=None):
    """``[{"type", "srcset"}]`` per format, best first: a ``<picture>`` for scripts and APIs.

    ``url`` turns a rendition URL into the one to show (absolute, for APIs).
    A small original is never enlarged, so a width appears once per format.
    """
    if renditions is None:
        renditions = renditions_of(image, role)
    sources = []
    for image_format in council_settings.PICTURE_FORMATS:
        by_width = {}
        for spec in picture_specs(role):
            if spec.endswith(f"|format-{image_format}"):
                rendition = renditions[spec]
                by_width.setdefault(rendition.width, rendition.url)
        sources.append(
            {
                "type": MIME_TYPES[image_format],
                "srcset": ", ".join(
                    f"{url(rendition_url)} {width}w"
                    for width, rendition_url in sorted(by_width.items())
                ),
            }
        )
    return sources


def focal_point_of(image):
    if image.focal_point_x is None:
        return None
    return {
        "x": image.focal_point_x,
        "y": image.focal_point_y,
        "width": image.focal_point_width,
        "height": image.focal_point_height,
    }
