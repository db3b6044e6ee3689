"""A page's HTML is gathered once per request: its cost does not grow with its body.

Bodies mix paragraphs, headings, quotes of people from the directory and
images. Caches are cleared before each measured request, so renditions and
roles must come from the page's bulk loads and not from per-block lookups.
"""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from tests.factories import make_image, make_news, make_organisation, make_person, quote_block
from tests.gallery_factories import make_gallery, make_gallery_index, make_small_image, photo
from wagtail_council.reader.images import rendition_specs

D = datetime.date


@pytest.fixture
def speakers(db):
    council = make_organisation("Совет депутатов", slug="council")
    return [
        make_person(
            f"Депутат {number}",
            slug=f"deputy-{number}",
            roles=[(council, "депутат", D(2020, 1, 1), None)],
            photo=make_image(width=64, height=80),
            photo_alt=f"Портрет депутата {number}",
        )
        for number in range(3)
    ]


@pytest.fixture
def images(db):
    return [make_image(width=80, height=60) for _ in range(3)]


@pytest.fixture
def gallery(home):
    index = make_gallery_index(home)
    return make_gallery(
        index,
        title="Фотографии сессии",
        photos=[photo(make_small_image(), caption=f"Снимок {number}") for number in range(3)],
    )


def body_of(length, speakers, images, linked=None, gallery=None):
    """``length`` blocks: paragraphs, headings, quotes from the directory and images in turn.

    With ``linked``, paragraphs link to that page; with ``gallery``, every
    twentieth block shows that gallery page.
    """
    blocks = []
    for number in range(length):
        kind = number % 4
        if gallery is not None and number % 20 == 5:
            blocks.append(("gallery", {"gallery": gallery, "photos": []}))
        elif kind == 0:
            link = f' <a linktype="page" id="{linked.pk}">ссылка</a>' if linked else ""
            blocks.append(("paragraph", RichText(f"<p>Абзац {number} &amp; продолжение{link}</p>")))
        elif kind == 1:
            blocks.append(("heading", {"text": f"Раздел {number}", "level": "h2"}))
        elif kind == 2:
            blocks.append(quote_block(speakers[number % len(speakers)], text=f"Слова {number}"))
        else:
            image = images[number % len(images)]
            blocks.append(
                (
                    "image",
                    {
                        "image": image,
                        "alt_text": f"Фото {number}",
                        "decorative": False,
                        "caption": f"Подпись {number}",
                        "credit": "",
                    },
                )
            )
    return blocks


def clear_caches():
    for cache in caches.all():
        cache.clear()


def queries_to_render(client, page):
    """SQL queries of an anonymous reader's request, with every cache cold."""
    assert client.get(page.url).status_code == 200  # renditions are made once
    clear_caches()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_news_page_queries_do_not_grow_with_its_body(client, news_index, speakers, images):
    short = make_news(news_index, body=body_of(10, speakers, images))
    long = make_news(news_index, body=body_of(200, speakers, images))

    short_queries, short_html = queries_to_render(client, short)
    long_queries, long_html = queries_to_render(client, long)

    assert long_html.count('class="council-quote"') == 50
    assert long_html.count("<picture") >= 50
    assert "Депутат 1</span>" in long_html
    assert long_queries == short_queries


def test_links_and_chosen_galleries_cost_no_query_per_block(
    client, news_index, speakers, images, gallery
):
    short = make_news(
        news_index, body=body_of(10, speakers, images, linked=news_index, gallery=gallery)
    )
    long = make_news(
        news_index, body=body_of(200, speakers, images, linked=news_index, gallery=gallery)
    )

    short_queries, short_html = queries_to_render(client, short)
    long_queries, long_html = queries_to_render(client, long)

    assert long_html.count(f'<a href="{news_index.url}">ссылка</a>') == 50
    assert long_html.count("Фотографии сессии") >= 10
    assert long_html.count("Снимок 2") >= 10
    assert long_queries == short_queries


def test_quoting_a_person_with_a_photo_makes_no_portrait_rendition(
    client, news_index, speakers, images
):
    page = make_news(news_index, body=body_of(12, speakers, images))
    photos = [person.photo for person in speakers]
    renditions = get_image_model().get_rendition_model().objects
    portrait_specs = rendition_specs("portrait")
    clear_caches()  # a rendition cached by an earlier test would hide one made here

    html = client.get(page.url).content.decode()

    assert "Депутат 2</span>" in html
    assert not renditions.filter(image__in=photos).exists()
    assert not renditions.filter(filter_spec__in=portrait_specs).exists()
