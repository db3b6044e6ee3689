"""schema.org JSON-LD of every page type: what the HTML embeds is what the content API's ``seo`` serves.

Each test reads the JSON-LD a crawler reads (``json.loads`` of the page's
``application/ld+json`` blocks, the breadcrumbs' ``BreadcrumbList`` aside)
and compares it with the API's ``seo.json_ld`` of the same page.
"""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.models import Site

from tests.api_support import API, get_valid
from tests.event_factories import at, make_event, make_event_index
from tests.factories import add_index, make_image, make_news, make_person, publish_child
from tests.gallery_factories import make_gallery, make_gallery_index, make_small_image, photo
from tests.test_register import register  # noqa: F401 - the register's fixture
from wagtail_council.models import (
    CouncilSiteSettings,
    GreetingAddressIndexPage,
    GreetingAddressPage,
    GreetingAddressSignatory,
    PeopleIndexPage,
    StatementIndexPage,
    StatementPage,
)
from wagtail_council.reader.images import ARTICLE_IMAGE_ROLES, fallback_spec

D = datetime.date
MSK = datetime.timezone(datetime.timedelta(hours=3))


def json_ld_objects(html):
    """The page's own JSON-LD objects, without the ``BreadcrumbList`` of its breadcrumbs."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [
        data
        for data in (json.loads(block) for block in blocks)
        if data.get("@type") != "BreadcrumbList"
    ]


def embedded(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    [data] = json_ld_objects(response.content.decode())
    return data


def api_json_ld(client, path):
    body, _response = get_valid(client, API + "pages/find/", {"path": path})
    return body["seo"]["json_ld"]


@pytest.fixture
def council_details(db):
    """The council's site details in Russian: a logo, contacts and three profiles, one on the web."""
    return CouncilSiteSettings.objects.create(
        site=Site.objects.get(is_default_site=True),
        locale=CouncilSiteSettings._meta.get_field("locale").related_model.objects.get(
            language_code="ru"
        ),
        name="Совет городского округа",
        logo=make_image(width=600, height=200),
        email="sovet@example.org",
        phone="+7 (8172) 00-00-00",
        address="ул. Ленина, 1\nВологда",
        social_profiles=[
            ("profile", {"label": "ВКонтакте", "url": "https://vk.com/council"}),
            ("profile", {"label": "Почта", "url": "mailto:press@example.org"}),
            ("profile", {"label": "Старый сайт", "url": "http://old.example.org/"}),
        ],
    )


@pytest.fixture
def people(home, directory):
    council, lysenko = directory
    return add_index(home, PeopleIndexPage, "Депутаты", "people"), council, lysenko


# The home page


