"""Events, their kinds and convocations go through wagtail-localize: every text arrives, every link is repointed."""

import datetime

import pytest
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import StringTranslation, TranslationSource

from tests.event_factories import at, event_kind, make_convocation, make_event, make_event_index
from tests.factories import locale, make_document, make_image, make_organisation, make_person
from wagtail_council.models import Convocation, EventKind, EventPage, Person
from wagtail_council.models.events import EventParticipant
from wagtail_council.translation_coverage import untranslatable_fields

D = datetime.date


@pytest.fixture
def translate(english, django_capture_on_commit_callbacks):
    """``translate(instance)``: what a translator does in the admin, into English.

    Submit the object, translate every segment, then create the translation;
    wagtail-localize publishes it when the transaction commits.
    """

    def translate_into_english(instance):
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        for segment in source.stringsegment_set.select_related("string", "context"):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=english,
                context=segment.context,
                defaults={"data": f"EN {segment.string.data}"},
            )
        with django_capture_on_commit_callbacks(execute=True):
            target, _created = source.create_or_update_translation(english, publish=True)
        return type(target).objects.get(pk=target.pk)

    return translate_into_english


def document_value(kind, title, document=None, scan=None, text_alternative=""):
    return {
        "kind": kind,
        "title": title,
        "document": document,
        "scan": scan,
        "text_alternative": text_alternative,
    }


@pytest.fixture
def english(db):
    return locale("en")


@pytest.fixture
def council(db):
    return make_organisation("Совет городского округа", slug="council", short_name="Совет")


@pytest.fixture
def convocation(council):
    return make_convocation(council, 2, D(2023, 9, 25), name="Совет второго созыва")


@pytest.fixture
def chair(council, convocation):
    person = make_person("Роман Лысенко", slug="roman")
    person.roles.add(
        person.roles.model(
            organisation=council,
            position="председатель",
            convocation=convocation,
            standing=10,
            faction="группа «Город»",
            district="Округ № 1",
            start_date=D(2023, 9, 25),
        )
    )
    person.save()
    return person


@pytest.fixture
def filled_event(home, council, chair):
    index = make_event_index(home)
    draft = make_document("Проект решения о бюджете")
    minutes = make_document("Протокол заседания")
    scan = make_image(title="Скан решения")
    return make_event(
        index,
        title="Заседание Совета",
        slug="zasedanie",
        lead="Депутаты рассмотрят бюджет",
        kind=event_kind("session"),
        start=at(2026, 10, 29, 10),
        end=at(2026, 10, 29, 12),
        status="held",
        venue_name="Зал заседаний",
        venue_address="ул. Примерная, 1",
        online_url="https://video.example/session",
        organiser=council,
        participants=[chair, ("Иван Гостев", "глава администрации")],
        body=[("paragraph", "<p>Повестка заседания <b>утверждена</b>.</p>")],
        agenda=[
            (
                "item",
                {
                    "title": "О бюджете на 2027 год",
                    "speaker": chair,
                    "speaker_name": "",
                    "speaker_position": "",
                    "documents": [
                        document_value("draft_decision", "Проект решения", draft),
                        document_value(
                            "report", "Скан доклада", scan=scan, text_alternative="Текст доклада"
                        ),
                    ],
                    "outcome": "adopted",
                },
            ),
            (
                "item",
                {
                    "title": "Разное",
                    "speaker": None,
                    "speaker_name": "Пётр Гость",
                    "speaker_position": "эксперт",
                    "documents": [],
                    "outcome": "postponed",
                },
            ),
        ],
        documents=[
            ("document", document_value("minutes", "Протокол", minutes)),
            (
                "document",
                document_value(
                    "decision", "Решение № 45", scan=scan, text_alternative="Совет решил: принять"
                ),
            ),
        ],
    )


@pytest.fixture
def translated(translate, home, filled_event, council, convocation, chair):
    """The English event, after its home, index, kind, organisation, convocation and person."""
    for instance in [
        home,
        filled_event.get_parent(),
        filled_event.kind,
        council,
        convocation,
        chair,
    ]:
        translate(instance.specific if hasattr(instance, "specific") else instance)
    return translate(filled_event)


def test_every_text_of_an_event_is_translated(translated, filled_event):
    target = translated
    assert isinstance(target, EventPage)
    assert target.locale.language_code == "en"
    assert target.live
    assert target.title == "EN Заседание Совета"
    assert target.lead == "EN Депутаты рассмотрят бюджет"
    assert target.venue_name == "EN Зал заседаний"
    assert target.venue_address == "EN ул. Примерная, 1"
    assert target.body[0].value.source == "<p>EN Повестка заседания <b>утверждена</b>.</p>"
    # Synchronised, not translated: the time, status and stream.
    assert (target.start, target.end) == (filled_event.start, filled_event.end)
    assert target.status == "held"
    assert target.online_url == "https://video.example/session"


def test_the_kind_and_the_organiser_point_at_their_english_translations(translated, filled_event):
    assert translated.kind.locale.language_code == "en"
    assert translated.kind.translation_key == filled_event.kind.translation_key
    assert translated.kind.slug == "session"
    assert translated.organiser.locale.language_code == "en"
    assert translated.organiser.name == "EN Совет городского округа"


