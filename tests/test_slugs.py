"""Cyrillic titles get readable Latin slugs; translated pages keep working URLs in both locales."""

from django.test import override_settings

from tests.factories import EnglishCatalogue, locale
from wagtail_council.content_translation import translate_with_catalogue
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


def test_rows_added_in_code_keep_their_order(home):
    """Rows without a position go after the existing ones, on every database."""
    import datetime

    from tests.factories import add_index, make_image
    from wagtail_council.models import GalleryIndexPage, GalleryPage

    galleries = add_index(home, GalleryIndexPage, "Фотогалереи", "galleries")
    image = make_image(width=320, height=200)
    gallery = GalleryPage(title="Субботник в сквере", date=datetime.date(2026, 4, 20))
    for caption in ("Первое", "Второе", "Третье"):
        gallery.photos.add(gallery.photos.model(image=image, caption=caption, alt_text="Фото"))
    galleries.add_child(instance=gallery)
    assert gallery.slug == "subbotnik-v-skvere"
    assert [photo.caption for photo in gallery.photos.all()] == ["Первое", "Второе", "Третье"]
    assert [photo.sort_order for photo in gallery.photos.all()] == [0, 1, 2]
