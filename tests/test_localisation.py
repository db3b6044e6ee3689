"""Readers in each language: sitemap alternates, PO round trips, and search in Russian."""

import re

import polib
from django.db import connection
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import (
    EnglishCatalogue,
    locale,
    make_news,
    make_private,
    translate_tree_to_english,
)


def test_sitemap_lists_every_language_with_hreflang_alternates(client, news_index):
    translated = make_news(news_index, title="Переведённая", slug="perevedennaya")
    only_russian = make_news(news_index, title="Только русская", slug="tolko-russkaya")
    hidden = make_news(news_index, title="Закрытая", slug="zakrytaya")
    make_private(hidden)
    english = translate_tree_to_english(translated)
    xml = client.get("/sitemap.xml").content.decode()
    urls = dict(
        re.findall(r"<url><loc>(.*?)</loc>(.*?)</url>", xml.replace("\n", "").replace("  ", ""))
    )
    assert english.get_full_url() in urls
    assert translated.get_full_url() in urls
    assert only_russian.get_full_url() in urls
    assert not any("zakrytaya" in url for url in urls)
    alternates = re.findall(r'hreflang="(\w+)" href="([^"]+)"', urls[translated.get_full_url()])
    assert alternates == [("en", english.get_full_url()), ("ru", translated.get_full_url())]
    assert "hreflang" not in urls[only_russian.get_full_url()]


def test_po_export_fill_import_and_publish(client, news_index, django_capture_on_commit_callbacks):
    page = make_news(
        news_index,
        title="Заседание",
        lead="Анонс заседания",
        body=[("paragraph", "<p>Текст абзаца</p>")],
    )
    english = locale("en")
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        from wagtail_council.content_translation import translate_with_catalogue

        translate_with_catalogue(ancestor, english, EnglishCatalogue())
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=english)

    po = polib.pofile(str(translation.export_po()))
    assert {entry.msgid for entry in po} >= {"Заседание", "Анонс заседания", "Текст абзаца"}
    for entry in po:
        entry.msgstr = f"PO {entry.msgid}"
    warnings = translation.import_po(po)
    assert warnings == []
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    target = page.get_translation(english)
    assert (target.title, target.lead) == ("PO Заседание", "PO Анонс заседания")
    assert "PO Текст абзаца" in client.get(target.url).content.decode()


def test_search_finds_russian_word_forms_on_postgresql(client, news_index):
    make_news(news_index, title="Исполнение бюджета", lead="Депутаты обсудили бюджет города")
    exact = client.get("/ru/search/", {"q": "бюджет"}).content.decode()
    assert "Исполнение бюджета" in exact
    other_form = client.get("/ru/search/", {"q": "бюджетом"}).content.decode()
    if connection.vendor == "postgresql":
        # The "russian" text search configuration stems words: "бюджетом" finds "бюджет".
        assert "Исполнение бюджета" in other_form
    else:
        # SQLite's full-text search matches whole words only; see README.
        assert "Исполнение бюджета" not in other_form
