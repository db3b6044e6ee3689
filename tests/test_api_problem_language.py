"""Problems speak the caller's language, entirely; content does not vary by it.

Every 400 the content API can give is walked: each GET operation of the
OpenAPI document, so that a new endpoint is walked too, with each kind of bad
value its parameters' schemas admit. A Russian caller must read Russian
titles and details, with nothing in Latin script but the parameter names and
the quoted values; an English caller whole English sentences, never
pydantic's wording.
"""

import re
from typing import NamedTuple

import pytest

from tests.api_support import API, get_valid, openapi_document
from tests.factories import make_news

UNKNOWN_PARAMETER = "bogus"
MISSING = object()

# The kinds of bad input the walk must meet at least once; a schema change
# that leaves one out fails the walk instead of shrinking it.
EXPECTED_KINDS = {
    "too big",
    "too small",
    "not a number",
    "bad date",
    "unknown parameter",
    "unknown locale",
    "too long",
    "too short",
    "bad literal",
    "missing required",
}

PROBLEM_TYPE_OF_KIND = {
    "unknown parameter": "urn:wagtail-council:problem:unknown-parameter",
    "unknown locale": "urn:wagtail-council:problem:unknown-locale",
}
INVALID_PARAMETER = "urn:wagtail-council:problem:invalid-parameter"

# Pydantic's English wording, which must never reach a caller.
PYDANTIC_WORDING = re.compile(
    r"Input should|Field required|Value error|String should|unable to parse|valid integer"
)


def value_schema(parameter):
    """The schema of a parameter's value, without the ``null`` of an optional one."""
    schema = parameter["schema"]
    for option in schema.get("anyOf", ()):
        if option.get("type") != "null":
            return {**schema, **option}
    return schema


def valid_value(parameter):
    schema = value_schema(parameter)
    if "enum" in schema:
        return str(schema["enum"][0])
    if schema.get("type") == "integer":
        return str(schema.get("minimum", 1))
    if schema.get("type") == "boolean":
        return "true"
    if schema.get("format") == "date":
        return "2024-05-01"
    return "a" * max(1, schema.get("minLength", 1))


def bad_values(parameter):
    """``(kind, value)`` for each bad value the parameter's schema refuses."""
    schema = value_schema(parameter)
    kinds = []
    if schema.get("type") == "integer":
        kinds.append(("not a number", "many"))
        if "maximum" in schema:
            kinds.append(("too big", str(schema["maximum"] + 1)))
        if "minimum" in schema:
            kinds.append(("too small", str(schema["minimum"] - 1)))
    if schema.get("type") == "boolean":
        kinds.append(("not a boolean", "maybe"))
    if schema.get("format") == "date":
        kinds += [("bad date", "2024-13-45"), ("bad date", "yesterday")]
    if "enum" in schema:
        kind = "unknown locale" if parameter["name"] == "locale" else "bad literal"
        kinds.append((kind, "xx"))
    if "maxLength" in schema:
        kinds.append(("too long", "x" * (schema["maxLength"] + 1)))
    if schema.get("minLength", 0) >= 1:
        kinds.append(("too short", ""))
    if parameter.get("required") and parameter["in"] == "query":
        kinds.append(("missing required", MISSING))
    return kinds


def get_operations():
    return [
        (template, operation)
        for template, operations in openapi_document()["paths"].items()
        for method, operation in operations.items()
        if method == "get"
    ]


def url_of(template, path_values):
    path = template
    for name, value in path_values.items():
        path = path.replace("{" + name + "}", value)
    return path


class BadRequest(NamedTuple):
    operation_id: str
    kind: str
    parameter: str
    value: object  # the refused value, or MISSING
    url: str
    query: dict


def bad_requests():
    """A ``BadRequest`` for every 400 the document admits."""
    requests = []
    for template, operation in get_operations():
        operation_id = operation["operationId"]
        parameters = operation.get("parameters", [])
        path_values = {p["name"]: valid_value(p) for p in parameters if p["in"] == "path"}
        valid_query = {
            p["name"]: valid_value(p)
            for p in parameters
            if p["in"] == "query" and p.get("required")
        }
        url = url_of(template, path_values)
        requests.append(
            BadRequest(
                operation_id,
                "unknown parameter",
                UNKNOWN_PARAMETER,
                "1",
                url,
                {**valid_query, UNKNOWN_PARAMETER: "1"},
            )
        )
        for parameter in parameters:
            name = parameter["name"]
            for kind, value in bad_values(parameter):
                if parameter["in"] == "path":
                    bad_url = url_of(template, {**path_values, name: value})
                    requests.append(
                        BadRequest(operation_id, kind, name, value, bad_url, valid_query)
                    )
                    continue
                query = {key: val for key, val in valid_query.items() if key != name}
                if value is not MISSING:
                    query[name] = value
                requests.append(BadRequest(operation_id, kind, name, value, url, query))
    return requests


def parameter_names():
    names = {UNKNOWN_PARAMETER}
    for _template, operation in get_operations():
        names.update(parameter["name"] for parameter in operation.get("parameters", []))
    return names


QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^“]*“")


def latin_words(text, names):
    """Latin words left in ``text`` once quoted values and parameter names are taken out."""
    text = QUOTED.sub(" ", text)
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<![\w]){re.escape(name)}(?![\w])", " ", text)
    return re.findall(r"[A-Za-z]{3,}", text)


