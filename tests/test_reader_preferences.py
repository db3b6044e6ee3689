"""The reader preferences ("версия для слабовидящих"): a form, a cookie and classes on every page."""

import re

import pytest
from django.test import Client
from django.utils.html import escape

from tests.factories import make_image, make_news
from wagtail_council.preferences import COOKIE_NAME, ReaderPreferences

PREFERENCES_URL = "/ru/reader-preferences/"
ALL_CHANGED = {
    "font_size": "largest",
    "colour_scheme": "high-contrast",
    "letter_spacing": "wide",
    "images": "off",
}


def html_classes(response):
    match = re.search(r"<html\b[^>]*>", response.content.decode())
    assert match, "no <html> element"
    found = re.search(r'class="([^"]*)"', match.group(0))
    return set(found.group(1).split()) if found else set()


@pytest.fixture
def article(news_index):
    return make_news(
        news_index,
        title="Круглый стол",
        featured_image=make_image(),
        featured_image_alt="Депутаты за круглым столом",
        body=[
            (
                "image",
                {
                    "image": make_image(),
                    "alt_text": "Гости из Вологды в зале заседаний",
                    "decorative": False,
                    "caption": "Зал заседаний",
                    "credit": "",
                },
            ),
            (
                "image",
                {
                    "image": make_image(),
                    "alt_text": "",
                    "decorative": True,
                    "caption": "",
                    "credit": "",
                },
            ),
        ],
    )


def test_form_stores_the_choice_in_a_cookie_and_goes_back(client, home):
    response = client.post(PREFERENCES_URL, {**ALL_CHANGED, "next": "/ru/news/?category=budget"})

    assert response.status_code == 303
    assert response["Location"] == "/ru/news/?category=budget"
    cookie = response.cookies[COOKIE_NAME]
    assert ReaderPreferences.from_cookie(cookie.value) == ReaderPreferences(**ALL_CHANGED)
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) >= 30 * 24 * 60 * 60


def test_every_page_carries_the_chosen_classes(client, news_index):
    client.cookies[COOKIE_NAME] = ReaderPreferences(**ALL_CHANGED).to_cookie()

    for url in ["/ru/", news_index.url, PREFERENCES_URL, "/ru/no-such-page/"]:
        response = client.get(url)
        assert html_classes(response) == {
            "council-font-largest",
            "council-scheme-high-contrast",
            "council-spacing-wide",
            "council-images-off",
        }, url


def test_standard_view_adds_no_classes_and_no_cookie(client, home):
    response = client.get("/ru/")
    assert html_classes(response) == set()
    assert COOKIE_NAME not in response.cookies


def test_panel_shows_the_current_choice_in_the_reader_language(client, news_index):
    client.cookies[COOKIE_NAME] = "colour_scheme:dark-on-light"
    html = client.get(news_index.url + "?category=x").content.decode()

    panel = re.search(r'<details class="council-preferences".*?</details>', html, re.S).group(0)
    assert 'action="/ru/reader-preferences/"' in panel
    assert f'name="next" value="{escape(news_index.url + "?category=x")}"' in panel
    assert re.search(r'value="dark-on-light"[^>]*\bchecked', panel)
    assert not re.search(r'value="high-contrast"[^>]*\bchecked', panel)
    # Fieldsets with legends, in Russian on the Russian site.
    assert panel.count("<fieldset") == 4
    for legend in ["Размер шрифта", "Цветовая схема", "Межбуквенный интервал", "Изображения"]:
        assert f"<legend>{legend}</legend>" in panel
    assert "Версия для слабовидящих" in panel

    english = client.get("/en/no-such-page/").content.decode()
    assert "<legend>Colour scheme</legend>" in english
    assert 'action="/en/reader-preferences/"' in english


