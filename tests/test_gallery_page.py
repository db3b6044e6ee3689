"""A gallery page: its photos, markup without JavaScript, metadata, plurals and query budget."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.factories import make_news
from tests.gallery_factories import (
    make_gallery,
    make_gallery_index,
    make_small_image,
    photo,
    photos_of_one_image,
)
from tests.json_ld_support import json_ld_blocks
from tests.testapp.models import HomePage
from wagtail_council.models import GalleryIndexPage, GalleryPage, GalleryPhoto


@pytest.fixture
def gallery_index(home):
    return make_gallery_index(home)


def grid_links(html):
    return re.findall(r'<a class="council-gallery__link" href="([^"]*)"', html)


def test_galleries_live_only_under_a_gallery_index():
    assert GalleryPage.can_create_at(GalleryIndexPage())
    assert not GalleryPage.can_create_at(HomePage())
    assert not GalleryPage.can_create_at(Page())
    assert GalleryPage.allowed_subpage_models() == []
    assert GalleryIndexPage.allowed_subpage_models() == [GalleryPage]


def test_photo_needs_alt_text_unless_decorative(gallery_index):
    row = GalleryPhoto(image=make_small_image(), caption="Подпись", alt_text="")
    with pytest.raises(ValidationError) as error:
        row.clean()
    assert "alt_text" in error.value.message_dict
    row.decorative = True
    row.clean()


def test_photos_appear_in_the_editors_order_with_their_own_captions(client, gallery_index):
    first, second, third = (make_small_image() for _ in range(3))
    gallery = make_gallery(
        gallery_index,
        title="Круглый стол",
        photos=[
            photo(second, caption="Второе по загрузке, первое по порядку", alt_text="Зал"),
            photo(third, caption="Третье", alt_text="Трибуна"),
            photo(first, caption="Первое", alt_text="Гости"),
        ],
    )
    html = client.get(gallery.url).content.decode()
    captions = re.findall(r"<figcaption>([^<]*)<span", html)
    assert [caption.strip() for caption in captions] == [
        "Второе по загрузке, первое по порядку",
        "Третье",
        "Первое",
    ]
    assert "<h1>Круглый стол</h1>" in html
    assert '<html lang="ru" dir="ltr">' in html


def test_without_javascript_each_photo_links_to_a_large_rendition_not_the_original(
    client, gallery_index
):
    image = make_small_image()
    gallery = make_gallery(gallery_index, photos=[photo(image, alt_text="Депутаты за столом")])
    html = client.get(gallery.url).content.decode()
    [href] = grid_links(html)
    assert href.startswith("/media/images/")
    assert ".max-1600x1600.format-jpeg." in href
    assert image.file.url not in html  # /media/original_images/… is never linked
    # The link's name is the photo's description; the thumbnail is a responsive picture.
    link = re.search(r'<a class="council-gallery__link".*?</a>', html, re.S).group(0)
    assert 'alt="Депутаты за столом"' in link
    assert 'type="image/avif"' in link and 'type="image/webp"' in link
    assert re.search(r'<img [^>]*width="\d+"[^>]*>', link)
    assert 'decoding="async"' in link


def test_later_photos_load_lazily_and_the_first_row_does_not(client, gallery_index):
    gallery = make_gallery(gallery_index, photos=photos_of_one_image(6))
    html = client.get(gallery.url).content.decode()
    images = re.findall(r'<img [^>]*alt="Описание фото \d"[^>]*>', html)
    assert len(images) == 6
    assert ['loading="lazy"' in tag for tag in images] == [False] * 4 + [True] * 2


def test_decorative_photo_is_skipped_by_screen_readers_but_its_link_has_a_name(
    client, gallery_index
):
    gallery = make_gallery(
        gallery_index,
        photos=[photo(make_small_image(), alt_text="не для чтения", decorative=True)],
    )
    html = client.get(gallery.url).content.decode()
    link = re.search(r'<a class="council-gallery__link".*?</a>', html, re.S).group(0)
    assert 'alt=""' in link
    assert "не для чтения" not in html
    assert '<span class="council-visually-hidden">Фото 1</span>' in link


def test_gallery_loads_its_script_and_styles_as_files_with_no_inline_script(client, gallery_index):
    gallery = make_gallery(gallery_index, photos=photos_of_one_image(2))
    html = client.get(gallery.url).content.decode()
    assert '<script src="/static/wagtail_council/js/lightbox.js" defer></script>' in html
    assert '<link rel="stylesheet" href="/static/wagtail_council/css/gallery.css">' in html
    scripts = re.findall(r"<script([^>]*)>", html)
    for attributes in scripts:
        assert "src=" in attributes or 'type="application/ld+json"' in attributes, attributes
    # The lightbox's strings come from the server, in the reader's language.
    assert 'data-template="Фото {number} из {total}"' in html
    assert ">Закрыть</button>" in html


def test_gallery_json_ld_is_an_image_gallery_of_image_objects(client, gallery_index):
    gallery = make_gallery(
        gallery_index,
        title="Круглый стол",
        description="<p>Встреча с <b>коллегами</b> &amp; гостями</p>",
        photos=[
            photo(make_small_image(), caption="Открытие", alt_text="Зал", credit="Иван Петров"),
            photo(make_small_image(), caption="", alt_text="Трибуна", credit=""),
        ],
    )
    [data] = json_ld_blocks(client.get(gallery.url).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "ImageGallery"
    assert data["name"] == "Круглый стол"
    assert data["description"] == "Встреча с коллегами & гостями"
    assert data["inLanguage"] == "ru"
    assert data["dateCreated"] == "2026-11-20"
    first, second = data["image"]
    assert first["@type"] == "ImageObject"
    assert first["caption"] == "Открытие"
    assert first["creditText"] == "Иван Петров"
    assert first["description"] == "Зал"
    assert first["contentUrl"].startswith("http://testserver/media/images/")
    assert (first["width"], first["height"]) == (320, 200)
    assert "caption" not in second and "creditText" not in second


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 фотография"), (3, "3 фотографии"), (5, "5 фотографий"), (21, "21 фотография")],
)
def test_photo_count_uses_russian_plural_forms(client, gallery_index, count, expected):
    gallery = make_gallery(gallery_index, photos=photos_of_one_image(count))
    html = client.get(gallery.url).content.decode()
    assert f'<p class="council-gallery__count">{expected}</p>' in html


def test_gallery_links_back_to_the_live_news_that_report_it(client, news_index, gallery_index):
    gallery = make_gallery(gallery_index, photos=photos_of_one_image(1))
    news = make_news(news_index, title="Новость о встрече", gallery=gallery)
    make_news(news_index, title="Черновик о встрече", gallery=gallery, publish=False)
    html = client.get(gallery.url).content.decode()
    assert f'<a href="{news.url}">Новость о встрече</a>' in html
    assert "Черновик о встрече" not in html


def test_news_page_links_to_its_live_gallery_only(client, news_index, gallery_index):
    gallery = make_gallery(gallery_index, title="Фото встречи", photos=photos_of_one_image(3))
    news = make_news(news_index, gallery=gallery)
    html = client.get(news.url).content.decode()
    assert f'<a href="{gallery.url}">Фото встречи</a> (3 фотографии)' in html

    draft = make_gallery(gallery_index, title="Неготовая галерея", publish=False)
    other = make_news(news_index, gallery=draft)
    assert "Неготовая галерея" not in client.get(other.url).content.decode()


def render_queries(client, url):
    # The first request makes the renditions and warms caches; the second is measured.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_gallery_renders_with_the_same_queries_for_10_and_200_photos(client, gallery_index):
    image = make_small_image()
    small = make_gallery(gallery_index, photos=photos_of_one_image(10, image))
    large = make_gallery(gallery_index, photos=photos_of_one_image(200, image))
    small_queries = render_queries(client, small.url)
    large_queries = render_queries(client, large.url)
    assert large_queries == small_queries
    assert len(grid_links(client.get(large.url).content.decode())) == 200


def test_preview_shows_photos_that_are_not_saved_yet(gallery_index):
    gallery = make_gallery(gallery_index, photos=photos_of_one_image(1))
    draft = gallery.get_latest_revision_as_object()
    draft.photos.add(
        draft.photos.model(image=make_small_image(), caption="Ещё не сохранена", alt_text="Зал")
    )
    response = draft.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ещё не сохранена" in html
    assert len(grid_links(html)) == 2
