"""Every public template of the site, as URLs generated from the content in the database.

The accessibility, reflow and HTML validity checks all run over this list, so
a new page type joins them as soon as the demo content has a live page of it:

* every live, public page of every type, in every locale;
* each listing page (one with a filter form) once more with a filter applied;
* a person profile and an organisation's members page for each people index,
  with its register of deputies, its archive of convocations and the
  register of one past convocation;
* the reader preferences page, the search page with a query and a missing page (404).
"""

import contextlib
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Locale, Page

from wagtail_council.models import Convocation, PeopleIndexPage

MISSING_PAGE_SLUG = "no-such-page-anywhere"
WORD = re.compile(r"\w{5,}")


@dataclass(frozen=True)
class PublicUrl:
    path: str
    # What is rendered: the page type's model name, or a name for the other views.
    template: str
    language: str
    status: int = 200

    def __str__(self):
        return self.path


def public_urls():
    """Every URL to check, in a stable order: locales by code, pages in tree order."""
    urls = []
    for locale in Locale.objects.order_by("language_code"):
        with translation.override(locale.language_code):
            urls.extend(urls_of_locale(locale))
    return urls


def one_per_template(urls):
    """The first URL of each template in each language: for checks that are slow per page."""
    seen = set()
    chosen = []
    for url in urls:
        key = (url.template, url.language)
        if key not in seen:
            seen.add(key)
            chosen.append(url)
    return chosen


def urls_of_locale(locale):
    language = locale.language_code
    pages = (
        Page.objects.live().public().filter(locale=locale, depth__gt=1).specific().order_by("path")
    )
    urls = []
    for page in pages:
        path = page.get_url()
        if not path:
            continue
        template = type(page).__name__.lower()
        urls.append(PublicUrl(path, template, language))
        filtered = filtered_listing_url(page)
        if filtered:
            urls.append(PublicUrl(filtered, f"{template}?filtered", language))
        if isinstance(page, PeopleIndexPage):
            profile = person_profile_url(page)
            if profile:
                urls.append(PublicUrl(profile, "person_profile", language))
            members = organisation_members_url(page)
            if members:
                urls.append(PublicUrl(members, "organisation_members", language))
            urls.extend(register_urls(page, language))
    urls.extend(view_urls(language, pages))
    return urls


def filtered_listing_url(page):
    """The page with the first filter that a reader can pick from its form, or ``None``."""
    if not hasattr(page, "get_filter_form"):
        return None
    path = page.get_url()
    form = page.get_filter_form(RequestFactory().get(path))
    for name, field in form.fields.items():
        values = [str(value) for value, _label in getattr(field, "choices", []) if value != ""]
        for value in values:
            bound = page.get_filter_form(RequestFactory().get(path, {name: value}))
            if bound.is_valid():
                return f"{path}?{urlencode({name: value})}"
    return None


def person_profile_url(people_index):
    role = people_index.current_roles().first()
    return people_index.person_url(role.person) if role is not None else None


def organisation_members_url(people_index):
    role = people_index.current_roles().exclude(organisation=None).first()
    return people_index.organisation_url(role.organisation) if role is not None else None


def register_urls(people_index, language):
    """The current register, the archive of convocations and the oldest convocation's register."""
    base = people_index.get_url()
    urls = [
        PublicUrl(base + people_index.reverse_subpage("register"), "register", language),
        PublicUrl(
            base + people_index.reverse_subpage("convocations"), "convocation_archive", language
        ),
    ]
    oldest = (
        Convocation.objects.filter(locale_id=people_index.locale_id)
        .select_related("organisation")
        .order_by("start_date")
        .first()
    )
    if oldest is not None:
        urls.append(
            PublicUrl(people_index.convocation_url(oldest), "convocation_register", language)
        )
    return urls


def view_urls(language, pages):
    """The views that are not pages, with the text of a page title as the search query."""
    urls = []
    with contextlib.suppress(NoReverseMatch):
        urls.append(
            PublicUrl(reverse("wagtail_council:reader_preferences"), "reader_preferences", language)
        )
    try:
        search = reverse("search")
    except NoReverseMatch:
        search = None
    if search:
        words = (WORD.findall(page.title) for page in reversed(list(pages)))
        query = next((found[0] for found in words if found), "")
        urls.append(PublicUrl(f"{search}?{urlencode({'q': query})}", "search", language))
    urls.append(PublicUrl(f"/{language}/{MISSING_PAGE_SLUG}/", "404", language, status=404))
    return urls
