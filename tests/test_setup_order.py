"""A site whose pages were made before the package's languages were set answers, never 500.

``wagtail start`` makes an English locale, and the README then sets
``LANGUAGE_CODE = "ru"``: until an editor adds the Russian locale, the reader's
language has no locale, and Wagtail's ``Locale.get_default()`` would raise.
"""

import pytest
from django.test import override_settings
from django.utils import translation

from tests.factories import make_news
from wagtail_council.reader.languages import active_locale

LANGUAGES = [("uk", "Українська"), ("ru", "Русский"), ("en", "English")]


@pytest.fixture
def language_without_a_locale(settings):
    settings.LANGUAGE_CODE = "uk"
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES


def test_the_active_locale_falls_back_to_the_first_locale(site_tree, language_without_a_locale):
    with translation.override("uk"):
        assert active_locale().language_code == "ru"


def test_pages_answer_in_a_language_that_has_no_locale_yet(
    client, news_index, language_without_a_locale
):
    make_news(news_index, title="Заседание комиссии")
    for path in ("/uk/", "/uk/news/", "/uk/search/?q=заседание"):
        response = client.get(path)
        assert response.status_code in (200, 404), path
    assert "Заседание комиссии" in client.get("/uk/news/").content.decode()


@override_settings(LANGUAGE_CODE="ru")
def test_the_reader_language_wins_when_its_locale_exists(site_tree):
    with translation.override("en"):
        assert active_locale().language_code == "en"
