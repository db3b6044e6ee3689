"""The demo council's events and convocations, in Russian.

The seed article's round table becomes an event of its own, on the day the
article reports it, with the five officials it names, its quotes, its gallery
and the article itself pointing at it. Beside it: a past session of the
Council with an agenda, minutes and a decision; an upcoming public hearing
with an online stream; and a cancelled committee meeting. The hearing and the
meeting are dated relative to the day the demo is loaded, so that they stay
ahead of it.

The Council serves in two convocations: the first has ended, the second is in
office. The current members belong to the second, and one former deputy's
mandate ended with the first. Apart from the seed article's officials, the
people, numbers and dates here are illustrative.

English translations of every string live in ``translations/en-events.po``;
the kinds of event are named in English by the package's own catalogue.
"""

import datetime
import io
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone, translation
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.demo import content
from wagtail_council.models import (
    Convocation,
    EventIndexPage,
    EventKind,
    EventPage,
    EventParticipant,
)
from wagtail_council.models.events import STANDARD_KINDS
from wagtail_council.models.people import (
    STANDING_CHAIR,
    STANDING_COMMITTEE_CHAIR,
    STANDING_DEPUTY_CHAIR,
    STANDING_MEMBER,
)

MOSCOW = ZoneInfo("Europe/Moscow")
COUNCIL = "alchevsk-council"

EVENT_INDEX = {
    "title": "События",
    "slug": "events",
    "intro": "<p>Заседания Совета и постоянных комиссий, публичные слушания, круглые столы "
    "и приёмы граждан.</p>",
}

CONVOCATIONS = [
    {
        "number": 1,
        "name": "Совет городского округа город Алчевск первого созыва",
        "start_date": datetime.date(2018, 10, 1),
        "end_date": datetime.date(2023, 9, 24),
    },
    {
        "number": 2,
        "name": "Совет городского округа город Алчевск второго созыва",
        "start_date": datetime.date(2023, 9, 25),
        "end_date": None,
    },
]

# The seed article's council officials, as members of the current convocation.
CURRENT_OFFICIALS = {
    "roman-lysenko": {"standing": STANDING_CHAIR},
    "oleg-radchenko": {"standing": STANDING_DEPUTY_CHAIR},
}

# Illustrative members of the Council: three of the current convocation, and
# one whose mandate ended with the first.
COUNCIL_MEMBERS = [
    {
        "slug": "irina-petrenko",
        "name": "Ирина Петренко",
        "convocation": 2,
        "position": "председатель постоянной комиссии по бюджету и финансам",
        "standing": STANDING_COMMITTEE_CHAIR,
        "faction": "",
        "district": "Избирательный округ № 4",
    },
    {
        "slug": "andrey-sokolov",
        "name": "Андрей Соколов",
        "convocation": 2,
        "position": "депутат",
        "standing": STANDING_MEMBER,
        "faction": "депутатская группа «Городское хозяйство»",
        "district": "Избирательный округ № 7",
    },
    {
        "slug": "svetlana-moroz",
        "name": "Светлана Мороз",
        "convocation": 2,
        "position": "депутат",
        "standing": STANDING_MEMBER,
        "faction": "депутатская группа «Городское хозяйство»",
        "district": "Избирательный округ № 2",
    },
    {
        "slug": "viktor-goncharenko",
        "name": "Виктор Гончаренко",
        "convocation": 1,
        "position": "депутат",
        "standing": STANDING_MEMBER,
        "faction": "",
        "district": "Избирательный округ № 5",
    },
]

VENUE_NAME = "Зал заседаний Совета"
VENUE_ADDRESS = "ул. Примерная, 1, г. Алчевск"

