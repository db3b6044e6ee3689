"""schema.org JSON-LD for search engines and link previews."""

from wagtail.models import Site

from .conf import council_settings


def publisher_data(page, request):
    site = Site.find_for_request(request) if request else page.get_site()
    name = council_settings.PUBLISHER_NAME or (site.site_name if site else "")
    publisher = {"@type": "Organization", "name": name}
    if site:
        publisher["url"] = site.root_url
    return publisher


def news_article_data(page, request):
    """A ``NewsArticle`` with full timezone-aware datetimes and the page's language."""
    url = page.get_full_url(request)
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
        "publisher": publisher_data(page, request),
        "author": publisher_data(page, request),
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
