"""A news article: its fields, validation, rendering and metadata."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Page

from tests.factories import make_image, make_news
from tests.json_ld_support import json_ld_blocks
from tests.testapp.models import HomePage
from wagtail_council.models import NewsIndexPage, NewsPage

MSK = datetime.timezone(datetime.timedelta(hours=3))


def test_news_pages_live_only_under_a_news_index():
    assert NewsPage.can_create_at(NewsIndexPage())
    assert not NewsPage.can_create_at(HomePage())
    assert not NewsPage.can_create_at(Page())
    assert NewsPage.allowed_subpage_models() == []
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]


def test_featured_image_needs_alt_text_unless_decorative(news_index):
    image = make_image()
    page = NewsPage(title="Без описания", slug="no-alt", lead="Анонс", featured_image=image)
    with pytest.raises(ValidationError) as error:
        news_index.add_child(instance=page)
    assert "featured_image_alt" in error.value.message_dict
    assert not NewsPage.objects.filter(slug="no-alt").exists()

    page.featured_image_decorative = True
    news_index.add_child(instance=page)

    page.featured_image_decorative = False
    page.featured_image_alt = "Депутаты за круглым столом"
    page.full_clean()


def test_news_page_renders_in_russian_with_genitive_month_and_local_time(client, news_index):
    page = make_news(
        news_index,
        title="Круглый стол",
        lead="Депутаты провели круглый стол.",
        # Dates made by code carry microseconds; HTML's <time> allows three digits at most.
        publication_date=datetime.datetime(2026, 11, 27, 9, 5, 0, 123456, tzinfo=datetime.UTC),
        body=[("paragraph", "<p>Встреча прошла в формате дискуссии.</p>")],
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ru" dir="ltr">' in html
    # 09:05 UTC is 12:05 in Moscow; the month is in the genitive case.
    assert '<time datetime="2026-11-27T12:05:00+03:00">27 ноября 2026, 12:05</time>' in html
    assert "Встреча прошла в формате дискуссии." in html
    assert "<h1>Круглый стол</h1>" in html


def test_featured_image_is_a_responsive_picture_with_size_and_alt(client, news_index):
    page = make_news(
        news_index,
        featured_image=make_image(width=1600, height=900),
        featured_image_alt="Зал заседаний Совета",
        featured_image_caption="Заседание Совета",
    )
    html = client.get(page.url).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in picture
    assert 'type="image/webp"' in picture
    assert re.search(r'<img [^>]*alt="Зал заседаний Совета"', picture)
    assert re.search(r'<img [^>]*width="640"', picture)
    assert re.search(r'<img [^>]*height="360"', picture)
    assert "1200w" in picture
    # The lead image is above the fold: it must not be lazy-loaded.
    assert 'loading="lazy"' not in picture
    assert "<figcaption>Заседание Совета" in html


def test_decorative_featured_image_has_empty_alt(client, news_index):
    page = make_news(
        news_index,
        featured_image=make_image(),
        featured_image_decorative=True,
        featured_image_alt="не должно попасть в alt",
    )
    html = client.get(page.url).content.decode()
    assert re.search(r'<img alt="" ', html)
    assert "не должно попасть в alt" not in html


def test_news_article_json_ld_has_full_datetimes_image_publisher_and_language(client, news_index):
    page = make_news(
        news_index,
        title="Публичные слушания",
        lead="Жители обсудили бюджет.",
        publication_date=datetime.datetime(2026, 11, 12, 15, 0, tzinfo=MSK),
        featured_image=make_image(width=1600, height=900),
        featured_image_alt="Жители в зале",
    )
    html = client.get(page.url).content.decode()
    [data] = json_ld_blocks(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Публичные слушания"
    assert data["inLanguage"] == "ru"
    assert datetime.datetime.fromisoformat(data["datePublished"]) == page.publication_date
    assert datetime.datetime.fromisoformat(data["datePublished"]).tzinfo is not None
    assert datetime.datetime.fromisoformat(data["dateModified"]).tzinfo is not None
    assert data["publisher"]["name"] == "Совет"
    widest = data["image"][0]
    assert widest["url"].startswith("http://testserver/")
    assert widest["url"].endswith(".jpg")
    assert (widest["width"], widest["height"]) == (1200, 675)
    # 4:3 and 1:1 from the 1600 × 900 original, never enlarged.
    assert [(image["width"], image["height"]) for image in data["image"][1:]] == [
        (1200, 900),
        (900, 900),
    ]
    assert data["url"] == page.get_full_url()


def test_open_graph_canonical_and_feed_discovery(client, news_index):
    page = make_news(news_index, title="Заголовок", lead="Анонс новости")
    html = client.get(page.url).content.decode()
    assert f'<link rel="canonical" href="{page.get_full_url()}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Заголовок">' in html
    assert '<meta name="description" content="Анонс новости">' in html
    index_html = client.get(news_index.url).content.decode()
    assert 'type="application/rss+xml"' in index_html
    assert 'type="application/atom+xml"' in index_html


def test_editor_text_is_escaped_everywhere_including_json_ld(client, news_index):
    hostile = '</script><script>alert("x")</script><b>'
    page = make_news(news_index, title=hostile, lead=hostile)
    html = client.get(page.url).content.decode()
    assert "<script>alert" not in html
    assert "<b>" not in html
    [data] = json_ld_blocks(html)
    assert data["headline"] == hostile


def test_english_page_uses_english_date_format(client, news_index):
    page = make_news(
        news_index, publication_date=datetime.datetime(2026, 11, 27, 12, 0, tzinfo=MSK)
    )
    with translation.override("en"):
        from wagtail_council.templatetags.council_tags import council_date

        assert council_date(page.publication_date) == "27 November 2026"
    with translation.override("ru"):
        assert council_date(page.publication_date) == "27 ноября 2026"


def test_related_pages_show_only_live_public_pages(client, news_index):
    visible = make_news(news_index, title="Видимая связанная")
    draft = make_news(news_index, title="Черновик связанный", publish=False)
    page = make_news(news_index, title="Основная")
    for related in (visible, draft):
        page.related_pages.add(page.related_pages.model(related_page=related))
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Видимая связанная" in html
    assert "Черновик связанный" not in html
