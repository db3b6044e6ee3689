"""The news index: order, pagination, filters, locale and query budget."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from django.utils.html import escape

from tests.factories import make_category, make_image, make_news, make_private
from wagtail_council.forms import NewsFilterForm

MSK = datetime.timezone(datetime.timedelta(hours=3))


def listed_titles(response):
    return re.findall(
        r'<h2 class="council-card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode()
    )


def day(year, month, dd):
    return datetime.datetime(year, month, dd, 12, 0, tzinfo=MSK)


def test_newest_first_by_publication_date_not_by_first_publication(client, news_index):
    # Created in one order, dated in another: the editor's date wins.
    make_news(news_index, title="Старая", publication_date=day(2025, 1, 10))
    make_news(news_index, title="Новая", publication_date=day(2026, 11, 20))
    make_news(news_index, title="Средняя", publication_date=day(2026, 3, 5))
    assert listed_titles(client.get(news_index.url)) == ["Новая", "Средняя", "Старая"]


@override_settings(WAGTAIL_COUNCIL_NEWS_PER_PAGE=2)
@pytest.mark.parametrize(
    ("page_param", "status", "expected"),
    [
        ("2", 200, ["Третья"]),
        ("", 200, ["Первая", "Вторая"]),
        ("abc", 404, None),
        ("999", 404, None),
        ("-1", 404, None),
        ("1.5", 404, None),
    ],
)
def test_a_page_number_that_is_no_page_of_the_listing_is_a_404(
    client, news_index, page_param, status, expected
):
    """Not a silent page 1, which search engines would index under many addresses."""
    for number, title in enumerate(["Первая", "Вторая", "Третья"]):
        make_news(news_index, title=title, publication_date=day(2026, 1, 30 - number))
    response = client.get(news_index.url, {"page": page_param})
    assert response.status_code == status
    if expected is not None:
        assert listed_titles(response) == expected


@override_settings(WAGTAIL_COUNCIL_NEWS_PER_PAGE=2)
def test_pagination_links_keep_the_filters(client, news_index):
    budget = make_category("Бюджет", "budget")
    for number in range(3):
        make_news(news_index, categories=[budget], publication_date=day(2026, 1, 10 + number))
    html = client.get(news_index.url, {"category": "budget"}).content.decode()
    assert 'href="?category=budget&amp;page=2"' in html


def test_filters_by_category_year_and_month(client, news_index):
    budget = make_category("Бюджет", "budget")
    sessions = make_category("Заседания", "sessions")
    make_news(
        news_index, title="Бюджет-ноябрь", categories=[budget], publication_date=day(2026, 11, 2)
    )
    make_news(
        news_index, title="Сессия-ноябрь", categories=[sessions], publication_date=day(2026, 11, 3)
    )
    make_news(
        news_index, title="Бюджет-прошлый", categories=[budget], publication_date=day(2025, 11, 2)
    )
    make_news(
        news_index, title="Бюджет-март", categories=[budget], publication_date=day(2026, 3, 2)
    )

    assert listed_titles(client.get(news_index.url, {"category": "budget"})) == [
        "Бюджет-ноябрь",
        "Бюджет-март",
        "Бюджет-прошлый",
    ]
    assert listed_titles(client.get(news_index.url, {"year": "2026", "month": "11"})) == [
        "Сессия-ноябрь",
        "Бюджет-ноябрь",
    ]
    assert listed_titles(client.get(news_index.url, {"category": "budget", "year": "2026"})) == [
        "Бюджет-ноябрь",
        "Бюджет-март",
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"year": "abc"}, "There is no news from the year “abc”"),
        ({"year": "1850"}, "There is no news from the year “1850”"),
        ({"category": "nonexistent"}, "There is no category “nonexistent”"),
        ({"year": "2026", "month": "13"}, "“13” is not a month"),
        ({"month": "5"}, "Choose a year to filter by month."),
    ],
)
def test_invalid_filters_answer_400_with_a_clear_message(client, news_index, params, message):
    make_news(news_index, title="Есть", publication_date=day(2026, 5, 1))
    response = client.get(news_index.url, params)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    # The reader of /ru/ gets the message in Russian; its English source says what went wrong.
    form = NewsFilterForm(params, categories=[], years=[2026])
    with translation.override("en"):
        english = [str(error) for errors in form.errors.values() for error in errors]
    assert any(message in error for error in english)
    with translation.override("ru"):
        form = NewsFilterForm(params, categories=[], years=[2026])
        russian = [str(error) for errors in form.errors.values() for error in errors]
    assert russian != english
    for error in russian:
        assert escape(error) in html
    # Each field that failed points at its own error, which is on the page.
    for described in re.findall(r'aria-describedby="([^"]+)"', html):
        for element_id in described.split():
            assert f'id="{element_id}"' in html


def test_only_live_public_news_of_the_index_locale_are_listed(client, news_index):
    make_news(news_index, title="Опубликована")
    make_news(news_index, title="Черновик", publish=False)
    private = make_news(news_index, title="Закрытая")
    make_private(private)
    assert listed_titles(client.get(news_index.url)) == ["Опубликована"]


def test_unpublished_news_does_not_offer_its_category_or_year(client, news_index):
    secret = make_category("Секретная рубрика", "secret")
    make_news(
        news_index,
        title="Черновик",
        categories=[secret],
        publish=False,
        publication_date=day(2019, 1, 1),
    )
    make_news(news_index, title="Опубликована", publication_date=day(2026, 1, 1))
    html = client.get(news_index.url).content.decode()
    assert "Секретная рубрика" not in html
    assert '<option value="2019"' not in html
    assert '<option value="2026"' in html


def render_index_queries(client, url):
    # The first request creates renditions and warms caches; the second is measured.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("per_page", [10, 50, 200])
def test_news_index_query_count_does_not_grow_with_items_per_page(client, news_index, per_page):
    budget = make_category("Бюджет", "budget")
    image = make_image(width=320, height=180)
    # The first measurement uses two items: the budget is the same for any number.
    make_news(news_index, categories=[budget], featured_image=image, featured_image_alt="Фото")
    make_news(news_index, categories=[budget], featured_image=image, featured_image_alt="Фото")
    with override_settings(WAGTAIL_COUNCIL_NEWS_PER_PAGE=per_page):
        baseline, _ = render_index_queries(client, news_index.url)
        for _ in range(per_page - 2):
            make_news(
                news_index, categories=[budget], featured_image=image, featured_image_alt="Фото"
            )
        measured, response = render_index_queries(client, news_index.url)
    assert len(listed_titles(response)) == per_page
    assert measured == baseline
