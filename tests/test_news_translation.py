"""A fully filled news page goes through wagtail-localize and every value arrives."""

import datetime

import pytest
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments.extract import extract_segments

from tests.factories import (
    EnglishCatalogue,
    make_category,
    make_image,
    make_news,
    translate_tree_to_english,
)
from wagtail_council.content_translation import fill_strings

MSK = datetime.timezone(datetime.timedelta(hours=3))


def make_document():
    from django.core.files.base import ContentFile

    document = get_document_model()(title="Решение Совета")
    document.file.save("reshenie.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.save()
    return document


@pytest.fixture
def filled_news(news_index):
    image = make_image(width=1200, height=800)
    Embed.objects.create(
        url="https://video.example/1", hash="h1", type="video", html="<iframe></iframe>"
    )
    page = make_news(
        news_index,
        title="Заголовок новости",
        slug="zagolovok",
        seo_title="SEO-заголовок",
        search_description="Описание для поисковиков",
        lead="Анонс новости",
        publication_date=datetime.datetime(2026, 11, 20, 11, 30, tzinfo=MSK),
        featured_image=image,
        featured_image_alt="Описание главного фото",
        featured_image_caption="Подпись главного фото",
        featured_image_credit="Автор главного фото",
        categories=[make_category("Бюджет", "budget")],
        body=[
            ("paragraph", "<p>Первый абзац с <b>выделением</b>.</p>"),
            ("heading", {"text": "Подзаголовок раздела", "level": "h3"}),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Описание фото в тексте",
                    "decorative": False,
                    "caption": "Подпись фото в тексте",
                    "credit": "Автор фото в тексте",
                },
            ),
            (
                "embed",
                {
                    "video": "https://video.example/1",
                    "title": "Название видео",
                    "caption": "Подпись видео",
                },
            ),
            ("document", {"document": make_document(), "link_text": "Текст ссылки на документ"}),
        ],
    )
    return page


def test_every_text_field_and_block_of_a_news_page_is_translated(client, filled_news):
    source = filled_news
    target = translate_tree_to_english(source)

    assert target.locale.language_code == "en"
    assert target.live
    assert target.title == "EN Заголовок новости"
    assert target.slug == "en-zagolovok"
    assert target.seo_title == "EN SEO-заголовок"
    assert target.search_description == "EN Описание для поисковиков"
    assert target.lead == "EN Анонс новости"
    assert target.featured_image_alt == "EN Описание главного фото"
    assert target.featured_image_caption == "EN Подпись главного фото"
    assert target.featured_image_credit == "EN Автор главного фото"
    # Synchronised, not translated: the same image, date and flags.
    assert target.featured_image_id == source.featured_image_id
    assert target.publication_date == source.publication_date
    assert target.featured_image_decorative is False

    paragraph, heading, image, embed, document = target.body
    assert [block.id for block in target.body] == [block.id for block in source.body]
    assert paragraph.value.source == "<p>EN Первый абзац с <b>выделением</b>.</p>"
    assert heading.value["text"] == "EN Подзаголовок раздела"
    assert heading.value["level"] == "h3"
    assert image.value["alt_text"] == "EN Описание фото в тексте"
    assert image.value["caption"] == "EN Подпись фото в тексте"
    assert image.value["credit"] == "EN Автор фото в тексте"
    assert image.value["image"].pk == source.featured_image_id
    assert embed.value["title"] == "EN Название видео"
    assert embed.value["caption"] == "EN Подпись видео"
    assert embed.value["video"].url == "https://video.example/1"
    assert document.value["link_text"] == "EN Текст ссылки на документ"

    # The category is repointed to its English translation.
    [category] = target.get_categories()
    assert category.locale.language_code == "en"
    assert category.name == "EN Бюджет"
    assert category.slug == "budget"
    assert category.translation_key == source.get_categories()[0].translation_key

    html = client.get(target.url).content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "EN Первый абзац" in html
    assert "Первый абзац с" not in html.replace("EN Первый абзац с", "")


def test_no_text_segment_is_left_behind(filled_news):
    """Every non-empty text value of the source is offered to translators."""
    strings = {
        segment.string for segment in extract_segments(filled_news) if hasattr(segment, "string")
    }
    texts = {getattr(string, "data", str(string)) for string in strings}
    for expected in [
        "Заголовок новости",
        "Анонс новости",
        "Описание главного фото",
        "Подпись главного фото",
        "Автор главного фото",
        "Подзаголовок раздела",
        "Описание фото в тексте",
        "Подпись фото в тексте",
        "Автор фото в тексте",
        "Название видео",
        "Подпись видео",
        "Текст ссылки на документ",
    ]:
        assert expected in texts, expected


def test_source_update_reaches_the_translation_on_sync(
    filled_news, django_capture_on_commit_callbacks
):
    target = translate_tree_to_english(filled_news)
    filled_news.body.append(("paragraph", "<p>Новый абзац после перевода</p>"))
    filled_news.save_revision().publish()

    source, _ = TranslationSource.update_or_create_from_instance(filled_news)
    translation = source.translations.get(target_locale=target.locale)
    fill_strings(translation, EnglishCatalogue())
    # wagtail-localize publishes when the transaction commits, as in the admin.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    target.refresh_from_db()
    assert target.body[-1].value.source == "<p>EN Новый абзац после перевода</p>"
    assert target.body[-1].id == filled_news.body[-1].id
