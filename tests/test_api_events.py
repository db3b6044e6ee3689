"""Events in the content API: listing with the HTML index's filters, details, a person's events."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.api_support import (
    API,
    get_valid,
    make_gallery_page,
    photo_rows,
    problem,
    untyped_schemas,
)
from tests.event_factories import at, event_kind, make_event, make_event_index
from tests.factories import (
    make_document,
    make_image,
    make_news,
    make_organisation,
    make_person,
    make_private,
)
from tests.test_core_api import HAS_V3, refs_in, v3_document

TINY = {"width": 48, "height": 27}


def agenda_item(title, speaker=None, documents=(), outcome="adopted", **guest):
    return (
        "item",
        {
            "title": title,
            "speaker": speaker,
            "speaker_name": guest.get("name", ""),
            "speaker_position": guest.get("position", ""),
            "documents": list(documents),
            "outcome": outcome,
        },
    )


def document_value(title, document=None, scan=None, text="", kind="decision"):
    return {
        "kind": kind,
        "title": title,
        "document": document,
        "scan": scan,
        "text_alternative": text,
    }


@pytest.fixture
def events_index(home):
    return make_event_index(home)


@pytest.fixture
def council(db):
    return make_organisation("Совет городского округа", slug="council")


@pytest.fixture
def lysenko(council):
    return make_person(
        "Роман Лысенко",
        slug="roman-lysenko",
        photo=make_image(**TINY),
        photo_alt="Портрет",
        roles=[
            (council, "депутат", datetime.date(2020, 1, 1), datetime.date(2024, 12, 31)),
            (council, "председатель", datetime.date(2025, 1, 1), None),
        ],
    )


@pytest.fixture
def round_table(events_index, council, lysenko, news_index, galleries):
    """A held round table with participants, an agenda, minutes, a gallery and a news report."""
    decision = make_document("Решение № 12")
    scan = make_image(**TINY)
    gallery = make_gallery_page(galleries, photo_rows(1, make_image(**TINY)), title="Фото")
    event = make_event(
        events_index,
        title="Круглый стол",
        slug="round-table",
        start=at(2025, 10, 17, 11),
        end=at(2025, 10, 17, 13),
        status="held",
        venue_name="Зал заседаний",
        venue_address="ул. Ленина, 1",
        latitude="55.755800",
        longitude="37.617300",
        online_url="https://video.example/stream",
        organiser=council,
        participants=[lysenko, ("Иван Гость", "эксперт")],
        gallery=gallery,
        agenda=[
            agenda_item(
                "О бюджете",
                speaker=lysenko,
                documents=[document_value("Проект решения", document=decision)],
            ),
            agenda_item("Разное", name="Пётр Докладчик", position="глава", outcome="pending"),
        ],
        documents=[
            ("document", document_value("Протокол", scan=scan, text="Текст протокола")),
        ],
    )
    news = make_news(news_index, title="Итоги круглого стола", event=event)
    return event, news, gallery


def test_a_news_detail_links_the_event_it_reports_on_in_both_apis(client, round_table):
    event, news, _gallery = round_table
    body, _response = get_valid(client, f"{API}news/{news.pk}/")
    assert body["event"]["id"] == event.pk
    assert body["event"]["path"] == event.url
    core = client.get(f"/api/v2/pages/{news.pk}/").json()
    assert core["event"]["id"] == event.pk
    make_private(event)
    assert get_valid(client, f"{API}news/{news.pk}/")[0]["event"] is None
    assert client.get(f"/api/v2/pages/{news.pk}/").json()["event"] is None


def test_an_event_detail_has_its_agenda_participants_documents_gallery_and_news(
    client, round_table, lysenko, council
):
    event, news, gallery = round_table
    body, _response = get_valid(client, f"{API}events/{event.pk}/")
    assert body["type"] == "event"
    assert body["kind"]["slug"] == "round-table"
    assert body["status"] == "held"
    assert body["start"].startswith("2025-10-17T")
    assert body["latitude"] == pytest.approx(55.7558)
    assert body["longitude"] == pytest.approx(37.6173)
    assert body["online_url"] == "https://video.example/stream"
    assert body["organiser"]["slug"] == "council"
    # The role on the event's date (2025): chair, not the earlier deputy's role.
    person, guest = body["participants"]
    assert person["name"] == "Роман Лысенко"
    assert person["position"] == "председатель"
    assert person["in_directory"] is True
    assert guest == {**guest, "name": "Иван Гость", "role": "эксперт", "in_directory": False}
    first, second = body["agenda"]
    assert first["title"] == "О бюджете"
    assert first["speaker"]["position"] == "председатель"
    assert first["outcome"] == "adopted"
    [draft] = first["documents"]
    assert draft["kind"] == "decision"
    assert draft["file"]["url"].endswith(".pdf")
    assert draft["scan"] is None
    assert second["speaker"]["name"] == "Пётр Докладчик"
    assert second["speaker"]["in_directory"] is False
    assert second["outcome"] == "pending"
    [minutes] = body["documents"]
    assert minutes["file"] is None
    assert minutes["scan"]["url"]
    assert minutes["text_alternative"] == "Текст протокола"
    assert body["gallery"]["id"] == gallery.pk
    assert [item["id"] for item in body["news"]] == [news.pk]
    assert body["ics_url"] == f"http://testserver{event.url}{event.reverse_subpage('ics')}"
    assert client.get(body["ics_url"]).status_code == 200


def test_an_event_s_draft_gallery_and_news_are_not_linked(client, round_table):
    event, news, gallery = round_table
    news.unpublish()
    gallery.unpublish()
    body, _response = get_valid(client, f"{API}events/{event.pk}/")
    assert body["gallery"] is None
    assert body["news"] == []


def test_an_event_index_detail_names_its_calendar(client, events_index):
    body, _response = get_valid(client, API + "pages/find/", {"path": events_index.url})
    assert body["type"] == "index"
    assert body["lists"] == "events"
    calendar = events_index.reverse_subpage("calendar")
    assert body["calendar_url"] == f"http://testserver{events_index.url}{calendar}"
    assert client.get(body["calendar_url"]).status_code == 200


def test_the_listing_puts_upcoming_events_first_soonest_first_then_past_newest_first(
    client, events_index
):
    now = timezone.now()
    past_old = make_event(events_index, start=now - datetime.timedelta(days=30))
    past_new = make_event(events_index, start=now - datetime.timedelta(days=2))
    soon = make_event(events_index, start=now + datetime.timedelta(days=1))
    later = make_event(events_index, start=now + datetime.timedelta(days=10))
    body, _response = get_valid(client, API + "events/")
    assert [item["id"] for item in body["items"]] == [soon.pk, later.pk, past_new.pk, past_old.pk]
    card = body["items"][0]
    assert set(card) == {
        *("type", "id", "title", "locale", "url", "path", "lead", "kind"),
        *("start", "end", "all_day", "status", "moved_to", "venue_name"),
    }
    upcoming, _response = get_valid(client, API + "events/", {"upcoming": "true"})
    assert [item["id"] for item in upcoming["items"]] == [soon.pk, later.pk]
    past, _response = get_valid(client, API + "events/", {"upcoming": "false"})
    assert [item["id"] for item in past["items"]] == [past_new.pk, past_old.pk]


def test_the_listing_filters_as_the_html_index_does(client, events_index, council, lysenko):
    other = make_organisation("Комитет", slug="committee-org")
    session = make_event(
        events_index,
        kind=event_kind("session"),
        organiser=council,
        participants=[lysenko],
        start=at(2025, 3, 5),
    )
    hearing = make_event(
        events_index, kind=event_kind("hearing"), organiser=other, start=at(2024, 3, 5)
    )

    def ids(**params):
        body, _response = get_valid(client, API + "events/", params)
        return [item["id"] for item in body["items"]]

    assert ids(kind="session") == [session.pk]
    assert ids(organisation="committee-org") == [hearing.pk]
    assert ids(person="roman-lysenko") == [session.pk]
    assert ids(year=2024) == [hearing.pk]
    assert ids(year=2025, month=3) == [session.pk]
    assert ids(year=2025, month=4) == []
    assert ids(locale="en") == []


def test_event_filters_of_nothing_find_nothing_as_the_other_listings_do(client, events_index):
    """An unknown slug matches no event (as ``news/?category=`` does); a month alone is any year's."""
    march = make_event(events_index, title="Мартовское", start=at(2025, 3, 4))
    make_event(events_index, title="Апрельское", start=at(2025, 4, 4))
    older = make_event(events_index, title="Давнее мартовское", start=at(2023, 3, 9))
    for params in ({"kind": "picnic"}, {"organisation": "nobody"}, {"person": "nobody"}):
        body, _response = get_valid(client, API + "events/", params)
        assert body["count"] == 0, params
    body, _response = get_valid(client, API + "events/", {"month": "3"})
    assert {item["id"] for item in body["items"]} == {march.pk, older.pk}
    body, _response = get_valid(client, API + "events/", {"month": "3", "year": "2025"})
    assert [item["id"] for item in body["items"]] == [march.pk]


