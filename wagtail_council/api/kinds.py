"""The API ``type`` of each page model: which detail schema describes it."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import get_page_models

from ..models import (
    GalleryIndexPage,
    GalleryPage,
    GreetingAddressIndexPage,
    GreetingAddressPage,
    NewsIndexPage,
    NewsPage,
    PeopleIndexPage,
    StatementIndexPage,
    StatementPage,
)

CONTENT_KINDS = (
    (NewsPage, "news"),
    (StatementPage, "statement"),
    (GreetingAddressPage, "greeting_address"),
    (GalleryPage, "gallery"),
)

# Which kind of content each index page lists.
INDEX_LISTS = {
    NewsIndexPage: "news",
    StatementIndexPage: "statements",
    GreetingAddressIndexPage: "greeting_addresses",
    GalleryIndexPage: "galleries",
    PeopleIndexPage: "people",
}


def kind_of(page):
    """The API ``type`` of a page (specific or not), from its content type."""
    return kind_of_model(page.specific_class or type(page))


def kind_of_model(model):
    for cls, kind in CONTENT_KINDS:
        if issubclass(model, cls):
            return kind
    if any(issubclass(model, cls) for cls in INDEX_LISTS):
        return "index"
    return "page"


def type_filter(queryset, kind):
    """Pages of one API type, by content type, without loading specific objects."""
    models = [model for model in get_page_models() if kind_of_model(model) == kind]
    content_types = ContentType.objects.get_for_models(*models).values() if models else []
    return queryset.filter(content_type__in=list(content_types))
