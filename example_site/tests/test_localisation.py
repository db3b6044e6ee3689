"""Readers of the demo site in each language: the switcher and no language leaks."""

import re

from wagtail.models import Page

from tests.factories import locale

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


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
