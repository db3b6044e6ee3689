"""Wagtail's core APIs (v2, and v3 on Wagtail 8) reading pages through the visibility rule.

Wagtail's own pages endpoints show every live page that has no view
restriction the caller fails, so a page past its ``expire_at`` stays in them
until ``publish_scheduled`` runs. A site mounts these instead, and the core
APIs then hide exactly what the content API, the HTML pages, the feeds, the
sitemap and search hide (see ``wagtail_council.reader.visibility``)::

    from wagtail_council.api.core import (
        DocumentsAPIViewSet, ImagesAPIViewSet, PagesAPIViewSet, core_api_v3,
    )

    api_router.register_endpoint("pages", PagesAPIViewSet)
    api_router.register_endpoint("images", ImagesAPIViewSet)
    api_router.register_endpoint("documents", DocumentsAPIViewSet)
    path("api/v3/", core_api_v3().urls)  # on Wagtail 8

The images and documents endpoints leave out, for anonymous callers, what
only hidden pages use (``visibility.visible_media``), so a document attached
to a private page is not listed with its title and file. On v3, listing
redirects (old paths of renamed pages) needs an API token.
"""

from importlib import import_module

from django.core.exceptions import ValidationError
from django.db import models
from taggit.managers import TaggableManager
from wagtail.api.v2 import filters as v2_filters
from wagtail.api.v2 import views as v2_views
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents.api.v2 import views as documents_v2
from wagtail.images.api.v2 import views as images_v2

from ..reader.visibility import only_visible, visible_media


def is_filterable(field):
    """Whether Wagtail's ``?name=value`` filter and ``?order=`` can use this model field.

    A column can be compared with one value, and tags have Wagtail's own
    filter. Relations to many rows cannot: ``?categories=budget`` would be
    looked up as the primary key of a category row, and fail.
    """
    if isinstance(field, TaggableManager):
        return True
    return getattr(field, "concrete", False) and not field.many_to_many


class FieldsFilter(v2_filters.FieldsFilter):
    """Wagtail's field filter, with a 400 for a value its column cannot hold.

    Wagtail converts booleans, integers and foreign keys itself; any other
    value reached the database as it was, so ``?publication_date=soon`` raised.
    """

    converted_by_wagtail = (models.BooleanField, models.IntegerField, models.AutoField)

    def filter_queryset(self, request, queryset, view):
        names = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name not in names or name == "locale":
                continue
            field = model_field(queryset.model, name)
            if (
                isinstance(field, models.Field)
                and not field.is_relation
                and not isinstance(field, self.converted_by_wagtail)
            ):
                try:
                    field.get_prep_value(field.to_python(value))
                except (ValidationError, ValueError, TypeError) as error:
                    raise BadRequestError(
                        f"field filter error. '{value}' is not a valid value for {name}"
                    ) from error
        return super().filter_queryset(request, queryset, view)


class PagesAPIViewSet(v2_views.PagesAPIViewSet):
    """Wagtail's v2 pages endpoint: listing, detail, ``find`` and the tree filters.

    Every one of them starts from ``get_base_queryset``, so narrowing it is
    enough; Wagtail's own site scoping (``?site=``) is kept.

    Our page types name relations to many rows in their ``api_fields``
    (categories, related pages, photos, signatories), which Wagtail would
    offer as filters and orderings; only fields with a column are offered,
    and any other name is Wagtail's own 400 for an unknown parameter.
    """

    filter_backends = [
        FieldsFilter if backend is v2_filters.FieldsFilter else backend
        for backend in v2_views.PagesAPIViewSet.filter_backends
    ]

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        names = super().get_available_fields(model, db_fields_only=db_fields_only)
        if not db_fields_only:
            return names
        return [name for name in names if is_filterable(model_field(model, name))]

    def get_base_queryset(self):
        return only_visible(super().get_base_queryset())


class VisibleMediaMixin:
    """Anonymous callers are not shown images or documents that only hidden pages use."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.request.user.is_authenticated:
            return queryset
        return visible_media(queryset)


class ImagesAPIViewSet(VisibleMediaMixin, images_v2.ImagesAPIViewSet):
    """Wagtail's v2 images endpoint, without images that only hidden pages use."""


class DocumentsAPIViewSet(VisibleMediaMixin, documents_v2.DocumentsAPIViewSet):
    """Wagtail's v2 documents endpoint, without documents that only hidden pages use."""


def model_field(model, name):
    """The model field called ``name``, or whose column is ``name`` (``gallery_id``)."""
    for field in model._meta.get_fields():
        if name in (field.name, getattr(field, "attname", None)):
            return field
    return None


def core_api_v3():
    """Wagtail 8's v3 API, narrowed for anonymous callers to what they may see.

    The v3 routers have no view sets to subclass: each pages endpoint
    (listing, detail, ``find``, and the pages its filters start from) asks
    ``get_pages_queryset`` of its own module, and the images and documents
    endpoints ``get_images_queryset`` and ``get_documents_queryset``, so that
    is where the rule is applied, once however often this is called. Listing
    and finding redirects needs a token: they name the old paths of renamed,
    perhaps private, pages. Signed-in callers keep Wagtail's tier for editors,
    who read drafts through it.
    """
    from wagtail.api.v3.auth import BearerTokenAuth
    from wagtail.api.v3.routers import pages
    from wagtail.api.v3.urls import api

    # The packages export their routers under the modules' names: the modules themselves.
    images = import_module("wagtail.images.api.v3.router")
    documents = import_module("wagtail.documents.api.v3.router")
    redirects = import_module("wagtail.contrib.redirects.api.v3.router")
    narrow(pages, "get_pages_queryset", only_visible)
    narrow(images, "get_images_queryset", visible_media)
    narrow(documents, "get_documents_queryset", visible_media)
    # The routers' operations are copied into the API when it first makes its
    # URLs: both the router's and any copies already made need a token.
    bound = [
        router.path_operations
        for router in getattr(api, "_bound_routers_cache", None) or []
        if router.template is redirects.router
    ]
    for path_operations in [redirects.router.path_operations, *bound]:
        for path_view in path_operations.values():
            for operation in path_view.operations:
                if "GET" in operation.methods:
                    operation.auth_param = operation.auth_callbacks = [BearerTokenAuth()]
    return api


def narrow(module, name, rule):
    """Replace ``module.name(request, …)`` by one that applies ``rule`` for anonymous callers."""
    wagtail_queryset = getattr(module, name)
    if getattr(wagtail_queryset, "narrowed_for_readers", False):
        return

    def narrowed(request, *args, **kwargs):
        queryset = wagtail_queryset(request, *args, **kwargs)
        if request.user.is_authenticated:
            return queryset
        return rule(queryset)

    narrowed.narrowed_for_readers = True
    setattr(module, name, narrowed)