# The seed article reports the round table on the day it was published.
ROUND_TABLE = {
    "title": "Круглый стол «Представление и защита интересов муниципалитетов»",
    "slug": "kruglyj-stol-predstavlenie-i-zashchita-interesov-municipalitetov",
    "kind": "round-table",
    "status": "held",
    "start": datetime.datetime(2026, 11, 20, 10, 0, tzinfo=MOSCOW),
    "end": datetime.datetime(2026, 11, 20, 11, 30, tzinfo=MOSCOW),
    "lead": "Дискуссионный круглый стол «Представление и защита интересов муниципалитетов "
    "при взаимодействии с государственными органами власти, практики взаимодействия с "
    "представительными органами и местными администрациями».",
    "participants": [
        "roman-lysenko",
        "oleg-radchenko",
        "vladimir-selyakov",
        "aleksey-orlov",
        "sergey-zhestyannikov",
    ],
    "body": [
        (
            "paragraph",
            "Депутаты Совета обсудили с коллегами из Вологодской области взаимодействие "
            "органов местного самоуправления с государственными учреждениями и "
            "законодательной властью, программы «Народный бюджет» и «Институт старост».",
        ),
        (
            "quote",
            {
                "person": "roman-lysenko",
                "text": content.QUOTE_LYSENKO,
                "source": content.QUOTE_SOURCE,
            },
        ),
        (
            "quote",
            {
                "person": "oleg-radchenko",
                "text": content.QUOTE_RADCHENKO,
                "source": content.QUOTE_SOURCE,
            },
        ),
    ],
}

SESSION = {
    "title": "Заседание Совета 29 октября 2026 года",
    "slug": "zasedanie-soveta-29-oktyabrya-2026-goda",
    "kind": "session",
    "status": "held",
    "start": datetime.datetime(2026, 10, 29, 10, 0, tzinfo=MOSCOW),
    "end": datetime.datetime(2026, 10, 29, 12, 30, tzinfo=MOSCOW),
    "lead": "Очередное заседание Совета: изменения в бюджет, порядок публичных слушаний и "
    "план работы на первое полугодие 2027 года.",
    "participants": ["roman-lysenko", "oleg-radchenko", "irina-petrenko", "andrey-sokolov"],
    "agenda": [
        {
            "title": "О внесении изменений в бюджет городского округа город Алчевск на 2026 год",
            "speaker": "irina-petrenko",
            "document": "Проект решения о внесении изменений в бюджет на 2026 год",
            "outcome": "adopted",
        },
        {
            "title": "Об утверждении Положения о порядке организации и проведения "
            "публичных слушаний",
            "speaker": "oleg-radchenko",
            "document": "Проект решения о Положении о публичных слушаниях",
            "outcome": "adopted",
        },
        {
            "title": "О плане работы Совета на первое полугодие 2027 года",
            "speaker": "roman-lysenko",
            "document": "Проект решения о плане работы Совета на первое полугодие 2027 года",
            "outcome": "postponed",
        },
    ],
    "minutes": "Протокол заседания Совета 29 октября 2026 года",
    "decision": {
        "title": "Решение Совета о внесении изменений в бюджет на 2026 год",
        "image": "Скан решения Совета о внесении изменений в бюджет на 2026 год",
        "text_alternative": "Совет городского округа город Алчевск. Решение от 29 октября "
        "2026 года № 45. О внесении изменений в бюджет городского округа город Алчевск на "
        "2026 год. Совет решил: внести изменения в бюджет городского округа на 2026 год "
        "согласно приложению; решение вступает в силу со дня его официального "
        "опубликования. Председатель Совета Р. Лысенко.",
    },
}

# Dated relative to the day the demo is loaded: days ahead, at a local time.
HEARING = {
    "title": "Публичные слушания по проекту Правил благоустройства",
    "slug": "publichnye-slushaniya-po-proektu-pravil-blagoustrojstva",
    "kind": "hearing",
    "status": "scheduled",
    "days_ahead": 21,
    "time": (15, 0),
    "hours": 2,
    "lead": "Жители обсудят с депутатами проект Правил благоустройства территории "
    "городского округа. Слушания можно смотреть онлайн.",
    "online_url": "https://video.council.example/hearings/blagoustrojstvo",
    "participants": ["oleg-radchenko", "svetlana-moroz"],
}

CANCELLED_MEETING = {
    "title": "Заседание постоянной комиссии по бюджету и финансам",
    "slug": "zasedanie-postoyannoj-komissii-po-byudzhetu-i-finansam",
    "kind": "committee",
    "status": "cancelled",
    "days_ahead": 7,
    "time": (14, 0),
    "hours": 1,
    "lead": "Заседание комиссии отменено: вопросы повестки перенесены на следующее заседание.",
    "participants": ["irina-petrenko"],
}

EVENTS = [ROUND_TABLE, SESSION, HEARING, CANCELLED_MEETING]


# --- the index, kinds and convocations ----------------------------------------