@pytest.mark.parametrize(
    ("field", "value"),
    [("colour_scheme", "purple"), ("font_size", "999"), ("images", "sometimes")],
)
def test_values_outside_the_choices_are_refused_with_a_message(client, home, field, value):
    response = client.post(PREFERENCES_URL, {**ALL_CHANGED, field: value, "next": "/ru/"})

    assert response.status_code == 400
    assert COOKIE_NAME not in response.cookies
    html = response.content.decode()
    alert = re.search(
        r'<div class="[^"]*council-message--error[^"]*" role="alert">.*?</div>', html, re.S
    )
    assert alert, "no error message"
    assert "Настройки не сохранены" in alert.group(0)
    assert f"«{escape(value)}»" in alert.group(0) or f"“{escape(value)}”" in alert.group(0)


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/phish",
        "//evil.example/phish",
        "javascript:alert(1)",
        "http://testserver.evil.example/",
        "",
    ],
)
def test_off_site_next_is_not_followed(client, home, next_url):
    response = client.post(PREFERENCES_URL, {**ALL_CHANGED, "next": next_url})

    assert response.status_code == 303
    assert response["Location"] == "/ru/"
    assert COOKIE_NAME in response.cookies


def test_reset_forgets_the_preferences(client, home):
    client.cookies[COOKIE_NAME] = ReaderPreferences(**ALL_CHANGED).to_cookie()

    response = client.post(PREFERENCES_URL, {"reset": "1", "next": "/ru/"})

    assert response.status_code == 303
    assert response.cookies[COOKIE_NAME].value == ""
    assert int(response.cookies[COOKIE_NAME]["max-age"]) == 0
    assert html_classes(client.get("/ru/")) == set()


def test_choosing_the_standard_view_deletes_the_cookie(client, home):
    client.cookies[COOKIE_NAME] = "font_size:large"
    standard = ReaderPreferences().as_initial()

    response = client.post(PREFERENCES_URL, {**standard, "next": "/ru/"})

    assert response.status_code == 303
    assert int(response.cookies[COOKIE_NAME]["max-age"]) == 0


def test_form_works_without_a_csrf_token(home):
    """Pages carry no CSRF token, so that they stay cacheable; the form must still work."""
    client = Client(enforce_csrf_checks=True)
    response = client.post(PREFERENCES_URL, {"font_size": "large", "next": "/ru/"})
    assert response.status_code == 303
    assert "csrftoken" not in client.get("/ru/").cookies


def test_unknown_cookie_content_is_ignored(client, home):
    client.cookies[COOKIE_NAME] = "font_size:enormous|colour_scheme:high-contrast|junk|:|images"
    response = client.get("/ru/")
    assert response.status_code == 200
    assert html_classes(response) == {"council-scheme-high-contrast"}


def test_preferences_page_shows_the_form_with_the_current_choice(client, home):
    client.cookies[COOKIE_NAME] = "letter_spacing:widest"
    response = client.get(PREFERENCES_URL, {"next": "/ru/news/"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Версия для слабовидящих</h1>" in html
    assert re.search(r'value="widest"[^>]*\bchecked', html)
    assert 'name="next" value="/ru/news/"' in html
    # The page is the form: the header does not repeat it with the same ids.
    assert html.count('id="council-preferences-font_size_0"') == 1


def test_only_get_and_post_are_allowed(client, home):
    assert client.put(PREFERENCES_URL).status_code == 405


def test_images_off_shows_descriptions_instead_of_images(client, article):
    shown = client.get(article.url).content.decode()
    assert shown.count("<picture") == 3

    client.cookies[COOKIE_NAME] = "images:off"
    hidden = client.get(article.url).content.decode()

    assert "<picture" not in hidden
    assert "<img" not in hidden
    descriptions = re.findall(
        r'<span class="council-image-off"><span class="council-image-off__label">(.*?)</span>'
        r"(.*?)</span>",
        hidden,
        re.S,
    )
    # The decorative image has nothing to describe.
    assert [(label, text.strip()) for label, text in descriptions] == [
        ("Изображение:", "Депутаты за круглым столом"),
        ("Изображение:", "Гости из Вологды в зале заседаний"),
    ]
    # Captions stay: they are text.
    assert "Зал заседаний" in hidden


def test_pages_rendered_with_preferences_vary_by_cookie_for_shared_caches(client, news_index):
    from tests.factories import make_news
    from wagtail_council.preferences import COOKIE_NAME

    page = make_news(news_index)
    client.cookies[COOKIE_NAME] = "scheme=high-contrast"
    assert "Cookie" in client.get(page.url)["Vary"]
