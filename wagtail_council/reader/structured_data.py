"""schema.org JSON-LD for search engines and link previews.

The page models' ``structured_data(request)`` call these, for the JSON-LD
their HTML embeds and for the content API's ``seo.json_ld`` alike. With
``for_frontend`` (the API), the page's and the publisher's URLs are those of
the frontend when ``WAGTAIL_COUNCIL_FRONTEND_BASE_URL`` is set, as the API's
``canonical_url`` is, so a frontend can embed the object as it comes; image
URLs stay those of the media. Without that setting the two are identical.
"""

from urllib.parse import urlsplit

from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from wagtail.models import Site

from ..conf import council_settings
from .frontend import frontend_base_url, page_url
from .images import (
    ARTICLE_IMAGE_ROLES,
    LOGO_ROLE,
    PORTRAIT_ROLE,
    rendition_data,
    with_fallback_renditions,
)
from .languages import locale_by_id, localized_site_name, site_details
from .photos import LARGE_ROLE
from .text import plain_text

SCHEMA_ORG = "https://schema.org"


def page_address(page, request, for_frontend):
    """The page's URL: the HTML's canonical link, or the frontend's URL of the page."""
    return page_url(page, request) if for_frontend else page.get_full_url(request)


def site_of(page, request):
    return Site.find_for_request(request) if request else page.get_site()


def site_address(site, for_frontend):
    """The site's root URL, without a trailing slash: the frontend's, for the API."""
    frontend = frontend_base_url(site.root_url) if for_frontend else ""
    return frontend or site.root_url


def organization_id(root):
    """The ``@id`` of the council: every page's publisher is the home page's ``Organization``."""
    return f"{root}/#organization"


def website_id(root):
    return f"{root}/#website"


def publisher_data(page, request, for_frontend=False):
    """The council as the publisher of a page: its name, address, ``@id`` and logo."""
    site = site_of(page, request)
    name = council_settings.PUBLISHER_NAME or localized_site_name(site, page.locale, request)
    publisher = {"@type": "Organization", "name": name}
    if site:
        root = site_address(site, for_frontend)
        publisher["@id"] = organization_id(root)
        publisher["url"] = root
        logo = logo_data(site_details(site, page.locale, request), request)
        if logo is not None:
            publisher["logo"] = logo
    return publisher


def logo_data(details, request):
    """The council's logo as an ``ImageObject`` (never cropped), or ``None`` without one."""
    if details is None or details.logo is None:
        return None
    with_fallback_renditions(details.logo, LOGO_ROLE)
    rendition = rendition_data(details.logo, LOGO_ROLE, absolute_to=request)
    return {
        "@type": "ImageObject",
        "url": rendition.url,
        "contentUrl": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
    }


def is_https(url):
    try:
        parts = urlsplit((url or "").strip())
    except ValueError:
        return False
    return parts.scheme == "https" and bool(parts.netloc)


def home_page_data(page, request, *, for_frontend=False):
    """The council (``Organization``) and its site (``WebSite``), for the home page of a language.

    The organisation's name, logo, contacts and official profiles come from
    the council's site details in the page's language; ``sameAs`` lists only
    the profiles on the web (https), not mailboxes or phone lines.
    """
    site = site_of(page, request)
    if site is None:
        return None
    root = site_address(site, for_frontend)
    details = site_details(site, page.locale, request)
    organization = publisher_data(page, request, for_frontend)
    if details is not None:
        profiles = [
            block.value["url"].strip()
            for block in details.social_profiles
            if block.block_type == "profile" and is_https(block.value["url"])
        ]
        if profiles:
            organization["sameAs"] = profiles
        address = ", ".join(line.strip() for line in details.address.splitlines() if line.strip())
        if address:
            organization["address"] = {"@type": "PostalAddress", "streetAddress": address}
        if details.phone.strip():
            organization["telephone"] = details.phone.strip()
        if details.email:
            organization["email"] = details.email
    url = page_address(page, request, for_frontend)
    website = {
        "@type": "WebSite",
        "@id": website_id(root),
        "name": organization["name"],
        "url": url,
        "inLanguage": page.locale.language_code,
        "publisher": {"@id": organization["@id"]},
    }
    search = search_action(page.locale.language_code, root)
    if search is not None:
        website["potentialAction"] = search
    return {"@context": SCHEMA_ORG, "@graph": [organization, website]}


def search_action(language_code, root):
    """A ``SearchAction`` to the site's search in a language, when the site has a ``search`` URL."""
    try:
        with translation.override(language_code):
            path = reverse("search")
    except NoReverseMatch:
        return None
    return {
        "@type": "SearchAction",
        "target": {"@type": "EntryPoint", "urlTemplate": f"{root}{path}?q={{search_term_string}}"},
        "query-input": "required name=search_term_string",
    }


def person_data(speaker, url=None, *, image=None, same_as=None):
    """A ``Person``: a name, the role held on the content's date as ``jobTitle``, and whom for.

    ``speaker`` is a ``reader.people.Speaker``: the role is the one it found,
    never worked out again here.
    """
    person = {"@type": "Person", "name": speaker.name}
    if url:
        person["url"] = url
    if image is not None:
        person["image"] = image
    if speaker.position or speaker.role:
        person["jobTitle"] = speaker.position or speaker.role
    if speaker.organisation is not None:
        person["worksFor"] = {"@type": "Organization", "name": speaker.organisation.name}
    if same_as and is_https(same_as):
        person["sameAs"] = [same_as.strip()]
    return person


