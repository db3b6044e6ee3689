"""A page readers may not see is hidden from every way out, whatever the reason it is hidden.

For each state (a draft, a private page, a page in a private section, a page
past its expiry that is still live, a page scheduled for later, an English
translation that exists but is not published) the test builds a live,
public site around hidden pages of every type (news, gallery, statement,
greeting address, event), each with a marker word. Visible pages link to the hidden
ones (related pages, rich text, a gallery block, the gallery and address of
a news page, the event a news page reports on) and the hidden ones quote and
name a person, who takes part in the hidden event. Then every route a
reader or a frontend can take, in both languages, must answer without the
marker: the pages' own URLs, indexes and their filters, feeds and calendars, the sitemap,
site search, the person's profile, the linking pages, the content API and
Wagtail's own v2 (and, on Wagtail 8, v3) API.
"""

import datetime
import json
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.api_support import (
    API,
    get_valid,
    isolated_caches,  # noqa: F401 - autouse: clears caches around each test
    make_gallery_page,
)
from tests.event_factories import make_event
from tests.factories import (
    add_index,
    locale,
    make_category,
    make_image,
    make_news,
    make_organisation,
    make_person,
    publish_child,
    quote_block,
)
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import (
    EventIndexPage,
    GalleryIndexPage,
    GreetingAddressIndexPage,
    GreetingAddressPage,
    NewsIndexPage,
    PeopleIndexPage,
    StatementIndexPage,
    StatementPage,
)

STATES = ["draft", "private", "private-section", "expired", "scheduled", "unpublished-translation"]
CONTROL = "visiblecontrol"
YEAR = timezone.now().year


class Catalogue(dict):
    """A translator's strings for every source string: "EN …", plus ``suffix`` when given."""

    def __init__(self, suffix=""):
        super().__init__()
        self.suffix = suffix

    def get(self, source, default=None):
        return f"EN {source} {self.suffix}".strip()


@dataclass
class CouncilSite:
    """The visible site the hidden pages sit in, in Russian and (``english``) English."""

    home: Page
    news: NewsIndexPage
    galleries: GalleryIndexPage
    people: PeopleIndexPage
    statements: StatementIndexPage
    greetings: GreetingAddressIndexPage
    events: EventIndexPage
    person: object
    english_person: object
    category: object
    image: object
    gallery: Page
    address: Page
    event: Page = None
    english: dict = field(default_factory=dict)  # the English version of each index, by name

    def indexes(self):
        return {
            "news": self.news,
            "galleries": self.galleries,
            "people": self.people,
            "statements": self.statements,
            "greetings": self.greetings,
            "events": self.events,
        }


def english(instance, catalogue=None, publish=True):
    """``instance`` translated into English through wagtail-localize, as a translator would."""
    return translate_with_catalogue(
        instance, locale("en"), catalogue or Catalogue(), publish=publish
    )


def build_site(home, news_index):
    """A live, public site in Russian and English, with a visible page of every type."""
    council = make_organisation("Совет городского округа", slug="council")
    person = make_person(
        "Роман Лысенко",
        slug="roman",
        roles=[(council, "председатель", datetime.date(2020, 1, 1), None)],
    )
    category = make_category("Заседания", "sessions")
    for snippet in (council, person, category):
        english(snippet)
    site = CouncilSite(
        home=home,
        news=news_index,
        galleries=add_index(home, GalleryIndexPage, "Фотогалереи", "galleries"),
        people=add_index(home, PeopleIndexPage, "Депутаты", "people"),
        statements=add_index(home, StatementIndexPage, "Заявления", "statements"),
        greetings=add_index(home, GreetingAddressIndexPage, "Адреса", "greetings"),
        events=add_index(home, EventIndexPage, "События", "events"),
        person=person,
        english_person=person.get_translation(locale("en")),
        category=category,
        image=make_image(width=320, height=200),
        gallery=None,
        address=None,
    )
    english(home)
    for name, index_page in site.indexes().items():
        site.english[name] = english(index_page)
    site.gallery = make_gallery_page(
        site.galleries,
        [{"image": site.image, "caption": "Подпись", "alt_text": "Описание"}],
        title=f"Галерея {CONTROL}",
        slug="visible-gallery",
        date=datetime.date(YEAR, 1, 15),
    )
    site.address = address(site, f"Адрес {CONTROL}", "visible-address")
    statement = publish_child(
        site.statements,
        StatementPage(
            title=f"Заявление {CONTROL}", slug="visible-statement", speaker=person, statement="Да"
        ),
    )
    site.event = make_event(
        site.events,
        title=f"Событие {CONTROL}",
        slug="visible-event",
        start=timezone.now() + datetime.timedelta(days=3),
        participants=[person],
        gallery=site.gallery,
    )
    for page in (site.gallery, site.address, statement, site.event):
        english(page)
    return site


