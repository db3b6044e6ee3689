"""Galleries in Wagtail's core API: photos with renditions, sizes, alt text, captions and credits."""

import pytest
import wagtail

from tests.factories import EnglishCatalogue, locale
from tests.gallery_factories import make_gallery, make_gallery_index, make_small_image, photo


@pytest.fixture
def gallery_index(home):
    return make_gallery_index(home, intro="Фотографии с заседаний")


@pytest.fixture
def gallery(gallery_index):
    return make_gallery(
        gallery_index,
        title="Круглый стол",
        description="<p>Встреча</p>",
        photos=[
            photo(make_small_image(), caption="Открытие", alt_text="Зал", credit="Иван"),
            photo(make_small_image(), caption="Итоги", alt_text="скрыто", decorative=True),
        ],
    )


def test_gallery_detail_has_each_photo_with_renditions_size_alt_caption_and_credit(client, gallery):
    data = client.get(f"/api/v2/pages/{gallery.pk}/").json()
    assert data["date"] == "2026-11-20"
    assert data["description"] == "<p>Встреча</p>"
    first, second = data["photos"]
    assert first["caption"] == "Открытие"
    assert first["credit"] == "Иван"
    assert (first["image"]["alt"], first["image"]["decorative"]) == ("Зал", False)
    assert (second["image"]["alt"], second["image"]["decorative"]) == ("", True)
    for rendition in (first["image"], first["thumbnail"]):
        assert rendition["url"].startswith("http://testserver/media/images/")
        assert rendition["width"] and rendition["height"]
        assert [source["type"] for source in rendition["sources"]] == [
            "image/avif",
            "image/webp",
            "image/jpeg",
        ]
        assert all(
            "http://testserver/media/images/" in source["srcset"] for source in rendition["sources"]
        )
    assert (first["image"]["width"], first["image"]["height"]) == (320, 200)
    assert "original_images" not in str(data["photos"])


def test_gallery_index_exposes_its_intro(client, gallery_index):
    data = client.get(f"/api/v2/pages/{gallery_index.pk}/").json()
    assert data["intro"] == "Фотографии с заседаний"


def test_photos_come_in_the_requested_locale(client, gallery):
    from wagtail_council.content_translation import translate_with_catalogue

    english = locale("en")
    for ancestor in gallery.get_ancestors().filter(depth__gte=2).specific():
        translate_with_catalogue(ancestor, english, EnglishCatalogue())
    target = translate_with_catalogue(gallery, english, EnglishCatalogue())
    listing = client.get(
        "/api/v2/pages/",
        {"type": "wagtail_council.GalleryPage", "locale": "en", "fields": "photos"},
    ).json()
    [item] = listing["items"]
    assert item["id"] == target.pk
    assert [p["caption"] for p in item["photos"]] == ["EN Открытие", "EN Итоги"]
    assert item["photos"][0]["credit"] == "EN Иван"


def test_gallery_is_in_the_v3_api_on_wagtail_8(client, gallery):
    response = client.get(f"/api/v3/pages/{gallery.pk}/", follow=True)
    if wagtail.VERSION < (8, 0):
        assert response.status_code == 404
        return
    assert response.status_code == 200
    data = response.json()
    assert [p["caption"] for p in data["photos"]] == ["Открытие", "Итоги"]
    assert data["photos"][0]["image"]["sources"]