def profile_page_data(speaker, url, request, *, description=""):
    """A ``ProfilePage`` whose ``mainEntity`` is the ``Person``, with the role held today."""
    person = speaker.person
    image = None
    if person.photo_id and person.photo is not None:
        with_fallback_renditions(person.photo, PORTRAIT_ROLE)
        rendition = rendition_data(person.photo, PORTRAIT_ROLE, absolute_to=request)
        image = {
            "@type": "ImageObject",
            "url": rendition.url,
            "contentUrl": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
        }
        if person.photo_alt:
            image["description"] = person.photo_alt
    data = {
        "@context": SCHEMA_ORG,
        "@type": "ProfilePage",
        "name": person.name,
        "url": url,
        "inLanguage": locale_by_id(person.locale_id, request).language_code,
        "mainEntity": person_data(speaker, url, image=image, same_as=person.profile_url),
    }
    if description:
        data["description"] = description
    return data


def message_data(page, signatories, request, *, for_frontend=False, description=""):
    """A greeting address as a ``Message``, its signatories as ``author``s with their roles then.

    ``signatories`` are ``(Speaker, profile URL or None)`` pairs, in the order of the signatures.
    """
    data = {
        "@context": SCHEMA_ORG,
        "@type": "Message",
        "name": page.title,
        "headline": page.title,
        "url": page_address(page, request, for_frontend),
        "inLanguage": page.locale.language_code,
        "dateCreated": page.date.isoformat(),
        "datePublished": (page.first_published_at or page.date).isoformat(),
        "publisher": publisher_data(page, request, for_frontend),
    }
    if description:
        data["description"] = description
    authors = [person_data(speaker, url) for speaker, url in signatories]
    if authors:
        data["author"] = authors[0] if len(authors) == 1 else authors
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def quotation_data(page, speaker, speaker_url, request, *, for_frontend=False):
    """A statement as a ``Quotation``: the words, when they were said, and who said them."""
    person = person_data(speaker, speaker_url)
    data = {
        "@context": SCHEMA_ORG,
        "@type": "Quotation",
        "name": page.title,
        "text": " ".join(page.statement.split()),
        "url": page_address(page, request, for_frontend),
        "inLanguage": page.locale.language_code,
        "dateCreated": timezone.localtime(page.date).isoformat()
        if timezone.is_aware(page.date)
        else page.date.isoformat(),
        "creator": person,
        "spokenByCharacter": person,
        "publisher": publisher_data(page, request, for_frontend),
    }
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    return data


def collection_page_data(page, entries, request, *, for_frontend=False, **facts):
    """A listing as a ``CollectionPage`` whose ``mainEntity`` is the ``ItemList`` it shows.

    ``entries`` are ``(url, name)`` of the items on this page of the listing
    only, in order. ``facts``: ``url`` (a page of the listing, or a view
    below the page), ``name``, ``description``, and ``first``, the position
    of the first entry in the whole listing.
    """
    data = {
        "@context": SCHEMA_ORG,
        "@type": "CollectionPage",
        "name": facts.get("name") or page.title,
        "url": facts.get("url") or page_address(page, request, for_frontend),
        "inLanguage": page.locale.language_code,
    }
    if facts.get("description"):
        data["description"] = facts["description"]
    data["mainEntity"] = {
        "@type": "ItemList",
        "numberOfItems": len(entries),
        "itemListElement": [
            {"@type": "ListItem", "position": position, "url": item_url, "name": name}
            for position, (item_url, name) in enumerate(entries, start=facts.get("first") or 1)
        ],
    }
    return data


def listing_entries(pages, request, *, for_frontend=False):
    """``(url, title)`` of listed pages, for ``collection_page_data``; no query per page."""
    return [(page_address(page, request, for_frontend), page.title) for page in pages]


def is_home_page(page):
    """Whether ``page`` is a site's root page or one of its translations: a language's home.

    Read from Wagtail's root paths of every site and language, which it
    keeps in its cache: no query once they are cached.
    """
    url_path = getattr(page, "url_path", None)
    return bool(url_path) and any(root.root_path == url_path for root in Site.get_site_root_paths())


def news_article_data(page, request, *, for_frontend=False):
    """A ``NewsArticle`` with full timezone-aware datetimes and the page's language."""
    url = page_address(page, request, for_frontend)
    data = {
        "@context": SCHEMA_ORG,
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
    images = article_images(page, request)
    if images:
        data["image"] = images
    return data


def article_images(page, request):
    """The featured image in 16:9, 4:3 and 1:1, cropped around its focal point, with its credit.

    Each an ``ImageObject`` with the caption and the credit the page shows
    (``creditText``); neither Wagtail's images nor the page record a
    copyright holder or a licence, so no ``copyrightNotice`` or ``license``
    is claimed. The renditions come from the page's one rendition query.
    """
    image = page.featured_image
    if image is None:
        return []
    with_fallback_renditions(image, *ARTICLE_IMAGE_ROLES)
    caption = page.featured_image_caption or page.featured_image_alt_for_readers
    credit = page.featured_image_credit.strip()
    objects = []
    for role in ARTICLE_IMAGE_ROLES:
        rendition = rendition_data(image, role, absolute_to=request)
        data = {
            "@type": "ImageObject",
            "url": rendition.url,
            "contentUrl": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
        }
        if caption:
            data["caption"] = caption
        if credit:
            data["creditText"] = credit
        objects.append(data)
    return objects


def image_gallery_data(page, photos, request, *, for_frontend=False):
    """An ``ImageGallery`` whose photos are ``ImageObject``s with their own captions and credits."""
    data = {
        "@context": SCHEMA_ORG,
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
        "@context": SCHEMA_ORG,
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
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": elements,
    }
