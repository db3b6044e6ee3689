"""Requests that carry bytes no page, search or API can hold are the caller's mistake.

A NUL, or another control character a form never sends, in the address or in
any query parameter would reach the database: PostgreSQL refuses a NUL in a
query, so Wagtail's own API search, its image and document search and the
site search would answer 500. ``BadBytesMiddleware`` answers such a request
before any view runs: 400 with an HTML page for browsers, or RFC 7807 problem
details (``application/problem+json``) for API callers, in the caller's
language. Add it near the top of ``MIDDLEWARE``::

    MIDDLEWARE = [
        "django.middleware.security.SecurityMiddleware",
        "wagtail_council.middleware.BadBytesMiddleware",
        ...
    ]
"""

from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from .api.problems import INVALID_PARAMETER, Problem, problem_response
from .reader.text import CONTROL_CHARACTERS as BAD_CHARACTERS


def first_bad_part(request):
    """``(None, None)`` when the request is clean, else ``("path", None)`` or ``("query", name)``."""
    if BAD_CHARACTERS.search(request.path_info):
        return "path", None
    for name, values in request.GET.lists():
        if BAD_CHARACTERS.search(name) or any(BAD_CHARACTERS.search(value) for value in values):
            return "query", name
    return None, None


def wants_html(request):
    """Whether the caller is a browser: it asks for HTML, where API clients ask for JSON or anything."""
    accept = request.headers.get("Accept", "")
    return "text/html" in accept or "application/xhtml+xml" in accept


class BadBytesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        part, name = first_bad_part(request)
        if part is None:
            return self.get_response(request)
        with translation.override(translation.get_language_from_request(request, check_path=True)):
            return self.refusal(request, part, name)

    def refusal(self, request, part, name):
        if part == "path":
            detail = gettext("The address contains a control character, such as NUL.")
        else:
            # A parameter's name with a control character in it is shown without it.
            detail = gettext(
                "The value of “%(parameter)s” contains a control character, such as NUL."
            ) % {"parameter": BAD_CHARACTERS.sub("", name)}
        if wants_html(request):
            html = render_to_string(
                "wagtail_council/bad_request.html",
                {"detail": detail, "LANGUAGE_CODE": translation.get_language()},
            )
            response = HttpResponseBadRequest(html)
            response["Cache-Control"] = "no-cache"
            return response
        parameter = BAD_CHARACTERS.sub("", name) if name is not None else None
        return problem_response(Problem(INVALID_PARAMETER, detail, parameter=parameter))
