"""Readers in each language: sitemap alternates, PO round trips, and no language leaks."""

import re

import polib
import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import locale, make_news, make_private
from tests.test_news_translation import EnglishCatalogue, translate_tree_to_english

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


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
        from home.demo.localize import translate_with_catalogue

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


@pytest.fixture
def demo(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


def demo_pages(language_code):
    return list(
        Page.objects.live()
        .public()
        .filter(depth__gte=2, locale__language_code=language_code)
        .specific()
    )


def test_switching_language_on_any_demo_page_lands_on_its_translation(client, demo):
    for page in demo_pages("ru"):
        html = client.get(page.url).content.decode()
        english = page.get_translation(locale("en"))
        links = re.findall(r'<a href="([^"]+)" hreflang="en" lang="en">', html)
        assert links == [english.url], page.url


def main_of(html):
    return re.search(r"<main.*?</main>", html, re.S).group(0)


def test_english_reader_sees_no_russian_and_no_link_to_untranslated_pages(client, demo):
    english_urls = {page.url for page in demo_pages("en")}
    for page in demo_pages("en"):
        html = client.get(page.url).content.decode()
        main = main_of(html)
        text = re.sub(r"<[^>]+>", " ", main)
        assert not CYRILLIC.search(text), (page.url, CYRILLIC.findall(text)[:20])
        for href in re.findall(r'href="(/[^"#?]*)', main):
            if href.startswith(("/media/", "/documents/", "/static/")):
                continue
            assert href.startswith("/en/"), (page.url, href)
            assert href in english_urls or any(href.startswith(url) for url in english_urls), (
                page.url,
                href,
            )


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
