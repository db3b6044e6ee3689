"""Conditional GET for what programs poll: feeds, calendars and the content API.

Feed readers, calendar clients and frontends ask for the same URL again and
again. Each answer carries a strong ``ETag``, a hash of its body, so it is
exact: whatever changes the body (a publish, an unpublish, an edit of the
index, a new site name) changes it, and nothing else does. ``Last-Modified``
is the caller's latest change, when it knows one. Django's own
``get_conditional_response`` then answers 304 to a matching ``If-None-Match``
or, when the client sends no ``If-None-Match``, to an ``If-Modified-Since``
no older than ``Last-Modified``; a malformed date is ignored, as HTTP says.

Computing the ``ETag`` costs no query of its own: the body is built anyway,
within the budget of the view that builds it.
"""

import hashlib

from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

# Seconds a feed reader or a calendar client may keep a feed without asking
# again. They poll on their own schedule (often hourly); a cancellation or a
# correction reaches a reader who asks again within this time.
READER_FEED_MAX_AGE = 15 * 60


def body_etag(content):
    """A strong ``ETag`` of a response body (bytes)."""
    return quote_etag(hashlib.blake2b(content, digest_size=16).hexdigest())


def conditional_response(request, response, *, max_age, last_modified=None, s_maxage=None):
    """``response`` with ``ETag``, ``Last-Modified`` and ``Cache-Control``, or a 304 for it.

    ``last_modified`` is an aware datetime or ``None``. Shared caches may keep
    the answer (``public``); a page behind a password or a login is marked
    ``private`` by Wagtail after the view, which takes ``public`` away.
    """
    etag = body_etag(response.content)
    response["ETag"] = etag
    timestamp = None
    if last_modified is not None:
        timestamp = int(last_modified.timestamp())
        response["Last-Modified"] = http_date(timestamp)
    directives = {"public": True, "max_age": max_age}
    if s_maxage is not None:
        directives["s_maxage"] = s_maxage
    patch_cache_control(response, **directives)
    return get_conditional_response(request, etag=etag, last_modified=timestamp, response=response)


def latest(moments):
    """The latest of ``moments`` that are not ``None``; ``None`` if there is none."""
    present = [moment for moment in moments if moment is not None]
    return max(present) if present else None
