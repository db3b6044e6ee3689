"""The demo gallery of the seed article's round table: real captions, in Russian and English."""

import re
from pathlib import Path

from wagtail.images import get_image_model
from wagtail.models import Page

from home.demo import content
from home.demo.gallery import GALLERY, ensure_gallery, link_article_to_gallery
from tests.factories import locale, make_news
from tests.gallery_factories import make_small_image
from wagtail_council.content_translation import load_catalogue, translate_with_catalogue
from wagtail_council.models import GalleryIndexPage, GalleryPage

TRANSLATIONS = Path(__file__).resolve().parent.parent / "home" / "demo" / "translations"


def test_demo_gallery_has_six_or_more_photos_each_with_its_own_caption(home):
    gallery = ensure_gallery(home)
    photos = list(gallery.photos.order_by("sort_order"))
    assert len(photos) >= 6
    captions = [photo.caption for photo in photos]
    alt_texts = [photo.alt_text for photo in photos]
    assert len(set(captions)) == len(captions) and all(captions)
    assert len(set(alt_texts)) == len(alt_texts) and all(alt_texts)
    assert len({photo.image_id for photo in photos}) == len(photos)
    title = content.SEED_ARTICLE["title"]
    assert not any(title in text for text in captions + alt_texts)
    index = gallery.get_parent().specific
    assert isinstance(index, GalleryIndexPage)
    assert (index.title, index.slug) == ("Фотогалереи", "galleries")
    assert gallery.live and index.live
    assert gallery.url == f"/ru/galleries/{GALLERY['slug']}/"


def test_demo_gallery_is_made_once(home):
    first = ensure_gallery(home)
    counts = (Page.objects.count(), get_image_model().objects.count())
    assert ensure_gallery(home).pk == first.pk
    assert (Page.objects.count(), get_image_model().objects.count()) == counts


def test_demo_gallery_reuses_the_loaders_images(home):
    round_table = make_small_image(title=content.IMAGES["round-table"])
    gallery = ensure_gallery(home, {"round-table": round_table})
    assert gallery.photos.order_by("sort_order").first().image_id == round_table.pk


def test_demo_gallery_and_its_index_translate_with_the_shipped_catalogue(client, home, news_index):
    gallery = ensure_gallery(home)
    article = make_news(news_index, title=content.SEED_ARTICLE["title"])
    link_article_to_gallery(article, gallery)
    link_article_to_gallery(article, gallery)  # once is enough
    assert GalleryPage.objects.get(pk=gallery.pk).reporting_news() == [article]

    english = locale("en")
    catalogue = load_catalogue(TRANSLATIONS, "en")
    translate_with_catalogue(home, english, {**catalogue, "Главная": "Home"})  # the test's home
    translate_with_catalogue(gallery.get_parent().specific, english, catalogue)
    target = translate_with_catalogue(gallery, english, catalogue)  # fails on any gap

    assert target.url == "/en/galleries/round-table-with-colleagues-from-the-vologda-region/"
    captions = [photo.caption for photo in target.photos.order_by("sort_order")]
    assert len(set(captions)) == len(captions) >= 6
    assert not any(re.search("[А-Яа-яЁё]", caption) for caption in captions)
    html = client.get(target.url).content.decode()
    assert "Round table with colleagues from the Vologda Region" in html
    assert "7 photos" in html
