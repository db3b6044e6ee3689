"""People, organisations and roles: terms, validation, the admin and public profiles."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import (
    add_index,
    make_news,
    make_organisation,
    make_person,
    publish_child,
    quote_block,
)
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    PeopleIndexPage,
    Person,
    StatementIndexPage,
    StatementPage,
)
from wagtail_council.models.people import overlapping_roles

D = datetime.date
# What the admin's rich text editor posts for an empty field.
EMPTY_RICH_TEXT = json.dumps({"blocks": [], "entityMap": {}})


@pytest.fixture
def council(db):
    return make_organisation("Совет городского округа", slug="council")


def test_role_on_answers_which_role_was_held_on_a_date(council):
    person = make_person(
        roles=[
            (council, "депутат", D(2018, 9, 1), D(2023, 9, 24)),
            (council, "председатель", D(2023, 9, 25), None),
        ]
    )
    assert person.role_on(D(2020, 1, 1)).position == "депутат"
    assert person.role_on(D(2023, 9, 24)).position == "депутат"
    assert person.role_on(D(2023, 9, 25)).position == "председатель"
    assert person.role_on(D(2030, 1, 1)).position == "председатель"
    assert person.role_on(D(2017, 1, 1)) is None
    moscow_evening = datetime.datetime(
        2023, 9, 24, 22, 30, tzinfo=datetime.UTC
    )  # 01:30 on the 25th in Moscow
    assert person.role_on(moscow_evening).position == "председатель"


def test_overlapping_terms_for_the_same_position_are_found(council):
    other = make_organisation("Дума", slug="duma")
    roles = [
        {
            "organisation": council,
            "position": "депутат",
            "start_date": D(2018, 1, 1),
            "end_date": D(2020, 1, 1),
        },
        {
            "organisation": council,
            "position": "Депутат ",
            "start_date": D(2019, 6, 1),
            "end_date": None,
        },
        {
            "organisation": other,
            "position": "депутат",
            "start_date": D(2019, 6, 1),
            "end_date": None,
        },
        {
            "organisation": council,
            "position": "председатель",
            "start_date": D(2019, 6, 1),
            "end_date": None,
        },
    ]
    assert overlapping_roles(roles) == [(roles[0], roles[1])]


def person_form_data(council, roles, name="Олег Радченко", slug="oleg"):
    data = {
        "name": name,
        "slug": slug,
        "photo": "",
        "photo_alt": "",
        "biography": EMPTY_RICH_TEXT,
        "profile_url": "",
        "roles-TOTAL_FORMS": str(len(roles)),
        "roles-INITIAL_FORMS": "0",
        "roles-MIN_NUM_FORMS": "0",
        "roles-MAX_NUM_FORMS": "1000",
    }
    for number, (position, start, end) in enumerate(roles):
        data.update(
            {
                f"roles-{number}-organisation": str(council.pk),
                f"roles-{number}-position": position,
                f"roles-{number}-standing": "40",
                f"roles-{number}-start_date": start,
                f"roles-{number}-end_date": end,
                f"roles-{number}-ORDER": str(number + 1),
                f"roles-{number}-id": "",
            }
        )
    return data


def test_admin_rejects_overlapping_roles_with_a_clear_message_and_keeps_nothing(
    admin_client, council
):
    data = person_form_data(
        council, [("депутат", "2018-01-01", "2020-01-01"), ("депутат", "2019-06-01", "")]
    )
    response = admin_client.post("/admin/snippets/wagtail_council/person/add/", data)
    assert response.status_code == 200
    assert (
        "overlaps another term" in response.content.decode()
        or "пересекается" in response.content.decode()
    )
    assert not Person.objects.filter(slug="oleg").exists()


def test_admin_saves_consecutive_roles(admin_client, council):
    data = person_form_data(
        council, [("депутат", "2018-01-01", "2020-01-01"), ("депутат", "2020-01-02", "")]
    )
    response = admin_client.post("/admin/snippets/wagtail_council/person/add/", data)
    assert response.status_code == 302
    assert Person.objects.get(slug="oleg").roles.count() == 2


def test_admin_rejects_a_term_that_ends_before_it_starts(admin_client, council):
    data = person_form_data(council, [("депутат", "2020-01-01", "2019-01-01")])
    response = admin_client.post("/admin/snippets/wagtail_council/person/add/", data)
    assert response.status_code == 200
    assert not Person.objects.filter(slug="oleg").exists()


def test_snippet_listings_search_and_filter(admin_client, council):
    make_person(
        "Роман Лысенко", slug="roman", roles=[(council, "председатель", D(2023, 9, 25), None)]
    )
    make_person("Олег Радченко", slug="oleg", roles=[(council, "депутат", D(2023, 9, 25), None)])
    listing = admin_client.get("/admin/snippets/wagtail_council/person/", {"q": "Радченко"})
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Олег Радченко" in html
    assert "Роман Лысенко" not in html
    filtered = admin_client.get(
        "/admin/snippets/wagtail_council/person/", {"roles__organisation": council.pk}
    )
    assert filtered.status_code == 200
    assert admin_client.get("/admin/snippets/wagtail_council/organisation/").status_code == 200


@pytest.fixture
def directory(home, council):
    people_index = add_index(home, PeopleIndexPage, "Депутаты", "people")
    chair = make_person(
        "Роман Лысенко",
        slug="roman",
        roles=[(council, "председатель", D(2023, 9, 25), None)],
    )
    former = make_person(
        "Бывший депутат", slug="former", roles=[(council, "депутат", D(2010, 1, 1), D(2015, 1, 1))]
    )
    return people_index, chair, former


def test_people_index_lists_current_members_grouped_by_organisation(client, directory):
    people_index, chair, former = directory
    html = client.get(people_index.url).content.decode()
    assert "Совет городского округа" in html
    assert "Роман Лысенко" in html
    assert "Бывший депутат" not in html
    assert f'href="{people_index.url}roman/"' in html


def test_profile_of_an_unknown_person_is_404(client, directory):
    people_index, _, _ = directory
    assert client.get(people_index.url + "nobody/").status_code == 404


def build_profile_content(
    home, news_index, person, quoting_pages, django_capture_on_commit_callbacks
):
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(quoting_pages):
            make_news(
                news_index,
                title=f"Цитирует {number}",
                body=[quote_block(person, text=f"Слова номер {number}")],
            )
        publish_child(
            statements,
            StatementPage(
                title="Заявление председателя",
                slug="st",
                speaker=person,
                statement="Текст заявления",
            ),
        )
        address = GreetingAddressPage(
            title="Адрес к юбилею",
            slug="ad",
            addressee="Депутатам",
            occasion="Юбилей",
            body="<p>Поздравляю</p>",
        )
        address.signatories.add(address.signatories.model(person=person))
        publish_child(greetings, address)


def test_profile_lists_quotes_statements_and_signed_addresses(
    client, directory, news_index, home, django_capture_on_commit_callbacks
):
    people_index, chair, _ = directory
    build_profile_content(home, news_index, chair, 2, django_capture_on_commit_callbacks)
    html = client.get(people_index.url + "roman/").content.decode()
    assert "Слова номер 0" in html and "Слова номер 1" in html
    assert "Цитирует 0" in html
    assert "Заявление председателя" in html
    assert "Адрес к юбилею" in html
    assert "председатель, Совет городского округа" in html


def test_profile_hides_drafts_and_private_pages(
    client, directory, news_index, home, django_capture_on_commit_callbacks
):
    people_index, chair, _ = directory
    with django_capture_on_commit_callbacks(execute=True):
        make_news(
            news_index,
            title="Черновик с цитатой",
            body=[quote_block(chair, text="Тайные слова")],
            publish=False,
        )
        private = make_news(
            news_index, title="Закрытая с цитатой", body=[quote_block(chair, text="Закрытые слова")]
        )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    html = client.get(people_index.url + "roman/").content.decode()
    assert "Тайные слова" not in html
    assert "Закрытые слова" not in html


@pytest.mark.parametrize("quoting_pages", [5, 50])
def test_profile_query_count_does_not_grow_with_quoting_pages(
    client, directory, news_index, home, django_capture_on_commit_callbacks, quoting_pages
):
    people_index, chair, _ = directory
    build_profile_content(
        home, news_index, chair, quoting_pages, django_capture_on_commit_callbacks
    )
    url = people_index.url + "roman/"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    html = response.content.decode()
    assert html.count("Слова номер") == quoting_pages
    # Recorded for 5 and 50 quoting pages alike; a loop of per-page queries breaks it.
    assert len(queries) == PROFILE_QUERY_BUDGET, [
        query["sql"] for query in queries.captured_queries
    ]


PROFILE_QUERY_BUDGET = 20
