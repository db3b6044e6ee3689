"""The Yandex full-text feed, and the plain text of a body it carries."""

import datetime
from xml.etree import ElementTree

import feedparser
import pytest
from wagtail.rich_text import RichText

from tests.factories import make_image, make_news, make_person, quote_block
from wagtail_council.models import NewsPage
from wagtail_council.reader.text import body_text, plain_text

MSK = datetime.timezone(datetime.timedelta(hours=3))
YANDEX = "{http://news.yandex.ru}"


@pytest.fixture
def article(news_index):
    speaker = make_person("Роман Лысенко", slug="roman-lysenko")
    image = make_image(width=1200, height=800)
    return make_news(
        news_index,
        title="Круглый стол",
        lead="Депутаты провели круглый стол.",
        publication_date=datetime.datetime(2026, 11, 20, 11, 30, tzinfo=MSK),
        featured_image=image,
        featured_image_alt="Участники круглого стола",
        body=[
            ("paragraph", RichText("<p>Первый абзац &amp; продолжение.</p><p>Второй абзац.</p>")),
            ("heading", {"text": "Итоги встречи", "level": "h2"}),
            quote_block(
                speaker, text="Опыт коллег полезен.", name="Р. Лысенко", position="депутат"
            ),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Зал заседаний",
                    "decorative": False,
                    "caption": "Подпись к фото",
                    "credit": "Пресс-служба",
                },
            ),
            ("paragraph", RichText("<ul><li>Пункт один</li><li>Пункт два</li></ul>")),
        ],
    )


def test_body_text_is_what_a_reader_reads_without_captions_or_names(article):
    page = NewsPage.objects.get(pk=article.pk)
    assert body_text(page.body) == (
        "Первый абзац & продолжение.\n\n"
        "Второй абзац.\n\n"
        "Итоги встречи\n\n"
        "Опыт коллег полезен.\n\n"
        "Пункт один\n\n"
        "Пункт два"
    )


def test_body_text_of_an_empty_body_is_empty(news_index):
    assert body_text(NewsPage.objects.get(pk=make_news(news_index).pk).body) == ""


def test_plain_text_keeps_words_of_two_paragraphs_apart():
    assert plain_text("<p>Бюджет принят.</p><p>Отчёт&nbsp;утверждён.</p>") == (
        "Бюджет принят. Отчёт утверждён."
    )


def test_yandex_feed_carries_the_full_text_genre_and_the_rss_essentials(
    client, news_index, article
):
    response = client.get(news_index.url + "feed/yandex/")
    assert response.status_code == 200
    content = response.content.decode()
    assert 'xmlns:yandex="http://news.yandex.ru"' in content
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    [entry] = feed.entries
    assert entry.link == "http://testserver" + article.url
    assert entry.published == "Fri, 20 Nov 2026 08:30:00 +0000"
    assert entry.id == f"tag:testserver,{article.first_published_at.year}:page/{article.pk}"
    [enclosure] = [link for link in entry.links if link.rel == "enclosure"]
    assert enclosure.type == "image/jpeg"

    channel = ElementTree.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    [item] = channel.findall("item")
    assert item.findtext(f"{YANDEX}genre") == "message"
    full_text = item.findtext(f"{YANDEX}full-text")
    assert full_text.startswith("Депутаты провели круглый стол.\n\nПервый абзац & продолжение.")
    assert "Опыт коллег полезен." in full_text
    assert "Подпись к фото" not in full_text
    assert "<p>" not in full_text


def test_rss_and_atom_feeds_carry_no_full_text(client, news_index, article):
    for route in ("feed/rss/", "feed/atom/"):
        content = client.get(news_index.url + route).content.decode()
        assert "yandex" not in content
        assert "Второй абзац" not in content


def test_yandex_feed_lists_no_draft(client, news_index, article):
    make_news(news_index, title="Черновик новости", publish=False)
    content = client.get(news_index.url + "feed/yandex/").content.decode()
    assert "Черновик новости" not in content
    assert "Круглый стол" in content
