"""Events in HTML: the index, the event page, and the links between events, news and galleries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.event_factories import at, event_kind, make_event, make_event_index
from tests.factories import (
    add_index,
    make_document,
    make_image,
    make_news,
    make_organisation,
    make_person,
    make_private,
)
from tests.gallery_factories import make_gallery, make_gallery_index
from wagtail_council.models import EventPage, PeopleIndexPage

D = datetime.date
NOW = timezone.now()


def days(number, hour=None):
    """An aware datetime ``number`` days from now (negative: in the past)."""
    moment = NOW + datetime.timedelta(days=number)
    if hour is not None:
        moment = moment.replace(hour=hour, minute=0, second=0, microsecond=0)
    return moment


@pytest.fixture
def events(home):
    return make_event_index(home)


@pytest.fixture
def people_index(home):
    return add_index(home, PeopleIndexPage, "Депутаты", "people")


def titles_in(html, heading_id):
    section = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    if section is None:
        return []
    return re.findall(r'class="council-card__title"><a href="[^"]*">([^<]*)</a>', section.group(0))


def all_titles(html):
    return re.findall(r'class="council-card__title"><a href="[^"]*">([^<]*)</a>', html)


# The index


def test_index_lists_upcoming_soonest_first_then_past_newest_first(client, events):
    make_event(events, title="Через неделю", start=days(7))
    make_event(events, title="Завтра", start=days(1))
    make_event(events, title="Месяц назад", start=days(-30))
    make_event(events, title="Вчера", start=days(-1), end=days(-1) + datetime.timedelta(hours=1))
    make_event(events, title="Идёт сейчас", start=days(-1), end=days(1))

    response = client.get(events.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert titles_in(html, "council-upcoming-heading") == ["Идёт сейчас", "Завтра", "Через неделю"]
    assert titles_in(html, "council-past-heading") == ["Вчера", "Месяц назад"]


def test_index_card_shows_kind_local_time_venue_and_status_in_text(client, events):
    make_event(
        events,
        title="Сессия",
        kind=event_kind("session"),
        start=at(2025, 10, 17, 11),
        end=at(2025, 10, 17, 13),
        venue_name="Зал заседаний",
    )
    make_event(events, title="Отменено", status="cancelled", start=at(2025, 9, 1))
    make_event(
        events,
        title="Перенесено",
        status="moved",
        start=at(2025, 8, 1),
        moved_to=at(2025, 8, 15, 15),
    )
    make_event(
        events, title="Фестиваль", all_day=True, start=at(2025, 7, 1, 0), end=at(2025, 7, 2, 23)
    )

    html = client.get(events.url).content.decode()

    session = event_card(html, "Сессия")
    assert '<time datetime="2025-10-17T11:00:00+03:00">17 октября 2025, 11:00</time>' in session
    assert '<time datetime="2025-10-17T13:00:00+03:00">13:00</time>' in session
    assert "Зал заседаний" in session
    assert event_kind("session").name in session
    assert "council-event-status" not in session
    assert "council-event-status--cancelled" in event_card(html, "Отменено")
    moved = event_card(html, "Перенесено")
    assert "council-event-status--moved" in moved
    assert '<time datetime="2025-08-15T15:00:00+03:00">' in moved
    festival = event_card(html, "Фестиваль")
    assert '<time datetime="2025-07-01">1 июля 2025</time>' in festival
    assert '<time datetime="2025-07-02">2 июля 2025</time>' in festival
    assert ":00</time>" not in festival


def event_card(html, title):
    for card in re.findall(
        r'<article class="council-card council-event-card">.*?</article>', html, re.S
    ):
        if f">{title}</a>" in card:
            return card
    raise AssertionError(f"no card for {title}")


def test_index_announces_and_links_its_calendar(client, events):
    html = client.get(events.url).content.decode()
    calendar = f"{events.url}calendar/"
    assert re.search(
        rf'<link rel="alternate" type="text/calendar" title="[^"]+" href="{calendar}">', html
    )
    assert re.search(rf'<a href="{calendar}"[^>]*>[^<]+</a>', html)


@pytest.fixture
def filterable(events):
    """Events of two kinds, two organisers, two participants and three months."""
    council = make_organisation("Совет депутатов", slug="council")
    committee = make_organisation("Комитет по бюджету", slug="budget")
    ivanov = make_person(
        "Иван Иванов", slug="ivanov", roles=[(council, "депутат", D(2020, 1, 1), None)]
    )
    petrov = make_person("Пётр Петров", slug="petrov")
    make_event(
        events,
        title="Сессия в октябре",
        kind=event_kind("session"),
        organiser=council,
        participants=[ivanov],
        start=at(2025, 10, 17),
    )
    make_event(
        events,
        title="Комитет в ноябре",
        kind=event_kind("committee"),
        organiser=committee,
        participants=[petrov, ("Гость", "эксперт")],
        start=at(2025, 11, 5),
    )
    make_event(
        events,
        title="Сессия прошлого года",
        kind=event_kind("session"),
        organiser=council,
        participants=[ivanov, petrov],
        start=at(2024, 10, 1),
    )
    return events


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=session", {"Сессия в октябре", "Сессия прошлого года"}),
        ("kind=committee", {"Комитет в ноябре"}),
        ("organisation=budget", {"Комитет в ноябре"}),
        ("organisation=council", {"Сессия в октябре", "Сессия прошлого года"}),
        ("person=ivanov", {"Сессия в октябре", "Сессия прошлого года"}),
        ("person=petrov", {"Комитет в ноябре", "Сессия прошлого года"}),
        ("year=2025", {"Сессия в октябре", "Комитет в ноябре"}),
        ("year=2025&month=11", {"Комитет в ноябре"}),
        ("kind=session&year=2024", {"Сессия прошлого года"}),
        ("", {"Сессия в октябре", "Комитет в ноябре", "Сессия прошлого года"}),
    ],
)
def test_every_filter_narrows_the_index(client, filterable, query, expected):
    response = client.get(f"{filterable.url}?{query}")
    assert response.status_code == 200
    assert set(all_titles(response.content.decode())) == expected


def test_filter_form_offers_only_what_events_have(client, filterable):
    html = client.get(filterable.url).content.decode()
    assert '<option value="session">' in html
    assert '<option value="committee">' in html
    assert '<option value="hearing">' not in html
    assert '<option value="ivanov">Иван Иванов</option>' in html
    assert '<option value="budget">Комитет по бюджету</option>' in html
    assert '<option value="2024">2024</option>' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("kind=nonsense", "nonsense"),
        ("person=nobody", "nobody"),
        ("organisation=nowhere", "nowhere"),
        ("year=1900", "1900"),
        ("year=2025&month=13", "13"),
        ("month=5", ""),
    ],
)
def test_invalid_filter_is_a_400_with_the_forms_message(client, filterable, query, message):
    response = client.get(f"{filterable.url}?{query}")
    html = response.content.decode()
    assert response.status_code == 400
    alert = re.search(r'role="alert">.*?</div>', html, re.S).group(0)
    assert message in alert
    assert "<li>" in alert


@pytest.mark.parametrize("page", ["abc", "999", "-1", "0", "1.5"])
def test_a_page_number_that_is_no_page_of_the_listing_is_a_404(client, events, settings, page):
    settings.WAGTAIL_COUNCIL_EVENTS_PER_PAGE = 2
    for number in range(5):
        make_event(events, title=f"Событие номер {number}", start=days(number + 1))
    assert client.get(f"{events.url}?page={page}").status_code == 404
    assert len(all_titles(client.get(f"{events.url}?page=3").content.decode())) == 1


def test_pagination_keeps_the_filters(client, events, settings):
    settings.WAGTAIL_COUNCIL_EVENTS_PER_PAGE = 2
    for number in range(3):
        make_event(
            events, title=f"Сессия {number}", kind=event_kind("session"), start=days(number + 1)
        )
    make_event(events, title="Другое", kind=event_kind("other"), start=days(10))
    html = client.get(f"{events.url}?kind=session").content.decode()
    assert 'href="?kind=session&amp;page=2"' in html
    second = client.get(f"{events.url}?kind=session&page=2").content.decode()
    assert all_titles(second) == ["Сессия 2"]


def hidden_events(events):
    """A draft, a private and an expired event; and one that readers may see."""
    draft = make_event(events, title="Черновик", publish=False, start=days(3))
    private = make_event(events, title="Закрытое", start=days(4))
    make_private(private)
    expired = make_event(events, title="Истекло", start=days(5))
    EventPage.objects.filter(pk=expired.pk).update(expire_at=days(-1))
    shown = make_event(events, title="Открытое", start=days(6))
    return [draft, private, expired], shown


def test_hidden_events_are_not_in_the_index(client, events):
    hidden, shown = hidden_events(events)
    html = client.get(events.url).content.decode()
    assert all_titles(html) == ["Открытое"]
    for page in hidden:
        assert page.url not in html


def test_hidden_events_are_never_linked_from_news_or_galleries(client, home, news_index, events):
    hidden, shown = hidden_events(events)
    gallery = make_gallery(make_gallery_index(home), title="Фото")
    for page in hidden:
        EventPage.objects.filter(pk=page.pk).update(gallery=gallery)
        news = make_news(news_index, title=f"О событии {page.title}", event=page)
        html = client.get(news.url).content.decode()
        assert f'href="{page.url}"' not in html
        assert "council-article__event" not in html
    gallery_html = client.get(gallery.url).content.decode()
    assert "council-gallery-events-heading" not in gallery_html
    for page in hidden:
        assert f'href="{page.url}"' not in gallery_html

    EventPage.objects.filter(pk=shown.pk).update(gallery=gallery)
    news = make_news(news_index, title="О событии", event=shown)
    html = client.get(news.url).content.decode()
    assert re.search(
        rf'class="council-article__event">[^<]*<a href="{shown.url}">Открытое</a>', html
    )
    gallery_html = client.get(gallery.url).content.decode()
    assert f'<a href="{shown.url}">Открытое</a>' in gallery_html


# The event page


def agenda_item(title, speaker=None, name="", position="", documents=(), outcome="pending"):
    return (
        "item",
        {
            "title": title,
            "speaker": speaker,
            "speaker_name": name,
            "speaker_position": position,
            "documents": list(documents),
            "outcome": outcome,
        },
    )


def document(title, file=None, scan=None, text="", kind="decision"):
    return {"kind": kind, "title": title, "document": file, "scan": scan, "text_alternative": text}


@pytest.fixture
def council_people(people_index):
    council = make_organisation("Совет депутатов", slug="council")
    lysenko = make_person(
        "Роман Лысенко",
        slug="lysenko",
        roles=[
            (council, "депутат", D(2020, 1, 1), D(2024, 12, 31)),
            (council, "председатель", D(2025, 1, 1), None),
        ],
    )
    return council, lysenko


def test_participants_show_the_role_held_on_the_events_date(client, events, council_people):
    council, lysenko = council_people
    old = make_event(events, title="Старое", start=at(2023, 5, 10), participants=[lysenko])
    new = make_event(
        events,
        title="Новое",
        start=at(2025, 5, 10),
        participants=[lysenko, ("Анна Гостева", "эксперт")],
    )

    old_html = client.get(old.url).content.decode()
    new_html = client.get(new.url).content.decode()

    profile = f'<a href="{people_index_url(council_people)}lysenko/">Роман Лысенко</a>'
    role = '<span class="council-event-speaker__role">{}, Совет депутатов</span>'
    assert f"{profile}, {role.format('депутат')}" in old_html
    assert "председатель" not in old_html
    assert f"{profile}, {role.format('председатель')}" in new_html
    assert 'Анна Гостева, <span class="council-event-speaker__role">эксперт</span>' in new_html


def people_index_url(council_people):
    return PeopleIndexPage.objects.get(slug="people").url


def test_event_page_shows_everything_an_event_has(client, home, news_index, events, council_people):
    council, lysenko = council_people
    decision = make_document("Решение о бюджете")
    scan = make_image(width=40, height=60)
    gallery = make_gallery(make_gallery_index(home), title="Фото круглого стола")
    page = make_event(
        events,
        title="Круглый стол <депутатов>",
        lead="Обсудили сотрудничество & опыт.",
        kind=event_kind("round-table"),
        start=at(2025, 10, 17, 11),
        end=at(2025, 10, 17, 13, 30),
        status="held",
        venue_name="Зал заседаний",
        venue_address="ул. Ленина, 1",
        latitude="55.751244",
        longitude="37.618423",
        online_url="https://video.example/stream",
        organiser=council,
        gallery=gallery,
        body=[("paragraph", RichText("<p>Текст о встрече.</p>"))],
        agenda=[
            agenda_item(
                "О бюджете",
                speaker=lysenko,
                documents=[document("Проект решения", file=decision, kind="draft_decision")],
                outcome="adopted",
            ),
            agenda_item("Разное", name="Анна Гостева", position="эксперт"),
        ],
        documents=[
            (
                "document",
                document(
                    "Протокол", scan=scan, text="Протокол заседания: решили всё.", kind="minutes"
                ),
            )
        ],
    )
    news = make_news(news_index, title="Новость о круглом столе", event=page)

    response = client.get(page.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>Круглый стол &lt;депутатов&gt;</h1>" in html
    assert "Обсудили сотрудничество &amp; опыт." in html
    assert event_kind("round-table").name in html
    assert '<time datetime="2025-10-17T11:00:00+03:00">17 октября 2025, 11:00</time>' in html
    assert '<time datetime="2025-10-17T13:30:00+03:00">13:30</time>' in html
    assert "Зал заседаний" in html and "ул. Ленина, 1" in html
    assert 'href="https://www.openstreetmap.org/?mlat=55.751244&amp;mlon=37.618423' in html
    assert '<a href="https://video.example/stream" rel="noopener">' in html
    assert re.search(
        r'<a href="[^"]*/people/organisations/council/">Совет депутатов</a>|<a href="[^"]*council/">Совет депутатов</a>',
        html,
    )
    assert f'<a href="{page.url}ics/" download type="text/calendar">' in html
    agenda = re.search(r'<ol class="council-agenda">.*?</ol>', html, re.S).group(0)
    assert agenda.count('<li class="council-agenda__item">') == 2
    assert '>Роман Лысенко</a>, <span class="council-event-speaker__role">председатель, ' in agenda
    assert 'Анна Гостева, <span class="council-event-speaker__role">эксперт</span>' in agenda
    assert f'<a href="{decision.url}" download>Проект решения</a>' in agenda
    assert "(PDF, " in agenda
    assert agenda.count("council-agenda__outcome") == 1  # "pending" is not shown
    documents = re.search(r"council-event-documents-heading.*?</section>", html, re.S).group(0)
    assert "<details" in documents and "<summary>" in documents
    assert "Протокол заседания: решили всё." in documents
    assert f'href="{scan.file.url}"' in documents
    assert "Текст о встрече." in html
    assert f'<a href="{gallery.url}">Фото круглого стола</a>' in html
    assert f'<a href="{news.url}">Новость о круглом столе</a>' in html


def test_a_cancelled_or_moved_event_says_so(client, events):
    cancelled = make_event(events, title="Отменено", status="cancelled")
    moved = make_event(events, title="Перенесено", status="moved", moved_to=at(2025, 12, 1, 15))
    assert "council-event-status--cancelled" in client.get(cancelled.url).content.decode()
    html = client.get(moved.url).content.decode()
    status = re.search(
        r'<p class="council-event-status council-event-status--moved">.*?</p>', html, re.S
    )
    assert (
        '<time datetime="2025-12-01T15:00:00+03:00">1 декабря 2025, 15:00</time>' in status.group(0)
    )


def test_a_page_without_optional_parts_renders_without_their_sections(client, events):
    page = make_event(events, title="Простое")
    html = client.get(page.url).content.decode()
    for absent in (
        "council-agenda",
        "council-participants-heading",
        "openstreetmap",
        'rel="noopener"',
        "council-event-documents-heading",
    ):
        assert absent not in html


# Refused input: form errors, never a 500


def scan_document_form():
    return {
        "kind": "minutes",
        "title": "Скан",
        "document": "",
        "scan": "SCAN",
        "text_alternative": "",
    }


def agenda_item_form():
    """An item that names a speaker from the directory and types a name as well."""
    return {
        "title": "Пункт",
        "speaker": "PERSON",
        "speaker_name": "Иван",
        "speaker_position": "",
        "documents": {"count": 0},
        "outcome": "pending",
    }


def event_form(kind, **fields):
    data = {
        "title": "Сессия",
        "slug": "",
        "lead": "Анонс",
        "kind": kind.pk,
        "start": "2025-10-17 11:00",
        "end": "",
        "status": "scheduled",
        "moved_to": "",
        "venue_name": "",
        "venue_address": "",
        "latitude": "",
        "longitude": "",
        "online_url": "",
        "organiser": "",
        "body": streamfield([]),
        "agenda": streamfield([]),
        "documents": streamfield([]),
        "participants": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"end": "2025-10-17 09:00"}, "cannot end before it starts"),
        ({"status": "moved"}, "Say when the event takes place now"),
        ({"online_url": "http://video.example/"}, "https://"),
        ({"online_url": "javascript:alert(1)"}, "https://"),
        (
            {"documents": streamfield([("document", scan_document_form())])},
            "type its full text",
        ),
        (
            {"agenda": streamfield([("item", agenda_item_form())])},
            "not both",
        ),
        (
            {
                "participants": inline_formset(
                    [{"person": "", "guest_name": "", "guest_position": "", "role_override": ""}]
                )
            },
            "Choose a person from the directory or type a guest",
        ),
    ],
)
def test_admin_refuses_bad_events_with_form_errors(
    admin_client, events, council_people, fields, message
):
    council, lysenko = council_people
    scan = make_image(width=20, height=20)
    fields = {
        key: replace_placeholders(value, SCAN=scan.pk, PERSON=lysenko.pk)
        for key, value in fields.items()
    }
    url = f"/admin/pages/add/wagtail_council/eventpage/{events.pk}/"
    response = admin_client.post(
        url, event_form(event_kind("session"), **fields), HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "error" in html
    assert message in html
    assert not EventPage.objects.filter(title="Сессия").exists()


def replace_placeholders(value, **ids):
    if isinstance(value, dict):
        return {key: replace_placeholders(item, **ids) for key, item in value.items()}
    if isinstance(value, list):
        return [replace_placeholders(item, **ids) for item in value]
    if isinstance(value, tuple):
        return tuple(replace_placeholders(item, **ids) for item in value)
    if isinstance(value, str) and value in ids:
        return ids[value]
    return value


def test_admin_creates_a_valid_event(admin_client, events):
    url = f"/admin/pages/add/wagtail_council/eventpage/{events.pk}/"
    response = admin_client.post(
        url, event_form(event_kind("session"), slug="good", end="2025-10-17 12:00")
    )
    assert response.status_code == 302
    assert EventPage.objects.get(slug="good").end is not None


# Query budgets


def queries_to_render(client, url):
    """SQL queries of an anonymous reader's request, with every cache cold."""
    from django.core.cache import caches

    assert client.get(url).status_code == 200  # renditions and file sizes are stored once
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_index_costs_the_same_for_10_and_30_events(client, home, settings):
    settings.WAGTAIL_COUNCIL_EVENTS_PER_PAGE = 50
    council = make_organisation("Совет депутатов", slug="council")
    person = make_person("Иван Иванов", slug="ivanov")
    sizes = {}
    for count in (10, 30):
        index = make_event_index(home, title=f"События {count}", slug=f"events-{count}")
        for number in range(count):
            make_event(
                index,
                title=f"Событие {count}-{number}",
                start=days(number - count // 2),
                organiser=council,
                participants=[person],
                venue_name="Зал",
                status="moved" if number % 3 == 0 else "scheduled",
                moved_to=days(number + 40) if number % 3 == 0 else None,
            )
        sizes[count] = queries_to_render(client, index.url)
    assert len(all_titles(sizes[30][1])) == 30
    assert sizes[10][0] == sizes[30][0]


@pytest.fixture
def many_people(db):
    council = make_organisation("Совет депутатов", slug="council")
    return [
        make_person(
            f"Депутат {number}",
            slug=f"deputy-{number}",
            roles=[(council, "депутат", D(2020, 1, 1), None)],
        )
        for number in range(200)
    ]


def test_event_page_costs_the_same_for_10_and_200_agenda_items_and_participants(
    client, events, people_index, many_people
):
    file = make_document("Проект решения")
    scan = make_image(width=20, height=30)

    def event_of(count):
        people = many_people[:count]
        return make_event(
            events,
            title=f"Сессия на {count}",
            start=at(2025, 3, 1),
            participants=[*people, ("Гость", "эксперт")],
            agenda=[
                agenda_item(
                    f"Пункт {number}",
                    speaker=people[number] if number % 2 else None,
                    name="" if number % 2 else f"Докладчик {number}",
                    documents=[
                        document(f"Решение {number}", file=file),
                        document(f"Скан {number}", scan=scan, text="Текст скана"),
                    ],
                    outcome="adopted",
                )
                for number in range(count)
            ],
            documents=[("document", document(f"Протокол {n}", file=file)) for n in range(count)],
        )

    short_queries, short_html = queries_to_render(client, event_of(10).url)
    long_queries, long_html = queries_to_render(client, event_of(200).url)

    assert long_html.count('<li class="council-agenda__item">') == 200
    assert long_html.count('class="council-event-speaker"') == 200 + 1 + 200
    assert '<a href="/ru/people/deputy-199/">Депутат 199</a>' in long_html
    assert long_queries == short_queries


def test_an_online_link_that_is_not_https_is_never_shown(client, events):
    page = make_event(events, title="Старый импорт")
    EventPage.objects.filter(pk=page.pk).update(online_url="javascript:alert(1)")
    html = client.get(page.url).content.decode()
    assert "javascript:" not in html
    assert 'rel="noopener"' not in html


def test_links_between_news_events_and_galleries_follow_the_readers_language(
    client, home, news_index, events
):
    from tests.api_support import translate_to_english

    gallery = make_gallery(make_gallery_index(home), title="Фото")
    event = make_event(events, title="Круглый стол", gallery=gallery)
    news = make_news(news_index, title="Новость", event=event, gallery=gallery)
    english_gallery = translate_to_english(gallery)
    english_event = translate_to_english(event)
    english_news = translate_to_english(news)

    news_html = client.get(english_news.url).content.decode()
    event_html = client.get(english_event.url).content.decode()
    gallery_html = client.get(english_gallery.url).content.decode()

    assert english_event.url.startswith("/en/")
    assert f'Reports on the event <a href="{english_event.url}">EN Круглый стол</a>' in news_html
    assert f'<a href="{english_gallery.url}">EN Фото</a>' in event_html
    assert f'<a href="{english_news.url}">EN Новость</a>' in event_html
    assert f'href="{news.url}"' not in event_html
    assert f'Photos of the event <a href="{english_event.url}">EN Круглый стол</a>' in gallery_html
    assert f'href="{event.url}"' not in gallery_html
