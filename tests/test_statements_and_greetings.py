"""Statements and greeting addresses: listings, filters, validation, cross-links and visibility."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError

from tests.factories import (
    add_index,
    make_image,
    make_news,
    make_organisation,
    make_person,
    make_private,
    publish_child,
)
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    StatementIndexPage,
    StatementPage,
)

D = datetime.date
MSK = datetime.timezone(datetime.timedelta(hours=3))


@pytest.fixture
def people(db):
    council = make_organisation("Совет", slug="council")
    duma = make_organisation("Дума", slug="duma")
    chair = make_person(
        "Роман Лысенко", slug="roman", roles=[(council, "председатель", D(2023, 9, 25), None)]
    )
    deputy = make_person(
        "Алексей Орлов", slug="aleksey", roles=[(duma, "депутат", D(2022, 1, 1), None)]
    )
    return chair, deputy


def statement(index, speaker, title, when, publish=True):
    return publish_child(
        index,
        StatementPage(
            title=title,
            slug=f"s-{title.lower().replace(' ', '-')}",
            speaker=speaker,
            date=when,
            statement=f"Текст: {title}",
            context="Комментарий для прессы",
        ),
        publish=publish,
    )


def address(index, signers, title, when, occasion="Юбилей", publish=True, **fields):
    page = GreetingAddressPage(
        title=title,
        slug=f"a-{when.isoformat()}-{len(title)}",
        addressee="Депутатам Совета",
        occasion=occasion,
        date=when,
        body="<p>Поздравляю!</p>",
        **fields,
    )
    for order, person in enumerate(signers):
        page.signatories.add(page.signatories.model(sort_order=order, person=person))
    return publish_child(index, page, publish=publish)


def titles(html):
    return re.findall(r'class="council-card__title"><a href="[^"]*">([^<]*)</a>', html)


def test_statements_are_listed_by_date_and_filter_by_person_and_organisation(client, home, people):
    chair, deputy = people
    index = add_index(home, StatementIndexPage, "Заявления", "statements")
    statement(index, chair, "Первое", datetime.datetime(2026, 1, 1, 12, tzinfo=MSK))
    statement(index, deputy, "Второе", datetime.datetime(2026, 2, 1, 12, tzinfo=MSK))
    statement(index, chair, "Третье", datetime.datetime(2026, 3, 1, 12, tzinfo=MSK))
    statement(
        index, chair, "Черновик", datetime.datetime(2026, 4, 1, 12, tzinfo=MSK), publish=False
    )
    assert titles(client.get(index.url).content.decode()) == ["Третье", "Второе", "Первое"]
    assert titles(client.get(index.url, {"person": "roman"}).content.decode()) == [
        "Третье",
        "Первое",
    ]
    assert titles(client.get(index.url, {"organisation": "duma"}).content.decode()) == ["Второе"]
    bad = client.get(index.url, {"person": "nobody"})
    assert bad.status_code == 400
    assert 'role="alert"' in bad.content.decode()


def test_statement_page_shows_speaker_role_on_its_date(client, home, people):
    chair, _ = people
    index = add_index(home, StatementIndexPage, "Заявления", "statements")
    page = statement(index, chair, "Слово", datetime.datetime(2026, 1, 1, 12, tzinfo=MSK))
    html = client.get(page.url).content.decode()
    assert "Роман Лысенко" in html
    assert "председатель, Совет" in html
    assert "Комментарий для прессы" in html


def test_greeting_addresses_are_grouped_by_year_and_filter_by_signatory_and_occasion(
    client, home, people
):
    chair, deputy = people
    index = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    address(index, [chair], "Адрес 2025", D(2025, 5, 9), occasion="День Победы")
    address(index, [chair, deputy], "Адрес 2026", D(2026, 6, 12), occasion="День России")
    address(index, [deputy], "Черновой адрес", D(2026, 7, 1), publish=False)
    html = client.get(index.url).content.decode()
    assert re.findall(r'<h2 id="council-year-(\d+)">', html) == ["2026", "2025"]
    assert "Черновой адрес" not in html
    assert re.findall(
        r'class="council-card__title"><a href="[^"]*">([^<]*)</a>',
        client.get(index.url, {"signatory": "aleksey"}).content.decode(),
    ) == ["Адрес 2026"]
    assert "Адрес 2025" in client.get(index.url, {"occasion": "День Победы"}).content.decode()
    assert "Адрес 2026" not in client.get(index.url, {"occasion": "День Победы"}).content.decode()
    assert client.get(index.url, {"occasion": "Несуществующий"}).status_code == 400


def test_address_shows_signatories_in_order_with_roles_on_its_date(client, home, people):
    chair, deputy = people
    index = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    page = address(index, [deputy, chair], "Совместный адрес", D(2026, 6, 12))
    html = client.get(page.url).content.decode()
    signed = re.search(r'<ul class="council-signatories">(.*?)</ul>', html, re.S).group(1)
    assert signed.index("Алексей Орлов") < signed.index("Роман Лысенко")
    assert "депутат, Дума" in signed and "председатель, Совет" in signed


def test_scan_image_without_text_alternative_is_refused(home, people):
    chair, _ = people
    index = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    page = GreetingAddressPage(
        title="Скан без текста",
        slug="scan",
        addressee="Депутатам",
        occasion="Юбилей",
        body="<p>Текст</p>",
        original_image=make_image(),
    )
    page.signatories.add(page.signatories.model(person=chair))
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=page)
    assert "original_text_alternative" in error.value.message_dict
    assert not GreetingAddressPage.objects.filter(slug="scan").exists()


def test_admin_shows_a_clear_error_for_a_scan_without_text(admin_client, home, people):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    chair, _ = people
    index = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    data = nested_form_data(
        {
            "title": "Адрес со сканом",
            "slug": "scan-admin",
            "addressee": "Депутатам",
            "occasion": "Юбилей",
            "date": "2026-11-20",
            "body": rich_text("<p>Текст</p>"),
            "original_image": make_image().pk,
            "original_text_alternative": "",
            "signatories": inline_formset([{"person": chair.pk, "role_override": ""}]),
        }
    )
    response = admin_client.post(
        f"/admin/pages/add/wagtail_council/greetingaddresspage/{index.pk}/", data
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "original_text_alternative" in form.errors
    assert not GreetingAddressPage.objects.filter(slug="scan-admin").exists()


def test_news_links_to_its_greeting_address_and_the_address_links_back(
    client, home, news_index, people
):
    chair, _ = people
    index = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    page = address(index, [chair], "Адрес гостям", D(2026, 11, 20))
    news = make_news(news_index, title="Новость о встрече", greeting_address=page)
    assert f'href="{page.url}"' in client.get(news.url).content.decode()
    assert f'href="{news.url}"' in client.get(page.url).content.decode()


@pytest.mark.parametrize("state", ["draft", "private"])
def test_hidden_addresses_and_statements_are_invisible_to_anonymous_readers(
    client, home, people, state
):
    chair, _ = people
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    hidden_statement = statement(
        statements,
        chair,
        "Скрытоезаявление",
        datetime.datetime(2026, 1, 1, tzinfo=MSK),
        publish=state != "draft",
    )
    hidden_address = address(
        greetings, [chair], "Скрытыйадрес", D(2026, 1, 1), publish=state != "draft"
    )
    if state == "private":
        make_private(hidden_statement)
        make_private(hidden_address)
    for url in (statements.url, greetings.url, "/sitemap.xml"):
        html = client.get(url).content.decode()
        assert "Скрытоезаявление" not in html and "Скрытыйадрес" not in html, url
    statement(statements, chair, "Видимоезаявление", datetime.datetime(2026, 1, 2, tzinfo=MSK))
    assert "Видимоезаявление" in client.get(statements.url).content.decode()
    found = client.get("/ru/search/", {"q": "Видимоезаявление"}).content.decode()
    assert 'class="council-search-results"' in found
    for word in ("Скрытоезаявление", "Скрытыйадрес"):
        results = client.get("/ru/search/", {"q": word}).content.decode()
        assert 'class="council-search-results"' not in results
    api = client.get("/api/v2/pages/", {"type": "wagtail_council.StatementPage"}).json()
    assert [item["title"] for item in api["items"]] == ["Видимоезаявление"]
    api = client.get("/api/v2/pages/", {"type": "wagtail_council.GreetingAddressPage"}).json()
    assert api["meta"]["total_count"] == 0


def test_api_exposes_people_as_objects_with_role_at_date(client, home, people):
    chair, deputy = people
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    page = statement(statements, chair, "Для API", datetime.datetime(2026, 1, 1, 12, tzinfo=MSK))
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["speaker"]["name"] == "Роман Лысенко"
    assert data["speaker"]["role"] == "председатель, Совет"
    assert data["speaker"]["organisation"]["name"] == "Совет"
    addressed = address(greetings, [deputy], "Адрес для API", D(2026, 6, 1))
    data = client.get(f"/api/v2/pages/{addressed.pk}/").json()
    assert [signatory["name"] for signatory in data["signatories"]] == ["Алексей Орлов"]
    assert data["signatories"][0]["role"] == "депутат, Дума"