def shown_value(value):
    text = str(value)
    return text if len(text) <= 50 else text[:49] + "…"


def named_in(request):
    """What a problem must quote so the caller can find the mistake: the parameter, the value."""
    if request.kind == "unknown locale":
        return [request.value]
    if request.kind in ("unknown parameter", "missing required", "too long", "too short"):
        return [request.parameter]
    return [request.parameter, shown_value(request.value)]


def walk(client, language):
    """Every bad request, answered; returns ``[(request, body)]`` after checking each is a 400."""
    answers = []
    kinds = set()
    for request in bad_requests():
        body, response = get_valid(
            client, request.url, request.query, status=400, HTTP_ACCEPT_LANGUAGE=language
        )
        assert response["Content-Type"].startswith("application/problem+json"), request
        assert body["type"] == PROBLEM_TYPE_OF_KIND.get(request.kind, INVALID_PARAMETER), request
        assert body["parameter"] == request.parameter, request
        kinds.add(request.kind)
        answers.append((request, body))
    assert kinds >= EXPECTED_KINDS, f"the walk met no {sorted(EXPECTED_KINDS - kinds)}"
    walked = {request.operation_id for request, _body in answers}
    assert walked == {operation["operationId"] for _template, operation in get_operations()}
    return answers


def test_every_problem_of_a_bad_parameter_is_entirely_russian_for_a_russian_caller(
    client, site_tree
):
    names = parameter_names()
    failures = []
    for request, body in walk(client, "ru"):
        for part in ("title", "detail"):
            text = body[part]
            if latin_words(text, names) or not re.search("[А-Яа-яЁё]{3,}", text):
                failures.append(f"{request.operation_id} {request.kind} {part}: {text}")
        for name in named_in(request):
            if f"«{name}»" not in body["detail"]:
                failures.append(
                    f"{request.operation_id} {request.kind}: «{name}» is not named: {body}"
                )
    assert not failures, "\n".join(failures)


SENTENCE = re.compile(r"^[A-Z“].*\S[.]$", re.DOTALL)


def test_every_problem_of_a_bad_parameter_is_a_whole_english_sentence(client, site_tree):
    failures = []
    for request, body in walk(client, "en"):
        detail = body["detail"]
        complete = (
            SENTENCE.match(detail)
            and len(detail.split()) >= 3
            and "%(" not in detail
            and "“”" not in detail
            and not PYDANTIC_WORDING.search(detail)
            and all(f"“{name}”" in detail for name in named_in(request))
        )
        if not complete:
            failures.append(f"{request.operation_id} {request.kind} {request.parameter}: {detail}")
        if re.search("[А-Яа-яЁё]", body["title"] + detail):
            failures.append(
                f"{request.operation_id} {request.kind}: Cyrillic in an English problem: {body}"
            )
    assert not failures, "\n".join(failures)


def test_the_checker_finds_english_words_outside_quotes_and_names():
    names = {"limit", "date_from"}
    assert latin_words("Значение «limit» должно быть не больше 100, а не «many».", names) == []
    assert latin_words("Допустимые: date_from, limit.", names) == []
    assert latin_words("Значение «limit» недопустимо: Input should be less than 100.", names) == [
        "Input",
        "should",
        "less",
        "than",
    ]
    assert latin_words("Параметр limits", names) == ["limits"]


def listing_urls():
    """Operations that answer 200 without any parameter: the listings and registries."""
    return [
        template
        for template, operation in get_operations()
        if not any(
            parameter["in"] == "path" or parameter.get("required")
            for parameter in operation.get("parameters", [])
        )
        and "304" in operation["responses"]
    ]


def vary_of(response):
    return [header.strip().lower() for header in response.get("Vary", "").split(",") if header]


def test_content_is_the_same_in_every_callers_language_and_does_not_vary_by_it(client, news_index):
    page = make_news(news_index)
    urls = [*listing_urls(), f"{API}news/{page.pk}/"]
    assert f"{API}news/" in urls
    for url in urls:
        russian = client.get(url, HTTP_ACCEPT_LANGUAGE="ru")
        english = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert russian.status_code == english.status_code == 200, url
        assert russian.content == english.content, url
        for response in (russian, english):
            assert "accept-language" not in vary_of(response), (url, response["Vary"])
            assert "Content-Language" not in response, url
        fresh = client.get(url, HTTP_ACCEPT_LANGUAGE="en", HTTP_IF_NONE_MATCH=russian["ETag"])
        assert fresh.status_code == 304, url
        assert "accept-language" not in vary_of(fresh), (url, fresh["Vary"])


@pytest.mark.parametrize(
    ("url", "params", "status"),
    [
        ("news/", {"limit": "500"}, 400),
        ("news/", {"bogus": "1"}, 400),
        ("news/", {"locale": "xx"}, 400),
        ("news/999999/", {}, 404),
        ("preview/", {"token": "forged"}, 403),
    ],
)
def test_problems_vary_by_the_callers_language(client, site_tree, url, params, status):
    response = client.get(API + url, params, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == status
    assert "accept-language" in vary_of(response)
    assert response["Content-Language"] == "ru"


def test_the_html_site_still_varies_by_language_outside_language_prefixes(client, site_tree):
    # LocaleMiddleware's own behaviour: an unprefixed page is chosen by Accept-Language.
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert "accept-language" in vary_of(response)