@pytest.mark.parametrize(
    ("params", "parameter", "words"),
    [
        ({"month": "13", "year": "2025"}, "month", ""),
        ({"kind": "pic\x00nic"}, "kind", ""),
        ({"year": "abc"}, "year", ""),
        # Year 1 in Moscow time starts before year 1 in UTC: no such date.
        ({"year": "1"}, "year", ""),
        ({"year": "9999"}, "year", ""),
        ({"upcoming": "maybe"}, "upcoming", ""),
        ({"page": "abc"}, "page", ""),
        ({"offset": "abc"}, "offset", ""),
    ],
)
def test_bad_event_filters_are_400_problems_naming_them(
    client, events_index, params, parameter, words
):
    make_event(events_index)
    body = problem(client, API + "events/", params)
    assert body["parameter"] == parameter
    assert words in body["detail"]


def test_hidden_events_are_absent_from_every_endpoint(client, events_index, lysenko):
    visible = make_event(events_index, title="Открытое событие", participants=[lysenko])
    draft = make_event(
        events_index, publish=False, participants=[lysenko], title="Черновое событие"
    )
    private = make_event(events_index, participants=[lysenko], title="Закрытое событие")
    make_private(private)
    expired = make_event(events_index, participants=[lysenko], title="Истёкшее событие")
    expired.expire_at = timezone.now() - datetime.timedelta(hours=1)
    expired.save(update_fields=["expire_at"])
    hidden = [draft, private, expired]

    body, _response = get_valid(client, API + "events/")
    assert [item["id"] for item in body["items"]] == [visible.pk]
    for page in hidden:
        problem(client, f"{API}events/{page.pk}/", status=404)
        problem(client, f"{API}pages/find/", {"path": page.url}, status=404)
    found, _response = get_valid(client, API + "search/", {"q": "событие"})
    events_found = [item for item in found["items"] if item["type"] == "event"]
    assert [item["id"] for item in events_found] == [visible.pk]
    assert events_found[0]["summary"] == visible.lead
    for page in hidden:
        found, _response = get_valid(client, API + "search/", {"q": page.title})
        assert page.pk not in [item["id"] for item in found["items"]]
    paths, _response = get_valid(client, API + "paths/", {"type": "event"})
    assert [item["id"] for item in paths["items"]] == [visible.pk]
    person, _response = get_valid(client, f"{API}people/{lysenko.pk}/")
    assert person["events"]["count"] == 1
    assert [item["id"] for item in person["events"]["items"]] == [visible.pk]
    events, _response = get_valid(client, f"{API}people/{lysenko.pk}/events/")
    assert [item["id"] for item in events["items"]] == [visible.pk]


