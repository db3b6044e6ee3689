"""schema.org JSON-LD for search engines and link previews.

The page models' ``structured_data(request)`` call these, for the JSON-LD
their HTML embeds and for the content API's ``seo.json_ld`` alike. With
``for_frontend`` (the API), the page's and the publisher's URLs are those of
the frontend when ``WAGTAIL_COUNCIL_FRONTEND_BASE_URL`` is set, as the API's
``canonical_url`` is, so a frontend can embed the object as it comes; image
URLs stay those of the media. Without that setting the two are identical.
"""

from django.utils import timezone
from wagtail.models import Site

from ..conf import council_settings
from .frontend import frontend_base_url, page_url
from .images import rendition_data
from .languages import localized_site_name
from .photos import LARGE_ROLE
from .text import plain_text


def page_address(page, request, for_frontend):
    """The page's URL: the HTML's canonical link, or the frontend's URL of the page."""
    return page_url(page, request) if for_frontend else page.get_full_url(request)


def publisher_data(page, request, for_frontend=False):
    site = Site.find_for_request(request) if request else page.get_site()
    name = council_settings.PUBLISHER_NAME or localized_site_name(site, page.locale)
    publisher = {"@type": "Organization", "name": name}
    if site:
        frontend = frontend_base_url(site.root_url) if for_frontend else ""
        publisher["url"] = frontend or site.root_url
    return publisher


def news_article_data(page, request, *, for_frontend=False):
    """A ``NewsArticle`` with full timezone-aware datetimes and the page's language."""
    url = page_address(page, request, for_frontend)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.lead,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": page.locale.language_code,
        "datePublished": page.publication_date.isoformat(),
        "dateModified": (page.last_published_at or page.publication_date).isoformat(),
        "publisher": publisher_data(page, request, for_frontend),
        "author": publisher_data(page, request, for_frontend),
    }
    rendition = page.featured_image_rendition(request=request)
    if rendition is not None:
        data["image"] = {
            "@type": "ImageObject",
            "url": rendition.url,
            "contentUrl": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "caption": page.featured_image_caption or page.featured_image_alt_for_readers,
        }
    return data


def image_gallery_data(page, photos, request, *, for_frontend=False):
    """An ``ImageGallery`` whose photos are ``ImageObject``s with their own captions and credits."""
    data = {
        "@context": "https://schema.org",
        "@type": "ImageGallery",
        "name": page.title,
        "url": page_address(page, request, for_frontend),
        "inLanguage": page.locale.language_code,
        "dateCreated": page.date.isoformat(),
        "publisher": publisher_data(page, request, for_frontend),
    }
    description = plain_text(page.description)
    if description:
        data["description"] = description
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    data["image"] = [
        image_object_data(photo, rendition_data(photo.image, LARGE_ROLE, absolute_to=request))
        for photo in photos
    ]
    return data


def image_object_data(photo, rendition):
    data = {
        "@type": "ImageObject",
        "contentUrl": rendition.url,
        "url": rendition.url,
        "encodingFormat": rendition.mime_type,
        "width": rendition.width,
        "height": rendition.height,
    }
    if photo.caption:
        data["caption"] = photo.caption
    if photo.alt:
        data["description"] = photo.alt
    if photo.credit:
        data["creditText"] = photo.credit
    return data


EVENT_STATUSES = {
    "scheduled": "https://schema.org/EventScheduled",
    "moved": "https://schema.org/EventRescheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "held": "https://schema.org/EventScheduled",
}

ATTENDANCE_MODES = {
    "offline": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def event_moment(value, all_day):
    """An ISO date for a whole-day event, else an ISO datetime with its offset, in local time."""
    if value is None:
        return None
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return local.date().isoformat() if all_day else local.isoformat()


def event_data(page, request, *, for_frontend=False):
    """An ``Event``: its dates with their offset, status, place or stream, organiser and people.

    A moved event starts on its new date (``previousStartDate`` is the old
    one) and keeps its length. Participants are the ``performer``s, each with
    the role held on the event's date as ``jobTitle``.
    """
    start, end = page.start, page.end
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.lead,
        "url": page_address(page, request, for_frontend),
        "inLanguage": page.locale.language_code,
        "eventStatus": EVENT_STATUSES.get(page.status, EVENT_STATUSES["scheduled"]),
        "eventAttendanceMode": ATTENDANCE_MODES[page.attendance_mode],
    }
    if page.status == "moved" and page.moved_to:
        data["previousStartDate"] = event_moment(start, page.all_day)
        if end is not None:
            end = page.moved_to + (end - start)
        start = page.moved_to
    data["startDate"] = event_moment(start, page.all_day)
    if end is not None:
        data["endDate"] = event_moment(end, page.all_day)
    if page.kind_id:
        data["keywords"] = page.kind.name
    locations = []
    if page.venue_name or page.venue_address:
        place = {"@type": "Place", "name": page.venue_name or page.venue_address}
        if page.venue_address:
            place["address"] = page.venue_address
        if page.latitude is not None and page.longitude is not None:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(page.latitude),
                "longitude": float(page.longitude),
            }
        locations.append(place)
    if page.online_link:
        locations.append({"@type": "VirtualLocation", "url": page.online_link})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if page.organiser_id:
        data["organizer"] = {"@type": "Organization", "name": page.organiser.name}
    else:
        data["organizer"] = publisher_data(page, request, for_frontend)
    performers = []
    for speaker in page.get_participants():
        person = {"@type": "Person", "name": speaker.name}
        if speaker.role:
            person["jobTitle"] = speaker.role
        if speaker.organisation is not None:
            person["affiliation"] = {"@type": "Organization", "name": speaker.organisation.name}
        performers.append(person)
    if performers:
        data["performer"] = performers
    return data


def breadcrumb_list_data(trail, request, *, for_frontend=False):
    """A ``BreadcrumbList`` of the trail readers see (``navigation.breadcrumb_trail``).

    Each step's ``item`` is its absolute URL: a page's own, a view's (a
    profile below the people index) that of the request's path.
    """
    if not trail:
        return None
    elements = []
    for position, crumb in enumerate(trail, start=1):
        if crumb.page is not None:
            url = page_address(crumb.page, request, for_frontend)
        elif request is not None:
            url = request.build_absolute_uri(crumb.path)
        else:
            url = crumb.path
        elements.append(
            {"@type": "ListItem", "position": position, "name": crumb.title, "item": url}
        )
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": elements}
