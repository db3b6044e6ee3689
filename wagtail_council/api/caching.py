"""Cache validators for anonymous responses, and ``no-store`` for previews.

Every successful public response carries a strong ``ETag`` (a hash of its
body) and ``Cache-Control``; a request whose ``If-None-Match`` matches gets a
304 without a body. Browsers keep a response for ``API_CACHE_MAX_AGE``
seconds and shared caches for ``API_CDN_CACHE_MAX_AGE``; publishing purges
the affected URLs from a CDN (see ``purge``).
"""

import hashlib
from functools import wraps

from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag
from django.views.decorators.cache import never_cache

from ..conf import council_settings


def etag_for(content):
    return quote_etag(hashlib.blake2b(content, digest_size=16).hexdigest())


def cacheable(view):
    """Send ``ETag`` and ``Cache-Control`` with successful responses, and answer 304 when fresh."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response["ETag"] = etag_for(response.content)
        patch_cache_control(
            response,
            public=True,
            max_age=council_settings.API_CACHE_MAX_AGE,
            s_maxage=council_settings.API_CDN_CACHE_MAX_AGE,
        )
        return get_conditional_response(request, etag=response["ETag"], response=response)

    return wrapper


# Preview and token responses are for one editor, now: never stored anywhere.
no_store = never_cache
