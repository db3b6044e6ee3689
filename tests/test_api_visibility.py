"""Nothing but live, public, unexpired content reaches anonymous API callers.

Pages are created in every combination of states (published or draft,
private or public, expired or not, translated as a draft, a live page, a
private live page, or not at all). Each title carries a marker word; a
hidden page's marker must not appear in any response of any endpoint.
"""

import datetime
import itertools
import json

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.api_support import (
    API,
    EnglishCatalogue,
    get_valid,
    make_gallery_page,
)
from tests.factories import (
    add_index,
    locale,
    make_image,
    make_news,
    make_organisation,
    make_person,
    make_private,
    publish_child,
)
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import (
    GalleryIndexPage,
    GreetingAddressIndexPage,
    GreetingAddressPage,
    NewsIndexPage,
    StatementIndexPage,
    StatementPage,
)

TRANSLATIONS = ("none", "draft", "live", "live-private")
STATES = list(itertools.product((True, False), (False, True), (False, True), TRANSLATIONS))


def expire(page):
    """Past its expiry time, but still ``live`` until ``publish_scheduled`` runs."""
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(hours=1))


def marker(number, language):
    return f"marker{language}{number:03d}x"


def translate(page, english, publish):
    catalogue = EnglishCatalogue()
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        if ancestor.get_translation_or_none(english) is None:
            translate_with_catalogue(ancestor, english, catalogue)
    return translate_with_catalogue(page, english, catalogue, publish=publish)


@pytest.fixture
def every_state(news_index, home):
    """``[(page, visible)]`` for sources and translations in every combination of states."""
    english = locale("en")
    pages = []
    for number, (published, private, expired, translated) in enumerate(STATES):
        source = make_news(
            news_index,
            title=f"Новость {marker(number, 'ru')}",
            slug=f"state-{number}",
            publish=published,
        )
        if translated != "none":
            target = translate(source, english, publish=translated != "draft")
            # The translator's strings carry the source's marker; give the target its own.
            target.title = f"News {marker(number, 'en')}"
            revision = target.save_revision()
            if translated != "draft":
                revision.publish()
            Page.objects.filter(pk=target.pk).update(title=target.title)
            if translated == "live-private":
                make_private(target)
            pages.append((target, translated == "live"))
        if private:
            make_private(source)
        if expired:
            expire(source)
        pages.append((source, published and not private and not expired))

    # A live page under a private index is private too.
    hidden_index = add_index(home, NewsIndexPage, "Закрытый раздел", "closed")
    make_private(hidden_index)
    child = make_news(hidden_index, title=f"Новость {marker(999, 'ru')}", slug="in-closed")
    pages.append((child, False))
    pages.append((hidden_index, False))
    return [(Page.objects.get(pk=page.pk).specific, visible) for page, visible in pages]


def all_responses(client, pages):
    """The text of every API response that could show any of ``pages``."""
    responses = []
    for params in ({}, {"locale": "ru"}, {"locale": "en"}, {"limit": 50}):
        responses.append(get_valid(client, API + "news/", params)[0])
    for params in ({}, {"type": "news"}, {"locale": "en"}, {"limit": 1000}):
        responses.append(get_valid(client, API + "paths/", params)[0])
    for page, _visible in pages:
        response = client.get(f"{API}news/{page.pk}/")
        if response.status_code == 200:
            responses.append(response.json())
        for path in (page.url, page.get_url_parts()[2] if page.get_url_parts() else None):
            if path:
                response = client.get(API + "pages/find/", {"path": path})
                if response.status_code == 200:
                    responses.append(response.json())
    return json.dumps(responses, ensure_ascii=False)


def test_no_hidden_page_appears_in_any_listing_count_detail_path_or_lookup(client, every_state):
    visible_news = {page.pk for page, visible in every_state if visible and page.depth > 3}
    hidden = [page for page, visible in every_state if not visible]
    # Four live, public, unexpired sources, and a live public translation of each of the 8 states.
    assert len(visible_news) == 4 + 8
    assert len(hidden) > 20

    listing, _ = get_valid(client, API + "news/", {"limit": 50})
    assert {item["id"] for item in listing["items"]} == visible_news
    assert listing["count"] == len(visible_news)
    for code in ("ru", "en"):
        listing, _ = get_valid(client, API + "news/", {"locale": code})
        expected = {
            page.pk
            for page, visible in every_state
            if visible and page.depth > 3 and page.locale.language_code == code
        }
        assert {item["id"] for item in listing["items"]} == expected
        assert listing["count"] == len(expected)

    paths, _ = get_valid(client, API + "paths/", {"limit": 1000})
    listed = {item["id"] for item in paths["items"]}
    assert visible_news <= listed
    assert not listed & {page.pk for page in hidden}
    assert paths["count"] == len(paths["items"])

    for page, visible in every_state:
        detail = client.get(f"{API}news/{page.pk}/")
        found = client.get(API + "pages/find/", {"path": f"/{page.locale.language_code}/"})
        assert found.status_code == 200
        if not isinstance(page, NewsIndexPage):
            assert detail.status_code == (200 if visible else 404), page.title
        by_path = client.get(API + "pages/find/", {"path": page.url or "/nowhere/"})
        assert by_path.status_code == (200 if visible else 404), page.title
        if visible:
            translations = {item["id"] for item in detail.json()["translations"]}
            assert not translations & {hidden_page.pk for hidden_page in hidden}

    text = all_responses(client, every_state)
    for page in hidden:
        for word in page.title.split():
            if word.startswith("marker"):
                assert word not in text, f"{page.title} leaked"


