"""Builders for galleries: a real index, real pages, real photo rows and images."""

import datetime
import itertools

from tests.factories import make_image, publish_child
from wagtail_council.models import GalleryIndexPage, GalleryPage

_counter = itertools.count(1)

# Small images keep the suite fast: every photo costs AVIF, WebP and JPEG encodes.
SMALL = {"width": 320, "height": 200}


def make_gallery_index(parent, **fields):
    fields.setdefault("title", "Фотогалереи")
    fields.setdefault("slug", "galleries")
    return publish_child(parent, GalleryIndexPage(**fields))


def make_small_image(**kwargs):
    return make_image(**{**SMALL, **kwargs})


def photo(image, number=None, **fields):
    """Field values of one photo row, with its own caption and alt text."""
    number = number if number is not None else next(_counter)
    fields.setdefault("caption", f"Подпись фото {number}")
    fields.setdefault("alt_text", f"Описание фото {number}")
    fields.setdefault("credit", "Пресс-служба Совета")
    return {"image": image, **fields}


def make_gallery(index, *, photos=(), publish=True, **fields):
    """A gallery under ``index``; ``photos`` are dicts of photo row fields."""
    number = next(_counter)
    fields.setdefault("title", f"Галерея {number}")
    fields.setdefault("slug", f"gallery-{number}")
    fields.setdefault("date", datetime.date(2026, 11, 20))
    page = GalleryPage(**fields)
    for order, values in enumerate(photos):
        page.photos.add(page.photos.model(**{"sort_order": order, **values}))
    return publish_child(index, page, publish=publish)


def photos_of_one_image(count, image=None):
    """``count`` photo rows that share one small image, each with its own caption."""
    image = image or make_small_image()
    return [photo(image, number) for number in range(1, count + 1)]
