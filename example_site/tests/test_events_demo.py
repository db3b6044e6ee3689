"""The demo council's events, convocations and register, as `make demo` serves them, in both languages."""

import datetime
import html as html_lib
import re

import icalendar
import vobject
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation

from home.demo import events
from tests.api_support import API, get_valid
from tests.json_ld_support import json_ld_blocks
from wagtail_council.models import Convocation, EventKind, EventPage, NewsPage, Person

ROUND_TABLE_RU = "/ru/events/kruglyj-stol-predstavlenie-i-zashchita-interesov-municipalitetov/"
ROUND_TABLE_EN = (
    "/en/events/round-table-representing-and-defending-the-interests-of-municipalities/"
)
SESSION_RU = "/ru/events/zasedanie-soveta-29-oktyabrya-2026-goda/"
HEARING_RU = "/ru/events/publichnye-slushaniya-po-proektu-pravil-blagoustrojstva/"
CANCELLED_RU = "/ru/events/zasedanie-postoyannoj-komissii-po-byudzhetu-i-finansam/"
SEED_NEWS_RU = "/ru/news/obmen-opytom-poleznaya-praktika-sotrudnichestva/"
SEED_NEWS_EN = "/en/news/sharing-experience-a-useful-practice-of-cooperation/"
GALLERY_RU = "/ru/galleries/kruglyj-stol-s-kollegami-iz-vologodskoj-oblasti/"
GALLERY_EN = "/en/galleries/round-table-with-colleagues-from-the-vologda-region/"

FIVE_OFFICIALS_RU = [
    ("Роман Лысенко", "председатель"),
    ("Олег Радченко", "заместитель председателя"),
    ("Владимир Селяков", "депутат"),
    ("Алексей Орлов", "депутат"),
    ("Сергей Жестянников", "председатель"),
]
FIVE_OFFICIALS_EN = [
    ("Roman Lysenko", "Chairman"),
    ("Oleg Radchenko", "Deputy Chairman"),
    ("Vladimir Selyakov", "Deputy"),
    ("Alexey Orlov", "Deputy"),
    ("Sergey Zhestyannikov", "Chairman"),
]


def text_of(fragment):
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def section(html, heading_id):
    """The text of the ``<section>`` labelled by ``heading_id``."""
    match = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}"[^>]*>(.*?)</section>', html, re.S
    )
    assert match, f"no section {heading_id}"
    return match.group(1)


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def counts():
    return (
        Page.objects.count(),
        EventPage.objects.count(),
        EventKind.objects.count(),
        Convocation.objects.count(),
        Person.objects.count(),
        get_document_model().objects.count(),
        get_image_model().objects.count(),
        Translation.objects.count(),
    )


def test_loading_the_demo_twice_adds_no_event_convocation_or_document(
    demo, django_capture_on_commit_callbacks
):
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before
    # Four events and two convocations, each in Russian and English.
    assert before[1] == 8
    assert before[3] == 4


def test_the_round_table_is_the_seed_event_on_its_date_in_both_languages(demo):
    russian = EventPage.objects.get(slug=events.ROUND_TABLE["slug"], locale__language_code="ru")
    english = russian.get_translations().get().specific
    for event in (russian, english):
        assert event.live
        assert event.kind.slug == "round-table"
        assert event.status == "held"
        assert timezone.localtime(event.start).date() == datetime.date(2026, 11, 20)
    assert english.kind.locale.language_code == "en"
    assert english.kind.name == "Round table"
    assert re.search("[А-Яа-яЁё]", russian.kind.name), russian.kind.name
    # The seed article reports on it.
    seed_news = NewsPage.objects.get(slug=SEED_NEWS_RU.split("/")[-2])
    assert seed_news.event_id == russian.pk


def participants(html):
    items = re.findall(r"<li>(.*?)</li>", section(html, "council-participants-heading"), re.S)
    return [text_of(item) for item in items]


def test_the_round_table_shows_its_five_participants_with_their_roles_on_its_date(client, demo):
    for url, officials in [
        (ROUND_TABLE_RU, FIVE_OFFICIALS_RU),
        (ROUND_TABLE_EN, FIVE_OFFICIALS_EN),
    ]:
        shown = participants(get_html(client, url))
        assert len(shown) == 5, shown
        for line, (name, role) in zip(shown, officials, strict=True):
            assert name in line and role in line, (line, name, role)


def test_the_round_table_links_its_gallery_its_news_and_quotes(client, demo):
    for url, gallery, news, quote in [
        (ROUND_TABLE_RU, GALLERY_RU, SEED_NEWS_RU, "Благодаря встрече в формате круглого стола"),
        (ROUND_TABLE_EN, GALLERY_EN, SEED_NEWS_EN, "Thanks to the round-table meeting"),
    ]:
        html = get_html(client, url)
        assert f'href="{gallery}"' in section(html, "council-linked-gallery-heading")
        assert f'href="{news}"' in section(html, "council-event-news-heading")
        assert quote in text_of(html)
    # The links go both ways: the news and the gallery lead back to the event.
    assert ROUND_TABLE_RU in get_html(client, SEED_NEWS_RU)
    assert ROUND_TABLE_EN in get_html(client, SEED_NEWS_EN)


def json_ld(html):
    return json_ld_blocks(html)


def find_event(data):
    """The schema.org Event in a JSON-LD document, at its top or in its @graph."""
    nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
    return next(node for node in nodes if node.get("@type") == "Event")


