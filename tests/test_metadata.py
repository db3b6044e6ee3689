"""Every page type and view says what it is to search engines and link previews.

A description, a canonical URL, ``hreflang`` with ``x-default``, Open Graph
with the site's name and an ``ll_CC`` locale, and a Twitter card; listings
are their own canonical page by page, and a page of a listing that does not
exist is a 404.
"""

import re
from urllib.parse import urlencode

import pytest

from tests.api_support import get_valid
from tests.event_factories import make_event, make_event_index
from tests.factories import add_index, make_news, make_person, publish_child
from tests.gallery_factories import make_gallery, make_gallery_index
from tests.metadata_support import build_every_page_type, get_head
from wagtail_council.models import StatementIndexPage, StatementPage
from wagtail_council.reader.metadata import open_graph_locale

LL_CC = re.compile(r"^[a-z]{2,3}_[A-Z]{2}$")
BASE = "http://testserver"


@pytest.fixture
def site(home, news_index):
    return build_every_page_type(home, news_index)


def test_every_page_type_and_view_has_the_whole_head(client, site):
    for name, url in site["urls"].items():
        head = get_head(client, url)
        assert head.first("description"), name
        assert head.first("og:description") == head.first("description"), name
        assert head.first("og:site_name") == "Совет", name
        assert head.first("og:title"), name
        assert LL_CC.match(head.first("og:locale")), (name, head.first("og:locale"))
        assert head.first("twitter:card") in ("summary", "summary_large_image"), name
        canonical = head.canonical()
        assert canonical and canonical.startswith(BASE), name
        assert head.first("og:url") == canonical, name
        languages = head.hreflang()
        assert "x-default" in languages, name
        assert languages["ru"] == canonical, name


def test_views_are_their_own_canonical_not_their_people_index(client, site):
    urls = site["urls"]
    for name in ("profile", "organisation", "register", "convocation_archive", "convocation"):
        assert get_head(client, urls[name]).canonical() == BASE + urls[name], name
    assert get_head(client, urls["search"]).canonical() == BASE + "/ru/search/?" + urlencode(
        {"q": "опыт"}
    )


def test_og_type_says_article_profile_or_website(client, site):
    urls = site["urls"]
    expected = {
        "news": "article",
        "statement": "article",
        "greeting": "article",
        "profile": "profile",
        "news_index": "website",
        "home": "website",
        "gallery": "website",
        "event": "website",
    }
    for name, og_type in expected.items():
        assert get_head(client, urls[name]).first("og:type") == og_type, name
    news = get_head(client, urls["news"])
    assert news.first("article:published_time")


def test_twitter_card_is_large_with_an_image_and_small_without(client, site, news_index):
    assert get_head(client, site["urls"]["news"]).first("twitter:card") == "summary_large_image"
    plain = make_news(news_index)
    head = get_head(client, plain.url)
    assert head.first("twitter:card") == "summary"
    assert head.first("og:image") is None


def test_og_locale_is_ll_cc_with_the_visible_translations_as_alternates(client, site):
    russian = get_head(client, site["urls"]["news"])
    assert russian.first("og:locale") == "ru_RU"
    assert russian.meta["og:locale:alternate"] == ["en_GB"]
    english = get_head(client, site["english_news"].url)
    assert english.first("og:locale") == "en_GB"
    assert english.meta["og:locale:alternate"] == ["ru_RU"]
    untranslated = get_head(client, site["urls"]["statement"])
    assert "og:locale:alternate" not in untranslated.meta


def test_the_og_locale_setting_overrides_the_built_in_territory(client, site, settings):
    settings.WAGTAIL_COUNCIL_OPEN_GRAPH_LOCALES = {"en": "en_US"}
    english = get_head(client, site["english_news"].url)
    assert english.first("og:locale") == "en_US"
    assert english.meta["og:locale:alternate"] == ["ru_RU"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ru", "ru_RU"), ("en", "en_GB"), ("tt", "tt_RU"), ("uk", "uk_UA"), ("en-us", "en_US")]
    + [("fi", "fi_FI"), ("zh-hans", "zh_CN"), ("pt-br", "pt_BR")],
)
def test_open_graph_locales_of_language_codes(code, expected):
    assert open_graph_locale(code) == expected


def test_x_default_is_the_version_in_the_sites_language(client, site):
    russian_url = BASE + site["urls"]["news"]
    english = get_head(client, site["english_news"].url)
    assert english.hreflang() == {
        "en": BASE + site["english_news"].url,
        "ru": russian_url,
        "x-default": russian_url,
    }
    assert english.canonical() == BASE + site["english_news"].url