def test_home_page_is_the_councils_organization_and_its_website(client, home, council_details):
    data = embedded(client, home.url)
    organization, website = data["@graph"]
    assert data["@context"] == "https://schema.org"
    assert organization["@type"] == "Organization"
    assert organization["@id"] == "http://testserver/#organization"
    assert organization["name"] == "Совет городского округа"
    assert organization["url"] == "http://testserver"
    assert organization["logo"]["@type"] == "ImageObject"
    assert organization["logo"]["url"].startswith("http://testserver/")
    assert (organization["logo"]["width"], organization["logo"]["height"]) == (600, 200)
    # Only the profiles on the web, and only over https.
    assert organization["sameAs"] == ["https://vk.com/council"]
    assert organization["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "ул. Ленина, 1, Вологда",
    }
    assert organization["telephone"] == "+7 (8172) 00-00-00"
    assert organization["email"] == "sovet@example.org"
    assert website == {
        "@type": "WebSite",
        "@id": "http://testserver/#website",
        "name": "Совет городского округа",
        "url": "http://testserver/ru/",
        "inLanguage": "ru",
        "publisher": {"@id": "http://testserver/#organization"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": "http://testserver/ru/search/?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    assert api_json_ld(client, home.url) == data


def test_home_page_without_site_details_names_the_site_and_claims_no_contacts(client, home):
    organization, website = embedded(client, home.url)["@graph"]
    assert organization == {
        "@type": "Organization",
        "name": "Совет",
        "@id": "http://testserver/#organization",
        "url": "http://testserver",
    }
    assert website["name"] == "Совет"


def test_other_pages_name_the_council_as_their_publisher_by_the_same_id(
    client, news_index, council_details
):
    page = make_news(news_index, title="Новость")
    publisher = embedded(client, page.url)["publisher"]
    assert publisher["@id"] == "http://testserver/#organization"
    assert publisher["logo"]["url"].startswith("http://testserver/")
    assert "sameAs" not in publisher


# Person profiles


def test_a_profile_is_a_profile_page_of_the_person_with_todays_role(client, people):
    people_index, council, lysenko = people
    lysenko.profile_url = "https://duma.example.org/lysenko"
    lysenko.save()
    url = people_index.url + "roman-lysenko/"
    data = embedded(client, url)
    person = data["mainEntity"]
    assert data["@type"] == "ProfilePage"
    assert data["url"] == person["url"] == f"http://testserver{url}"
    assert data["inLanguage"] == "ru"
    assert person["@type"] == "Person"
    assert person["name"] == "Роман Лысенко"
    # The role held today, not the earlier one.
    assert person["jobTitle"] == "председатель"
    assert person["worksFor"] == {"@type": "Organization", "name": "Совет городского округа"}
    assert person["sameAs"] == ["https://duma.example.org/lysenko"]
    assert person["image"]["url"].startswith("http://testserver/")
    assert person["image"]["description"] == "Портрет Романа Лысенко"
    # The content API's person is the same object.
    body, _response = get_valid(client, f"{API}people/{lysenko.pk}/")
    assert body["json_ld"] == data


def test_a_person_without_a_profile_page_has_no_json_ld_in_the_api(client, directory):
    _council, lysenko = directory
    body, _response = get_valid(client, f"{API}people/{lysenko.pk}/")
    assert body["json_ld"] is None


def test_a_profile_links_no_other_site_that_is_not_https(client, people):
    people_index, _council, lysenko = people
    lysenko.profile_url = "http://duma.example.org/lysenko"
    lysenko.save()
    person = embedded(client, people_index.url + "roman-lysenko/")["mainEntity"]
    assert "sameAs" not in person


# Greeting addresses and statements


def test_a_greeting_address_is_a_message_signed_with_the_roles_of_its_date(client, home, directory):
    council, lysenko = directory
    guest = make_person(
        "Анна Гостева", slug="anna", roles=[(council, "депутат", D(2020, 1, 1), None)]
    )
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    address = GreetingAddressPage(
        title="С юбилеем",
        slug="s-yubileem",
        date=D(2024, 6, 1),
        addressee="Школе № 1",
        occasion="Столетие школы",
        body="<p>Поздравляем!</p>",
    )
    address.signatories.add(GreetingAddressSignatory(person=lysenko))
    address.signatories.add(GreetingAddressSignatory(person=guest))
    publish_child(greetings, address)
    data = embedded(client, address.url)
    assert data["@type"] == "Message"
    assert data["name"] == data["headline"] == "С юбилеем"
    assert data["dateCreated"] == "2024-06-01"
    assert datetime.datetime.fromisoformat(data["datePublished"]).tzinfo is not None
    assert data["description"] == "Столетие школы"
    # Lysenko was a deputy on the address's date, not yet the chair.
    # Without a people index, they have no profile to link.
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Роман Лысенко",
            "jobTitle": "депутат",
            "worksFor": {"@type": "Organization", "name": "Совет городского округа"},
        },
        {
            "@type": "Person",
            "name": "Анна Гостева",
            "jobTitle": "депутат",
            "worksFor": {"@type": "Organization", "name": "Совет городского округа"},
        },
    ]
    body, _response = get_valid(client, f"{API}greeting-addresses/{address.pk}/")
    assert body["seo"]["json_ld"] == data


def test_a_statement_is_a_dated_quotation_of_its_speaker_and_no_undated_microdata(
    client, home, people
):
    people_index, _council, lysenko = people
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    statement = publish_child(
        statements,
        StatementPage(
            title="О бюджете",
            slug="o-byudzhete",
            speaker=lysenko,
            statement="Бюджет  должен\nбыть открытым.",
            date=datetime.datetime(2024, 11, 2, 10, 30, tzinfo=MSK),
        ),
    )
    html = client.get(statement.url).content.decode()
    assert "itemscope" not in html and "itemprop" not in html
    [data] = json_ld_objects(html)
    assert data["@type"] == "Quotation"
    assert data["text"] == "Бюджет должен быть открытым."
    assert datetime.datetime.fromisoformat(data["dateCreated"]) == statement.date
    assert datetime.datetime.fromisoformat(data["dateCreated"]).tzinfo is not None
    speaker = {
        "@type": "Person",
        "name": "Роман Лысенко",
        "url": f"http://testserver{people_index.url}roman-lysenko/",
        "jobTitle": "депутат",
        "worksFor": {"@type": "Organization", "name": "Совет городского округа"},
    }
    assert data["creator"] == data["spokenByCharacter"] == speaker
    body, _response = get_valid(client, f"{API}statements/{statement.pk}/")
    assert body["seo"]["json_ld"] == data


# Listings


def item_list(data):
    assert data["@type"] == "CollectionPage"
    assert data["mainEntity"]["@type"] == "ItemList"
    return [
        (item["position"], item["name"], item["url"])
        for item in data["mainEntity"]["itemListElement"]
    ]


def test_a_news_listing_lists_the_items_of_its_page_at_their_positions(
    client, settings, news_index
):
    settings.WAGTAIL_COUNCIL_NEWS_PER_PAGE = 2
    pages = [
        make_news(
            news_index,
            title=f"Новость {number}",
            slug=f"news-{number}",
            publication_date=datetime.datetime(2024, 5, 10 - number, 12, tzinfo=MSK),
        )
        for number in range(3)
    ]
    first = embedded(client, news_index.url)
    assert first["url"] == f"http://testserver{news_index.url}"
    assert item_list(first) == [
        (1, "Новость 0", pages[0].get_full_url()),
        (2, "Новость 1", pages[1].get_full_url()),
    ]
    second = embedded(client, news_index.url + "?page=2")
    assert item_list(second) == [(3, "Новость 2", pages[2].get_full_url())]
    assert second["mainEntity"]["numberOfItems"] == 1
    assert api_json_ld(client, news_index.url) == first


