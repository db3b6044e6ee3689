"""The frame of every page: the header's logo, name and main navigation, and the footer."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from tests.api_support import API, get_valid, translate_to_english
from tests.factories import EnglishCatalogue, add_index, locale, make_image, make_news, make_private
from tests.gallery_factories import make_gallery_index
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import CouncilSiteSettings, GalleryIndexPage, StatementIndexPage
from wagtail_council.reader.navigation import telephone_link


def council_settings(**fields):
    fields.setdefault("locale", locale("ru"))
    site = Site.objects.get(is_default_site=True)
    return CouncilSiteSettings.objects.create(site=site, **fields)


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def in_menu(page):
    page.show_in_menus = True
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def main_nav(html):
    [nav] = html.select("header nav.council-nav")
    return nav


def menu_links(html):
    return [
        (link.get_text(strip=True), link["href"], link.get("aria-current"))
        for link in main_nav(html).select("a")
    ]


@pytest.fixture
def sections(home, news_index):
    """The news index and a gallery index in the menu; a statements index not in it."""
    galleries = make_gallery_index(home, title="Фотогалереи", slug="galleries")
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    return in_menu(news_index), in_menu(galleries), statements


# Main navigation


def test_main_navigation_lists_the_pages_shown_in_menus_under_the_home_page(client, sections):
    news_index, galleries, _statements = sections
    html = soup(client, "/ru/")
    nav = main_nav(html)
    assert nav["aria-label"]
    assert nav.find("ul") is not None
    assert menu_links(html) == [
        ("Новости", "/ru/news/", None),
        ("Фотогалереи", "/ru/galleries/", None),
    ]


def test_main_navigation_marks_the_current_page_and_the_section_of_an_article(client, sections):
    news_index, _galleries, _statements = sections
    assert menu_links(soup(client, news_index.url))[0] == ("Новости", "/ru/news/", "page")
    article = make_news(news_index, title="Сессия")
    links = menu_links(soup(client, article.url))
    assert links[0] == ("Новости", "/ru/news/", "true")
    assert links[1][2] is None


def test_main_navigation_leaves_out_drafts_private_pages_and_pages_not_in_menus(client, sections):
    news_index, galleries, statements = sections
    make_private(galleries)
    draft = add_index(sections[0].get_parent(), GalleryIndexPage, "Черновик", "draft")
    draft.show_in_menus = True
    draft.save_revision()  # not published: the live version is not in menus
    draft.unpublish()
    assert [title for title, _href, _current in menu_links(soup(client, "/ru/"))] == ["Новости"]


def test_main_navigation_is_in_the_readers_language(client, sections):
    news_index, _galleries, _statements = sections
    english_news = translate_to_english(news_index)
    english_html = soup(client, english_news.url)
    assert menu_links(english_html) == [("EN Новости", english_news.url, "page")]
    # The gallery index is not translated: the English menu has no Russian page.
    assert "Фотогалереи" not in str(main_nav(english_html))


def test_the_api_and_the_header_show_the_same_menu(client, sections):
    body, _ = get_valid(client, API + "navigation/", {"depth": 1})
    api_items = [(item["title"], item["path"]) for item in body["items"]]
    html_items = [(title, href) for title, href, _current in menu_links(soup(client, "/ru/"))]
    assert html_items == api_items


def test_a_site_without_menu_pages_has_no_empty_navigation(client, site_tree):
    assert soup(client, "/ru/").select("nav.council-nav") == []


# Header


def test_header_shows_the_logo_uncropped_with_the_sites_name_as_alt_and_the_short_name(
    client, home
):
    council_settings(
        name="Совет депутатов города", short_name="Совет", logo=make_image(width=1600, height=400)
    )
    html = soup(client, "/ru/")
    [site_link] = html.select("header a.council-header__site")
    assert site_link["href"] == "/ru/"
    image = site_link.find("img")
    assert image["alt"] == "Совет депутатов города"
    # Never cropped: a 4:1 logo stays 4:1.
    assert int(image["width"]) == 4 * int(image["height"])
    assert site_link.select_one(".council-header__short-name").get_text() == "Совет"
    # The logo's alt text names the link; the visible names do not repeat it.
    assert site_link.select_one(".council-header__name")["aria-hidden"] == "true"


def test_header_without_a_logo_names_the_site_in_text(client, home):
    council_settings(name="Совет депутатов города", short_name="Совет")
    [site_link] = soup(client, "/ru/").select("header a.council-header__site")
    assert site_link.find("img") is None
    name = site_link.select_one(".council-header__name")
    assert name.get_text() == "Совет депутатов города"
    assert not name.has_attr("aria-hidden")


# Footer


def test_footer_shows_address_reception_hours_phone_email_and_profiles(client, home):
    council_settings(
        name="Совет депутатов города",
        address="ул. Ленина, 1\nВологда",
        reception_hours="Пн–Чт 9:00–18:00\nПт 9:00–16:45",
        phone="+7 (8172) 00-00-00",
        email="press@council.example",
        social_profiles=[
            ("profile", {"label": "ВКонтакте", "url": "https://vk.com/council"}),
            ("profile", {"label": "Одноклассники", "url": "https://ok.ru/council"}),
            ("profile", {"label": "Telegram", "url": "https://t.me/council"}),
        ],
    )
    [footer] = soup(client, "/ru/").select("footer")
    address = footer.find("address")
    assert "ул. Ленина, 1" in address.get_text() and "Вологда" in address.get_text()
    assert address.find("a", href="tel:+78172000000").get_text() == "+7 (8172) 00-00-00"
    assert address.find("a", href="mailto:press@council.example") is not None
    assert "Пт 9:00–16:45" in footer.get_text()
    profiles = [(link.get_text(strip=True), link["href"]) for link in footer.select("ul a")]
    assert profiles == [
        ("ВКонтакте", "https://vk.com/council"),
        ("Одноклассники", "https://ok.ru/council"),
        ("Telegram", "https://t.me/council"),
    ]


def test_footer_leaves_out_unsafe_profile_links_and_escapes_what_editors_type(client, home):
    council_settings(
        address="<script>alert(1)</script>",
        social_profiles=[
            ("profile", {"label": "Плохая", "url": "javascript:alert(1)"}),
            ("profile", {"label": "<b>VK</b>", "url": "https://vk.com/council"}),
        ],
    )
    response = client.get("/ru/")
    content = response.content.decode()
    assert "javascript:" not in content
    assert "<script>alert(1)</script>" not in content
    assert "&lt;b&gt;VK&lt;/b&gt;" in content


def test_footer_is_in_the_readers_language(client, home):
    russian = council_settings(reception_hours="Пн–Чт 9:00–18:00")
    translate_with_catalogue(russian, locale("en"), EnglishCatalogue())
    english_home = translate_to_english(home)
    assert "EN Пн–Чт 9:00–18:00" in soup(client, english_home.url).find("footer").get_text()


def test_telephone_links_keep_the_digits_and_a_leading_plus_only():
    assert telephone_link("+7 (8172) 00-00-00") == "tel:+78172000000"
    assert telephone_link("8 800 200-00-00 доб. 12") == "tel:88002000000"
    assert telephone_link("по записи") == ""
