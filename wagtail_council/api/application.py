"""The NinjaAPI of wagtail-council: problem details for every error, compact UTF-8 JSON."""

from django.http import Http404
from django.urls import re_path
from django.utils.translation import gettext
from ninja import NinjaAPI
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer

from .filters import NO_NUL_PATTERN, content_language_codes
from .problems import (
    INVALID_PARAMETER,
    PROBLEM_CONTENT_TYPE,
    UNKNOWN_LOCALE,
    Problem,
    not_found,
    problem_response,
)
from .validation import parameter_of, quoted_list, refusal, shown, value_of

UNPREFIXED_URLCONF = "wagtail_council.api.unprefixed_urls"

DESCRIPTION = """\
Read-only content of a council website: news, statements, greeting addresses,
photo galleries, people and organisations, in every language of the site.

* Only live, public content is served. Drafts, private and expired pages and
  unpublished translations never appear, not even in counts.
* Listings return cards and are paginated with `limit` and `offset`; unknown
  query parameters and out-of-range values are answered with a 400 problem
  (RFC 7807, `application/problem+json`).
* Details return the whole page. StreamField bodies are lists of blocks,
  discriminated by `type`. Images are renditions with `srcset`; rich text is
  HTML whose internal links point at the frontend, in the page's language.
* Responses carry `ETag` and `Cache-Control`; send `If-None-Match` to get a 304.
* Editors' drafts are read with a short-lived preview token (`/preview`).
"""


class CompactJSONRenderer(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False, "separators": (",", ":")}


def forbid_nul(schema):
    """``strict_query`` refuses a NUL in any query text: the document says so."""
    for text in [schema, *schema.get("anyOf", [])]:
        if text.get("type") == "string" and "enum" not in text and "format" not in text:
            text.setdefault("pattern", NO_NUL_PATTERN)


class CouncilAPI(NinjaAPI):
    """A NinjaAPI whose errors are RFC 7807 problems, documented as such."""

    def __init__(self, **kwargs):
        kwargs.setdefault("renderer", CompactJSONRenderer())
        super().__init__(**kwargs)
        self.add_exception_handler(Problem, self.problem)
        self.add_exception_handler(ValidationError, self.invalid_parameter)
        self.add_exception_handler(Http404, lambda request, exc: self.problem(request, not_found()))

    def problem(self, request, problem):
        # Keep LocaleMiddleware from turning a 404 into a redirect to /<language>/….
        request.urlconf = UNPREFIXED_URLCONF
        return problem_response(problem)

    def validation_error_from_error_contexts(self, error_contexts):
        # Ninja drops each error's ``input``; keep the refused values, so that
        # messages can name them ("There is no locale “xx”").
        inputs = [
            error.get("input")
            for context in error_contexts
            for error in context.pydantic_validation_error.errors(include_url=False)
        ]
        validation_error = super().validation_error_from_error_contexts(error_contexts)
        if len(inputs) == len(validation_error.errors):
            for error, value in zip(validation_error.errors, inputs, strict=True):
                if isinstance(value, (str, int, float)):
                    error["input"] = value
        return validation_error

    def invalid_parameter(self, request, exc):
        error = exc.errors[0] if exc.errors else {}
        parameter = parameter_of(error)
        if parameter == "locale" and error.get("type") == "literal_error":
            return self.problem(
                request,
                Problem(
                    UNKNOWN_LOCALE,
                    gettext("There is no locale “%(code)s”. Known locales: %(known)s.")
                    % {
                        "code": shown(value_of(error) or ""),
                        "known": quoted_list(sorted(content_language_codes())),
                    },
                    parameter=parameter,
                ),
            )
        return self.problem(
            request, Problem(INVALID_PARAMETER, refusal(error), parameter=parameter)
        )

    @property
    def urls(self):
        patterns, app_name, namespace = super().urls
        # Last: any other address under the API's mount is a 404 problem, not
        # a redirect to a language prefix and an HTML page.
        patterns = [*patterns, re_path(r"^.*$", self.unknown_route, name="unknown_route")]
        return patterns, app_name, namespace

    def unknown_route(self, request, *args, **kwargs):
        return self.problem(request, not_found(gettext("The API has no endpoint at this address.")))

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        # Ninja documents every response as application/json; errors are problems.
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for parameter in operation.get("parameters", []):
                    if parameter.get("in") == "query":
                        forbid_nul(parameter.get("schema", {}))
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if str(status).startswith("4") and "application/json" in content:
                        response["content"] = {PROBLEM_CONTENT_TYPE: content["application/json"]}
        return schema
