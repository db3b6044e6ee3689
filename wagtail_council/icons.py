"""The site's icons at its root: ``/favicon.ico``, PNG app icons and the Apple touch icon.

Each is a rendition of the icon in the council's site settings, cut square
around its focal point and made once (Wagtail keeps renditions); a site
without an icon, or whose icon's file is lost, gets the package's own, so
browsers never meet a 404 (Lighthouse counts one as a console error).
``site_urls`` serves them, and ``includes/site_icons.html`` links them.
"""

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

from .reader.languages import site_details
from .reader.navigation import site_for_request

DEFAULT_ICONS = Path(__file__).resolve().parent / "static" / "wagtail_council" / "icons"
# Browsers ask for icons on every page: they may keep one for a day.
MAX_AGE = 24 * 60 * 60


@dataclass(frozen=True)
class Icon:
    """One icon file: the rendition made of the site's icon, and the package's own."""

    filter_spec: str
    content_type: str
    default_file: str


# An ICO holds every size Pillow makes up to the rendition's: 16, 24, 32 and 48 pixels.
FAVICON = Icon("fill-48x48|format-ico", "image/x-icon", "favicon.ico")
ICON_192 = Icon("fill-192x192|format-png", "image/png", "icon-192.png")
ICON_512 = Icon("fill-512x512|format-png", "image/png", "icon-512.png")
APPLE_TOUCH_ICON = Icon("fill-180x180|format-png", "image/png", "apple-touch-icon.png")


@cache
def default_icon(icon):
    """The package's own icon file, read once per process, with its ETag."""
    content = (DEFAULT_ICONS / icon.default_file).read_bytes()
    return content, f'"default-{hashlib.sha256(content).hexdigest()[:16]}"'


def site_icon(request, icon):
    """The site's icon as ``icon`` asks for it, with its ETag; ``None`` without a usable one."""
    details = site_details(site_for_request(request), request=request)
    image = getattr(details, "icon", None)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(icon.filter_spec)
        with rendition.file.open("rb") as file:
            content = file.read()
    except OSError:
        # Wagtail's SourceImageIOError (the original's file is lost) is one.
        return None
    return content, f'"{rendition.pk}-{Path(rendition.file.name).name}"'


def icon_view(icon):
    """A view answering ``GET`` and ``HEAD`` with ``icon``; ``304`` when the reader has it."""

    @require_safe
    def serve(request):
        content, etag = site_icon(request, icon) or default_icon(icon)
        response = HttpResponse(content, content_type=icon.content_type)
        response["ETag"] = etag
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        return get_conditional_response(request, etag=etag, response=response)

    return serve


favicon = icon_view(FAVICON)
icon_192 = icon_view(ICON_192)
icon_512 = icon_view(ICON_512)
apple_touch_icon = icon_view(APPLE_TOUCH_ICON)
