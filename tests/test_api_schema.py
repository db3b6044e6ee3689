"""The content API's OpenAPI 3.1 document is valid, and types every piece of content."""

import re

import pytest
from openapi_spec_validator import validate

from tests.api_support import API, openapi_document, untyped_schemas
from wagtail_council.blocks import NewsBodyBlock
from wagtail_council.reader.text import NO_CONTROL_CHARACTERS_PATTERN


def content_schemas(document):
    """``(where, schema)`` of every component and every response body."""
    for name, schema in document["components"]["schemas"].items():
        yield f"components/schemas/{name}", schema
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                for media_type, content in response.get("content", {}).items():
                    yield f"{method} {path} {status} {media_type}", content["schema"]


def test_openapi_document_is_valid_openapi_3_1(client):
    response = client.get(API + "openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.1")
    validate(document)


def test_no_content_schema_is_empty_or_any(client):
    document = openapi_document()
    problems = []
    for where, schema in content_schemas(document):
        problems += untyped_schemas(schema, where)
    assert problems == []


def test_the_empty_schema_walker_finds_empty_schemas():
    # The walker itself must fail on what it is meant to catch.
    assert untyped_schemas({}, "x") == ["x"]
    assert untyped_schemas({"type": "array", "items": {}}, "x") == ["x/items", "x/items"]
    assert untyped_schemas({"type": "object"}, "x") == ["x (object without properties)"]
    nested = {"type": "object", "properties": {"value": {"title": "Value"}}}
    assert untyped_schemas(nested, "x") == ["x/properties/value"]
    assert untyped_schemas({"anyOf": [{"type": "string"}, {}]}, "x") == ["x/anyOf/1"]


@pytest.mark.parametrize(
    "component",
    [
        "NewsDetail",
        "NewsCard",
        "StatementDetail",
        "StatementCard",
        "GreetingAddressDetail",
        "GreetingAddressCard",
        "GalleryDetail",
        "GalleryCard",
        "IndexDetail",
        "GenericPageDetail",
        "Person",
        "PersonCard",
        "Organisation",
        "Speaker",
        "Image",
        "Photo",
        "ProblemDetails",
        "PathItem",
        "LocaleInfo",
    ],
)
def test_every_page_type_and_snippet_has_a_named_schema(component):
    assert component in openapi_document()["components"]["schemas"]


@pytest.mark.parametrize("name", list(NewsBodyBlock.base_blocks))
def test_every_block_of_the_news_body_is_its_own_component_with_a_constant_type(name):
    schemas = openapi_document()["components"]["schemas"]
    component = "".join(part.capitalize() for part in name.split("_")) + "Block"
    schema = schemas[component]
    assert schema["properties"]["type"]["const"] == name
    assert set(schema["required"]) == {"type", "id", "value"}


def test_news_body_is_a_union_discriminated_by_block_type():
    body = openapi_document()["components"]["schemas"]["NewsDetail"]["properties"]["body"]
    union = body["items"]
    assert union["discriminator"]["propertyName"] == "type"
    mapping = union["discriminator"]["mapping"]
    assert set(mapping) == set(NewsBodyBlock.base_blocks)
    assert {item["$ref"] for item in union["oneOf"]} == set(mapping.values())


def test_page_by_path_and_preview_return_any_page_detail_discriminated_by_type():
    paths = openapi_document()["paths"]
    page_types = {"news", "statement", "greeting_address", "gallery", "event", "index", "page"}
    # The test app registers a page type of its own, ``notice``.
    page_types.add("notice")
    expected = {
        API + "pages/find/": page_types | {"person", "organisation", "redirect"},
        API + "preview/": page_types,
    }
    for path, types in expected.items():
        schema = paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema["discriminator"]["propertyName"] == "type"
        assert set(schema["discriminator"]["mapping"]) == types


def test_errors_are_documented_as_problem_details():
    for path, operations in openapi_document()["paths"].items():
        for status, response in operations["get"]["responses"].items():
            if status.startswith("4"):
                assert list(response["content"]) == ["application/problem+json"], (path, status)
                schema = response["content"]["application/problem+json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ProblemDetails"}


def test_listings_state_their_page_size_limit():
    parameters = openapi_document()["paths"][API + "news/"]["get"]["parameters"]
    limit = next(parameter for parameter in parameters if parameter["name"] == "limit")
    assert limit["schema"]["maximum"] == 100
    paths = openapi_document()["paths"][API + "paths/"]["get"]["parameters"]
    limit = next(parameter for parameter in paths if parameter["name"] == "limit")
    assert limit["schema"]["anyOf"][0]["maximum"] == 1000


def test_interactive_docs_are_served_beside_the_document(client):
    response = client.get(API + "docs/")
    assert response.status_code == 200
    assert b"openapi.json" in response.content


def test_query_texts_are_documented_without_nul_characters():
    """The document says what every endpoint refuses: a control character (a NUL) in a query."""
    documented = []
    for operations in openapi_document()["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                schema = parameter["schema"]
                for text in [schema, *schema.get("anyOf", [])]:
                    plain = text.get("type") == "string" and not {"enum", "format"} & set(text)
                    if plain:
                        documented.append((parameter["name"], text.get("pattern")))
    assert documented
    assert {pattern for _name, pattern in documented} == {NO_CONTROL_CHARACTERS_PATTERN}
    assert re.fullmatch(NO_CONTROL_CHARACTERS_PATTERN, "Заседание\tкомиссии")
    assert not re.fullmatch(NO_CONTROL_CHARACTERS_PATTERN, "a\x00b")
    assert not re.fullmatch(NO_CONTROL_CHARACTERS_PATTERN, "a\x1fb")
