"""What a serializer needs besides the object: the request, the content's locale, caches."""

import time
from dataclasses import dataclass, field

from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from wagtail.models import Locale

# Bumped whenever what readers may see of the site's frame can change: a page
# published, unpublished, saved, moved or deleted, a view restriction, a site,
# a locale, the council's details or an image (``forget_reader_content``).
READER_CONTENT_VERSION_KEY = "wagtail_council:reader-content-version"
# Kept at most this long, however quiet the site.
ACROSS_REQUESTS_TIMEOUT = 60 * 60


@dataclass
class ReaderContext:
    """Shared by every serializer of one response.

    ``locale`` is the language of the content being serialized: internal links
    in its rich text resolve to pages of that locale when they are translated.
    The caches keep link targets resolved in bulk, once per response.
    """

    request: HttpRequest | None
    locale: Locale | None = None
    # The page being serialized: quotes without a date of their own take its date.
    page: object = None
    link_targets: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)

    def for_page(self, page):
        """The context for serializing ``page``: its locale, and the page itself."""
        return ReaderContext(
            request=self.request,
            locale=page.locale,
            page=page,
            link_targets=self.link_targets,
            documents=self.documents,
        )

    def for_locale(self, locale):
        """The same context for content of another locale, sharing its caches."""
        if self.locale is not None and locale is not None and locale.pk == self.locale.pk:
            return self
        return ReaderContext(
            request=self.request,
            locale=locale,
            page=self.page,
            link_targets=self.link_targets,
            documents=self.documents,
        )


def once_per_request(request, key, compute):
    """``compute()`` the first time a request asks for ``key``, the same answer after.

    A page's template asks for its translations, the active locale and the
    site's name several times (head links, language switcher, header, JSON-LD);
    each is worked out once per request. Without a request, every call computes.
    """
    if request is None:
        return compute()
    memo = request.__dict__.setdefault("_wagtail_council_once", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def forget_reader_content(**kwargs):
    """A signal handler: what ``across_requests`` keeps is worked out again."""
    cache.set(READER_CONTENT_VERSION_KEY, time.time_ns(), None)


def across_requests(key, compute, *, stale_at=None):
    """``compute()`` once for every request until the reader content changes.

    For what every page shows and that changes only when editors publish: the
    site's menu and its details. ``stale_at(value)`` may name the moment the
    value goes stale by itself (a page in it expires); until then, and until
    ``forget_reader_content`` runs, the cached value is the answer.
    """
    version = cache.get(READER_CONTENT_VERSION_KEY, 0)
    full_key = f"wagtail_council:across-requests:{version}:{key}"
    now = timezone.now()
    stored = cache.get(full_key)
    if stored is not None:
        value, expires = stored
        if expires is None or now < expires:
            return value
    value = compute()
    expires = stale_at(value) if stale_at is not None else None
    timeout = ACROSS_REQUESTS_TIMEOUT
    if expires is not None:
        timeout = max(1, min(timeout, int((expires - now).total_seconds()) + 1))
    cache.set(full_key, (value, expires), timeout)
    return value
