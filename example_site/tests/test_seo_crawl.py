"""The demo as a search engine crawls it: every page type, in both languages.

Each page must have a meta description, Open Graph with ``og:site_name``, a
canonical link, an ``hreflang="x-default"`` alternate, and JSON-LD that an
independent parser (extruct, as structured-data tools use it) reads into
the schema.org types the page type promises.
"""

import extruct
import pytest
from lxml import html as lxml_html
from wagtail.models import Locale

from wagtail_council.models import (
    EventIndexPage,
    GalleryIndexPage,
    GreetingAddressIndexPage,
    NewsIndexPage,
    PeopleIndexPage,
    Person,
    StatementIndexPage,
)

SEED = {
    "ru": "/ru/news/obmen-opytom-poleznaya-praktika-sotrudnichestva/",
    "en": "/en/news/sharing-experience-a-useful-practice-of-cooperation/",
}

# Page kind → the schema.org types its JSON-LD must hold (nested ones included).
EXPECTED_TYPES = {
    "home": {"Organization", "WebSite"},
    "news index": {"CollectionPage", "ItemList"},
    "seed article": {"NewsArticle", "ImageObject"},
    "gallery index": {"CollectionPage", "ItemList"},
    "gallery": {"ImageGallery", "ImageObject"},
    "statements index": {"CollectionPage", "ItemList"},
    "statement": {"Quotation", "Person"},
    "greetings index": {"CollectionPage", "ItemList"},
    "greeting address": {"Message", "Person"},
    "events index": {"CollectionPage", "ItemList"},
    "event": {"Event"},
    "people index": {"CollectionPage", "ItemList"},
    "profile": {"ProfilePage", "Person"},
    "register": {"CollectionPage", "ItemList"},
}

INDEXES = {
    "news index": NewsIndexPage,
    "gallery index": GalleryIndexPage,
    "statements index": StatementIndexPage,
    "greetings index": GreetingAddressIndexPage,
    "events index": EventIndexPage,
    "people index": PeopleIndexPage,
}
CHILDREN = {
    "gallery": GalleryIndexPage,
    "statement": StatementIndexPage,
    "greeting address": GreetingAddressIndexPage,
    "event": EventIndexPage,
}


def index_of(model, language):
    return model.objects.live().public().filter(locale__language_code=language).first()


def url_of(kind, language):
    """Where the demo serves a page of ``kind`` in ``language``."""
    if kind == "home":
        return f"/{language}/"
    if kind == "seed article":
        return SEED[language]
    if kind in INDEXES:
        return index_of(INDEXES[kind], language).url
    if kind in CHILDREN:
        child = index_of(CHILDREN[kind], language).get_children().live().public().first()
        return child.url
    people = index_of(PeopleIndexPage, language)
    if kind == "register":
        return people.url + "register/"
    person = Person.objects.filter(locale=Locale.objects.get(language_code=language)).first()
    return people.url + people.person_subpath(person)


def schema_types(value):
    """Every ``@type`` in a JSON-LD value, nested objects and ``@graph`` included."""
    found = set()
    if isinstance(value, dict):
        kind = value.get("@type")
        if isinstance(kind, str):
            found.add(kind)
        elif isinstance(kind, list):
            found.update(kind)
        for item in value.values():
            found |= schema_types(item)
    elif isinstance(value, list):
        for item in value:
            found |= schema_types(item)
    return found


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("kind", list(EXPECTED_TYPES))
def test_every_page_type_is_described_for_search_engines_and_link_previews(
    client, demo, kind, language
):
    url = url_of(kind, language)
    response = client.get(url)
    assert response.status_code == 200, url
    text = response.content.decode()
    tree = lxml_html.fromstring(text)

    def meta(attribute, name):
        return [
            element.get("content", "").strip()
            for element in tree.xpath(f"//head/meta[@{attribute}=$name]", name=name)
        ]

    problems = []
    if not any(meta("name", "description")):
        problems.append("no meta description")
    if not any(meta("property", "og:site_name")):
        problems.append("no og:site_name")
    if not tree.xpath("//head/link[@rel='canonical']/@href"):
        problems.append("no canonical link")
    if not tree.xpath("//head/link[@rel='alternate'][@hreflang='x-default']/@href"):
        problems.append("no hreflang x-default")

    data = extruct.extract(text, base_url=f"http://testserver{url}", syntaxes=["json-ld"])
    types = schema_types(data["json-ld"])
    missing = EXPECTED_TYPES[kind] - types
    if missing:
        problems.append(f"JSON-LD lacks {sorted(missing)} (has {sorted(types)})")
    assert not problems, f"{kind} ({url}): " + "; ".join(problems)
