"""People, roles, quotes, statements and addresses go through wagtail-localize and are repointed."""

import datetime

import pytest

from tests.factories import (
    EnglishCatalogue,
    add_index,
    locale,
    make_news,
    make_organisation,
    make_person,
    publish_child,
    quote_block,
)
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    StatementIndexPage,
    StatementPage,
)

D = datetime.date
MSK = datetime.timezone(datetime.timedelta(hours=3))


@pytest.fixture
def translated_directory(db):
    english = locale("en")
    council = make_organisation("Совет", slug="council", short_name="СД")
    committee = make_organisation("Комиссия по бюджету", slug="budget-committee", parent=council)
    chair = make_person(
        "Роман Лысенко",
        slug="roman",
        photo_alt="",
        roles=[
            (council, "председатель", D(2023, 9, 25), None),
            (committee, "член комиссии", D(2023, 9, 25), None),
        ],
    )
    catalogue = EnglishCatalogue()
    for snippet in (council, committee, chair):
        translate_with_catalogue(snippet, english, catalogue)
    return chair, english, catalogue


def test_people_organisations_and_roles_are_translated_and_repointed(translated_directory):
    chair, english, _ = translated_directory
    target = chair.get_translation(english)
    assert target.name == "EN Роман Лысенко"
    assert target.slug == "roman"
    roles = list(target.roles.order_by("sort_order"))
    assert [role.position for role in roles] == ["EN председатель", "EN член комиссии"]
    assert [role.organisation.locale.language_code for role in roles] == ["en", "en"]
    assert roles[0].organisation.name == "EN Совет"
    assert roles[0].organisation.short_name == "EN СД"
    assert roles[1].organisation.parent == roles[0].organisation
    assert [role.translation_key for role in roles] == [
        role.translation_key for role in chair.roles.order_by("sort_order")
    ]


def translate_page(page, english, catalogue):
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        if ancestor.get_translation_or_none(english) is None:
            translate_with_catalogue(ancestor, english, catalogue)
    return translate_with_catalogue(page, english, catalogue)


def test_quote_in_english_translation_shows_english_person_and_role(
    client, news_index, translated_directory
):
    chair, english, catalogue = translated_directory
    page = make_news(
        news_index,
        publication_date=datetime.datetime(2026, 11, 20, 12, tzinfo=MSK),
        body=[
            quote_block(
                chair, text="Встреча была полезной", source="на круглом столе", role_override=""
            )
        ],
    )
    target = translate_page(page, english, catalogue)
    quote = target.body[0]
    assert quote.id == page.body[0].id
    assert quote.value["person"] == chair.get_translation(english)
    assert quote.value["text"] == "EN Встреча была полезной"
    assert quote.value["source"] == "EN на круглом столе"

    russian_html = client.get(page.url).content.decode()
    assert "Роман Лысенко" in russian_html and "председатель, Совет" in russian_html
    english_html = client.get(target.url).content.decode()
    assert "EN Роман Лысенко" in english_html
    assert "EN председатель, EN Совет" in english_html
    assert ">Роман Лысенко<" not in english_html


def test_statement_and_greeting_address_round_trip(client, home, translated_directory):
    chair, english, catalogue = translated_directory
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    statement = publish_child(
        statements,
        StatementPage(
            title="Заявление",
            slug="zayavlenie",
            speaker=chair,
            statement="Текст заявления",
            date=datetime.datetime(2026, 11, 20, 13, 0, tzinfo=MSK),
            context="Для прессы",
            role_override="глава делегации",
        ),
    )
    address = GreetingAddressPage(
        title="Адрес",
        slug="adres",
        addressee="Депутатам Совета",
        occasion="Юбилей",
        body="<p>Поздравляю</p>",
        original_text_alternative="Полный текст скана",
    )
    address.signatories.add(
        address.signatories.model(person=chair, role_override="от имени Совета")
    )
    address = publish_child(greetings, address)

    statement_en = translate_page(statement, english, catalogue)
    assert statement_en.speaker == chair.get_translation(english)
    assert (
        statement_en.title,
        statement_en.statement,
        statement_en.context,
        statement_en.role_override,
    ) == (
        "EN Заявление",
        "EN Текст заявления",
        "EN Для прессы",
        "EN глава делегации",
    )
    assert statement_en.date == statement.date

    address_en = translate_page(address, english, catalogue)
    assert (address_en.addressee, address_en.occasion, address_en.original_text_alternative) == (
        "EN Депутатам Совета",
        "EN Юбилей",
        "EN Полный текст скана",
    )
    assert address_en.body == "<p>EN Поздравляю</p>"
    [signatory] = address_en.signatories.all()
    assert signatory.person == chair.get_translation(english)
    assert signatory.role_override == "EN от имени Совета"
    html = client.get(address_en.url).content.decode()
    assert "EN Роман Лысенко" in html