def test_a_listings_queries_do_not_grow_with_its_items(client, settings, news_index):
    settings.WAGTAIL_COUNCIL_NEWS_PER_PAGE = 20

    def queries_with(count):
        while news_index.get_children().count() < count:
            make_news(news_index)
        client.get(news_index.url)
        with CaptureQueriesContext(connection) as queries:
            data = embedded(client, news_index.url)
        assert data["mainEntity"]["numberOfItems"] == count
        return len(queries)

    assert queries_with(2) == queries_with(8)


def test_every_listing_is_a_collection_page_of_its_items(client, home, people):
    people_index, _council, lysenko = people
    galleries = make_gallery_index(home)
    gallery = make_gallery(galleries, title="Сессия", photos=[photo(make_small_image())])
    events = make_event_index(home)
    event = make_event(events, title="Заседание", start=at(2024, 10, 17, 11))
    statements = add_index(home, StatementIndexPage, "Заявления", "statements")
    statement = publish_child(
        statements,
        StatementPage(title="О бюджете", slug="o-byudzhete", speaker=lysenko, statement="Да."),
    )
    greetings = add_index(home, GreetingAddressIndexPage, "Адреса", "greetings")
    address = GreetingAddressPage(
        title="С юбилеем", slug="s-yubileem", addressee="Школе", occasion="Юбилей", body="<p>!</p>"
    )
    address.signatories.add(GreetingAddressSignatory(person=lysenko))
    publish_child(greetings, address)
    for index_page, child in (
        (galleries, gallery),
        (events, event),
        (statements, statement),
        (greetings, address),
    ):
        data = embedded(client, index_page.url)
        assert item_list(data) == [(1, child.title, child.get_full_url())], index_page
        assert data["name"] == index_page.title
        assert data["inLanguage"] == "ru"
        assert api_json_ld(client, index_page.url) == data, index_page
    data = embedded(client, people_index.url)
    profile = f"http://testserver{people_index.url}roman-lysenko/"
    assert item_list(data) == [(1, "Роман Лысенко", profile)]
    assert api_json_ld(client, people_index.url) == data


def test_the_register_is_a_collection_page_of_todays_members(client, register):  # noqa: F811
    people_index = register["people"]
    data = embedded(client, people_index.url + "register/")
    base = f"http://testserver{people_index.url}"
    assert data["url"] == base + "register/"
    assert [name for _position, name, _url in item_list(data)] == [
        "Роман Лысенко",
        "Анна Заместитель",
    ]
    assert item_list(data)[0][2] == base + "roman/"


def test_views_below_the_people_index_do_not_repeat_its_listing(client, register):  # noqa: F811
    html = client.get(register["people"].url + "convocations/").content.decode()
    assert json_ld_objects(html) == []


# News articles' images


def test_an_articles_image_comes_in_three_ratios_with_its_credit_and_the_publishers_logo(
    client, news_index, council_details
):
    image = make_image(width=1600, height=1200)
    image.focal_point_x, image.focal_point_y = 1300, 200
    image.focal_point_width, image.focal_point_height = 100, 100
    image.save()
    page = make_news(
        news_index,
        featured_image=image,
        featured_image_alt="Зал заседаний",
        featured_image_caption="Сессия Совета",
        featured_image_credit="Фото: пресс-служба Совета",
    )
    data = embedded(client, page.url)
    images = data["image"]
    assert [(image["width"], image["height"]) for image in images] == [
        (1200, 675),
        (1200, 900),
        (1200, 1200),
    ]
    for image_object in images:
        assert image_object["@type"] == "ImageObject"
        assert image_object["creditText"] == "Фото: пресс-служба Совета"
        assert image_object["caption"] == "Сессия Совета"
        assert image_object["url"].startswith("http://testserver/")
    assert len({image_object["url"] for image_object in images}) == 3
    # Each ratio is cropped around the focal point.
    renditions = get_image_model().get_rendition_model().objects.filter(image=image)
    for role in ARTICLE_IMAGE_ROLES:
        assert renditions.get(filter_spec=fallback_spec(role)).focal_point_key
    assert data["publisher"]["logo"]["@type"] == "ImageObject"
    body, _response = get_valid(client, f"{API}news/{page.pk}/")
    assert body["seo"]["json_ld"] == data


def test_the_articles_ratios_cost_no_query_of_their_own_once_made(client, news_index):
    page = make_news(
        news_index, featured_image=make_image(width=1600, height=900), featured_image_alt="Зал"
    )
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    rendition_queries = [
        query["sql"]
        for query in queries.captured_queries
        if "wagtailimages_rendition" in query["sql"]
    ]
    # The picture's and the JSON-LD's renditions come in the page's one rendition query.
    assert len(rendition_queries) == 1, rendition_queries
