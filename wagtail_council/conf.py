"""Settings of wagtail-council, with their defaults in one place.

Every setting is read when it is used, not when this module is imported, so
``override_settings`` in tests and per-environment settings modules both work.
No setting changes a model or a field definition: settings only steer
behaviour at request time.
"""

from django.conf import settings as django_settings

PREFIX = "WAGTAIL_COUNCIL_"

DEFAULTS = {
    # News items per page on a news index. Readers can never ask for more.
    "NEWS_PER_PAGE": 12,
    "STATEMENTS_PER_PAGE": 12,
    "GREETINGS_PER_PAGE": 24,
    "GALLERIES_PER_PAGE": 12,
    "EVENTS_PER_PAGE": 12,
    # An event index's calendar feed: events not yet over and those of the
    # last ``CALENDAR_PAST_DAYS`` days, at most ``CALENDAR_ITEMS`` of them.
    "CALENDAR_PAST_DAYS": 90,
    "CALENDAR_ITEMS": 200,
    # Items in each RSS/Atom feed.
    "FEED_ITEMS": 20,
    # The organisation named as publisher in JSON-LD; the site name when empty.
    "PUBLISHER_NAME": "",
    # Rendition sizes per image role. Each role is a list of Wagtail filter
    # specs, one per width offered in ``srcset``; the largest comes last.
    "IMAGE_SPECS": {
        "featured": ("fill-640x360", "fill-1200x675"),
        "card": ("fill-400x225", "fill-800x450"),
        "content": ("width-640", "width-1200"),
        "portrait": ("fill-160x200-c100", "fill-320x400-c100"),
        # Thumbnails of a gallery grid, cropped around the focal point.
        "gallery": ("fill-320x240", "fill-640x480"),
        # A photo on its own: the no-JavaScript link target and the lightbox.
        "large": ("max-800x800", "max-1600x1600"),
        # The site's logo, never cropped; and its square icon (favicon, app icon).
        "logo": ("max-400x200", "max-800x400"),
        "icon": ("fill-64x64", "fill-192x192", "fill-512x512"),
        # An article's image for search engines in 4:3 and 1:1 (16:9 is "featured").
        "article_4x3": ("fill-1200x900",),
        "article_1x1": ("fill-1200x1200",),
    },
    # Formats offered by <picture>, best first; the last one is the fallback
    # that every browser understands.
    "PICTURE_FORMATS": ("avif", "webp", "jpeg"),
    # Photos shown by a gallery block that embeds a gallery page; the rest
    # are a click away on the gallery itself.
    "GALLERY_BLOCK_PHOTOS": 6,
    # Limits of an image upload in the admin (bytes, and width × height).
    # Wagtail's own WAGTAILIMAGES_MAX_UPLOAD_SIZE and WAGTAILIMAGES_MAX_IMAGE_PIXELS
    # still apply, so the stricter of the two wins.
    "MAX_IMAGE_UPLOAD_SIZE": 10 * 1024 * 1024,
    "MAX_IMAGE_PIXELS": 50_000_000,
    # Headless API (``wagtail_council.api``).
    # Where a separate frontend lives: page URLs and rich-text links in API
    # responses point there. Either one base URL ("https://www.example.org"),
    # or a dict from a Wagtail site's hostname to its frontend's base URL.
    # Empty: URLs point at the Wagtail site itself.
    "FRONTEND_BASE_URL": "",
    # The frontend's preview route; the editor's "Headless preview" link opens
    # it with ``?token=…`` appended. Relative to the frontend base URL.
    "FRONTEND_PREVIEW_PATH": "/preview/",
    # Seconds a preview token stays valid.
    "API_PREVIEW_TOKEN_MAX_AGE": 15 * 60,
    # Cache-Control of anonymous API responses: browsers keep them for
    # ``API_CACHE_MAX_AGE`` seconds, shared caches (a CDN purged on publish)
    # for ``API_CDN_CACHE_MAX_AGE``.
    "API_CACHE_MAX_AGE": 60,
    "API_CDN_CACHE_MAX_AGE": 600,
    # Levels of the site's menu that ``navigation/`` serves at most (1: the
    # home page's children only). Deeper menus cost larger responses, not queries.
    "NAVIGATION_MAX_DEPTH": 3,
    # ``og:locale`` of each content language, in Open Graph's ``ll_CC`` form:
    # ``{"en": "en_US"}`` changes one, a language left out keeps the built-in
    # value (``reader.metadata.OPEN_GRAPH_LOCALES``), else ``ll_LL``.
    "OPEN_GRAPH_LOCALES": {},
    # The sitemap named in robots.txt: a path or an absolute URL. Empty: the
    # URL named "sitemap", when the site has one.
    "ROBOTS_SITEMAP_URL": "",
}


class CouncilSettings:
    """Attribute access to ``WAGTAIL_COUNCIL_*`` settings, falling back to defaults."""

    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown wagtail-council setting: {name}")
        return getattr(django_settings, PREFIX + name, DEFAULTS[name])


council_settings = CouncilSettings()