def test_the_round_table_json_ld_is_an_event_with_aware_dates(client, demo):
    for url in (ROUND_TABLE_RU, ROUND_TABLE_EN):
        [data] = json_ld(get_html(client, url))
        event = find_event(data)
        start = datetime.datetime.fromisoformat(event["startDate"])
        end = datetime.datetime.fromisoformat(event["endDate"])
        assert start.utcoffset() is not None and end.utcoffset() is not None
        assert start.date() == datetime.date(2026, 11, 20)
        assert start < end
        # schema.org has no status for an event that took place: it was held as scheduled.
        assert event["eventStatus"] == "https://schema.org/EventScheduled"
        assert event["location"]["@type"] == "Place"


def test_the_session_has_its_agenda_outcomes_minutes_and_decision(client, demo):
    html = get_html(client, SESSION_RU)
    agenda_html = section(html, "council-agenda-heading")
    agenda = text_of(agenda_html)
    titles = [item["title"] for item in events.SESSION["agenda"]]
    assert [agenda.index(title) for title in titles] == sorted(agenda.index(t) for t in titles)
    assert agenda_html.count('class="council-agenda__outcome"') == 3
    assert "Ирина Петренко" in agenda
    for item in events.SESSION["agenda"]:
        assert item["document"] in agenda  # each item's draft decision
    assert agenda_html.count(".pdf") >= 3
    documents = section(html, "council-event-documents-heading")
    assert events.SESSION["minutes"] in text_of(documents)
    # The decision is a scan, readable as text.
    assert "Решение от 29 октября 2026 года № 45" in text_of(documents)


def test_the_hearing_is_upcoming_with_a_stream_and_the_meeting_is_cancelled(client, demo):
    hearing = EventPage.objects.get(slug=events.HEARING["slug"])
    assert hearing.start > timezone.now()
    assert hearing.online_url.startswith("https://")
    assert f'href="{hearing.online_url}"' in get_html(client, HEARING_RU)
    meeting = EventPage.objects.get(slug=events.CANCELLED_MEETING["slug"])
    assert meeting.status == "cancelled"
    get_html(client, CANCELLED_RU)


def test_the_event_index_lists_upcoming_events_soonest_first_then_past_ones(client, demo):
    html = get_html(client, "/ru/events/")
    positions = [
        html.index(title)
        for title in (
            events.CANCELLED_MEETING["title"],
            events.HEARING["title"],
            events.ROUND_TABLE["title"],
            events.SESSION["title"],
        )
    ]
    assert positions == sorted(positions)


def test_the_event_index_is_in_the_menu_in_both_languages(client, demo):
    for code in ("ru", "en"):
        menu, _ = get_valid(client, API + "navigation/", {"locale": code})
        assert f"/{code}/events/" in [entry["path"] for entry in menu["items"]]


def test_the_register_shows_the_current_members_and_the_archive_the_former_one(client, demo):
    register = text_of(get_html(client, "/ru/people/register/"))
    current = [
        "Роман Лысенко",
        "Олег Радченко",
        "Ирина Петренко",
        "Андрей Соколов",
        "Светлана Мороз",
    ]
    for name in current:
        assert name in register
    assert "Виктор Гончаренко" not in register
    assert "Избирательный округ № 7" in register
    assert register.index("Роман Лысенко") < register.index("Олег Радченко")
    first = text_of(get_html(client, "/ru/people/convocations/alchevsk-council/1/"))
    assert "Виктор Гончаренко" in first
    english = text_of(get_html(client, "/en/people/register/"))
    assert "Irina Petrenko" in english and "Electoral district No. 4" in english


def test_roles_on_a_date_follow_the_convocations(demo):
    former = Person.objects.get(slug="viktor-goncharenko", locale__language_code="ru")
    assert former.role_on(datetime.date(2020, 5, 1)).convocation.number == 1
    assert former.role_on(timezone.localdate()) is None
    chair = Person.objects.get(slug="roman-lysenko", locale__language_code="ru")
    assert chair.role_on(timezone.localdate()).convocation.number == 2
    council = Convocation.objects.get(number=2, locale__language_code="ru").organisation
    assert council.convocation_on(datetime.date(2020, 5, 1)).number == 1
    assert council.current_convocation.number == 2


def test_the_event_file_and_the_feed_parse_with_two_parsers(client, demo):
    page = get_html(client, ROUND_TABLE_RU)
    [link] = re.findall(r'<a href="([^"]+)" download type="text/calendar">', page)
    response = client.get(html_lib.unescape(link))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = b"".join(response) if response.streaming else response.content
    [event] = icalendar.Calendar.from_ical(body).walk("VEVENT")
    assert str(event["SUMMARY"]) == events.ROUND_TABLE["title"]
    assert event.decoded("DTSTART") == events.ROUND_TABLE["start"]
    assert vobject.readOne(body.decode()).vevent.summary.value == events.ROUND_TABLE["title"]

    index = get_html(client, "/ru/events/")
    [feed_url] = re.findall(r'<link rel="alternate" type="text/calendar"[^>]*href="([^"]+)"', index)
    feed = client.get(html_lib.unescape(feed_url))
    assert feed.status_code == 200
    body = b"".join(feed) if feed.streaming else feed.content
    statuses = {
        str(vevent["SUMMARY"]): str(vevent.get("STATUS", ""))
        for vevent in icalendar.Calendar.from_ical(body).walk("VEVENT")
    }
    assert statuses[events.CANCELLED_MEETING["title"]] == "CANCELLED"
    assert events.HEARING["title"] in statuses
    assert len(vobject.readOne(body.decode()).vevent_list) == len(statuses)
