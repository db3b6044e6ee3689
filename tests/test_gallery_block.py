"""The gallery block: a chosen gallery page or photos listed in place, never both, never neither."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.blocks import StreamValue

from tests.factories import make_news
from tests.gallery_factories import (
    make_gallery,
    make_gallery_index,
    make_small_image,
    photo,
    photos_of_one_image,
)
from wagtail_council.blocks import GalleryBlock, NewsBodyBlock
from wagtail_council.blocks.gallery import GALLERY_BOTH, GALLERY_NEITHER, PHOTO_TWICE


@pytest.fixture
def gallery_index(home):
    return make_gallery_index(home)


def inline(image, caption="Подпись", alt_text="Описание", decorative=False, credit=""):
    return {
        "image": image.pk,
        "caption": caption,
        "alt_text": alt_text,
        "decorative": decorative,
        "credit": credit,
    }


def block_value(gallery=None, photos=()):
    return GalleryBlock().to_python(
        {"gallery": gallery.pk if gallery else None, "photos": list(photos)}
    )


def clean_errors(value):
    with pytest.raises(ValidationError) as error:
        GalleryBlock().clean(value)
    return error.value


def test_block_refuses_a_gallery_page_and_inline_photos_together(gallery_index):
    gallery = make_gallery(gallery_index, photos=photos_of_one_image(1))
    error = clean_errors(block_value(gallery, [inline(make_small_image())]))
    assert set(error.block_errors) == {"gallery", "photos"}
    assert error.block_errors["gallery"].messages == [str(GALLERY_BOTH)]
    assert "не то и другое сразу" in str(GALLERY_BOTH)
    assert error.non_block_errors


def test_block_refuses_neither_a_gallery_page_nor_photos(db):
    error = clean_errors(block_value())
    assert set(error.block_errors) == {"gallery"}
    assert error.block_errors["gallery"].messages == [str(GALLERY_NEITHER)]


def test_block_refuses_the_same_image_twice_and_photos_without_alt_text(db):
    image = make_small_image()
    error = clean_errors(
        block_value(photos=[inline(image), inline(make_small_image()), inline(image)])
    )
    photo_errors = error.block_errors["photos"].block_errors
    assert list(photo_errors) == [2]
    assert photo_errors[2].block_errors["image"].messages == [PHOTO_TWICE % {"number": 1}]

    error = clean_errors(block_value(photos=[inline(image, alt_text="")]))
    assert "alt_text" in error.block_errors["photos"].block_errors[0].block_errors


def test_block_accepts_either_a_gallery_page_or_photos(gallery_index):
    gallery = make_gallery(gallery_index, photos=photos_of_one_image(1))
    assert GalleryBlock().clean(block_value(gallery))["gallery"].pk == gallery.pk
    decorative = inline(make_small_image(), alt_text="", decorative=True)
    assert len(GalleryBlock().clean(block_value(photos=[decorative]))["photos"]) == 1


def test_block_text_fields_are_char_blocks_so_they_are_translated():
    from wagtail.blocks import CharBlock

    photo_block = GalleryBlock().child_blocks["photos"].child_block
    for name in ("caption", "alt_text", "credit"):
        assert isinstance(photo_block.child_blocks[name], CharBlock)


def render(value, page=None):
    block = GalleryBlock()
    return str(block.render(value, context={"page": page} if page else {}))


def test_inline_photos_render_as_a_grid_that_links_to_large_renditions(db):
    first, second = make_small_image(), make_small_image()
    html = render(
        block_value(
            photos=[
                inline(first, caption="Зал", alt_text="Депутаты в зале", credit="Пресс-служба"),
                inline(second, caption="Трибуна", alt_text="Выступление"),
            ]
        )
    )
    assert (
        len(
            re.findall(
                r'<a class="council-gallery__link" href="/media/images/[^"]*max-1600x1600', html
            )
        )
        == 2
    )
    assert 'alt="Депутаты в зале"' in html
    assert 'Зал <span class="council-credit">Пресс-служба</span>' in html
    assert "data-council-lightbox-dialog" in html
    assert '<script src="/static/wagtail_council/js/lightbox.js" defer></script>' in html
    assert "council-gallery-block__more" not in html  # no page to link to


@override_settings(WAGTAIL_COUNCIL_GALLERY_BLOCK_PHOTOS=3)
def test_a_chosen_gallery_shows_its_first_photos_and_links_to_all_of_them(gallery_index):
    gallery = make_gallery(gallery_index, title="Круглый стол", photos=photos_of_one_image(5))
    html = render(block_value(gallery))
    assert html.count('class="council-gallery__link"') == 3
    assert '<h2 class="council-gallery-block__title">Круглый стол</h2>' in html
    assert f'<a href="{gallery.url}">Вся галерея: 5 фотографий</a>' in html


def test_a_chosen_gallery_that_is_not_live_is_not_shown(gallery_index):
    draft = make_gallery(
        gallery_index, title="Неготовая", photos=photos_of_one_image(2), publish=False
    )
    assert render(block_value(draft)).strip() == ""


def test_block_queries_do_not_grow_with_inline_photos(db):
    def queries(count):
        photos = [inline(make_small_image(colour=(n, 0, 0))) for n in range(count)]
        value = block_value(photos=photos)
        render(value)  # renditions
        value = block_value(photos=photos)
        with CaptureQueriesContext(connection) as captured:
            render(value)
        return len(captured)

    assert queries(2) == queries(6)


def test_news_body_renders_a_gallery_block(client, news_index, gallery_index):
    gallery = make_gallery(gallery_index, title="Фото встречи", photos=photos_of_one_image(2))
    news = make_news(news_index, body=[("gallery", {"gallery": gallery, "photos": []})])
    html = client.get(news.url).content.decode()
    assert "Вся галерея: 2 фотографии" in html


def test_api_representation_has_photos_with_renditions_and_the_gallery_link(gallery_index):
    image = make_small_image()
    gallery = make_gallery(
        gallery_index, photos=[photo(image, caption="Первая", alt_text="Зал", credit="Автор")]
    )
    stream = StreamValue(NewsBodyBlock(), [("gallery", {"gallery": gallery, "photos": []})])
    [data] = stream.stream_block.get_api_representation(stream)
    value = data["value"]
    assert value["gallery"]["title"] == gallery.title
    assert value["photo_count"] == 1
    [first] = value["photos"]
    assert (first["caption"], first["image"]["alt"], first["credit"]) == ("Первая", "Зал", "Автор")
    assert [source["type"] for source in first["thumbnail"]["sources"]] == [
        "image/avif",
        "image/webp",
        "image/jpeg",
    ]
    assert (first["image"]["width"], first["image"]["height"]) == (320, 200)


def test_block_has_a_preview_for_the_block_picker(db):
    make_small_image()
    block = GalleryBlock()
    value = block.get_preview_value()
    assert value["photos"]
    assert block.is_previewable
    assert "council-gallery__grid" in render(value)


def test_a_new_gallery_block_starts_without_an_empty_photo_row():
    from wagtail_council.blocks.gallery import GalleryBlock

    assert list(GalleryBlock().get_default()["photos"]) == []