def test_participants_point_at_the_english_person_and_guests_are_translated(translated, chair):
    rows = list(translated.participants.order_by("sort_order"))
    assert rows[0].person.locale.language_code == "en"
    assert rows[0].person.translation_key == chair.translation_key
    assert rows[0].person.name == "EN Роман Лысенко"
    assert (rows[1].guest_name, rows[1].guest_position) == (
        "EN Иван Гостев",
        "EN глава администрации",
    )
    # Roles are read on the event's date, in English.
    person, guest = translated.get_participants()
    assert person.name == "EN Роман Лысенко"
    assert "EN председатель" in str(person.role)
    assert guest.name == "EN Иван Гостев"


def test_agenda_items_their_speakers_and_documents_are_translated(translated, filled_event):
    first, second = translated.agenda
    assert [block.id for block in translated.agenda] == [block.id for block in filled_event.agenda]
    assert first.value["title"] == "EN О бюджете на 2027 год"
    assert first.value["speaker"].locale.language_code == "en"
    assert first.value["speaker"].name == "EN Роман Лысенко"
    assert first.value["outcome"] == "adopted"
    draft, report = first.value["documents"]
    assert draft["title"] == "EN Проект решения"
    assert draft["kind"] == "draft_decision"
    assert draft["document"].pk == filled_event.agenda[0].value["documents"][0]["document"].pk
    assert report["title"] == "EN Скан доклада"
    assert report["text_alternative"] == "EN Текст доклада"
    assert report["scan"].pk == filled_event.agenda[0].value["documents"][1]["scan"].pk
    assert second.value["speaker"] is None
    assert second.value["speaker_name"] == "EN Пётр Гость"
    assert second.value["speaker_position"] == "EN эксперт"
    assert second.value["outcome"] == "postponed"


def test_minutes_and_decisions_are_translated(translated, filled_event):
    minutes, decision = translated.documents
    assert minutes.value["title"] == "EN Протокол"
    assert minutes.value["document"].pk == filled_event.documents[0].value["document"].pk
    assert decision.value["title"] == "EN Решение № 45"
    assert decision.value["text_alternative"] == "EN Совет решил: принять"
    assert decision.value["scan"].pk == filled_event.documents[1].value["scan"].pk


def test_the_english_page_shows_the_translated_event(client, translated):
    response = client.get(translated.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "EN Заседание Совета" in html
    assert "EN О бюджете на 2027 год" in html


def test_a_convocation_and_a_role_in_it_are_translated_and_repointed(
    translate, council, convocation, chair
):
    translate(council)
    english_convocation = translate(convocation)
    assert english_convocation.name == "EN Совет второго созыва"
    assert english_convocation.number == 2
    assert english_convocation.start_date == D(2023, 9, 25)
    assert english_convocation.end_date is None
    assert english_convocation.organisation.locale.language_code == "en"

    english_chair = translate(chair)
    [role] = english_chair.roles.all()
    assert role.convocation == english_convocation
    assert (role.position, role.faction, role.district) == (
        "EN председатель",
        "EN группа «Город»",
        "EN Округ № 1",
    )
    assert role.standing == 10
    assert [member.person for member in english_convocation.members(on=D(2026, 1, 1))] == [
        english_chair
    ]


def test_a_kind_of_event_is_translated_and_keeps_its_slug(translate):
    kind = EventKind.objects.create(
        name="Выездное заседание", slug="field-session", locale=locale("ru")
    )
    target = translate(kind)
    assert (target.name, target.slug) == ("EN Выездное заседание", "field-session")
    assert target.translation_key == kind.translation_key


@pytest.mark.parametrize(
    "model", [EventPage, EventParticipant, EventKind, Convocation, Person], ids=lambda m: m.__name__
)
def test_the_coverage_check_covers_events_kinds_and_convocations(model):
    assert untranslatable_fields(model) == []


@pytest.mark.parametrize(
    ("model", "field", "target"),
    [
        (EventPage, "kind", "wagtail_council.EventKind"),
        (EventParticipant, "person", "wagtail_council.Person"),
        (Convocation, "organisation", "wagtail_council.Organisation"),
    ],
)
def test_a_link_to_a_translatable_snippet_that_is_synchronised_is_reported(
    monkeypatch, model, field, target
):
    """Such a translation would show the Russian kind, person or organisation on an English page."""
    overrides = [*getattr(model, "override_translatable_fields", []), SynchronizedField(field)]
    monkeypatch.setattr(model, "override_translatable_fields", overrides, raising=False)
    gaps = [str(gap) for gap in untranslatable_fields(model)]
    assert f"{model._meta.label}.{field}: a link to a translatable {target} is synchronised, " in (
        " ".join(gaps)
    )
    if model is EventParticipant:
        # The event reports the gaps of its rows too.
        assert any(".person: a link" in str(gap) for gap in untranslatable_fields(EventPage))


def test_a_link_to_a_page_may_stay_synchronised():
    """The gallery is a page: readers get its translation when the event is read."""
    assert not any("gallery" in str(gap) for gap in untranslatable_fields(EventPage))
