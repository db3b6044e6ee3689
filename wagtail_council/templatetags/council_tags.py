"""Template tags of wagtail-council: pictures, dates, JSON-LD and translations."""

import datetime
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import dateformat, timezone
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, pgettext
from wagtail.models import Page, Site

from ..models.convocations import earlier_council_convocation
from ..models.people import people_index_of
from ..reader.context import once_per_request
from ..reader.images import render_picture
from ..reader.languages import active_locale, all_locales, language_name
from ..reader.languages import localized_site_name as site_name_in_language
from ..reader.people import convocation_ordinal, own_content_date
from ..reader.people import quote_speaker as reader_quote_speaker
from ..reader.visibility import is_visible_page, visible_translations

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
def page_translations(context, page):
    """Visible translations of ``page`` (itself included), for ``hreflang`` links."""
    request = context.get("request")
    if not isinstance(page, Page) or page.pk is None:
        return []
    return [
        {
            "language_code": translation.locale.language_code,
            "url": translation.get_full_url(request),
            "is_current": translation.pk == page.pk,
        }
        for translation in translations_of(request, page)
    ]


def translations_of(request, page):
    """The page's visible translations, looked up once per request (or loaded by the page)."""
    if hasattr(page, "visible_translations"):
        return page.visible_translations()
    return once_per_request(
        request, ("translations", page.pk), lambda: list(visible_translations(page))
    )


@register.inclusion_tag("wagtail_council/includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in each content language, or to that language's home page.

    A link never leads to a translation readers may not see (a draft, a
    private or expired one) or to a missing one.
    """
    request = context.get("request")
    current = active_locale(request)
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {t.locale_id: t for t in translations_of(request, page)}
    site = Site.find_for_request(request) if request else None
    links = []
    for locale in all_locales(request):
        target = translations.get(locale.pk)
        if target is None and site is not None:
            home = site.root_page.get_translation_or_none(locale)
            target = home if is_visible_page(home) else None
        if target is None:
            continue
        links.append(
            {
                "language_code": locale.language_code,
                "name": language_name(locale.language_code),
                "url": target.get_url(request),
                "is_current": locale.pk == current.pk,
            }
        )
    return {"links": links if len(links) > 1 else []}


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
            Site.find_for_request(request) if request else None, active_locale(request)
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
