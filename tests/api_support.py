"""Helpers for the content API tests: every response is checked against the OpenAPI document.

``get_valid(client, url, params)`` makes a real request through the Django test
client and validates the body against the schema that the OpenAPI document
declares for that operation and status code, with jsonschema (OpenAPI 3.1
schemas are JSON Schema 2020-12).
"""

import datetime
import re
from functools import lru_cache
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.test import Client
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from wagtail.models import Page

from tests.factories import EnglishCatalogue, locale, make_image
from tests.gallery_factories import make_gallery
from wagtail_council.content_translation import translate_with_catalogue

API = "/api/council/"


@pytest.fixture(autouse=True)
def isolated_caches():
    """Clear Django's caches around each test (``tests/conftest.py`` applies it to all).

    Wagtail caches renditions by image id, and ids are reused once a test's
    transaction is rolled back: a rendition cached for another test's image
    would otherwise be served for this one's, and the other way round.
    """
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


DOCUMENT_URI = "urn:wagtail-council:openapi"


@lru_cache(maxsize=1)
def openapi_document_from(client_class):
    response = client_class().get(API + "openapi.json")
    assert response.status_code == 200
    return response.json()


def openapi_document():
    return openapi_document_from(Client)


def pointer_escape(part):
    return str(part).replace("~", "~0").replace("/", "~1")


def operation_for(path):
    """``(path template, operation)`` of the GET operation serving ``path``."""
    document = openapi_document()
    for template, operations in document["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", r"[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and "get" in operations:
            return template, operations["get"]
    raise AssertionError(f"No GET operation in the OpenAPI document serves {path}")


def assert_matches_document(response):
    """Fail unless the response's status, content type and body are what the document declares."""
    path = urlsplit(response.wsgi_request.get_full_path()).path
    template, operation = operation_for(path)
    status = str(response.status_code)
    responses = operation["responses"]
    assert status in responses, f"{path} answered {status}, undocumented in {sorted(responses)}"
    declared = responses[status].get("content")
    if not declared:
        assert not response.content, f"{path} {status} should have no body"
        return None
    content_type = response["Content-Type"].split(";")[0].strip()
    assert content_type in declared, f"{path} answered {content_type}, declared {list(declared)}"
    body = response.json()
    pointer = "/".join(
        ["#", "paths", pointer_escape(template), "get", "responses", status, "content"]
        + [pointer_escape(content_type), "schema"]
    )
    registry = Registry().with_resource(
        DOCUMENT_URI, Resource.from_contents(openapi_document(), DRAFT202012)
    )
    validator = Draft202012Validator({"$ref": DOCUMENT_URI + pointer}, registry=registry)
    errors = sorted(validator.iter_errors(body), key=lambda error: list(error.path))
    assert not errors, "\n".join(
        f"{path}: {'/'.join(map(str, error.path))}: {error.message}" for error in errors[:5]
    )
    return body


def get_valid(client, url, params=None, status=200, **headers):
    """GET ``url`` and return its JSON body, validated against the OpenAPI document."""
    response = client.get(url, params or {}, **headers)
    assert response.status_code == status, (response.status_code, response.content[:500])
    body = assert_matches_document(response)
    return body, response


def problem(client, url, params=None, status=400):
    """GET ``url``, expect an RFC 7807 problem, and return its body."""
    body, response = get_valid(client, url, params, status=status)
    assert response["Content-Type"].startswith("application/problem+json")
    assert set(body) >= {"type", "title", "status", "detail"}
    assert body["status"] == status
    return body


# Builders shared by the API tests: real pages, snippets and wagtail-localize translations.
# ``EnglishCatalogue`` lives in ``tests.factories`` and is imported above for these tests.


def translate_to_english(instance, *snippets):
    """Translate ``instance`` (and first its ancestors and ``snippets``) through wagtail-localize."""
    english = locale("en")
    catalogue = EnglishCatalogue()
    for snippet in snippets:
        if (
            not type(snippet)
            .objects.filter(translation_key=snippet.translation_key, locale=english)
            .exists()
        ):
            translate_with_catalogue(snippet, english, catalogue)
    if isinstance(instance, Page):
        for ancestor in instance.get_ancestors().filter(depth__gte=2).specific():
            if ancestor.get_translation_or_none(english) is None:
                translate_with_catalogue(ancestor, english, catalogue)
    return translate_with_catalogue(instance, english, catalogue)


def make_gallery_page(index, photos, *, publish=True, **fields):
    """A gallery page under ``index`` with photo rows: ``photos`` are dicts of row fields."""
    fields.setdefault("date", datetime.date(2024, 5, 1))
    return make_gallery(index, photos=photos, publish=publish, **fields)


def photo_rows(count, image=None):
    """``count`` photo rows sharing one small image, each with its own caption and alt text."""
    image = image or make_image(width=320, height=200)
    return [
        {
            "image": image,
            "caption": f"Подпись фото {number}",
            "alt_text": f"Описание фото {number}",
            "credit": "Пресс-служба",
        }
        for number in range(1, count + 1)
    ]


# Schemas that say nothing about their value: `{}`, or one with only a title,
# a description or a default.
ANNOTATIONS = {"title", "description", "default", "examples", "deprecated"}


def is_untyped(schema):
    if not isinstance(schema, dict):
        return False
    return set(schema) <= ANNOTATIONS


def untyped_schemas(node, where):
    """Every place under ``node`` where a schema is empty or an untyped object."""
    found = []
    if isinstance(node, dict):
        if is_untyped(node):
            found.append(where)
        if node.get("type") == "object" and not (
            node.get("properties") or isinstance(node.get("additionalProperties"), dict)
        ):
            found.append(where + " (object without properties)")
        for key in ("items", "additionalProperties"):
            if key in node and (node[key] is True or is_untyped(node[key])):
                found.append(f"{where}/{key}")
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for name, schema in value.items():
                    found += untyped_schemas(schema, f"{where}/{key}/{name}")
            elif key in ("items", "additionalProperties", "not", "if", "then", "else"):
                found += untyped_schemas(value, f"{where}/{key}")
            elif key in ("anyOf", "oneOf", "allOf", "prefixItems"):
                for index, schema in enumerate(value):
                    found += untyped_schemas(schema, f"{where}/{key}/{index}")
    return found
