"""Publishing purges the API URLs that show a page from the frontend cache (CDN)."""

import pytest
from django.test import override_settings
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Site

from tests.api_support import (
    make_gallery_page,
)
from tests.factories import add_index, locale, make_news
from wagtail_council.models import CouncilSiteSettings, GalleryIndexPage

PURGED = []


class RecordingBackend(BaseBackend):
    """A real frontend-cache backend that keeps the URLs it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


RECORDING = {"recorder": {"BACKEND": "tests.test_api_purge.RecordingBackend"}}
ROOT = "http://testserver/api/council/"


@pytest.fixture
def purged():
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_publishing_news_purges_its_detail_listings_paths_and_lookup(news_index, purged):
    page = make_news(news_index, title="Новость", slug="novost")
    assert f"{ROOT}news/{page.pk}/" in purged
    assert f"{ROOT}news/" in purged
    assert f"{ROOT}news/?locale=ru" in purged
    assert f"{ROOT}news/?locale=en" in purged
    assert f"{ROOT}paths/" in purged
    assert f"{ROOT}pages/find/?path=%2Fru%2Fnews%2Fnovost%2F" in purged

    purged.clear()
    page.unpublish()
    assert f"{ROOT}news/{page.pk}/" in purged


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_publishing_a_gallery_purges_the_news_that_embed_it(home, news_index, purged):
    galleries = add_index(home, GalleryIndexPage, "Галереи", "galleries")
    gallery = make_gallery_page(galleries, [], title="Галерея", slug="gallery")
    news = make_news(news_index, gallery=gallery)
    purged.clear()
    gallery.title = "Галерея с новым названием"
    gallery.save_revision().publish()
    assert f"{ROOT}galleries/{gallery.pk}/" in purged
    assert f"{ROOT}news/{news.pk}/" in purged


def test_nothing_is_purged_without_a_frontend_cache(news_index, purged, settings):
    assert not getattr(settings, "WAGTAILFRONTENDCACHE", None)
    make_news(news_index)
    assert purged == []


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_publishing_a_page_purges_the_menus_and_the_site_data(news_index, purged):
    make_news(news_index)
    assert f"{ROOT}navigation/?locale=ru" in purged
    assert f"{ROOT}navigation/?locale=en&depth=3" in purged
    assert f"{ROOT}site/?locale=ru" in purged
    assert f"{ROOT}site/" in purged


@override_settings(WAGTAILFRONTENDCACHE=RECORDING)
def test_saving_the_site_settings_purges_the_site_data(home, purged):
    site = Site.objects.get(is_default_site=True)
    settings_row = CouncilSiteSettings.objects.create(
        site=site, locale=locale("ru"), email="duma@city.example"
    )
    assert f"{ROOT}site/?locale=en" in purged
    purged.clear()
    settings_row.phone = "+7 000"
    settings_row.save()
    assert f"{ROOT}site/" in purged
    assert not any("/news/" in url for url in purged)
