"""Template tags of wagtail-council: pictures, dates, JSON-LD and translations."""

import datetime
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import dateformat, timezone
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy, pgettext
from wagtail.models import Page, Site

from ..models.convocations import earlier_council_convocation
from ..models.mixins import SearchAndSharingMixin, meta_description_of
from ..models.news import NewsIndexPage, NewsPage
from ..models.people import people_index_of
from ..reader.context import once_per_request
from ..reader.images import render_picture
from ..reader.languages import active_locale, all_locales, language_name
from ..reader.languages import localized_site_name as site_name_in_language
from ..reader.metadata import (
    language_version,
    open_graph_locale,
    visible_versions_of,
    x_default_version,
)
from ..reader.navigation import breadcrumb_trail, main_menu, site_for_request, site_frame
from ..reader.people import convocation_ordinal, own_content_date
from ..reader.people import quote_speaker as reader_quote_speaker
from ..reader.structured_data import breadcrumb_list_data, home_page_data, is_home_page
from ..reader.visibility import has_expired, is_visible_page, visible_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def council_picture(context, image, role, alt="", sizes="100vw", lazy=True, css_class=""):
    """``<picture>`` with AVIF/WebP/JPEG sources for an image role from settings.

    A reader who has switched images off (see ``wagtail_council.preferences``) gets the
    image's description as text instead, and nothing for a decorative image.
    """
    preferences = context.get("council_preferences")
    if image is not None and preferences is not None and preferences.images_hidden:
        return image_description(alt)
    return render_picture(image, role, alt=alt, sizes=sizes, lazy=lazy, css_class=css_class)


def image_description(alt):
    if not alt:
        return ""
    return format_html(
        '<span class="council-image-off"><span class="council-image-off__label">{}</span> {}</span>',
        pgettext("in place of an image", "Image:"),
        alt,
    )


def _local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _format(value, with_time):
    if value is None:
        return ""
    if with_time:
        # Translators: a date and time in Django's date format syntax; "E" is the
        # month name in the genitive case where the language has one.
        pattern = pgettext("datetime format", "j E Y, H:i")
    else:
        # Translators: a date in Django's date format syntax ("27 ноября 2026").
        pattern = pgettext("date format", "j E Y")
    return dateformat.format(_local(value), pattern)


@register.filter
def council_date(value):
    """A date for readers, with the month in the right grammatical case."""
    return _format(value, with_time=False)


@register.filter
def council_datetime(value):
    return _format(value, with_time=True)


@register.simple_tag
def council_time(value, with_time=False):
    """``<time>`` with a machine-readable ISO value and a localised text."""
    if value is None:
        return ""
    local = _local(value)
    if isinstance(local, datetime.datetime) and not with_time:
        machine = local.date().isoformat()
    elif isinstance(local, datetime.datetime):
        # HTML allows at most three digits of a second's fraction; show none.
        machine = local.replace(microsecond=0).isoformat()
    else:
        machine = local.isoformat()
    return format_html('<time datetime="{}">{}</time>', machine, _format(value, with_time))


@register.simple_tag
def json_ld(data):
    """A JSON-LD data block. The JSON is escaped like ``json_script``, so editor text cannot close the tag."""
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_json_script_escapes)),  # noqa: S308 - escaped above
    )


@register.simple_tag(takes_context=True)
def page_json_ld(context):
    """The JSON-LD of the page a template shows; the base template's head has it once.

    A view's own (``structured_data`` in the context: a listing's page of
    items, the register); else the page's ``structured_data``; else, on the
    home page of a language (whatever its page type), the council's
    ``Organization`` and ``WebSite``.
    """
    request = context.get("request")
    if "structured_data" in context:
        return json_ld(context["structured_data"])
    page = context.get("page")
    if not isinstance(page, Page) or page.pk is None:
        return ""
    if isinstance(page, SearchAndSharingMixin):
        return json_ld(page.structured_data(request))
    if is_home_page(page):
        return json_ld(home_page_data(page, request))
    return ""


