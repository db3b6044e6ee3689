"""People, roles and organisations, as the directory shows them to the public.

A person's profile and an organisation's members page are addressable like
pages: each has a URL and a path below the visible people index of its
language (``models.people.profile_location``), and this module gives what
the by-path lookup and the paths listing need of them.
"""

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from wagtail.models import Site

from ...models import Organisation, Person, Role
from ...models.people import (
    organisation_location,
    people_indexes,
    profile_location,
    profile_of,
)
from ...reader.context import ReaderContext
from ...reader.images import PORTRAIT_ROLE, prefetch_renditions
from ...reader.people import prefetch_people as reader_prefetch_people
from ..visibility import visible_organisations, visible_people
from .images import image_data
from .rich_text import prefetch_links, rich_text_html

# How many quotes, statements and greeting addresses a person's detail embeds.
PROFILE_SAMPLE_SIZE = 5


def prefetch_people(people):
    """What the API shows of people: roles with organisations, and photos with renditions."""
    reader_prefetch_people(people, PORTRAIT_ROLE)


def organisation_ref(organisation):
    if organisation is None:
        return None
    return {
        "id": organisation.pk,
        "slug": organisation.slug,
        "name": organisation.name,
        "short_name": organisation.short_name,
    }


def organisations_queryset(queryset):
    return queryset.select_related("locale", "parent")


def organisation_data(organisation, ctx, translations=None):
    """An ``Organisation``; ``translations`` from ``translations_by_key`` saves a query each."""
    url, path = organisation_location(organisation, ctx.request)
    return {
        **organisation_ref(organisation),
        "type": "organisation",
        "locale": organisation.locale.language_code,
        "url": url,
        "path": path,
        "parent": organisation_ref(organisation.parent),
        "translations": snippet_translations(organisation, ctx, translations),
    }


def organisation_listing_items(organisations, ctx):
    """``Organisation`` objects for a page of a listing, their translations in one query."""
    translations = translations_by_key(Organisation, organisations)
    return [organisation_data(item, ctx, translations) for item in organisations]


def role_term(role):
    if role is None:
        return None
    return {
        "position": role.position,
        "title": role.title,
        "organisation": organisation_ref(role.organisation) if role.organisation_id else None,
        "start_date": role.start_date,
        "end_date": role.end_date,
    }


def photo_of(person, ctx):
    return image_data(
        person.photo,
        PORTRAIT_ROLE,
        alt=person.photo_alt,
        decorative=False,
        request=ctx.request,
    )


def speaker_data(speaker, ctx):
    """A ``Speaker`` schema object from the reader layer's ``Speaker``."""
    person = speaker.person
    url, path = profile_location(person, ctx.request) if person else (None, None)
    return {
        "id": person.pk if person else None,
        "slug": person.slug if person else "",
        "name": speaker.name,
        "role": speaker.role,
        "position": speaker.position,
        "organisation": organisation_ref(speaker.organisation),
        "photo": photo_of(person, ctx) if person else None,
        "in_directory": speaker.in_directory,
        "url": url,
        "path": path,
    }


def people_queryset(queryset):
    """What a person's card or detail reads besides the person, in one query each."""
    return queryset.select_related("locale", "photo").prefetch_related(
        Prefetch("roles", queryset=Role.objects.select_related("organisation"))
    )


def person_card(person, ctx):
    url, path = profile_location(person, ctx.request)
    return {
        "id": person.pk,
        "slug": person.slug,
        "name": person.name,
        "locale": person.locale.language_code,
        "url": url,
        "path": path,
        "photo": photo_of(person, ctx),
        "current_role": role_term(person.current_role),
    }


def person_detail(person, ctx):
    """A ``Person``: the profile's own fields, and the latest of what the person said and signed.

    ``person`` comes from ``people_queryset``. What the HTML profile shows is
    worked out once, by ``profile_of``; the number of queries does not grow
    with the number of quotes, statements or addresses.
    """
    ctx = ctx.for_locale(person.locale)
    prefetch_renditions([person.photo], PORTRAIT_ROLE)
    prefetch_links([person.biography], ctx)
    profile = profile_of(person)
    return {
        **person_card(person, ctx),
        "type": "person",
        "biography": rich_text_html(person.biography, ctx),
        "profile_url": person.profile_url,
        "roles": [role_term(role) for role in profile["roles"]],
        "current_roles": [role_term(role) for role in person.roles_on(timezone.localdate())],
        "quotes": quotes_sample(profile["quotations"], ctx),
        "statements": cards_sample(
            page_serializers.statement_queryset(profile["statements"]),
            page_serializers.statement_card,
            page_serializers.prepare_statement_cards,
            ctx,
        ),
        "greeting_addresses": cards_sample(
            page_serializers.greeting_queryset(profile["addresses"]),
            page_serializers.greeting_card,
            page_serializers.prepare_greeting_cards,
            ctx,
        ),
        "events": cards_sample(
            event_serializers.event_queryset(profile["events"]),
            event_serializers.event_card,
            None,
            ctx,
        ),
        "translations": snippet_translations(person, ctx),
        "json_ld": profile_json_ld(person, ctx),
    }