def ensure_event_index(home):
    index = EventIndexPage.objects.child_of(home).filter(slug=EVENT_INDEX["slug"]).first()
    if index is None:
        index = EventIndexPage(
            title=EVENT_INDEX["title"], slug=EVENT_INDEX["slug"], intro=EVENT_INDEX["intro"]
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


# The Russian names of the standard kinds, for a database whose kinds were made
# before the package's Russian catalogue named them.
KIND_NAMES = {
    "session": "Заседание Совета",
    "committee": "Заседание комиссии",
    "hearing": "Публичные слушания",
    "round-table": "Круглый стол",
    "reception": "Приём граждан",
    "other": "Другое событие",
}


def ensure_event_kinds(locale):
    """``{slug: EventKind}`` of the standard kinds in ``locale`` (migration 0006 made them).

    A kind still named with the package's untranslated English label gets the
    demo's Russian name; a name an editor gave it is kept.
    """
    labels = dict(STANDARD_KINDS)
    with translation.override("en"):
        english_labels = {slug: str(label) for slug, label in labels.items()}
    kinds = {}
    for kind in EventKind.create_standard_kinds(locale):
        if kind.slug in KIND_NAMES and kind.name == english_labels.get(kind.slug):
            kind.name = KIND_NAMES[kind.slug]
            kind.save(update_fields=["name"])
        kinds[kind.slug] = kind
    return kinds


def event_kind_catalogue(kinds):
    """``{Russian name: English name}`` of ``kinds``, from the package's own catalogue."""
    labels = dict(STANDARD_KINDS)
    with translation.override("en"):
        return {kind.name: str(labels[slug]) for slug, kind in kinds.items() if slug in labels}


def link_existing_english_kinds(kinds, english):
    """An English kind made on its own (same slug) becomes the translation of the Russian one."""
    for slug, kind in kinds.items():
        if kind.get_translation_or_none(english) is None:
            EventKind.objects.filter(locale=english, slug=slug).update(
                translation_key=kind.translation_key
            )


def ensure_convocations(organisations):
    """``{number: Convocation}`` of the Council, in the council's language."""
    council = organisations[COUNCIL]
    convocations = {}
    for data in CONVOCATIONS:
        convocation, _ = Convocation.objects.get_or_create(
            organisation=council,
            number=data["number"],
            locale=council.locale,
            defaults={
                "name": data["name"],
                "start_date": data["start_date"],
                "end_date": data["end_date"],
            },
        )
        convocations[data["number"]] = convocation
    return convocations


def ensure_council_members(people, organisations, convocations):
    """The Council's members in their convocations; adds the new ones to ``people``.

    The seed article's officials already hold their council roles: those roles
    join the current convocation once, with their place in the register.
    """
    from wagtail_council.models import Person

    council = organisations[COUNCIL]
    current = convocations[max(convocations)]
    for slug, data in CURRENT_OFFICIALS.items():
        role = people[slug].roles.filter(organisation=council, convocation__isnull=True).first()
        if role is not None and role.start_date >= current.start_date:
            role.convocation = current
            role.standing = data["standing"]
            role.save()
    for data in COUNCIL_MEMBERS:
        person = Person.objects.filter(slug=data["slug"], locale=council.locale).first()
        if person is None:
            convocation = convocations[data["convocation"]]
            person = Person(name=data["name"], slug=data["slug"], locale=council.locale)
            person.roles.add(
                person.roles.model(
                    sort_order=0,
                    organisation=council,
                    position=data["position"],
                    convocation=convocation,
                    standing=data["standing"],
                    faction=data["faction"],
                    district=data["district"],
                    start_date=convocation.start_date,
                    end_date=convocation.end_date,
                )
            )
            person.save()
        people[data["slug"]] = person
    return people


# --- documents ------------------------------------------------------------------


def pdf_bytes(title):
    """A one-page PDF: a placeholder for a council document, titled ``title``.

    The standard PDF fonts have no Cyrillic letters, so the page says in
    English what it stands for, and the document's Russian title is in its
    metadata (UTF-16, as PDF allows).
    """
    text = "Demo document of the example council site. It stands for a real council paper."
    stream = f"BT /F1 12 Tf 72 770 Td ({text}) Tj ET".encode("ascii")
    title_hex = ("\ufeff" + title).encode("utf-16-be").hex().upper()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        f"<< /Title <{title_hex}> /Producer (wagtail-council demo) >>".encode("ascii"),
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return output.getvalue()


def ensure_document(title, name):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(f"{name}.pdf", ContentFile(pdf_bytes(title)), save=False)
        document.save()
    return document


def scan_bytes(width=900, height=1270):
    """JPEG bytes of a scanned page: lines of text, a signature and a blue stamp."""
    page = PILImage.new("RGB", (width, height), (250, 249, 245))
    draw = ImageDraw.Draw(page)
    grey = (90, 90, 90)
    draw.rectangle([width * 0.3, 90, width * 0.7, 120], fill=grey)
    for row in range(22):
        top = 200 + row * 40
        right = width - 90 - (160 if row % 5 == 4 else 0)
        draw.rectangle([90, top, right, top + 12], fill=(150, 150, 150))
    draw.line([(width - 380, 1150), (width - 200, 1120)], fill=(20, 30, 110), width=4)
    draw.ellipse([140, 1060, 320, 1240], outline=(40, 70, 170), width=8)
    buffer = io.BytesIO()
    page.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def ensure_scan(title):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(scan_bytes()), name="demo-decision-scan.jpg")
        image.save()
    return image