def address(site, title, slug, parent=None, publish=True, **fields):
    page = GreetingAddressPage(
        title=title,
        slug=slug,
        addressee="Депутатам",
        occasion="Юбилей",
        body=f"<p>{title}</p>",
        **fields,
    )
    page.signatories.add(page.signatories.model(person=site.person))
    return publish_child(parent or site.greetings, page, publish=publish)


def restrict(page, kind):
    return PageViewRestriction.objects.create(
        page=page,
        restriction_type=kind,
        password="secret" if kind == PageViewRestriction.PASSWORD else "",
    )


def make_hidden(site, state, marker):
    """The hidden pages of ``state``, one of each type; ``(hidden pages, pages to link to)``.

    Pages to link to are the hidden ones, except for the unpublished
    translation: links point at the visible Russian source, and must not be
    resolved to its English draft.
    """
    publish = state != "draft"
    extra = {}
    if state == "scheduled":
        extra["go_live_at"] = timezone.now() + datetime.timedelta(days=7)
    parents = site.indexes()
    if state == "private-section":
        parents = {
            "news": add_index(
                site.home, NewsIndexPage, f"Закрытые новости {marker}", "closed-news"
            ),
            "galleries": add_index(
                site.home, GalleryIndexPage, f"Закрытые галереи {marker}", "closed-galleries"
            ),
            "statements": add_index(
                site.home, StatementIndexPage, f"Закрытые заявления {marker}", "closed-statements"
            ),
            "greetings": add_index(
                site.home, GreetingAddressIndexPage, f"Закрытые адреса {marker}", "closed-greetings"
            ),
            "events": add_index(
                site.home, EventIndexPage, f"Закрытые события {marker}", "closed-events"
            ),
        }
        for section in parents.values():
            restrict(section, PageViewRestriction.PASSWORD)
    # In the translation state the Russian sources are visible and carry no marker.
    word = "" if state == "unpublished-translation" else marker
    news = make_news(
        parents["news"],
        title=f"Новость {word}",
        slug="hidden-news",
        lead=f"Кратко {word}",
        publish=publish,
        categories=[site.category],
        body=[quote_block(site.person, text=f"Слова {word}")],
        gallery=site.gallery,
        greeting_address=site.address,
        **extra,
    )
    gallery = make_gallery_page(
        parents["galleries"],
        [{"image": site.image, "caption": f"Фото {word}", "alt_text": f"Описание {word}"}],
        title=f"Галерея {word}",
        slug="hidden-gallery",
        date=datetime.date(YEAR, 2, 1),
        publish=publish,
        **extra,
    )
    statement = publish_child(
        parents["statements"],
        StatementPage(
            title=f"Заявление {word}",
            slug="hidden-statement",
            speaker=site.person,
            statement=f"Слова {word}",
            **extra,
        ),
        publish=publish,
    )
    greeting = address(
        site, f"Адрес {word}", "hidden-address", parents["greetings"], publish=publish, **extra
    )
    event = make_event(
        parents["events"],
        title=f"Событие {word}",
        slug="hidden-event",
        lead=f"Кратко {word}",
        start=timezone.now() + datetime.timedelta(days=5),
        participants=[site.person],
        gallery=site.gallery,
        agenda=[("item", {"title": f"Вопрос {word}", "speaker": site.person, "documents": []})],
        publish=publish,
        **extra,
    )
    sources = [news, gallery, statement, greeting, event]
    if state == "unpublished-translation":
        drafts = [english(page, Catalogue(marker), publish=False) for page in sources]
        return drafts, sources
    if state == "private":
        for page in sources:
            restrict(page, PageViewRestriction.LOGIN)
    if state == "expired":
        # Past its expiry time, but still live: publish_scheduled has not run yet.
        past = timezone.now() - datetime.timedelta(hours=1)
        Page.objects.filter(pk__in=[page.pk for page in sources]).update(expire_at=past)
    hidden = [Page.objects.get(pk=page.pk).specific for page in sources]
    if state == "private-section":
        hidden += [Page.objects.get(pk=page.pk).specific for page in parents.values()]
    return hidden, sources


