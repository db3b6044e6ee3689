"""What anonymous callers may see: live, public, unexpired pages that belong to a site.

Every endpoint, count and listing of the API starts from these querysets, so
that drafts, private pages, expired pages and unpublished translations can
never leak through one of them and not the others.
"""

import operator
from functools import reduce

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from ..models import Organisation, Person


def visible_pages(model=Page):
    """Live, public, unexpired pages of ``model`` under a site's home page (or its translations).

    ``live`` is False for drafts and unpublished translations; pages with a
    view restriction on them or an ancestor are left out; the expiry
    test holds even before ``publish_scheduled`` has unpublished a page.
    """
    now = timezone.now()
    return (
        model.objects.live()
        .exclude(under_view_restriction())
        .filter(expired=False)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .filter(in_a_site())
    )


def under_view_restriction():
    """Pages with a view restriction on themselves or an ancestor (Wagtail's ``public()``).

    One ``EXISTS`` in the query itself, where ``public()`` would first read
    every restriction in a query of its own, each time a queryset is built.
    """
    restrictions = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return Q(Exists(restrictions))


def in_a_site():
    """Pages that have a URL: at or below a site's root page in some locale."""
    root_paths = {root.root_path for root in Site.get_site_root_paths()}
    if not root_paths:
        return Q(pk__in=[])
    return reduce(operator.or_, (Q(url_path__startswith=path) for path in root_paths))


def is_visible(page):
    return visible_pages().filter(pk=page.pk).exists()


def visible_people():
    """Every person in the directory: snippets have no drafts and no view restrictions."""
    return Person.objects.all()


def visible_organisations():
    return Organisation.objects.all()


def localized_visible_pages(pages, locale):
    """The visible translation of each page in ``locale``, in order; else the page if visible.

    Without a locale (a block serialized outside any page), each page itself.
    Pages with neither are dropped; two versions of one page appear once.
    Two queries, however many pages.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    keys = {page.translation_key for page in pages}
    candidates = list(visible_pages().filter(translation_key__in=keys).select_related("locale"))
    locale_id = locale.pk if locale is not None else None
    in_locale = {page.translation_key: page for page in candidates if page.locale_id == locale_id}
    by_pk = {page.pk: page for page in candidates}
    result, seen = [], set()
    for page in pages:
        match = in_locale.get(page.translation_key) or by_pk.get(page.pk)
        if match is not None and match.pk not in seen:
            seen.add(match.pk)
            result.append(match)
    return result
