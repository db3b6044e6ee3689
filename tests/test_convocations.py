"""Convocations: terms of a council, the mandates in them, their checks and their translation."""

import datetime

import pytest
from wagtail.users.models import UserProfile
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from tests.event_factories import make_convocation
from tests.factories import locale, make_organisation, make_person
from tests.test_people import person_form_data
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import Convocation, Person, Role

D = datetime.date
ADD_CONVOCATION = "/admin/snippets/wagtail_council/convocation/add/"
ADD_PERSON = "/admin/snippets/wagtail_council/person/add/"


@pytest.fixture
def admin_client(admin_client, admin_user):
    """The admin in English, so the messages checked are the ones written here."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


@pytest.fixture
def council(db):
    return make_organisation("Совет городского округа", slug="council")


@pytest.fixture
def terms(council):
    """``(first, second)``: the council's past and current convocations."""
    first = make_convocation(council, 1, D(2018, 9, 1), D(2023, 9, 24))
    second = make_convocation(council, 2, D(2023, 9, 25))
    return first, second


def convocation_role(person, convocation, position="депутат", **fields):
    role = Role(
        person=person,
        organisation=convocation.organisation,
        convocation=convocation,
        position=position,
        locale=person.locale,
        **fields,
    )
    role.save()
    return role


# Which convocation, which role, on a date


def test_convocation_on_a_date_finds_past_and_current_terms(council, terms):
    first, second = terms
    assert council.convocation_on(D(2020, 5, 1)) == first
    assert council.convocation_on(D(2023, 9, 24)) == first
    assert council.convocation_on(D(2023, 9, 25)) == second
    assert council.convocation_on(D(2017, 1, 1)) is None
    assert council.current_convocation == second
    moscow_night = datetime.datetime(2023, 9, 24, 22, 30, tzinfo=datetime.UTC)  # the 25th in Moscow
    assert council.convocation_on(moscow_night) == second


def test_a_member_whose_mandate_ended_with_the_previous_convocation_has_no_role_today(
    council, terms
):
    first, second = terms
    former = make_person("Бывший депутат", slug="former")
    convocation_role(former, first)
    stays = make_person("Депутат двух созывов", slug="stays")
    convocation_role(stays, first)
    convocation_role(stays, second, position="председатель")

    former.refresh_from_db()
    assert former.role_on(D(2020, 1, 1)).convocation == first
    assert former.current_role is None
    stays.refresh_from_db()
    assert stays.role_on(D(2020, 1, 1)).position == "депутат"
    assert stays.current_role.position == "председатель"
    assert list(first.members()) == [former.roles.get(), stays.roles.get(convocation=first)]
    assert [role.person for role in second.members(on=datetime.date.today())] == [stays]


def test_a_mandate_takes_its_convocations_dates(council, terms):
    first, second = terms
    person = make_person(slug="dates")
    past = convocation_role(person, first)
    current = convocation_role(person, second, position="председатель")
    assert (past.start_date, past.end_date) == (D(2018, 9, 1), D(2023, 9, 24))
    assert (current.start_date, current.end_date) == (D(2023, 9, 25), None)


def test_members_come_in_the_registers_order(council, terms):
    _, second = terms
    for name, standing in [
        ("Яков Член", 40),
        ("Анна Член", 40),
        ("Борис Председатель", 10),
        ("Вера Председатель комитета", 30),
        ("Глеб Заместитель", 20),
    ]:
        convocation_role(make_person(name), second, standing=standing)
    assert [role.person.name for role in second.members()] == [
        "Борис Председатель",
        "Глеб Заместитель",
        "Вера Председатель комитета",
        "Анна Член",
        "Яков Член",
    ]


def test_ending_a_term_ends_the_mandates_open_in_it(council, terms):
    first, second = terms
    member = convocation_role(make_person(slug="open"), second)
    left_early = convocation_role(make_person(slug="early"), second, end_date=D(2024, 3, 1))
    other = make_organisation("Дума", slug="duma")
    elsewhere = Role.objects.create(
        person=make_person(slug="elsewhere"),
        organisation=other,
        position="депутат",
        start_date=D(2020, 1, 1),
        locale=council.locale,
    )
    assert member.end_date is None

    second.end_date = D(2028, 9, 20)
    second.save()

    member.refresh_from_db()
    left_early.refresh_from_db()
    elsewhere.refresh_from_db()
    assert member.end_date == D(2028, 9, 20)
    assert left_early.end_date == D(2024, 3, 1)
    assert elsewhere.end_date is None


