"""What an anonymous reader may see: the one visibility rule of wagtail-council.

A page is visible when it is live, public (no view restriction on it or an
ancestor), not expired (including a page whose ``expire_at`` has passed while
it is still live, before ``publish_scheduled`` has run) and inside a site.
An unpublished translation is not live, so it is never visible either.

Every way out starts from here: HTML listings and linked pages, the language
switcher, page serving, feeds, the sitemap, site search, the content API and
Wagtail's core APIs. So a page hidden from one of them is hidden from all.
Images and documents that only hidden pages use are hidden with them
(``visible_media``): from document downloads and from the core APIs' listings.
"""

import operator
from functools import reduce

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, IntegerField, OuterRef, Q
from django.db.models.functions import Cast
from django.db.models.lookups import StartsWith
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site

# Search hits considered at most, best first; the rest are not worth a reader's time.
MAX_SEARCH_HITS = 500


def visible_pages(model=Page):
    """Every visible page of ``model``, as a queryset to filter further.

    ``live`` is False for drafts, scheduled pages and unpublished
    translations; the expiry test holds even before ``publish_scheduled``
    has unpublished an expired page.
    """
    return (
        model.objects.live()
        .exclude(under_view_restriction())
        .filter(unexpired())
        .filter(in_a_site())
    )


def only_visible(queryset):
    """Narrow any page queryset (Wagtail's own API querysets) to the visible pages.

    As one filter on ids, the only form of it Wagtail's search backends
    accept, so that the narrowed queryset can still be searched.
    """
    return queryset.filter(pk__in=visible_pages().values("pk"))


def unexpired():
    """Pages that have not expired, whether or not ``publish_scheduled`` has run yet."""
    return Q(expired=False) & (Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))


def first_expiry(pages):
    """When the first of these visible pages expires, and so leaves readers' view; or None.

    What is kept across requests with visible pages in it goes stale then.
    """
    moments = [page.expire_at for page in pages if page is not None and page.expire_at]
    return min(moments, default=None)


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


def has_expired(page):
    """Whether ``page`` is past its expiry, read from the instance alone (no query).

    Page serving uses this part of the rule only: drafts are already a 404
    there, and for a private page Wagtail itself asks for the password or
    the login, which a 404 from us would take away.
    """
    if page.expired:
        return True
    return page.expire_at is not None and page.expire_at <= timezone.now()


def is_visible_page(page):
    """Whether ``page`` is visible: no query when the instance already says no, one otherwise."""
    if page is None or page.pk is None or not page.live or has_expired(page):
        return False
    return visible_pages().filter(pk=page.pk).exists()