def test_an_unpublished_translation_is_in_no_alternate(client, site):
    site["english_news"].unpublish()
    head = get_head(client, site["urls"]["news"])
    assert set(head.hreflang()) == {"ru", "x-default"}
    assert "og:locale:alternate" not in head.meta


def test_the_home_page_title_does_not_repeat_the_site_name(client, site):
    assert get_head(client, "/ru/").title == "Главная"
    assert get_head(client, site["urls"]["news"]).title == "Обмен опытом — Совет"
    assert get_head(client, site["urls"]["profile"]).title == "Роман Лысенко — Совет"


def test_a_title_that_is_the_site_name_gets_no_suffix(client, news_index):
    page = make_news(news_index, title="Совет")
    assert get_head(client, page.url).title == "Совет"


def test_an_index_without_an_introduction_names_the_site_in_html_and_api(client, news_index):
    description = get_head(client, news_index.url).first("description")
    assert "Совет" in description
    assert description != news_index.title
    # The page's language decides the sentence's, not the API caller's.
    body, _response = get_valid(
        client, "/api/council/pages/find/", {"path": news_index.url}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert body["seo"]["description"] == description


def test_the_home_page_is_described_as_the_sites_official_website(client, site):
    description = get_head(client, "/ru/").first("description")
    assert "Совет" in description


# Pagination


def listing_with_three_items(kind, home, news_index):
    """A listing of ``kind`` with three items, two per page."""
    if kind == "news":
        for number in range(3):
            make_news(news_index, title=f"Новость {number}")
        return news_index, "WAGTAIL_COUNCIL_NEWS_PER_PAGE"
    if kind == "galleries":
        index = make_gallery_index(home)
        for number in range(3):
            make_gallery(index, title=f"Галерея {number}")
        return index, "WAGTAIL_COUNCIL_GALLERIES_PER_PAGE"
    if kind == "events":
        index = make_event_index(home)
        for number in range(3):
            make_event(index, title=f"Событие {number}")
        return index, "WAGTAIL_COUNCIL_EVENTS_PER_PAGE"
    index = add_index(home, StatementIndexPage, "Заявления", "statements")
    speaker = make_person("Роман Лысенко", slug="roman")
    for number in range(3):
        publish_child(
            index,
            StatementPage(
                title=f"Заявление {number}", slug=f"z-{number}", speaker=speaker, statement="Да."
            ),
        )
    return index, "WAGTAIL_COUNCIL_STATEMENTS_PER_PAGE"


LISTINGS = ["news", "galleries", "events", "statements"]


@pytest.mark.parametrize("kind", LISTINGS)
def test_each_page_of_a_listing_is_its_own_canonical(client, home, news_index, settings, kind):
    index, setting = listing_with_three_items(kind, home, news_index)
    setattr(settings, setting, 2)
    first = get_head(client, index.url)
    assert first.canonical() == BASE + index.url
    assert get_head(client, index.url + "?page=1").canonical() == BASE + index.url
    assert get_head(client, index.url + "?page=2").canonical() == BASE + index.url + "?page=2"


@pytest.mark.parametrize("kind", LISTINGS)
@pytest.mark.parametrize("number", ["999", "abc", "0", "-1", "1.5", "3"])
def test_a_page_of_a_listing_that_does_not_exist_is_404(
    client, home, news_index, settings, kind, number
):
    index, setting = listing_with_three_items(kind, home, news_index)
    setattr(settings, setting, 2)
    assert client.get(index.url, {"page": number}).status_code == 404


def test_the_canonical_of_a_filtered_listing_keeps_only_the_page_number(
    client, news_index, settings
):
    settings.WAGTAIL_COUNCIL_NEWS_PER_PAGE = 1
    for number in range(2):
        make_news(news_index, title=f"Новость {number}")
    year = news_index.get_children().live().specific().first().publication_date.year
    head = get_head(client, f"{news_index.url}?year={year}&page=2")
    assert head.canonical() == BASE + news_index.url + "?page=2"


def test_search_pages_are_404_past_the_last_and_canonical_with_the_query(
    client, news_index, settings
):
    for number in range(12):
        make_news(news_index, title=f"Заседание номер {number}")
    url = "/ru/search/"
    second = get_head(client, url + "?q=Заседание&page=2")
    assert second.canonical() == BASE + url + "?" + urlencode({"q": "Заседание", "page": 2})
    for number in ("3", "999", "abc", "0"):
        assert client.get(url, {"q": "Заседание", "page": number}).status_code == 404, number
    assert client.get(url, {"page": "2"}).status_code == 404
    assert client.get(url).status_code == 200