@register.simple_tag(takes_context=True)
def structured_data_of(context, thing, url=None):
    """The JSON-LD of something a view shows that is not a page: a person's profile at ``url``."""
    return json_ld(thing.structured_data(context.get("request"), url=url))


@register.simple_tag(takes_context=True)
def page_translations(context, page):
    """Visible versions of the page or view shown (itself included), for ``hreflang`` links.

    A view below a page (a person's profile, a register) puts its own
    versions in the context as ``view_translations`` (see
    ``reader.metadata.language_version``); a page has its visible translations.
    """
    if context.get("view_translations") is not None:
        return context["view_translations"]
    request = context.get("request")
    if not isinstance(page, Page) or page.pk is None:
        return []
    return [
        language_version(
            translation.locale.language_code,
            translation.get_full_url(request),
            local_url=translation.get_url(request),
            is_current=translation.pk == page.pk,
            locale_id=translation.locale_id,
        )
        for translation in translations_of(request, page)
    ]


def translations_of(request, page):
    """The page's visible translations, looked up once per request (or loaded by the page)."""
    return visible_versions_of(page, request)


@register.inclusion_tag("wagtail_council/includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page (or view) in each content language, or to that language's home page.

    A link never leads to a translation readers may not see (a draft, a
    private or expired one) or to a missing one. On a view below a page, such
    as a person's profile, a link goes to the same view in that language.
    """
    request = context.get("request")
    current = active_locale(request)
    versions = {
        version["locale_id"]: version["local_url"] for version in page_translations(context, page)
    }
    site = Site.find_for_request(request) if request else None
    links = []
    for locale in all_locales(request):
        url = versions.get(locale.pk)
        if url is None and site is not None:
            home = site.root_page.get_translation_or_none(locale)
            url = home.get_url(request) if is_visible_page(home) else None
        if url is None:
            continue
        links.append(
            {
                "language_code": locale.language_code,
                "name": language_name(locale.language_code),
                "url": url,
                "is_current": locale.pk == current.pk,
            }
        )
    return {"links": links if len(links) > 1 else []}


@register.simple_tag(takes_context=True)
def title_suffix(context):
    """ " — Site name" after a page's title; nothing on the home page, or when the title is the name."""
    site_name = localized_site_name(context)
    if not site_name:
        return ""
    page = context.get("page")
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    is_view = context.get("view_translations") is not None
    if isinstance(page, Page) and site is not None and not is_view:
        if page.translation_key == site.root_page.translation_key:
            return ""
        if (page.seo_title or page.title).strip() == site_name:
            return ""
    return f" — {site_name}"


@register.inclusion_tag("wagtail_council/includes/head_meta.html", takes_context=True)
def head_meta(context):
    """The head's description, canonical, ``hreflang`` with ``x-default``, Open Graph and Twitter card.

    A page describes itself (``SearchAndSharingMixin``); a view puts what
    differs in the context: ``meta_description``, ``canonical_url``,
    ``view_translations``, ``og_type``, ``og_title``, ``open_graph_image``.
    A listing's ``canonical_url`` is its page of items (``?page=N``).
    """
    request = context.get("request")
    page = context.get("page")
    is_page = isinstance(page, Page) and page.pk is not None
    description = context.get("meta_description")
    if description is None:
        description = meta_description_of(page, request) if is_page else ""
    canonical = context.get("canonical_url")
    if canonical is None:
        canonical = page.get_full_url(request) if is_page else ""
    versions = page_translations(context, page)
    site = Site.find_for_request(request) if request else None
    default_locale_id = site.root_page.locale_id if site is not None else None
    x_default = x_default_version(versions, default_locale_id)
    current = next((version for version in versions if version["is_current"]), None)
    if current is not None:
        language_code = current["language_code"]
    else:
        language_code = active_locale(request).language_code
    if "open_graph_image" in context:
        image = context.get("open_graph_image")
    else:
        image = page.open_graph_image(request) if isinstance(page, SearchAndSharingMixin) else None
    og_type = context.get("og_type") or getattr(page, "open_graph_type", "website")
    published = None
    if og_type == "article" and isinstance(page, SearchAndSharingMixin):
        published = page.open_graph_published_time()
    title = context.get("og_title")
    if title is None:
        title = (page.seo_title or page.title) if is_page else ""
    return {
        "description": description,
        "canonical_url": canonical,
        "versions": versions,
        "x_default": x_default,
        "og": {
            "type": og_type,
            "title": title,
            "url": canonical,
            "site_name": localized_site_name(context),
            "locale": open_graph_locale(language_code),
            "locale_alternates": [
                open_graph_locale(version["language_code"])
                for version in versions
                if not version["is_current"]
            ],
            "image": image,
            "published_time": published,
            "modified_time": page.last_published_at if published and is_page else None,
        },
        "twitter_card": "summary_large_image" if image else "summary",
    }


@register.simple_tag(takes_context=True)
def quote_speaker(context, value):
    """The quote's ``Speaker`` (role as of the quote's or page's date), and a profile link."""
    speaker = reader_quote_speaker(value, context.get("page"))
    person = speaker.person
    return {
        "name": speaker.name,
        "role": speaker.role,
        "profile_url": profile_url(context.get("request"), person) if person else "",
    }


@register.simple_tag(takes_context=True)
def person_profile_url(context, person):
    return profile_url(context.get("request"), person)


def profile_url(request, person):
    """The person's profile on the visible people index of their language, if there is one.

    The same index the content API gives profiles under (``people_index_of``),
    looked up once per request however many people a page names.
    """
    index_page = people_index_of(person, request)
    if index_page is None:
        return ""
    return index_page.person_url(person, request)


@register.simple_tag(takes_context=True)
def localized_home_url(context):
    """The URL of the site's home page in the reader's language (the root's if not translated)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return "/"
    return once_per_request(request, "home_url", lambda: home_in(site, request).get_url(request))


def home_in(site, request):
    root = site.root_page
    locale = active_locale(request)
    if root.locale_id == locale.pk:
        return root
    translation = root.get_translation_or_none(locale)
    return translation if is_visible_page(translation) else root


@register.simple_tag(takes_context=True)
def localized_site_name(context):
    """The site's name in the reader's language (see ``reader.languages.localized_site_name``)."""
    request = context.get("request")
    return once_per_request(
        request,
        "site_name",
        lambda: site_name_in_language(
            Site.find_for_request(request) if request else None, active_locale(request), request
        ),
    )


@register.simple_tag(takes_context=True)
def history_banner(context, page=None):
    """“Published during the term of the 2nd convocation” on content dated in an earlier term.

    Only dated pages (news, statements, addresses, galleries, events) carry it,
    and only when their date falls in a convocation of the site's council
    other than the current one; it links to that convocation's register.
    One query for the page, none for index pages; the banner's template is
    rendered only for a page that shows it.
    """
    request = context.get("request")
    date = own_content_date(page) if isinstance(page, Page) else None
    if date is None or page.locale_id is None:
        return ""
    convocation = once_per_request(
        request,
        ("history_banner", page.locale_id, str(date)),
        lambda: earlier_council_convocation(page.locale_id, date),
    )
    if convocation is None:
        return ""
    index_page = people_index_of(convocation, request)
    return render_to_string(
        "wagtail_council/includes/history_banner.html",
        {
            "text": gettext("Published during the term of the %(ordinal)s convocation")
            % {"ordinal": convocation_ordinal(convocation.number)},
            "register_url": index_page.convocation_url(convocation, request) if index_page else "",
        },
    )


@register.simple_tag(takes_context=True)
def feed_links(context, page=None):
    """The news feeds ``page`` belongs to, for ``<link rel="alternate">``: ``[{type, title, url}]``.

    A news index advertises its own feeds, an article its index's, and a
    language's home page those of the visible news indexes below it. Only
    visible indexes: an index or an article being shown says so from its
    instance (no query); the home page asks once.
    """
    request = context.get("request")
    if not isinstance(page, Page) or page.pk is None:
        return []
    site_name = localized_site_name(context)
    links = []
    for index_page in news_indexes_of(page):
        url = index_page.get_url(request)
        if not url:
            continue
        title = index_page.feed_title(site_name)
        for route, media_type in index_page.advertised_feeds.items():
            label = FEED_LINK_TITLES.get(route, "%(title)s")
            links.append(
                {
                    "type": media_type,
                    "title": label % {"title": title},
                    "url": url + index_page.reverse_subpage(route),
                }
            )
    return links


# What a browser or a feed reader names each advertised feed.
FEED_LINK_TITLES = {
    "rss": gettext_lazy("%(title)s (RSS)"),
    "atom": gettext_lazy("%(title)s (Atom)"),
}


def news_indexes_of(page):
    """The visible news indexes whose feeds ``page`` advertises (see ``feed_links``)."""
    if isinstance(page, NewsIndexPage):
        indexes = [page]
    elif isinstance(page, NewsPage):
        # Routed through its index, the article knows its parent already.
        indexes = [page.get_parent().specific]
    elif page.url_path in {root.root_path for root in Site.get_site_root_paths()}:
        return list(
            visible_pages(NewsIndexPage)
            .descendant_of(page)
            .filter(locale_id=page.locale_id)
            .order_by("path")
        )
    else:
        return []
    return [index for index in indexes if index.live and not has_expired(index)]


# The frame of every page: header, main navigation, breadcrumbs, footer, icons


@register.simple_tag(takes_context=True)
def council_site(context):
    """The site in the reader's language (``reader.navigation.SiteFrame``), or None."""
    request = context.get("request")
    return site_frame(site_for_request(request), request)


@register.inclusion_tag("wagtail_council/includes/main_menu.html", takes_context=True)
def main_navigation(context, page=None):
    """The first level of the menu, marking the page shown and the section it is in.

    ``aria-current="page"`` on the page itself; ``aria-current="true"`` on the
    section the page (or a view below it, such as a profile) is in.
    """
    request = context.get("request")
    items = main_menu(site_for_request(request), request)
    current_path = page.path if isinstance(page, Page) and page.path else None
    in_view = is_subview(request)
    entries = []
    for item in items:
        current = ""
        if current_path and item.page.path == current_path and not in_view:
            current = "page"
        elif current_path and current_path.startswith(item.page.path):
            current = "true"
        entries.append({"title": item.title, "path": item.path, "current": current})
    return {"items": entries}


def is_subview(request):
    """Whether the request is for a routable page's own view (a profile), not the page itself."""
    route = getattr(request, "routable_resolver_match", None)
    return route is not None and route.url_name != "index_route"


@register.inclusion_tag("wagtail_council/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None):
    """Visible breadcrumbs and their ``BreadcrumbList``, on every page below the home page.

    A view below a routable page (a person's profile, the register) adds its
    own last step, named by ``breadcrumb_title`` in its context.
    """
    request = context.get("request")
    if not isinstance(page, Page) or page.pk is None:
        return {"trail": []}
    subview_title = ""
    if is_subview(request):
        subview_title = str(context.get("breadcrumb_title") or "")
    trail = breadcrumb_trail(page, request, subview_title=subview_title)
    return {"trail": trail, "structured_data": breadcrumb_list_data(trail, request)}


@register.inclusion_tag("wagtail_council/includes/site_icon_links.html")
def site_icon_links():
    """``<link>``s to the site's icons, where ``wagtail_council.site_urls`` serves them.

    Nothing when a site has not included those URLs.
    """
    links = []
    for name, rel, media_type, sizes in ICON_LINKS:
        try:
            links.append({"rel": rel, "type": media_type, "sizes": sizes, "href": reverse(name)})
        except NoReverseMatch:
            continue
    return {"links": links}


ICON_LINKS = [
    ("wagtail_council_favicon", "icon", "image/x-icon", "16x16 32x32 48x48"),
    ("wagtail_council_icon_192", "icon", "image/png", "192x192"),
    ("wagtail_council_apple_touch_icon", "apple-touch-icon", "image/png", "180x180"),
]