def test_a_person_s_events_are_newest_first_and_paged(client, events_index, lysenko):
    older = make_event(events_index, participants=[lysenko], start=at(2024, 5, 1))
    newer = make_event(events_index, participants=[lysenko], start=at(2025, 5, 1))
    make_event(events_index, start=at(2025, 6, 1))  # without the person
    body, _response = get_valid(client, f"{API}people/{lysenko.pk}/events/")
    assert body["count"] == 2
    assert [item["id"] for item in body["items"]] == [newer.pk, older.pk]
    second, _response = get_valid(
        client, f"{API}people/{lysenko.pk}/events/", {"limit": 1, "offset": 1}
    )
    assert [item["id"] for item in second["items"]] == [older.pk]
    problem(client, f"{API}people/{lysenko.pk}/events/", {"limit": "abc"})
    problem(client, f"{API}people/{lysenko.pk + 1000}/events/", status=404)


# Query budgets


def counted(client, url, params=None):
    for _round in range(2):
        get_valid(client, url, params)
    with CaptureQueriesContext(connection) as captured:
        get_valid(client, url, params)
    return len(captured.captured_queries)


def test_the_event_listing_costs_the_same_queries_for_10_or_50_events(client, events_index):
    for number in range(50):
        make_event(events_index, start=at(2025, 1, 1) + datetime.timedelta(days=number))
    ten = counted(client, API + "events/", {"limit": 10})
    fifty = counted(client, API + "events/", {"limit": 50})
    assert ten == fifty
    filtered = {"kind": "round-table", "year": 2025, "upcoming": "false"}
    assert counted(client, API + "events/", {**filtered, "limit": 10}) == counted(
        client, API + "events/", {**filtered, "limit": 50}
    )