def make_linking_pages(site, targets):
    """A visible news page in each language whose links all point at ``targets``."""
    _news, gallery, _statement, greeting, event = targets
    links = " ".join(
        f'<a linktype="page" id="{page.pk}">ссылка {number}</a>'
        for number, page in enumerate(targets)
    )
    linkers = []
    for parent, title, slug in (
        (site.news, f"Новость {CONTROL}", "visible-news"),
        (site.english["news"], f"News {CONTROL}", "visible-news-en"),
    ):
        page = make_news(
            parent,
            title=title,
            slug=slug,
            lead=f"Кратко {CONTROL}",
            categories=[site.category] if parent is site.news else [],
            body=[
                ("paragraph", f"<p>{links}</p>"),
                ("gallery", {"gallery": gallery, "photos": []}),
            ],
            gallery=gallery,
            greeting_address=greeting,
            event=event,
        )
        for target in targets:
            page.related_pages.add(page.related_pages.model(related_page=target))
        page.save_revision().publish()
        linkers.append(Page.objects.get(pk=page.pk).specific)
    return linkers


@pytest.fixture(params=STATES)
def hidden_site(request, home, news_index, django_capture_on_commit_callbacks):
    """``(site, state, marker, hidden pages, linking pages)``."""
    state = request.param
    marker = f"marker{state.replace('-', '')}x"
    with django_capture_on_commit_callbacks(execute=True):
        site = build_site(home, news_index)
        hidden, targets = make_hidden(site, state, marker)
        linkers = make_linking_pages(site, targets)
    assert_in_state(hidden, state)
    return site, state, marker, hidden, linkers


def assert_in_state(pages, state):
    """The hidden pages are what the state says, so that each case tests what it names."""
    now = timezone.now()
    for page in pages:
        live_as_expected = state in ("private", "private-section", "expired")
        assert page.live == live_as_expected, (state, page)
        if state == "expired":
            assert page.expire_at < now and not page.expired
        if state == "scheduled":
            assert page.get_latest_revision().approved_go_live_at > now
        if state == "unpublished-translation":
            assert page.locale.language_code == "en"
            assert page.get_translation(locale("ru")).live
        if state.startswith("private"):
            assert page.get_view_restrictions().exists()


def html_routes(site, linkers):
    """``(url, query, text it must show)`` for every HTML page, feed and sitemap a reader can reach.

    The text each must show proves the route works, so that an empty answer
    cannot pass for hiding the marker.
    """
    routes = [("/sitemap.xml", {}, linkers[0].get_full_url())]
    for indexes, code in ((site.indexes(), "ru"), (site.english, "en")):
        news, galleries = indexes["news"], indexes["galleries"]
        routes += [
            (news.url, {}, CONTROL),
            (news.url, {"year": YEAR}, CONTROL),
            (news.url + "feed/rss/", {}, CONTROL),
            (news.url + "feed/atom/", {}, CONTROL),
            (news.url + "feed/yandex/", {}, CONTROL),
            (galleries.url, {}, CONTROL),
            (galleries.url, {"year": YEAR}, CONTROL),
            (indexes["statements"].url, {}, CONTROL),
            (indexes["greetings"].url, {}, CONTROL),
            (indexes["events"].url, {}, CONTROL),
            (indexes["events"].url, {"year": site.event.start.year}, CONTROL),
            (indexes["events"].url + "calendar/", {}, CONTROL),
            (indexes["people"].url, {}, "Роман Лысенко"),
            (f"/{code}/search/", {"q": CONTROL}, CONTROL),
        ]
    english_person = site.english_person
    routes += [
        (site.news.url, {"category": site.category.slug}, CONTROL),
        (site.statements.url, {"person": site.person.slug}, CONTROL),
        (site.greetings.url, {"signatory": site.person.slug}, CONTROL),
        (site.events.url, {"person": site.person.slug}, CONTROL),
        (site.event.url, {}, CONTROL),
        (site.event.url + "ics/", {}, CONTROL),
        (site.event.get_translation(locale("en")).url, {}, CONTROL),
        (site.people.url + site.person.slug + "/", {}, CONTROL),
        (site.english["people"].url + english_person.slug + "/", {}, CONTROL),
        (site.gallery.url, {}, CONTROL),
        (site.address.url, {}, CONTROL),
        (site.gallery.get_translation(locale("en")).url, {}, CONTROL),
        (site.address.get_translation(locale("en")).url, {}, CONTROL),
        *[(linker.url, {}, CONTROL) for linker in linkers],
    ]
    return routes