@pytest.fixture
def hidden_of_each_type(home):
    """For statements, addresses and galleries: one live page, one draft, one private, one expired."""
    council = make_organisation(slug="council")
    person = make_person(
        slug="speaker", roles=[(council, "депутат", datetime.date(2020, 1, 1), None)]
    )
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    galleries = add_index(home, GalleryIndexPage, "Галереи", "galleries")
    image = make_image(width=320, height=200)

    def statement(title, publish):
        return publish_child(
            statements,
            StatementPage(title=title, slug=title, speaker=person, statement=title),
            publish=publish,
        )

    def address(title, publish):
        page = GreetingAddressPage(
            title=title, slug=title, addressee="Депутатам", occasion=title, body=f"<p>{title}</p>"
        )
        page.signatories.add(page.signatories.model(person=person))
        return publish_child(greetings, page, publish=publish)

    def gallery(title, publish):
        rows = [{"image": image, "caption": title, "alt_text": title}]
        return make_gallery_page(galleries, rows, title=title, slug=title, publish=publish)

    made = {}
    for kind, build in (
        ("statements", statement),
        ("greeting-addresses", address),
        ("galleries", gallery),
    ):
        live = build(f"{kind}-live", True)
        draft = build(f"{kind}-draftmarker", False)
        private = build(f"{kind}-privatemarker", True)
        make_private(private)
        expired = build(f"{kind}-expiredmarker", True)
        expire(expired)
        made[kind] = (live, [draft, private, expired])
    return made


@pytest.mark.parametrize("kind", ["statements", "greeting-addresses", "galleries"])
def test_hidden_statements_addresses_and_galleries_never_appear(client, hidden_of_each_type, kind):
    live, hidden = hidden_of_each_type[kind]
    listing, _ = get_valid(client, f"{API}{kind}/")
    assert [item["id"] for item in listing["items"]] == [live.pk]
    assert listing["count"] == 1
    get_valid(client, f"{API}{kind}/{live.pk}/")
    for page in hidden:
        assert client.get(f"{API}{kind}/{page.pk}/").status_code == 404
        assert client.get(API + "pages/find/", {"path": page.url}).status_code == 404
    paths, _ = get_valid(client, API + "paths/", {"limit": 1000})
    assert not {item["id"] for item in paths["items"]} & {page.pk for page in hidden}
    assert "marker" not in json.dumps(listing) + json.dumps(paths)


def test_links_to_hidden_pages_are_dropped_from_a_visible_page(client, news_index):
    draft = make_news(news_index, title="Черновик draftmarker", publish=False)
    private = make_news(news_index, title="Закрытая privatemarker")
    make_private(private)
    expired = make_news(news_index, title="Истёкшая expiredmarker")
    expire(expired)
    links = "".join(
        f'<a linktype="page" id="{page.pk}">ссылка {number}</a> '
        for number, page in enumerate((draft, private, expired))
    )
    page = make_news(news_index, title="Открытая", body=[("paragraph", f"<p>{links}</p>")])
    for hidden in (draft, private, expired):
        page.related_pages.add(page.related_pages.model(related_page=hidden))
    page.save_revision().publish()

    data, _ = get_valid(client, f"{API}news/{page.pk}/")
    assert data["related_pages"] == []
    assert data["body"][0]["value"].count("<a>") == 3
    text = json.dumps(data, ensure_ascii=False)
    for hidden in (draft, private, expired):
        assert hidden.slug not in text
    assert "marker" not in text


def test_a_live_page_with_a_newer_draft_shows_only_its_published_content(client, news_index):
    page = make_news(news_index, title="Опубликованный заголовок")
    page.title = "Черновой заголовок draftmarker"
    page.save_revision()

    data, _ = get_valid(client, f"{API}news/{page.pk}/")
    assert data["title"] == "Опубликованный заголовок"
    listing, _ = get_valid(client, API + "news/")
    assert "draftmarker" not in json.dumps(listing, ensure_ascii=False)


def test_search_finds_visible_pages_only_and_counts_only_them(client, every_state):
    for page, visible in every_state:
        markers = [word for word in page.title.split() if word.startswith("marker")]
        if not markers or page.depth <= 3:
            continue
        found, _ = get_valid(client, API + "search/", {"q": markers[0]})
        ids = {item["id"] for item in found["items"]}
        assert found["count"] == len(found["items"])
        if visible:
            assert page.pk in ids, page.title
        else:
            assert page.pk not in ids, page.title
            assert markers[0] not in json.dumps(found, ensure_ascii=False), page.title
