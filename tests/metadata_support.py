"""Reading a page's head as crawlers and link previews do, and a site with every page type."""

import datetime
from dataclasses import dataclass, field
from html.parser import HTMLParser

from tests.api_support import photo_rows, translate_to_english
from tests.event_factories import make_convocation, make_event, make_event_index
from tests.factories import (
    add_index,
    make_image,
    make_news,
    make_organisation,
    make_person,
    publish_child,
)
from tests.gallery_factories import make_gallery, make_gallery_index
from wagtail_council.models import (
    GreetingAddressIndexPage,
    GreetingAddressPage,
    PeopleIndexPage,
    StatementIndexPage,
    StatementPage,
)

D = datetime.date


@dataclass
class Head:
    """The ``<title>``, ``<meta>`` and ``<link>`` elements of a page's ``<head>``."""

    title: str = ""
    meta: dict = field(default_factory=dict)
    links: list = field(default_factory=list)

    def first(self, key):
        values = self.meta.get(key) or [None]
        return values[0]

    def canonical(self):
        found = [link["href"] for link in self.links if link.get("rel") == "canonical"]
        assert len(found) <= 1, found
        return found[0] if found else None

    def hreflang(self):
        """``{hreflang: href}`` of the alternate links by language."""
        return {
            link["hreflang"]: link["href"]
            for link in self.links
            if link.get("rel") == "alternate" and link.get("hreflang")
        }


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.head = Head()
        self._in_head = False
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif not self._in_head:
            return
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            if key:
                self.head.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.head.links.append(attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.head.title += data


def head_of(response):
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser.head


def get_head(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return head_of(response)


def build_every_page_type(home, news_index):
    """A page of every type under the test site's home, and its people index's views.

    ``{name: URL}`` in Russian; the news index, one news page and the
    people index with its chair are translated into English too.
    """
    council = make_organisation("Совет городского округа", slug="council")
    make_convocation(council, 1, D(2020, 9, 1))
    chair = make_person(
        "Роман Лысенко",
        slug="roman-lysenko",
        biography="<p>Родился в Вологде. Работал инженером.</p>",
        roles=[(council, "председатель", D(2020, 9, 1), None)],
    )
    news = make_news(
        news_index,
        title="Обмен опытом",
        slug="obmen-opytom",
        lead="Круглый стол о работе представительных органов.",
        featured_image=make_image(width=1200, height=800),
        featured_image_alt="Участники круглого стола",
    )
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    statement = publish_child(
        statements,
        StatementPage(
            title="О бюджете",
            slug="o-byudzhete",
            speaker=chair,
            statement="Бюджет должен быть открытым.",
            date=datetime.datetime(2026, 11, 2, tzinfo=datetime.UTC),
        ),
    )
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    address = publish_child(
        greetings,
        GreetingAddressPage(
            title="С юбилеем",
            slug="s-yubileem",
            date=D(2026, 11, 3),
            addressee="Школе № 1",
            occasion="Столетие школы",
            body="<p>Поздравляем!</p>",
        ),
    )
    galleries = make_gallery_index(home)
    gallery = make_gallery(galleries, photos=photo_rows(2), title="Круглый стол", slug="stol")
    events = make_event_index(home)
    event = make_event(events, title="Сессия Совета", slug="sessiya")
    people = add_index(home, PeopleIndexPage, "Депутаты", "people")
    english_news = translate_to_english(news)
    english_chair = translate_to_english(chair, council)
    english_people = translate_to_english(people)
    urls = {
        "home": home.url,
        "news_index": news_index.url,
        "news": news.url,
        "statement_index": statements.url,
        "statement": statement.url,
        "greeting_index": greetings.url,
        "greeting": address.url,
        "gallery_index": galleries.url,
        "gallery": gallery.url,
        "event_index": events.url,
        "event": event.url,
        "people_index": people.url,
        "profile": people.url + "roman-lysenko/",
        "organisation": people.url + "organisations/council/",
        "register": people.url + "register/",
        "convocation_archive": people.url + "convocations/",
        "convocation": people.url + "convocations/council/1/",
        "search": "/ru/search/?q=опыт",
    }
    return {
        "urls": urls,
        "english_news": english_news,
        "english_people": english_people,
        "english_chair": english_chair,
        "chair": chair,
        "people": people,
        "news": news,
    }
