"""The page-type registry: how each page model is served by the content API.

Every page type the API knows is registered here, ours and a site's alike,
with its API ``type``, its detail schema and serializer and, when it has one,
its listing router. Everything that depends on page types (the by-path
lookup, ``paths/``, previews, search, CDN purges and the OpenAPI document)
reads the registry, so a registered type is served everywhere at once.

A site registers its own page type in its app's ``AppConfig.ready()``::

    from wagtail_council.api import register_page_type

    class HomeConfig(AppConfig):
        def ready(self):
            from .models import HomePage

            register_page_type(HomePage, "home")

With no schema or serializer given, both are made from the model's
``api_fields`` (see ``model_fields``). A subclass of a registered model needs
no registration: it is served as its parent's type, and the fields it adds
to ``api_fields`` are added to that type's detail schema.

Unregistered page types are served as the generic ``page`` type, with their
``api_fields`` under ``fields``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ImproperlyConfigured

GENERIC = "page"


@dataclass
class ApiPageType:
    """How the content API serves one page model (and its unregistered subclasses).

    * ``name`` is the ``type`` of its details, links and path items.
    * ``detail_schema`` and ``detail(page, ctx)``: the detail; made from
      ``api_fields`` when not given.
    * ``detail_queryset(queryset)`` narrows or prefetches the queryset of
      specific pages a detail is read from.
    * ``summary(page)``: the text of a search hit; the search description when
      not given.
    * ``router`` (a function returning a ninja ``Router``) is mounted at
      ``prefix``, with the listing and detail operations named for CDN purges
      (``listing_operation``, ``detail_operation``, ``detail_argument``).
    * ``extra`` holds anything a type's serializer wants to know (``lists`` of
      index pages).
    """

    model: type
    name: str
    detail_schema: type | None = None
    detail: Callable | None = None
    detail_queryset: Callable | None = None
    summary: Callable | None = None
    router: Callable | None = None
    prefix: str | None = None
    listing_operation: str | None = None
    detail_operation: str | None = None
    detail_argument: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_registry: dict[type, ApiPageType] = {}


def register_page_type(model, name=None, **options):
    """Serve ``model`` as the API type ``name``; see ``ApiPageType`` for the options.

    Several models may share a type only if they share its detail schema.
    Registering a model again replaces its registration.
    """
    name = name or model._meta.model_name
    if name == GENERIC:
        raise ImproperlyConfigured(f"“{GENERIC}” is the type of unregistered pages.")
    spec = ApiPageType(model=model, name=name, **options)
    for other in _registry.values():
        if (
            other.name == name
            and other.model is not model
            and other.detail_schema is not spec.detail_schema
        ):
            raise ImproperlyConfigured(
                f"{model._meta.label} and {other.model._meta.label} are both registered as "
                f"“{name}”, with different detail schemas."
            )
    _registry[model] = spec
    return spec


def registered_page_types():
    return list(_registry.values())


def page_type_for_model(model):
    """The registration serving ``model``: its own, or its nearest registered ancestor's."""
    for cls in model.__mro__:
        spec = _registry.get(cls)
        if spec is not None:
            return spec
    return None


def type_name_of_model(model):
    spec = page_type_for_model(model)
    return spec.name if spec is not None else GENERIC


def type_name_of(page):
    """The API ``type`` of a page (specific or not), from its content type."""
    return type_name_of_model(page.specific_class or type(page))


def page_type_names():
    """Every ``type`` a page can have, the generic one last."""
    return [*dict.fromkeys(spec.name for spec in _registry.values()), GENERIC]


def models_of_type(name, page_models):
    return [model for model in page_models if type_name_of_model(model) == name]
