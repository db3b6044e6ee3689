"""A missing page answers 404 with the site's layout, in the reader's language."""

import re


def test_missing_page_is_a_localised_404_in_the_site_layout(client, home):
    response = client.get("/ru/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert re.search(r'<html lang="ru" dir="ltr"', html)
    assert "<title>Страница не найдена — Совет</title>" in html
    assert "<h1>Страница не найдена</h1>" in html
    assert '<a class="council-skip-link" href="#main">' in html
    assert '<a href="/ru/">На главную страницу</a>' in html


def test_missing_english_page_is_in_english(client, home):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert re.search(r'<html lang="en" dir="ltr"', html)
    assert "<h1>Page not found</h1>" in html
