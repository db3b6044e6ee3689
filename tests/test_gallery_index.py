"""The gallery index: order, covers and counts, filters, query budget and visibility."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_private
from tests.gallery_factories import (
    make_gallery,
    make_gallery_index,
    make_small_image,
    photo,
    photos_of_one_image,
)

SECRET_WORD = "секретнаягалерея"


@pytest.fixture
def gallery_index(home):
    return make_gallery_index(home, intro="Фотографии с заседаний Совета")


def listed_titles(response):
    return re.findall(
        r'<h2 class="council-card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode()
    )


def test_galleries_are_listed_newest_event_first_with_cover_and_photo_count(client, gallery_index):
    cover = make_small_image()
    make_gallery(gallery_index, title="Весенняя", date=datetime.date(2026, 3, 1))
    make_gallery(
        gallery_index,
        title="Осенняя",
        date=datetime.date(2026, 11, 20),
        photos=[
            photo(cover, alt_text="Обложка галереи"),
            *photos_of_one_image(4),
        ],
    )
    response = client.get(gallery_index.url)
    html = response.content.decode()
    assert listed_titles(response) == ["Осенняя", "Весенняя"]
    assert "Фотографии с заседаний Совета" in html
    assert 'alt="Обложка галереи"' in html
    assert '<p class="council-gallery__count">5 фотографий</p>' in html
    assert '<p class="council-gallery__count">0 фотографий</p>' in html


def test_galleries_filter_by_year_and_refuse_an_unknown_year(client, gallery_index):
    make_gallery(gallery_index, title="Старая", date=datetime.date(2025, 5, 1))
    make_gallery(gallery_index, title="Новая", date=datetime.date(2026, 5, 1))
    assert listed_titles(client.get(gallery_index.url, {"year": "2025"})) == ["Старая"]
    response = client.get(gallery_index.url, {"year": "1999"})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def index_queries(client, url):
    client.get(url)  # renditions and caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_queries_do_not_grow_with_the_number_of_galleries(client, gallery_index):
    image = make_small_image()
    make_gallery(gallery_index, photos=photos_of_one_image(3, image))
    one = index_queries(client, gallery_index.url)
    for _ in range(5):
        make_gallery(gallery_index, photos=photos_of_one_image(3, image))
    assert index_queries(client, gallery_index.url) == one
    assert len(listed_titles(client.get(gallery_index.url))) == 6


@pytest.fixture
def hidden_and_visible(gallery_index):
    image = make_small_image()
    visible = make_gallery(
        gallery_index,
        title="Открытая галерея",
        description="<p>видимаягалерея для всех</p>",
        photos=[photo(image)],
    )
    draft = make_gallery(
        gallery_index,
        title="Черновик галереи",
        description=f"<p>{SECRET_WORD} черновик</p>",
        photos=[photo(image, caption=f"{SECRET_WORD} подпись")],
        publish=False,
    )
    private = make_gallery(
        gallery_index,
        title="Закрытая галерея",
        description=f"<p>{SECRET_WORD} закрытая</p>",
        photos=[photo(image, caption=f"{SECRET_WORD} подпись")],
    )
    make_private(private)
    return visible, draft, private


def test_draft_and_private_galleries_are_absent_from_the_index(
    client, gallery_index, hidden_and_visible
):
    response = client.get(gallery_index.url)
    assert listed_titles(response) == ["Открытая галерея"]
    assert SECRET_WORD not in response.content.decode()


def test_draft_and_private_galleries_are_absent_from_the_sitemap(client, hidden_and_visible):
    visible, draft, private = hidden_and_visible
    content = client.get("/sitemap.xml").content.decode()
    assert visible.get_full_url() in content
    assert f"/{draft.slug}/" not in content
    assert f"/{private.slug}/" not in content


def test_draft_and_private_galleries_are_absent_from_search(client, hidden_and_visible):
    html = client.get("/ru/search/", {"q": SECRET_WORD}).content.decode()
    assert "Черновик галереи" not in html
    assert "Закрытая галерея" not in html
    assert "Открытая галерея" in client.get("/ru/search/", {"q": "видимаягалерея"}).content.decode()


def test_galleries_are_found_by_the_captions_of_their_photos(client, gallery_index):
    make_gallery(
        gallery_index,
        title="Встреча с жителями",
        photos=[photo(make_small_image(), caption="Водоснабжение микрорайона")],
    )
    html = client.get("/ru/search/", {"q": "водоснабжение"}).content.decode()
    assert "Встреча с жителями" in html


def test_draft_and_private_galleries_are_absent_from_the_core_api(client, hidden_and_visible):
    visible, draft, private = hidden_and_visible
    listing = client.get(
        "/api/v2/pages/", {"type": "wagtail_council.GalleryPage", "fields": "photos"}
    ).json()
    assert [item["id"] for item in listing["items"]] == [visible.pk]
    assert SECRET_WORD not in str(listing)
    for hidden in (draft, private):
        assert client.get(f"/api/v2/pages/{hidden.pk}/", follow=True).status_code == 404
