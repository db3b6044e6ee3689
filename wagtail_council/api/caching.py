"""Cache validators for anonymous responses, and ``no-store`` for previews.

Every successful public response carries a strong ``ETag`` (a hash of its
body) and ``Cache-Control``; a request whose ``If-None-Match`` matches gets a
304 without a body. Browsers keep a response for ``API_CACHE_MAX_AGE``
seconds and shared caches for ``API_CDN_CACHE_MAX_AGE``; publishing purges
the affected URLs from a CDN (see ``purge``).

Their body is the same in every language of the reader's browser: content is
chosen by ``locale`` or by the path, never by ``Accept-Language``. Django's
``LocaleMiddleware`` adds ``Vary: Accept-Language`` (and a ``Content-Language``
of the reader's language) to every response outside ``i18n_patterns``, after
the view, which would make a CDN keep one copy per browser language; these
responses refuse both. Problems are translated by ``Accept-Language``, so they
keep them.
"""

import re
from functools import wraps

from django.http.response import ResponseHeaders
from django.views.decorators.cache import never_cache

from ..conditional import conditional_response
from ..conf import council_settings

# A comma-separated header value, such as Vary's.
HEADER_LIST = re.compile(r"\s*,\s*")


class LanguageIndependentHeaders(ResponseHeaders):
    """Headers of a response whose body does not depend on the reader's language."""

    def __setitem__(self, key, value):
        if key.lower() == "content-language":
            return
        if key.lower() == "vary":
            value = ", ".join(
                header
                for header in HEADER_LIST.split(str(value))
                if header and header.lower() != "accept-language"
            )
            if not value:
                self.pop(key, None)
                return
        super().__setitem__(key, value)


def language_independent(response):
    response.headers = LanguageIndependentHeaders(response.headers)
    return response


def cacheable(view):
    """Send ``ETag`` and ``Cache-Control`` with successful responses, and answer 304 when fresh."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        return language_independent(
            conditional_response(
                request,
                language_independent(response),
                max_age=council_settings.API_CACHE_MAX_AGE,
                s_maxage=council_settings.API_CDN_CACHE_MAX_AGE,
            )
        )

    return wrapper


# Preview and token responses are for one editor, now: never stored anywhere.
no_store = never_cache
