"""A listing or a detail costs the same number of SQL queries however many items it shows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api_support import (
    API,
    get_valid,
    make_gallery_page,
)
from tests.factories import (
    add_index,
    make_category,
    make_image,
    make_news,
    make_organisation,
    make_person,
    quote_block,
)
from wagtail_council.models import GalleryIndexPage

# Tiny originals: renditions are never enlarged, so encoding them is quick.
TINY = {"width": 48, "height": 27}


def queries(client, *requests):
    """SQL queries of each ``(url, params)`` request, once every one of them has run before.

    The first round creates renditions, whose cache entries may push other
    entries (site root paths) out of a small local-memory cache; the second
    round fills the caches again, and the measured runs find everything in place.
    """
    for _round in range(2):
        for url, params in requests:
            get_valid(client, url, params)
    counts = []
    for url, params in requests:
        with CaptureQueriesContext(connection) as captured:
            get_valid(client, url, params)
        counts.append(len(captured.captured_queries))
    return counts


@pytest.fixture
def hundred_news(news_index):
    council = make_organisation(slug="council")
    categories = [make_category("Бюджет", "budget"), make_category("Сессии", "sessions")]
    people = [
        make_person(
            f"Депутат {number}",
            slug=f"deputy-{number}",
            photo=make_image(**TINY),
            photo_alt="Портрет",
            roles=[(council, "депутат", datetime.date(2020, 1, 1), None)],
        )
        for number in range(3)
    ]
    for number in range(100):
        make_news(
            news_index,
            title=f"Новость {number}",
            featured_image=make_image(**TINY),
            featured_image_alt=f"Фото {number}",
            categories=categories,
            body=[quote_block(people[number % 3], text=f"Цитата {number}")],
        )


def test_listings_cost_the_same_queries_for_10_or_100_items(client, hundred_news):
    ten, hundred = queries(client, (API + "news/", {"limit": 10}), (API + "news/", {"limit": 100}))
    assert ten == hundred
    assert hundred <= 6

    filters = {"category": "budget", "person": "deputy-1", "locale": "ru"}
    ten, thirty_three = queries(
        client,
        (API + "news/", {**filters, "limit": 10}),
        (API + "news/", {**filters, "limit": 100}),
    )
    assert ten == thirty_three

    ten, hundred = queries(
        client, (API + "paths/", {"limit": 10}), (API + "paths/", {"limit": 100})
    )
    assert ten == hundred

    one, three = queries(client, (API + "people/", {"limit": 1}), (API + "people/", {"limit": 3}))
    assert one == three


@pytest.fixture
def gallery_index(home):
    return add_index(home, GalleryIndexPage, "Галереи", "galleries")


def gallery_with(index, count, slug):
    rows = [
        {"image": make_image(**TINY), "caption": f"Фото {number}", "alt_text": f"Фото {number}"}
        for number in range(count)
    ]
    return make_gallery_page(index, rows, title=slug, slug=slug)


def test_a_gallery_detail_costs_the_same_queries_for_3_or_30_photos(client, gallery_index):
    small = gallery_with(gallery_index, 3, "small")
    large = gallery_with(gallery_index, 30, "large")
    three, thirty = queries(
        client, (f"{API}galleries/{small.pk}/", None), (f"{API}galleries/{large.pk}/", None)
    )
    assert three == thirty
    one, two = queries(
        client, (API + "galleries/", {"limit": 1}), (API + "galleries/", {"limit": 2})
    )
    assert one == two


def test_a_news_detail_costs_the_same_queries_for_more_quotes_images_and_photos(
    client, news_index, gallery_index
):
    council = make_organisation(slug="council")
    people = [
        make_person(
            f"Депутат {number}",
            slug=f"deputy-{number}",
            photo=make_image(**TINY),
            photo_alt="Портрет",
            roles=[(council, "депутат", datetime.date(2020, 1, 1), None)],
        )
        for number in range(3)
    ]

    def news_with(count, gallery):
        body = []
        for number in range(count):
            body.append(quote_block(people[number % 3], text=f"Цитата {number}"))
            image = {"image": make_image(**TINY), "alt_text": "Фото", "decorative": False}
            body.append(("image", {**image, "caption": "", "credit": ""}))
        return make_news(
            news_index,
            featured_image=make_image(**TINY),
            featured_image_alt="Фото",
            gallery=gallery,
            body=body,
        )

    one = news_with(1, gallery_with(gallery_index, 2, "two"))
    three = news_with(3, gallery_with(gallery_index, 20, "twenty"))
    few, more = queries(client, (f"{API}news/{one.pk}/", None), (f"{API}news/{three.pk}/", None))
    assert few == more
