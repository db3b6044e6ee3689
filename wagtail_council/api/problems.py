"""RFC 7807 problem details: every error of the API says what went wrong, and where.

An error is raised as ``Problem`` anywhere in a view; the API turns it into an
``application/problem+json`` response. Titles and details are translated into
the caller's language (``Accept-Language``).
"""

from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _

PROBLEM_CONTENT_TYPE = "application/problem+json"

# Problem types, as URIs (RFC 7807 §3.1) that name the kind of error.
INVALID_PARAMETER = "urn:wagtail-council:problem:invalid-parameter"
UNKNOWN_PARAMETER = "urn:wagtail-council:problem:unknown-parameter"
UNKNOWN_LOCALE = "urn:wagtail-council:problem:unknown-locale"
NOT_FOUND = "urn:wagtail-council:problem:not-found"
PREVIEW_DENIED = "urn:wagtail-council:problem:invalid-preview-token"

PROBLEM_TYPES = (INVALID_PARAMETER, UNKNOWN_PARAMETER, UNKNOWN_LOCALE, NOT_FOUND, PREVIEW_DENIED)

TITLES = {
    INVALID_PARAMETER: _("Invalid query parameter"),
    UNKNOWN_PARAMETER: _("Unknown query parameter"),
    UNKNOWN_LOCALE: _("Unknown locale"),
    NOT_FOUND: _("Not found"),
    PREVIEW_DENIED: _("Invalid or expired preview token"),
}

STATUSES = {
    INVALID_PARAMETER: 400,
    UNKNOWN_PARAMETER: 400,
    UNKNOWN_LOCALE: 400,
    NOT_FOUND: 404,
    PREVIEW_DENIED: 403,
}


class Problem(Exception):
    """An error the caller can correct, answered as problem details."""

    def __init__(self, problem_type, detail, *, parameter=None, status=None):
        super().__init__(str(detail))
        self.problem_type = problem_type
        self.detail = detail
        self.parameter = parameter
        self.status = status or STATUSES[problem_type]

    def as_dict(self):
        data = {
            "type": self.problem_type,
            "title": str(TITLES[self.problem_type]),
            "status": self.status,
            "detail": str(self.detail),
        }
        if self.parameter is not None:
            data["parameter"] = self.parameter
        return data


def problem_response(problem):
    response = JsonResponse(
        problem.as_dict(),
        status=problem.status,
        content_type=PROBLEM_CONTENT_TYPE,
        json_dumps_params={"ensure_ascii": False},
    )
    # Errors are answers to one request, not content: never keep them.
    response["Cache-Control"] = "no-cache"
    return response


def not_found(detail=None):
    return Problem(NOT_FOUND, detail or _("No live, public content matches this address."))