def make_big_event(index, council, size):
    people = [
        make_person(
            f"Депутат {size}-{number}",
            photo=make_image(**TINY),
            photo_alt="Портрет",
            roles=[(council, "депутат", datetime.date(2020, 1, 1), None)],
        )
        for number in range(3)
    ]
    document = make_document()
    scan = make_image(**TINY)
    return make_event(
        index,
        participants=[people[number % 3] for number in range(size)],
        agenda=[
            agenda_item(
                f"Вопрос {number}",
                speaker=people[number % 3],
                documents=[
                    document_value("Проект", document=document),
                    document_value("Скан", scan=scan, text="Текст"),
                ],
            )
            for number in range(size)
        ],
        documents=[("document", document_value("Протокол", document=document))] * 3,
    )


def test_an_event_detail_costs_the_same_queries_for_10_or_200_agenda_items(
    client, events_index, council
):
    small = make_big_event(events_index, council, 10)
    large = make_big_event(events_index, council, 200)
    assert counted(client, f"{API}events/{small.pk}/") == counted(
        client, f"{API}events/{large.pk}/"
    )


def test_a_person_s_events_cost_the_same_queries_for_10_or_50(client, events_index, council):
    few = make_person("Немногие", roles=[(council, "депутат", datetime.date(2020, 1, 1), None)])
    many = make_person("Многие", roles=[(council, "депутат", datetime.date(2020, 1, 1), None)])
    for number in range(50):
        make_event(events_index, participants=[many] + ([few] if number < 10 else []))
    assert counted(client, f"{API}people/{few.pk}/events/", {"limit": 50}) == counted(
        client, f"{API}people/{many.pk}/events/", {"limit": 50}
    )
    assert counted(client, f"{API}people/{few.pk}/") == counted(client, f"{API}people/{many.pk}/")


# Wagtail's core API


CORE_FIELDS = (
    "kind",
    "organiser",
    "participants",
    "agenda",
    "documents",
    "body",
    "gallery",
    "latitude",
    "longitude",
)


def test_an_event_reads_the_same_in_the_core_api(client, round_table, settings):
    from tests.test_core_api import assert_same_as_content_api

    settings.WAGTAILAPI_BASE_URL = "http://testserver"
    event, _news, _gallery = round_table
    detail = assert_same_as_content_api(
        client, event, "events", {name: name for name in CORE_FIELDS}
    )
    assert detail["agenda"][0]["speaker"]["position"] == "председатель"


def test_the_v2_event_listing_with_every_field_is_typed_and_its_cost_per_event_stays(
    client, events_index, council, settings
):
    settings.WAGTAILAPI_LIMIT_MAX = 50
    for number in range(30):
        make_big_event(events_index, council, 1 if number < 10 else 20)
    url = "/api/v2/pages/"
    params = {"type": "wagtail_council.EventPage", "fields": "*", "order": "id"}

    def core_queries(limit, offset=0):
        client.get(url, {**params, "limit": limit, "offset": offset})
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, {**params, "limit": limit, "offset": offset})
        assert response.status_code == 200, response.content[:300]
        return len(captured.captured_queries), response.json()["items"]

    small, items = core_queries(10)  # events with one agenda item and one participant each
    large, _items = core_queries(10, offset=10)  # twenty of each
    assert small == large
    # A fixed number of queries per event, whatever the events hold.
    twenty, _items = core_queries(20)
    thirty, _items = core_queries(30)
    assert thirty - small == 2 * (twenty - small)
    first = items[0]
    assert first["kind"]["slug"] == "round-table"
    assert isinstance(first["latitude"], (float, type(None)))
    assert first["participants"][0]["in_directory"] is True
    assert first["agenda"][0]["documents"][0]["file"]["url"]


