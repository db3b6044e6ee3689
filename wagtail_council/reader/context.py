"""What a serializer needs besides the object: the request, the content's locale, caches."""

from dataclasses import dataclass, field

from django.http import HttpRequest
from wagtail.models import Locale


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