def assert_absent(marker, text, where):
    assert marker not in text, f"the hidden page's marker appears in {where}"


def urls_shown(hidden, text):
    return [page.url for page in hidden if page.url in text]


def leaks(marker, hidden, text):
    """What of the hidden pages ``text`` shows: the marker, and the URL of any of them."""
    return ([marker] if marker in text else []) + urls_shown(hidden, text)


def test_hidden_pages_are_absent_from_html_feeds_sitemap_and_search(client, hidden_site):
    site, state, marker, hidden, linkers = hidden_site
    problems = []
    for url, params, shown in html_routes(site, linkers):
        response = client.get(url, params)
        text = response.content.decode()
        if response.status_code != 200 or shown not in text:
            problems.append((url, params, response.status_code, f"{shown!r} missing"))
        if found := leaks(marker, hidden, text):
            problems.append((url, params, "shows", found))
    for code in ("ru", "en"):
        # The search form repeats the marker; nothing else may show it.
        response = client.get(f"/{code}/search/", {"q": marker})
        text = response.content.decode()
        if response.status_code != 200 or "council-search-results" in text:
            problems.append((f"/{code}/search/", marker, response.status_code, "found something"))
        if found := urls_shown(hidden, text):
            problems.append((f"/{code}/search/", marker, "shows", found))
    assert not problems, "\n".join(map(str, problems))


def test_a_hidden_page_is_not_served_at_its_url(client, hidden_site):
    site, state, marker, hidden, linkers = hidden_site
    for page in hidden:
        response = client.get(page.url)
        if state == "private":
            # Wagtail's own behaviour for private pages: the login, without the content.
            assert response.status_code == 302, page.url
            assert response["Location"].endswith(f"login/?next={page.url}")
        elif state == "private-section":
            # A password-protected section: Wagtail's password form, without the content.
            assert response.status_code == 200, page.url
            assert 'name="password"' in response.content.decode()
        else:
            assert response.status_code == 404, (page.url, response.status_code)
        assert_absent(marker, response.content.decode(), page.url)
    for linker in linkers:
        assert client.get(linker.url).status_code == 200


def content_api_responses(client, site, linkers, marker):
    """Bodies of every content API response that could show a hidden page, validated."""
    bodies = []
    for kind in ("news", "statements", "greeting-addresses", "galleries", "events"):
        for params in ({}, {"locale": "ru"}, {"locale": "en"}, {"limit": 50}):
            bodies.append(get_valid(client, f"{API}{kind}/", params)[0])
    bodies.append(get_valid(client, f"{API}news/", {"category": site.category.slug})[0])
    bodies.append(get_valid(client, f"{API}news/", {"person": site.person.slug})[0])
    for params in ({}, {"locale": "en"}, {"limit": 1000}):
        bodies.append(get_valid(client, f"{API}paths/", params)[0])
    for params in ({"q": marker}, {"q": marker, "locale": "en"}, {"q": CONTROL}):
        bodies.append(get_valid(client, f"{API}search/", params)[0])
    for linker in linkers:
        bodies.append(get_valid(client, f"{API}news/{linker.pk}/")[0])
    bodies.append(get_valid(client, f"{API}galleries/{site.gallery.pk}/")[0])
    bodies.append(get_valid(client, f"{API}greeting-addresses/{site.address.pk}/")[0])
    bodies.append(get_valid(client, f"{API}events/{site.event.pk}/")[0])
    bodies.append(get_valid(client, f"{API}events/", {"person": site.person.slug})[0])
    for person in (site.person, site.english_person):
        bodies.append(get_valid(client, f"{API}people/{person.pk}/")[0])
        bodies.append(get_valid(client, f"{API}people/{person.pk}/events/")[0])
    return bodies


