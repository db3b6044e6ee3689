"""People, roles and organisations, as the directory shows them to the public."""

from ...reader.images import PORTRAIT_ROLE
from ...reader.people import prefetch_people as reader_prefetch_people
from .images import image_data
from .rich_text import prefetch_links, rich_text_html


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


def organisation_data(organisation):
    return {
        **organisation_ref(organisation),
        "locale": organisation.locale.language_code,
        "parent": organisation_ref(organisation.parent),
    }


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
    return {
        "id": person.pk if person else None,
        "slug": person.slug if person else "",
        "name": speaker.name,
        "role": speaker.role,
        "position": speaker.position,
        "organisation": organisation_ref(speaker.organisation),
        "photo": photo_of(person, ctx) if person else None,
        "in_directory": speaker.in_directory,
    }


def person_card(person, ctx):
    return {
        "id": person.pk,
        "slug": person.slug,
        "name": person.name,
        "locale": person.locale.language_code,
        "photo": photo_of(person, ctx),
        "current_role": role_term(person.current_role),
    }


def person_detail(person, ctx):
    ctx = ctx.for_locale(person.locale)
    prefetch_links([person.biography], ctx)
    roles = sorted(person.roles.all(), key=lambda role: role.start_date, reverse=True)
    return {
        **person_card(person, ctx),
        "biography": rich_text_html(person.biography, ctx),
        "profile_url": person.profile_url,
        "roles": [role_term(role) for role in roles],
        "translations": [
            {"locale": translation.locale.language_code, "id": translation.pk}
            for translation in person.get_translations(inclusive=True)
            .select_related("locale")
            .order_by("locale__language_code")
        ],
    }
