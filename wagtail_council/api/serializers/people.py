"""People, roles and organisations, as the directory shows them to the public."""

from django.db.models import Prefetch, prefetch_related_objects

from ...models import Role
from ...models.people import as_date
from .images import image_data, prefetch_renditions
from .rich_text import prefetch_links, rich_text_html

PORTRAIT_ROLE = "portrait"


def prefetch_people(people):
    """Roles with their organisations, photos and photo renditions, for every person at once."""
    people = [person for person in people if person is not None]
    if not people:
        return
    prefetch_related_objects(
        people,
        Prefetch("roles", queryset=Role.objects.select_related("organisation")),
        "photo",
    )
    prefetch_renditions([person.photo for person in people], PORTRAIT_ROLE)


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


def speaker_data(person, date, ctx, role_override=""):
    """A person from the directory, with the role held on ``date``."""
    role = person.role_on(as_date(date)) if date else person.current_role
    return {
        "id": person.pk,
        "slug": person.slug,
        "name": person.name,
        "role": role_override or (role.title if role else ""),
        "position": role.position if role else "",
        "organisation": organisation_ref(role.organisation)
        if role and role.organisation_id
        else None,
        "photo": photo_of(person, ctx),
        "in_directory": True,
    }


def outsider_data(name, position, role_override=""):
    """Someone quoted by name only, not in the directory."""
    return {
        "id": None,
        "slug": "",
        "name": name or "",
        "role": role_override or position or "",
        "position": position or "",
        "organisation": None,
        "photo": None,
        "in_directory": False,
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
