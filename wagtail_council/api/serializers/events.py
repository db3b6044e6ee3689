"""Events as cards and details, event indexes, and convocations with their members."""

from django.db.models import Prefetch, prefetch_related_objects

from ...blocks.agenda import AgendaItemBlock, EventDocumentBlock
from ...models import NewsPage
from ...models.events import EventParticipant
from ...models.people import (
    STANDING_CHAIR,
    STANDING_COMMITTEE_CHAIR,
    STANDING_DEPUTY_CHAIR,
    STANDING_MEMBER,
    STANDINGS,
    profile_location,
)
from ..registry import page_type_for_model
from ..streams import prepare_streams, serialize_stream, serialize_value

# Modules, not names: the serializers of people and pages import this one as they load.
from . import pages, people
from .rich_text import prefetch_links, rich_text_html

# Events


def event_queryset(queryset):
    """What a page of event cards reads, in a fixed number of queries."""
    return queryset.select_related("locale", "kind")


def participants_prefetch():
    return Prefetch(
        "participants",
        queryset=EventParticipant.objects.select_related("person").order_by("sort_order"),
    )


def event_detail_queryset(queryset):
    """What an event's detail reads besides the page, in one query each."""
    return queryset.select_related("locale", "kind", "organiser", "gallery").prefetch_related(
        participants_prefetch()
    )


def kind_of(page):
    return {"slug": page.kind.slug, "name": page.kind.name}


def coordinate(value):
    return float(value) if value is not None else None


def event_card(page, ctx):
    return {
        **pages.page_link(page, ctx),
        "lead": page.lead,
        "kind": kind_of(page),
        "start": page.start,
        "end": page.end,
        "all_day": page.all_day,
        "status": page.status,
        "moved_to": page.moved_to,
        "venue_name": page.venue_name,
    }


def prepare_event(page, ctx):
    """Load in bulk what an event shows: its streams' people, images and links; participants."""
    prepare_streams([page.body, page.agenda, page.documents], ctx, pages.STREAM_IMAGE_ROLES)
    if page.participants.is_deferring:
        # A preview: the rows are the revision's, in memory; their people in one query.
        prefetch_related_objects(list(page.participants.all()), "person")
    elif "participants" not in getattr(page, "_prefetched_objects_cache", {}):
        # Not read through ``event_detail_queryset``: Wagtail's core API.
        prefetch_related_objects([page], participants_prefetch())
    people.prefetch_people([row.person for row in page.participants.all() if row.person_id])


def participants_of(page, ctx):
    """Participants with the role held on the event's date; call ``prepare_event`` first."""
    return [people.speaker_data(speaker, ctx) for speaker in page.get_participants()]


def agenda_of(page, ctx):
    return [
        serialize_value(child.block, child.value, ctx)
        for child in page.agenda
        if isinstance(child.block, AgendaItemBlock)
    ]


def documents_of(page, ctx):
    return [
        serialize_value(child.block, child.value, ctx)
        for child in page.documents
        if isinstance(child.block, EventDocumentBlock)
    ]


def gallery_link(page, ctx):
    """The event's gallery, in the version its readers may see, or ``None``."""
    gallery = page.linked_gallery()
    return pages.page_link(gallery, ctx) if gallery is not None else None


def news_cards(page, ctx):
    """Visible news reporting on the event, in its language, newest first."""
    shown = [news.pk for news in page.reporting_news()]
    if not shown:
        return []
    queryset = NewsPage.objects.filter(pk__in=shown).order_by("-publication_date", "-pk")
    return [pages.news_card(news, ctx) for news in pages.news_queryset(queryset)]


def subpage_url(page, name, ctx):
    """The absolute URL of one of a page's own routes (``event.ics``), served by Wagtail."""
    full_url = page.get_full_url(ctx.request)
    if full_url is None:
        return None
    return full_url.rstrip("/") + "/" + page.reverse_subpage(name).lstrip("/")


def event_detail(page, ctx):
    ctx = ctx.for_page(page)
    prepare_event(page, ctx)
    return {
        **pages.detail_base(page, ctx),
        "lead": page.lead,
        "kind": kind_of(page),
        "start": page.start,
        "end": page.end,
        "all_day": page.all_day,
        "status": page.status,
        "moved_to": page.moved_to,
        "venue_name": page.venue_name,
        "venue_address": page.venue_address,
        "latitude": coordinate(page.latitude),
        "longitude": coordinate(page.longitude),
        "online_url": page.online_url,
        "organiser": people.organisation_ref(page.organiser) if page.organiser_id else None,
        "participants": participants_of(page, ctx),
        "agenda": agenda_of(page, ctx),
        "documents": documents_of(page, ctx),
        "body": serialize_stream(page.body, ctx),
        "gallery": gallery_link(page, ctx),
        "news": news_cards(page, ctx),
        "ics_url": subpage_url(page, "ics", ctx),
    }


def event_index_detail(page, ctx):
    ctx = ctx.for_page(page)
    prefetch_links([page.intro], ctx)
    return {
        **pages.detail_base(page, ctx),
        "lists": page_type_for_model(type(page)).extra["lists"],
        "intro": rich_text_html(page.intro, ctx),
        "calendar_url": subpage_url(page, "calendar", ctx),
    }


# Convocations

STANDING_CODES = {
    STANDING_CHAIR: "chair",
    STANDING_DEPUTY_CHAIR: "deputy_chair",
    STANDING_COMMITTEE_CHAIR: "committee_chair",
    STANDING_MEMBER: "member",
}
STANDING_NAMES = dict(STANDINGS)


def convocation_queryset(queryset):
    return queryset.select_related("locale", "organisation")


def convocation_data(convocation, ctx):
    return {
        "id": convocation.pk,
        "locale": convocation.locale.language_code,
        "number": convocation.number,
        "name": convocation.name,
        "title": str(convocation.title),
        "organisation": people.organisation_ref(convocation.organisation),
        "start_date": convocation.start_date,
        "end_date": convocation.end_date,
        "is_current": convocation.is_current,
    }


def member_data(role, ctx):
    person = role.person
    url, path = profile_location(person, ctx.request)
    return {
        "person": {
            "id": person.pk,
            "slug": person.slug,
            "name": person.name,
            "url": url,
            "path": path,
        },
        "position": role.position,
        "standing": STANDING_CODES.get(role.standing, "member"),
        "standing_name": str(STANDING_NAMES.get(role.standing, STANDING_NAMES[STANDING_MEMBER])),
        "faction": role.faction,
        "district": role.district,
        "start_date": role.start_date,
        "end_date": role.end_date,
    }


def convocation_detail(convocation, on, ctx):
    """The convocation with its members on the date ``on``, by standing then name."""
    members = list(convocation.members(on=on)) if convocation.is_in_office_on(on) else []
    return {
        **convocation_data(convocation, ctx),
        "on": on,
        "members": [member_data(role, ctx) for role in members],
    }
