"""Galleries go through wagtail-localize: captions, alt text and credits arrive, new photos follow."""

import pytest
from wagtail_localize.models import TranslationSource

from tests.factories import EnglishCatalogue, locale, make_news
from tests.gallery_factories import make_gallery, make_gallery_index, make_small_image, photo
from tests.json_ld_support import json_ld_blocks
from wagtail_council.content_translation import fill_strings, translate_with_catalogue
from wagtail_council.models import GalleryPage


@pytest.fixture
def gallery(home):
    index = make_gallery_index(home)
    first, second = make_small_image(), make_small_image()
    return make_gallery(
        index,
        title="Круглый стол",
        slug="kruglyj-stol",
        description="<p>Встреча с коллегами</p>",
        photos=[
            photo(first, caption="Открытие встречи", alt_text="Депутаты за столом", credit="Иван"),
            photo(second, caption="", alt_text="", decorative=True, credit="Пётр"),
        ],
    )


def translate_tree_to_english(page):
    english = locale("en")
    catalogue = EnglishCatalogue()
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        translate_with_catalogue(ancestor, english, catalogue)
    return translate_with_catalogue(page, english, catalogue)


def photo_rows(page):
    page = GalleryPage.objects.get(pk=page.pk)
    return [
        (p.image_id, p.caption, p.alt_text, p.decorative, p.credit)
        for p in page.photos.order_by("sort_order")
    ]


def test_captions_alt_text_and_credits_are_translated_and_images_kept(client, gallery):
    target = translate_tree_to_english(gallery)
    assert target.locale.language_code == "en"
    assert target.live
    assert target.title == "EN Круглый стол"
    assert target.description == "<p>EN Встреча с коллегами</p>"
    assert target.date == gallery.date
    source_rows = photo_rows(gallery)
    assert photo_rows(target) == [
        (source_rows[0][0], "EN Открытие встречи", "EN Депутаты за столом", False, "EN Иван"),
        (source_rows[1][0], "", "", True, "EN Пётр"),
    ]
    # Each translated photo row is the same photo in another language.
    source_keys = [p.translation_key for p in gallery.photos.order_by("sort_order")]
    target_keys = [p.translation_key for p in target.photos.order_by("sort_order")]
    assert target_keys == source_keys

    html = client.get(target.url).content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert 'alt="EN Депутаты за столом"' in html
    assert "Депутаты за столом" not in html.replace("EN Депутаты за столом", "")
    assert '<p class="council-gallery__count">2 photos</p>' in html
    assert 'data-template="Photo {number} of {total}"' in html
    [data] = json_ld_blocks(html)
    assert data["inLanguage"] == "en"
    assert data["image"][0]["caption"] == "EN Открытие встречи"
    assert data["image"][0]["creditText"] == "EN Иван"


def test_a_photo_added_to_the_source_reaches_the_translation_on_sync(
    gallery, django_capture_on_commit_callbacks
):
    target = translate_tree_to_english(gallery)
    added = make_small_image()
    gallery.photos.add(
        gallery.photos.model(
            image=added, caption="Общая фотография", alt_text="Участники стоят в два ряда"
        )
    )
    gallery.save_revision().publish()

    source, _ = TranslationSource.update_or_create_from_instance(gallery)
    translation = source.translations.get(target_locale=target.locale)
    fill_strings(translation, EnglishCatalogue())
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    rows = photo_rows(target)
    assert len(rows) == 3
    assert rows[-1] == (added.pk, "EN Общая фотография", "EN Участники стоят в два ряда", False, "")
    assert rows[0][1] == "EN Открытие встречи"


def test_inline_gallery_block_photos_are_translated(client, news_index):
    image = make_small_image()
    news = make_news(
        news_index,
        body=[
            (
                "gallery",
                {
                    "gallery": None,
                    "photos": [
                        {
                            "image": image,
                            "caption": "Подпись в блоке",
                            "alt_text": "Описание в блоке",
                            "decorative": False,
                            "credit": "Автор в блоке",
                        }
                    ],
                },
            )
        ],
    )
    english = locale("en")
    catalogue = EnglishCatalogue()
    for ancestor in news.get_ancestors().filter(depth__gte=2).specific():
        translate_with_catalogue(ancestor, english, catalogue)
    target = translate_with_catalogue(news, english, catalogue)
    [block] = target.body
    [item] = block.value["photos"]
    assert (item["caption"], item["alt_text"], item["credit"]) == (
        "EN Подпись в блоке",
        "EN Описание в блоке",
        "EN Автор в блоке",
    )
    assert item["image"].pk == image.pk
    html = client.get(target.url).content.decode()
    assert 'alt="EN Описание в блоке"' in html