def test_a_translated_event_is_served_in_its_language(client, events_index, council, lysenko):
    from tests.api_support import translate_to_english

    event = make_event(
        events_index,
        title="Сессия",
        kind=event_kind("session"),
        organiser=council,
        participants=[lysenko],
        agenda=[agenda_item("О бюджете", speaker=lysenko)],
    )
    english = translate_to_english(event, council, lysenko)
    listing, _response = get_valid(client, API + "events/", {"locale": "en"})
    assert [item["id"] for item in listing["items"]] == [english.pk]
    assert listing["items"][0]["title"] == "EN Сессия"
    detail, _response = get_valid(client, f"{API}events/{english.pk}/")
    assert detail["locale"] == "en"
    assert detail["kind"]["slug"] == "session"
    assert detail["agenda"][0]["title"] == "EN О бюджете"
    [participant] = detail["participants"]
    assert participant["name"] == "EN Роман Лысенко"
    assert detail["agenda"][0]["speaker"]["name"] == "EN Роман Лысенко"
    assert {item["locale"] for item in detail["translations"]} == {"ru", "en"}
    russian, _response = get_valid(client, API + "events/", {"locale": "ru"})
    assert [item["id"] for item in russian["items"]] == [event.pk]


# CDN purges

RECORDING = {"recorder": {"BACKEND": "tests.test_api_purge.RecordingBackend"}}
ROOT = "http://testserver/api/council/"


def test_publishing_an_event_its_news_or_its_gallery_purges_what_shows_them(
    client, round_table, lysenko, settings
):
    from tests.test_api_purge import PURGED

    settings.WAGTAILFRONTENDCACHE = RECORDING
    event, news, gallery = round_table
    PURGED.clear()
    event.save_revision().publish()
    assert f"{ROOT}events/{event.pk}/" in PURGED
    assert f"{ROOT}events/" in PURGED
    assert f"{ROOT}events/?locale=ru" in PURGED
    assert f"{ROOT}people/{lysenko.pk}/" in PURGED
    assert f"{ROOT}people/{lysenko.pk}/events/" in PURGED
    PURGED.clear()
    news.save_revision().publish()
    assert f"{ROOT}events/{event.pk}/" in PURGED
    PURGED.clear()
    gallery.save_revision().publish()
    assert f"{ROOT}events/{event.pk}/" in PURGED
    PURGED.clear()


def test_wagtail_8_types_every_field_of_events_in_its_v3_document(client, db):
    if not HAS_V3:
        # Wagtail 7.4 has no v3 API, and the site mounts none.
        assert client.get("/api/v3/pages/", follow=True).status_code == 404
        return
    schemas = v3_document()["components"]["schemas"]
    problems, seen, pending = [], set(), ["EventPageSchema", "EventIndexPageSchema"]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        problems += untyped_schemas(schemas[name], name)
        pending += [ref.rsplit("/", 1)[-1] for ref in refs_in(schemas[name])]
    assert problems == []
    assert {"AgendaItem", "EventDocument", "EventKindRef", "Speaker"} <= seen


def test_an_event_draft_previews_its_participants_and_agenda_from_the_revision(
    client, events_index, lysenko
):
    from wagtail_council.models import EventParticipant
    from wagtail_council.reader.preview import make_preview_token

    event = make_event(events_index, title="Живое", participants=[("Гость", "эксперт")])
    event.title = "Черновик события"
    event.participants.add(EventParticipant(person=lysenko, sort_order=1))
    event.agenda = [agenda_item("Новый вопрос", speaker=lysenko)]
    revision = event.save_revision()
    body, _response = get_valid(client, API + "preview/", {"token": make_preview_token(revision)})
    assert body["type"] == "event"
    assert body["title"] == "Черновик события"
    assert [item["name"] for item in body["participants"]] == ["Гость", "Роман Лысенко"]
    assert body["agenda"][0]["speaker"]["position"] == "председатель"
    live, _response = get_valid(client, f"{API}events/{event.pk}/")
    assert [item["name"] for item in live["participants"]] == ["Гость"]