def visible_translations(page):
    """Every visible version of ``page``, itself included, with its locale: for language links."""
    return (
        visible_pages()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def visible_ancestors(page):
    """The visible pages above ``page`` within its site, from the top down, in one query."""
    return list(visible_pages().ancestor_of(page).select_related("locale").order_by("depth"))


def localized_visible_pages(pages, locale, model=Page):
    """The visible translation of each page in ``locale``, in order; else the page if visible.

    Without a locale (a block serialized outside any page), each page itself.
    Pages with neither are dropped; two versions of one page appear once.
    ``model`` is what the results are (``GalleryPage`` for a gallery, so that
    its photos can be read). One query, however many pages.
    """
    pages = [page for page in pages if page is not None]
    versions = visible_versions(pages, locale, model)
    result, seen = [], set()
    for page in pages:
        match = versions.get(page.pk)
        if match is not None and match.pk not in seen:
            seen.add(match.pk)
            result.append(match)
    return result


def visible_versions(pages, locale, model=Page):
    """``{page id: the version of it a reader of locale sees}``, for pages that have one.

    That is the page's visible translation in ``locale``, else the page
    itself if it is visible. Links in rich text, related pages, galleries and
    addresses on a page all resolve through this, in one query.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    candidates = visible_candidates({page.translation_key for page in pages}, model)
    return versions_among(candidates, pages, locale)


def visible_candidates(translation_keys, model=Page, **annotations):
    """Every visible version of pages with these translation keys, with its locale: one query.

    ``annotations`` ride along in the same query (a linked gallery's photo count).
    """
    if not translation_keys:
        return []
    return list(
        visible_pages(model)
        .filter(translation_key__in=translation_keys)
        .select_related("locale")
        .annotate(**annotations)
    )


def versions_among(candidates, pages, locale):
    """``visible_versions`` from ``visible_candidates`` already loaded for these pages' keys."""
    locale_id = locale.pk if locale is not None else None
    in_locale = {page.translation_key: page for page in candidates if page.locale_id == locale_id}
    by_pk = {page.pk: page for page in candidates}
    versions = {}
    for page in pages:
        match = in_locale.get(page.translation_key) or by_pk.get(page.pk)
        if match is not None:
            versions[page.pk] = match
    return versions


def visible_link_targets(page_ids, locale):
    """``{id: page}``: where each link to a page id in rich text sends a reader of ``locale``.

    The version of the page that reader sees (``visible_versions``); an id
    that is missing from the answer is a link with its text and no address,
    so a hidden page is never revealed. Ids come as rich text stores them
    (strings, and anything an editor's HTML may hold); two queries.
    """
    wanted = {str(page_id) for page_id in page_ids if page_id is not None}
    numeric = [page_id for page_id in wanted if page_id.isdigit()]
    if not numeric:
        return {}
    linked = Page.objects.filter(pk__in=numeric).only("pk", "translation_key")
    return {str(pk): page for pk, page in visible_versions(linked, locale).items()}


def visible_search_hits(query, candidates=None, limit=MAX_SEARCH_HITS):
    """Ids of the visible pages matching ``query``, best match first.

    Wagtail's search backends filter only on indexed fields, and view
    restrictions, expiry and sites are not among them: the backend ranks
    live pages (``candidates``, narrowed by locale, say), and the rule keeps
    the visible ones of its best ``limit`` hits, in one more query.
    """
    if candidates is None:
        candidates = Page.objects.live()
    # A double quote has no meaning in a plain search, and an unpaired one breaks
    # SQLite's full-text query.
    query = query.replace('"', " ")
    ranked = [page.pk for page in candidates.search(query)[:limit]]
    visible = set(visible_pages().filter(pk__in=ranked).values_list("pk", flat=True))
    return [pk for pk in ranked if pk in visible]


def media_references(model):
    """The reference index's records of where objects of ``model`` are used."""
    return ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model, for_concrete_model=True)
    )


def hidden_media_ids(model):
    """Ids of the ``model`` objects (images, documents) that only hidden pages use.

    Wagtail's reference index records where each image or document is used.
    One is hidden when pages use it and none of them is visible: a document
    linked only from a draft or a private page, say. One that a visible page,
    a snippet (a person's portrait, the council's logo) or nothing uses is
    left to Wagtail's own rule, collection privacy.
    """
    references = media_references(model)
    page_type = ContentType.objects.get_for_model(Page)
    visible_ids = visible_pages().annotate(text_id=Cast("pk", CharField())).values("text_id")
    used_in_public = references.exclude(
        Q(base_content_type=page_type) & ~Q(object_id__in=visible_ids)
    )
    return (
        references.filter(base_content_type=page_type)
        .exclude(to_object_id__in=used_in_public.values("to_object_id"))
        .annotate(media_id=Cast("to_object_id", IntegerField()))
        .values("media_id")
    )


def visible_media(queryset):
    """``queryset`` of images or documents without those that only hidden pages use."""
    return queryset.exclude(pk__in=hidden_media_ids(queryset.model))


def is_visible_medium(obj):
    """Whether readers may see this image or document (see ``hidden_media_ids``)."""
    return visible_media(type(obj).objects.filter(pk=obj.pk)).exists()


def restricted_pages_using(obj):
    """Live, unexpired pages in a site that use this image or document, with their restrictions.

    For a medium that only hidden pages use: the reader who may see one of
    these (who gave its password, or is in its groups) may see the medium too.
    """
    page_ids = (
        media_references(type(obj))
        .filter(to_object_id=str(obj.pk), base_content_type=ContentType.objects.get_for_model(Page))
        .annotate(page_id=Cast("object_id", IntegerField()))
        .values("page_id")
    )
    return Page.objects.live().filter(unexpired(), in_a_site(), pk__in=page_ids)
