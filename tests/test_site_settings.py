"""The council's name: one rule for the header, page titles, feeds, JSON-LD and the API.

The name in the council's settings in the reader's language; else Wagtail's
``Site.site_name``; else the name in the settings of another language; else
the title of the home page in the reader's language.
"""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from tests.api_support import API, get_valid, translate_to_english
from tests.factories import EnglishCatalogue, locale
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import CouncilSiteSettings
from wagtail_council.reader.languages import localized_site_name


def default_site():
    return Site.objects.get(is_default_site=True)


def council_settings(**fields):
    fields.setdefault("locale", locale("ru"))
    return CouncilSiteSettings.objects.create(site=default_site(), **fields)


def header_name(client, url):
    html = client.get(url).content.decode()
    start = html.index('class="council-header__name')
    return html[html.index(">", start) + 1 : html.index("</span>", start)]


def title_of(client, url):
    html = client.get(url).content.decode()
    return html[html.index("<title>") + 7 : html.index("</title>")]


@pytest.fixture
def bilingual(home, news_index):
    """The URLs of the news index in Russian and in English."""
    english = translate_to_english(news_index)
    return news_index.url, english.url


def test_the_settings_name_in_the_readers_language_names_the_site_everywhere(client, bilingual):
    russian = council_settings(name="Совет депутатов города", short_name="Совет")
    translate_with_catalogue(russian, locale("en"), EnglishCatalogue())

    assert header_name(client, "/ru/") == "Совет депутатов города"
    assert header_name(client, "/en/") == "EN Совет депутатов города"
    russian_news, english_news = bilingual
    assert title_of(client, russian_news) == "Новости — Совет депутатов города"
    assert title_of(client, english_news) == "EN Новости — EN Совет депутатов города"
    body, _ = get_valid(client, API + "site/", {"locale": "en"})
    assert body["name"] == "EN Совет депутатов города"


def test_without_a_name_in_the_settings_wagtails_site_name_names_the_site(client, bilingual):
    council_settings(name="", address="ул. Ленина, 1")
    assert default_site().site_name == "Совет"
    # The English home page is called "EN Главная", but the site has a name.
    assert header_name(client, "/en/") == "Совет"
    assert header_name(client, "/ru/") == "Совет"
    assert title_of(client, bilingual[1]) == "EN Новости — Совет"


def test_without_either_name_the_home_pages_title_in_the_readers_language_names_it(
    client, bilingual
):
    Site.objects.update(site_name="")
    assert header_name(client, "/ru/") == "Главная"
    assert header_name(client, "/en/") == "EN Главная"
    assert title_of(client, bilingual[1]) == "EN Новости — EN Главная"


def test_a_name_set_in_another_language_only_still_comes_before_the_home_pages_title(
    client, bilingual
):
    Site.objects.update(site_name="")
    council_settings(name="Совет депутатов города")
    assert header_name(client, "/en/") == "Совет депутатов города"


def test_naming_the_site_costs_one_query_per_request_whatever_is_asked(
    bilingual, django_assert_num_queries
):
    council_settings(name="Совет депутатов города")
    site, russian, english = default_site(), locale("ru"), locale("en")
    request = RequestFactory().get("/ru/")
    with django_assert_num_queries(1):
        for language in (russian, english, russian):
            name = localized_site_name(site, language, request)
            # Not translated into English: Wagtail's name comes before the Russian one.
            assert name == ("Совет депутатов города" if language == russian else "Совет")
    # Without a request (a feed built in code), it is the same rule.
    assert localized_site_name(site, russian) == "Совет депутатов города"


def test_the_settings_names_and_reception_hours_are_translated_the_rest_kept_in_step(site_tree):
    russian = council_settings(
        name="Совет", short_name="СД", reception_hours="Пн 9–18", phone="+7 8172 000000"
    )
    english = translate_with_catalogue(russian, locale("en"), EnglishCatalogue())
    assert (english.name, english.short_name, english.reception_hours) == (
        "EN Совет",
        "EN СД",
        "EN Пн 9–18",
    )
    assert english.phone == "+7 8172 000000"
