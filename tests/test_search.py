"""News is found by Wagtail search, within the reader's language."""

from tests.factories import make_news


def search_titles(client, query, language="ru"):
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    return html


def test_news_is_found_by_title_lead_and_body(client, news_index):
    make_news(
        news_index,
        title="Заседание комиссии",
        lead="Комиссия рассмотрела бюджетный отчёт",
        body=[("paragraph", "<p>Обсуждали водоснабжение микрорайона</p>")],
    )
    assert "Заседание комиссии" in search_titles(client, "заседание")
    assert "Заседание комиссии" in search_titles(client, "отчёт")
    assert "Заседание комиссии" in search_titles(client, "водоснабжение")


def test_search_stays_within_the_reader_language(client, news_index):
    make_news(news_index, title="Только по-русски")
    assert "Только по-русски" in search_titles(client, "русски")
    assert "Только по-русски" not in search_titles(client, "русски", language="en")


def test_overlong_search_text_is_refused_with_a_message(client, news_index):
    response = client.get("/ru/search/", {"q": "а" * 500})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_a_double_quote_in_the_search_text_finds_what_the_words_find(client, news_index):
    make_news(news_index, title="Заседание комиссии")
    for query in ['"заседание', 'заседание"', '"заседание"', '\x82xz\x88"Ⱦ1']:
        response = client.get("/ru/search/", {"q": query})
        assert response.status_code == 200, query
        api = client.get("/api/council/search/", {"q": query})
        assert api.status_code == 200, (query, api.content[:200])
    assert "Заседание комиссии" in search_titles(client, '"заседание')
