"""The API ``type`` of each page, from the page-type registry (see ``registry``)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import get_page_models

from .registry import models_of_type, type_name_of, type_name_of_model

kind_of = type_name_of
kind_of_model = type_name_of_model


def type_filter(queryset, kind):
    """Pages of one API type, by content type, without loading specific objects."""
    models = models_of_type(kind, get_page_models())
    content_types = ContentType.objects.get_for_models(*models).values() if models else []
    return queryset.filter(content_type__in=list(content_types))