def profile_json_ld(person, ctx):
    """The ``ProfilePage`` the person's HTML profile embeds, with frontend URLs; else None."""
    url, _path = profile_location(person, ctx.request)
    if url is None:
        return None
    return person.structured_data(ctx.request, for_frontend=True)


def cards_sample(queryset, card, prepare, ctx):
    """``{count, items}``: the total, and cards of the first few, in a fixed number of queries."""
    count = queryset.count()
    items = list(queryset[:PROFILE_SAMPLE_SIZE]) if count else []
    if items and prepare is not None:
        prepare(items)
    return {"count": count, "items": [card(item, ctx) for item in items]}


def quotes_sample(quotations, ctx):
    return {"count": len(quotations), "items": quote_items(quotations[:PROFILE_SAMPLE_SIZE], ctx)}


def quote_items(quotations, ctx):
    """``PersonQuote`` objects, with the locales of their pages loaded in one query."""
    prefetch_related_objects([quotation.page for quotation in quotations], "locale")
    return [
        {
            "text": quotation.text,
            "date": quotation.date,
            "page": page_serializers.page_link(quotation.page, ctx),
        }
        for quotation in quotations
    ]


# Translations


def translations_by_key(model, snippets):
    """``{translation key: [versions]}`` of ``snippets``, with their locales, in one query."""
    keys = {snippet.translation_key for snippet in snippets}
    grouped = {}
    versions = (
        model.objects.filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("locale__language_code", "pk")
    )
    for version in versions:
        grouped.setdefault(version.translation_key, []).append(version)
    return grouped


def snippet_translations(snippet, ctx, translations=None):
    """Every version of a person or organisation, with where readers find each.

    Snippets have no drafts: a version that exists is public, and its
    address is null when its language has no visible people index.
    """
    if translations is None:
        translations = translations_by_key(type(snippet), [snippet])
    location = profile_location if isinstance(snippet, Person) else organisation_location
    items = []
    for version in translations.get(snippet.translation_key, []):
        url, path = location(version, ctx.request)
        items.append(
            {
                "locale": version.locale.language_code,
                "id": version.pk,
                "url": url,
                "path": path,
                "name": version.name,
            }
        )
    return items


# Profiles as addressable resources: the paths listing and the by-path lookup


def visible_profiles(locale_code=None, request=None):
    """People whose language has a visible people index: each has a profile address.

    Ordered by locale, then name, for a stable paths listing.
    """
    return addressable(visible_people(), locale_code, request)


def visible_organisation_profiles(locale_code=None, request=None):
    """Organisations whose language has a visible people index, with a members page each."""
    return addressable(visible_organisations(), locale_code, request)


def addressable(queryset, locale_code, request):
    queryset = queryset.filter(locale_id__in=list(people_indexes(request))).select_related("locale")
    if locale_code is not None:
        queryset = queryset.filter(locale__language_code=locale_code)
    return queryset.order_by("locale__language_code", "name", "pk")


def profile_path_item(person, request):
    """A person's profile as an item of the paths listing."""
    return path_item(person, "person", profile_location(person, request))


def organisation_path_item(organisation, request):
    """An organisation's members page as an item of the paths listing."""
    return path_item(organisation, "organisation", organisation_location(organisation, request))


def path_item(snippet, type_name, location):
    url, path = location
    return {
        "id": snippet.pk,
        "type": type_name,
        "locale": snippet.locale.language_code,
        "url": url,
        "path": path,
        "title": snippet.name,
        "last_published_at": None,
    }


def find_profile(site, locale, components, request):
    """The ``Person`` or ``Organisation`` detail at a path, or ``None``.

    ``components`` are the path's parts after its language prefix:
    ``["people", "ivanov"]`` names a profile and ``["people", "organisations",
    "duma"]`` an organisation's members, below the visible people index of
    ``locale`` in ``site`` (the one every profile address is given under).
    """
    index_page = people_indexes(request, site=site).get(locale.pk)
    if index_page is None:
        return None
    rest = components_below(index_page, site, locale, components)
    ctx = ReaderContext(request=request)
    if rest is not None and len(rest) == 1:
        person = people_queryset(visible_people()).filter(locale=locale, slug=rest[0]).first()
        return person_detail(person, ctx) if person is not None else None
    if rest is not None and len(rest) == 2 and rest[0] == "organisations":
        organisation = (
            organisations_queryset(visible_organisations())
            .filter(locale=locale, slug=rest[1])
            .first()
        )
        return organisation_data(organisation, ctx) if organisation is not None else None
    return None


def components_below(index_page, site, locale, components):
    """The parts of ``components`` after the index page's own, or ``None`` if not below it."""
    root_path = next(
        (
            root.root_path
            for root in Site.get_site_root_paths()
            if root.site_id == site.pk and root.language_code == locale.language_code
        ),
        site.root_page.url_path,
    )
    if not index_page.url_path.startswith(root_path):
        return None
    own = [part for part in index_page.url_path[len(root_path) :].split("/") if part]
    if components[: len(own)] != own:
        return None
    return components[len(own) :]


# Imported last, as a module: page cards name speakers serialized above, and a
# person's detail embeds page cards.
from . import events as event_serializers  # noqa: E402
from . import pages as page_serializers  # noqa: E402
