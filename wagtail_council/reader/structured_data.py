"""schema.org JSON-LD for search engines and link previews.

The page models' ``structured_data(request)`` call these, for the JSON-LD
their HTML embeds and for the content API's ``seo.json_ld`` alike. With
``for_frontend`` (the API), the page's and the publisher's URLs are those of
the frontend when ``WAGTAIL_COUNCIL_FRONTEND_BASE_URL`` is set, as the API's
``canonical_url`` is, so a frontend can embed the object as it comes; image
URLs stay those of the media. Without that setting the two are identical.
"""

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
