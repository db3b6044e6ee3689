"""Cyrillic titles get readable Latin slugs; translated pages keep working URLs in both locales."""

from django.test import override_settings

from home.demo.localize import translate_with_catalogue
from tests.factories import locale
from tests.test_news_translation import EnglishCatalogue
from wagtail_council.models import NewsPage
from wagtail_council.models.mixins import transliterated_slug


def test_transliteration_of_russian_titles():
    assert transliterated_slug("Обмен опытом – полезная практика сотрудничества!") == (
        "obmen-opytom-poleznaya-praktika-sotrudnichestva"
    )
    assert transliterated_slug("Приём граждан: 2026 год") == "priem-grazhdan-2026-god"


def test_page_created_without_slug_gets_a_transliterated_unique_slug(client, news_index):
    first = NewsPage(title="Публичные слушания", lead="Анонс")
    news_index.add_child(instance=first)
    second = NewsPage(title="Публичные слушания", lead="Анонс")
    news_index.add_child(instance=second)
    assert first.slug == "publichnye-slushaniya"
    assert second.slug == "publichnye-slushaniya-1"
    first.save_revision().publish()
    assert client.get("/ru/news/publichnye-slushaniya/").status_code == 200


@override_settings(WAGTAIL_ALLOW_UNICODE_SLUGS=True)
def test_unicode_slugs_stay_available_when_a_site_prefers_them(news_index):
    page = NewsPage(title="Публичные слушания", lead="Анонс")
    news_index.add_child(instance=page)
    assert page.slug == "публичные-слушания"


def test_translated_page_has_working_urls_in_both_locales(client, news_index):
    page = NewsPage(title="Заседание Совета", lead="Анонс")
    news_index.add_child(instance=page)
    page.save_revision().publish()
    english = locale("en")
    catalogue = EnglishCatalogue()
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        translate_with_catalogue(ancestor, english, catalogue)
    target = translate_with_catalogue(page, english, catalogue)
    assert target.slug == "en-zasedanie-soveta"
    assert client.get("/ru/news/zasedanie-soveta/").status_code == 200
    assert client.get(target.url).status_code == 200
    assert target.url.startswith("/en/")