DETAIL = {
    "NewsPage": "news",
    "GalleryPage": "galleries",
    "StatementPage": "statements",
    "GreetingAddressPage": "greeting-addresses",
    "EventPage": "events",
}


def test_hidden_pages_are_absent_from_the_content_api(client, hidden_site):
    site, state, marker, hidden, linkers = hidden_site
    bodies = content_api_responses(client, site, linkers, marker)
    text = json.dumps(bodies, ensure_ascii=False)
    assert_absent(marker, text, "the content API")
    assert CONTROL in text
    hidden_ids = {page.pk for page in hidden}
    paths, _ = get_valid(client, f"{API}paths/", {"limit": 1000})
    assert {linker.pk for linker in linkers} <= {item["id"] for item in paths["items"]}
    assert not hidden_ids & {item["id"] for item in paths["items"]}
    for page in hidden:
        kind = DETAIL.get(type(page).__name__)
        if kind:
            assert client.get(f"{API}{kind}/{page.pk}/").status_code == 404, page
        found = client.get(f"{API}pages/find/", {"path": page.url})
        assert found.status_code == 404, page.url
    for linker in linkers:
        get_valid(client, f"{API}pages/find/", {"path": linker.url})


def core_api_listing(client, version, params):
    """``(status, every item)`` of a core API pages listing, read page by page."""
    items, offset = [], 0
    while True:
        response = client.get(f"/api/{version}/pages/", {**params, "limit": 20, "offset": offset})
        if response.status_code != 200:
            return response.status_code, items
        body = response.json()
        items += body["items"]
        total = body["meta"]["total_count"] if version == "v2" else body["count"]
        offset += 20
        if offset >= total or not body["items"]:
            return 200, items


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_hidden_pages_are_absent_from_wagtails_core_api(client, hidden_site, version):
    if version == "v3" and not settings.HAS_CORE_API_V3:
        # Wagtail 7.4 has no v3 API, and the site mounts none.
        assert client.get("/api/v3/pages/", follow=True).status_code == 404
        return
    site, state, marker, hidden, linkers = hidden_site
    hidden_ids = {page.pk for page in hidden}
    linker_ids = {linker.pk for linker in linkers}
    problems, bodies = [], []
    for params, shown in (
        ({}, linker_ids),
        ({"type": "wagtail_council.NewsPage"}, linker_ids),
        ({"search": CONTROL}, linker_ids),
        ({"search": marker}, set()),
    ):
        if version == "v2" and "type" in params:
            params = {**params, "fields": "*"}
        status, items = core_api_listing(client, version, params)
        listed = {item["id"] for item in items}
        if status != 200 or not shown <= listed:
            problems.append((params, status, "visible pages missing"))
        if listed & hidden_ids:
            problems.append((params, "lists", sorted(listed & hidden_ids)))
        bodies.append(items)
    for page in hidden:
        response = client.get(f"/api/{version}/pages/{page.pk}/", follow=True)
        if response.status_code != 404:
            problems.append((f"pages/{page.pk}/", response.status_code, page.title))
    for linker in linkers:
        response = client.get(f"/api/{version}/pages/{linker.pk}/", follow=True)
        if response.status_code != 200:
            problems.append((f"pages/{linker.pk}/", response.status_code, linker.title))
        bodies.append(response.json())
    # Found by path: Wagtail resolves ``html_path`` in the tree of the site's root page.
    root_path = site.home.url_path
    for page, expected in [(page, 404) for page in hidden] + [(linkers[0], 200)]:
        if page.url_path.startswith(root_path):
            path = "/" + page.url_path[len(root_path) :]
            response = client.get(f"/api/{version}/pages/find/", {"html_path": path}, follow=True)
            if response.status_code != expected:
                problems.append(("find", path, response.status_code))
    if marker in json.dumps(bodies, ensure_ascii=False):
        problems.append(("the marker is shown",))
    assert not problems, "\n".join(map(str, problems))