# --- events -----------------------------------------------------------------------


def event_times(data, today=None):
    """``(start, end)`` of an event: its own, or days ahead of ``today`` in Moscow time."""
    if "start" in data:
        return data["start"], data["end"]
    today = today or timezone.localdate(timezone=MOSCOW)
    day = today + datetime.timedelta(days=data["days_ahead"])
    hour, minute = data["time"]
    start = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=MOSCOW)
    return start, start + datetime.timedelta(hours=data["hours"])


def body_blocks(data, people):
    blocks = []
    for kind, value in data.get("body", []):
        if kind == "paragraph":
            blocks.append(("paragraph", f"<p>{value}</p>"))
        elif kind == "quote":
            blocks.append(
                (
                    "quote",
                    {
                        "text": value["text"],
                        "person": people[value["person"]],
                        "name": "",
                        "position": "",
                        "role_override": "",
                        "source": value.get("source", ""),
                        "date": None,
                    },
                )
            )
    return blocks


def document_block(kind, title, document=None, scan=None, text_alternative=""):
    return {
        "kind": kind,
        "title": title,
        "document": document,
        "scan": scan,
        "text_alternative": text_alternative,
    }


def agenda_blocks(data, people):
    items = []
    for number, item in enumerate(data.get("agenda", []), start=1):
        draft = ensure_document(item["document"], f"demo-draft-decision-{number}")
        items.append(
            (
                "item",
                {
                    "title": item["title"],
                    "speaker": people[item["speaker"]],
                    "speaker_name": "",
                    "speaker_position": "",
                    "documents": [document_block("draft_decision", item["document"], draft)],
                    "outcome": item["outcome"],
                },
            )
        )
    return items


def document_blocks(data):
    if "minutes" not in data:
        return []
    decision = data["decision"]
    return [
        (
            "document",
            document_block(
                "minutes", data["minutes"], ensure_document(data["minutes"], "demo-minutes")
            ),
        ),
        (
            "document",
            document_block(
                "decision",
                decision["title"],
                scan=ensure_scan(decision["image"]),
                text_alternative=decision["text_alternative"],
            ),
        ),
    ]


def ensure_event(index, data, *, kinds, people, organisations, gallery=None):
    existing = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    start, end = event_times(data)
    event = EventPage(
        title=data["title"],
        slug=data["slug"],
        lead=data["lead"],
        kind=kinds[data["kind"]],
        start=start,
        end=end,
        status=data["status"],
        venue_name=VENUE_NAME,
        venue_address=VENUE_ADDRESS,
        online_url=data.get("online_url", ""),
        organiser=organisations[COUNCIL],
        body=body_blocks(data, people),
        agenda=agenda_blocks(data, people),
        documents=document_blocks(data),
        gallery=gallery,
    )
    for order, slug in enumerate(data["participants"]):
        event.participants.add(EventParticipant(sort_order=order, person=people[slug]))
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def ensure_events(index, *, kinds, people, organisations, gallery):
    """The demo's events, the seed round table first; it links the seed gallery."""
    return [
        ensure_event(
            index,
            data,
            kinds=kinds,
            people=people,
            organisations=organisations,
            gallery=gallery if data is ROUND_TABLE else None,
        )
        for data in EVENTS
    ]


def link_article_to_event(article, event):
    """The seed article reports on the round table: set once, in every language it has."""
    for version in [article, *article.get_translations()]:
        version = version.specific
        if getattr(version, "event_id", True) is None:
            version.event = event.get_translation_or_none(version.locale) or event
            version.save_revision().publish()