# Refused in the admin, with a clear message


def convocation_form(council, number, start, end="", name=""):
    return {
        "organisation": str(council.pk),
        "number": str(number),
        "name": name,
        "start_date": start,
        "end_date": end,
    }


def test_admin_saves_a_convocation_that_follows_the_previous_one(admin_client, council, terms):
    response = admin_client.post(
        ADD_CONVOCATION + "?locale=ru",
        convocation_form(council, 3, "2028-09-21", name="Совет третьего созыва"),
    )
    # The second term is still open: the third overlaps it.
    assert response.status_code == 200
    first, second = terms
    second.end_date = D(2028, 9, 20)
    second.save()
    response = admin_client.post(
        ADD_CONVOCATION + "?locale=ru",
        convocation_form(council, 3, "2028-09-21", name="Совет третьего созыва"),
    )
    assert response.status_code == 302
    assert Convocation.objects.get(number=3).name == "Совет третьего созыва"


@pytest.mark.parametrize(
    ("number", "start", "end", "message"),
    [
        (3, "2020-01-01", "2022-01-01", "overlap the term of"),
        (3, "2016-01-01", "", "overlap the term of"),
        (3, "2030-01-01", "2029-01-01", "cannot end before it starts"),
        (1, "2010-01-01", "2014-01-01", "already has a convocation number 1"),
    ],
)
def test_admin_refuses_overlapping_backwards_and_duplicate_convocations(
    admin_client, council, terms, number, start, end, message
):
    response = admin_client.post(
        ADD_CONVOCATION + "?locale=ru", convocation_form(council, number, start, end)
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert Convocation.objects.count() == 2


def convocation_person_form(council, convocation, start="", end="", organisation=None):
    data = person_form_data(council, [("депутат", start, end)])
    data["roles-0-convocation"] = str(convocation.pk)
    if organisation is not None:
        data["roles-0-organisation"] = str(organisation.pk)
    return data


def test_admin_role_of_a_convocation_with_empty_dates_takes_the_convocations(
    admin_client, council, terms
):
    first, _ = terms
    response = admin_client.post(ADD_PERSON, convocation_person_form(council, first))
    assert response.status_code == 302
    role = Person.objects.get(slug="oleg").roles.get()
    assert role.convocation == first
    assert (role.start_date, role.end_date) == (first.start_date, first.end_date)


@pytest.mark.parametrize(
    ("start", "end", "other_organisation", "message"),
    [
        ("2017-01-01", "", False, "within its convocation"),
        ("2019-01-01", "2024-01-01", False, "within its convocation"),
        ("", "", True, "of another organisation"),
    ],
)
def test_admin_refuses_a_role_outside_its_convocation(
    admin_client, council, terms, start, end, other_organisation, message
):
    first, _ = terms
    organisation = make_organisation("Дума", slug="duma") if other_organisation else None
    response = admin_client.post(
        ADD_PERSON, convocation_person_form(council, first, start, end, organisation)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Person.objects.filter(slug="oleg").exists()


def test_admin_refuses_a_role_without_a_start_or_a_convocation(admin_client, council):
    response = admin_client.post(ADD_PERSON, person_form_data(council, [("депутат", "", "")]))
    assert response.status_code == 200
    assert "choose its convocation" in response.content.decode()
    assert not Person.objects.filter(slug="oleg").exists()


# Translation


class Catalogue(dict):
    def get(self, source, default=None):
        return f"EN {source}"


def test_a_convocation_is_translated_with_its_number_and_dates_kept(council, terms):
    fields = {field.field_name: field for field in get_translatable_fields(Convocation)}
    assert isinstance(fields["name"], TranslatableField)
    for name in ("number", "start_date", "end_date"):
        assert isinstance(fields[name], SynchronizedField)

    first, _ = terms
    first.name = "Совет первого созыва"
    first.save()
    english = locale("en")
    translate_with_catalogue(council, english, Catalogue())
    target = translate_with_catalogue(first, english, Catalogue())
    assert target.locale == english
    assert target.name == "EN Совет первого созыва"
    assert (target.number, target.start_date, target.end_date) == (
        1,
        D(2018, 9, 1),
        D(2023, 9, 24),
    )
    assert target.organisation == council.get_translation(english)
    assert target.translation_key == first.translation_key
