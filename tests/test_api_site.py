"""``site/``: the site's name, languages and home pages, logo and icon, contacts and profiles."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openapi_spec_validator import validate
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from tests.api_support import API, get_valid, problem, translate_to_english
from tests.factories import EnglishCatalogue, locale, make_image
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import CouncilSiteSettings
from wagtail_council.models.site_settings import SocialProfileBlock

SITE = API + "site/"


def default_site():
    return Site.objects.get(is_default_site=True)


def council_settings(**fields):
    """The default site's settings, stored as given (the admin form's checks bypassed)."""
    fields.setdefault("locale", locale("ru"))
    return CouncilSiteSettings.objects.create(site=default_site(), **fields)


def test_site_names_itself_and_its_home_page_in_every_language(client, home):
    english_home = translate_to_english(home)
    body, _ = get_valid(client, SITE)
    assert body["name"] == "Совет"
    assert body["locale"] == "ru"
    assert body["home"] == {
        "id": home.pk,
        "url": "http://testserver/ru/",
        "path": "/ru/",
        "title": "Главная",
    }
    assert body["locales"] == [
        {
            "code": "en",
            "name": "English",
            "is_default": False,
            # Wagtail's site name comes before the home page's title in every language.
            "name_of_site": "Совет",
            "home": {"id": english_home.pk, "url": "http://testserver/en/", "path": "/en/"},
        },
        {
            "code": "ru",
            "name": "Русский",
            "is_default": True,
            "name_of_site": "Совет",
            "home": {"id": home.pk, "url": "http://testserver/ru/", "path": "/ru/"},
        },
    ]


def test_site_in_another_language_names_it_and_links_its_home_page(client, home):
    english_home = translate_to_english(home)
    # Without a name in the settings or in Wagtail's, the home page's title names the site.
    Site.objects.update(site_name="")
    body, _ = get_valid(client, SITE, {"locale": "en"})
    assert body["name"] == "EN Главная"
    assert body["locale"] == "en"
    assert body["home"] == {
        "id": english_home.pk,
        "url": "http://testserver/en/",
        "path": "/en/",
        "title": "EN Главная",
    }


def test_an_unpublished_home_translation_is_neither_linked_nor_named(client, home):
    draft = translate_with_catalogue(home, locale("en"), EnglishCatalogue(), publish=False)
    assert not draft.live
    body, _ = get_valid(client, SITE)
    english = next(item for item in body["locales"] if item["code"] == "en")
    assert english["home"] is None
    assert english["name_of_site"] == "Совет"
    assert "EN Главная" not in str(body)

    in_english, _ = get_valid(client, SITE, {"locale": "en"})
    assert in_english["home"] is None
    assert in_english["name"] == "Совет"


def test_a_site_without_settings_has_no_logo_no_icon_and_empty_contacts(client, site_tree):
    body, _ = get_valid(client, SITE)
    assert body["logo"] is None
    assert body["icon"] is None
    assert body["contact"] == {"email": "", "phone": "", "address": "", "reception_hours": ""}
    assert body["short_name"] == ""
    assert body["social_profiles"] == []
    # Reading the site writes nothing.
    assert not CouncilSiteSettings.objects.exists()


def test_logo_and_icon_are_renditions_with_the_sites_name_as_alt_text(client, home):
    translate_to_english(home)
    council_settings(
        logo=make_image(width=1600, height=400), icon=make_image(width=1000, height=800)
    )
    body, _ = get_valid(client, SITE)
    logo, icon = body["logo"], body["icon"]
    # Never cropped: a 4:1 logo stays 4:1.
    assert (logo["width"], logo["height"]) == (800, 200)
    assert logo["alt"] == "Совет"
    assert logo["decorative"] is False
    assert logo["url"].startswith("http://testserver/media/")
    assert logo["mime_type"] == "image/jpeg"
    assert [source["type"] for source in logo["sources"]] == [
        "image/avif",
        "image/webp",
        "image/jpeg",
    ]
    assert logo["srcset"].endswith("800w")
    # The icon is square, cropped, and says nothing to screen readers.
    assert (icon["width"], icon["height"]) == (512, 512)
    assert icon["decorative"] is True
    assert icon["alt"] == ""
    assert [width.split()[-1] for width in icon["srcset"].split(", ")] == ["64w", "192w", "512w"]

    in_english, _ = get_valid(client, SITE, {"locale": "en"})
    assert in_english["logo"]["alt"] == "Совет"


def test_contacts_and_profiles_come_from_the_settings(client, site_tree):
    council_settings(
        email="press@council.example",
        phone="+7 (8172) 00-00-00",
        address="ул. Ленина, 1\nВологда",
        reception_hours="Пн–Чт 9:00–18:00\nПт 9:00–16:45",
        social_profiles=[
            ("profile", {"label": "ВКонтакте", "url": "https://vk.com/council"}),
            ("profile", {"label": "Telegram", "url": "https://t.me/council"}),
            ("profile", {"label": "Пресс-служба", "url": "mailto:press@council.example"}),
            ("profile", {"label": "Приёмная", "url": "tel:+78172000000"}),
        ],
    )
    body, _ = get_valid(client, SITE)
    assert body["contact"] == {
        "email": "press@council.example",
        "phone": "+7 (8172) 00-00-00",
        "address": "ул. Ленина, 1\nВологда",
        "reception_hours": "Пн–Чт 9:00–18:00\nПт 9:00–16:45",
    }
    assert body["social_profiles"] == [
        {"label": "ВКонтакте", "url": "https://vk.com/council"},
        {"label": "Telegram", "url": "https://t.me/council"},
        {"label": "Пресс-служба", "url": "mailto:press@council.example"},
        {"label": "Приёмная", "url": "tel:+78172000000"},
    ]


UNSAFE_LINKS = [
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "vk.com/council",
    "http://",
    "mailto:",
    "",
]


def test_unsafe_profile_links_stored_before_validation_never_reach_the_api(client, site_tree):
    council_settings(
        social_profiles=[("profile", {"label": "Опасная", "url": url}) for url in UNSAFE_LINKS]
        + [("profile", {"label": "Сайт", "url": "https://council.example/"})]
    )
    body, _ = get_valid(client, SITE)
    assert body["social_profiles"] == [{"label": "Сайт", "url": "https://council.example/"}]


@pytest.mark.parametrize("url", [url for url in UNSAFE_LINKS if url] + ["https://"])
def test_the_profile_block_refuses_unsafe_links(url):
    with pytest.raises(ValidationError):
        SocialProfileBlock().clean({"label": "Опасная", "url": url})


@pytest.mark.parametrize(
    "url", ["https://vk.com/council", "http://council.example/", "mailto:a@b.example", "tel:+7817"]
)
def test_the_profile_block_keeps_safe_links_as_typed(url):
    assert SocialProfileBlock().clean({"label": "Ссылка", "url": url})["url"] == url


def settings_add_url():
    return reverse("wagtailsnippets_wagtail_council_councilsitesettings:add")


def settings_edit_url(row):
    return reverse("wagtailsnippets_wagtail_council_councilsitesettings:edit", args=[row.pk])


@pytest.fixture
def english_admin(admin_client, admin_user):
    """The admin, for an editor who reads it in English."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def test_editors_fill_in_the_settings_in_the_admin(english_admin, site_tree):
    admin_client = english_admin
    response = admin_client.get(settings_add_url())
    assert response.status_code == 200
    html = response.content.decode()
    for heading in ("Logo and icon", "Contacts", "Official profiles"):
        assert heading in html

    response = admin_client.post(
        settings_add_url(),
        nested_form_data(
            {
                "site": default_site().pk,
                "email": "press@council.example",
                "phone": "+7 (8172) 00-00-00",
                "address": "ул. Ленина, 1",
                "social_profiles": streamfield(
                    [("profile", {"label": "Пресс-служба", "url": "mailto:press@council.example"})]
                ),
            }
        ),
    )
    assert response.status_code == 302
    saved = CouncilSiteSettings.objects.get(site=default_site())
    assert saved.locale == locale("ru")
    assert saved.social_profiles[0].value["url"] == "mailto:press@council.example"

    response = admin_client.post(
        settings_edit_url(saved),
        nested_form_data(
            {
                "site": default_site().pk,
                "email": "press@council.example",
                "phone": "+7 (8172) 11-11-11",
                "address": "ул. Ленина, 1",
                "social_profiles": streamfield([]),
            }
        ),
    )
    assert response.status_code == 302
    saved.refresh_from_db()
    assert saved.phone == "+7 (8172) 11-11-11"


def test_the_admin_refuses_a_javascript_profile_link(english_admin, site_tree):
    row = council_settings(email="press@council.example")
    response = english_admin.post(
        settings_edit_url(row),
        nested_form_data(
            {
                "site": default_site().pk,
                "email": "",
                "phone": "",
                "address": "",
                "social_profiles": streamfield(
                    [("profile", {"label": "Опасная", "url": "javascript:alert(1)"})]
                ),
            }
        ),
    )
    assert response.status_code == 200
    assert "Enter a web address" in response.content.decode()
    assert all(not saved.social_profiles for saved in CouncilSiteSettings.objects.all())
    row.refresh_from_db()
    assert row.email == "press@council.example"


RUSSIAN_DETAILS = {
    "name": "Совет депутатов",
    "short_name": "Совет",
    "reception_hours": "Пн–Чт 9:00–18:00",
    "email": "press@council.example",
    "phone": "+7 (8172) 00-00-00",
    "address": "ул. Ленина, 1\nВологда",
    "social_profiles": [
        ("profile", {"label": "ВКонтакте", "url": "https://vk.com/council"}),
        ("profile", {"label": "Приёмная", "url": "tel:+78172000000"}),
    ],
}


def translated_settings(**fields):
    """The default site's Russian settings and their English translation, through wagtail-localize."""
    russian = council_settings(**RUSSIAN_DETAILS, **fields)
    english = translate_with_catalogue(russian, locale("en"), EnglishCatalogue())
    return russian, english


def test_site_in_english_reads_the_english_settings(client, home):
    translate_to_english(home)
    translated_settings(logo=make_image(width=1600, height=400))
    russian, _ = get_valid(client, SITE)
    english, _ = get_valid(client, SITE, {"locale": "en"})
    assert english["contact"] == {
        "email": "press@council.example",
        "phone": "+7 (8172) 00-00-00",
        "address": "EN ул. Ленина, 1\nВологда",
        "reception_hours": "EN Пн–Чт 9:00–18:00",
    }
    assert english["social_profiles"] == [
        {"label": "EN ВКонтакте", "url": "https://vk.com/council"},
        {"label": "EN Приёмная", "url": "tel:+78172000000"},
    ]
    assert russian["contact"]["address"] == "ул. Ленина, 1\nВологда"
    assert russian["social_profiles"][0]["label"] == "ВКонтакте"
    assert english["logo"]["url"] == russian["logo"]["url"]
    assert english["logo"]["alt"] == "EN Совет депутатов"
    assert (english["name"], english["short_name"]) == ("EN Совет депутатов", "EN Совет")
    assert (russian["name"], russian["short_name"]) == ("Совет депутатов", "Совет")
    assert [item["name_of_site"] for item in english["locales"]] == [
        "EN Совет депутатов",
        "Совет депутатов",
    ]


def test_site_in_english_falls_back_to_the_russian_settings(client, home):
    translate_to_english(home)
    council_settings(**RUSSIAN_DETAILS)
    body, _ = get_valid(client, SITE, {"locale": "en"})
    assert body["locale"] == "en"
    assert body["contact"]["address"] == "ул. Ленина, 1\nВологда"
    assert body["social_profiles"][0] == {"label": "ВКонтакте", "url": "https://vk.com/council"}


def test_for_site_prefers_the_locale_then_the_default_then_any_row_in_one_query(
    site_tree, django_assert_num_queries
):
    site = default_site()
    german, english = locale("de"), locale("en")
    first_german = council_settings(locale=german, address="Erste")
    with django_assert_num_queries(1):
        assert CouncilSiteSettings.for_site(site, english) == first_german
    russian = council_settings(address="Русский")
    english_row = council_settings(locale=english, address="English")
    with django_assert_num_queries(1):
        assert CouncilSiteSettings.for_site(site, english) == english_row
    assert CouncilSiteSettings.for_site(site, locale("fr")) == russian
    assert CouncilSiteSettings.for_site(site) == russian
    assert CouncilSiteSettings.for_site(Site(pk=site.pk + 1000)) is None


def test_a_translation_keeps_images_and_contacts_in_step_and_translates_the_rest(site_tree):
    russian, english = translated_settings(
        logo=make_image(width=64, height=32), icon=make_image(width=64, height=64)
    )
    assert english.locale == locale("en")
    assert english.translation_key == russian.translation_key
    assert (english.site, english.logo, english.icon) == (russian.site, russian.logo, russian.icon)
    assert (english.email, english.phone) == (russian.email, russian.phone)
    assert english.address == "EN ул. Ленина, 1\nВологда"
    assert [block.value["label"] for block in english.social_profiles] == [
        "EN ВКонтакте",
        "EN Приёмная",
    ]
    assert [block.value["url"] for block in english.social_profiles] == [
        "https://vk.com/council",
        "tel:+78172000000",
    ]

    # The Russian row changes; translating it again carries the shared fields over.
    russian.logo = make_image(width=80, height=40)
    russian.email = "duma@council.example"
    russian.phone = "+7 (8172) 11-11-11"
    russian.save()
    english = translate_with_catalogue(russian, locale("en"), EnglishCatalogue())
    assert english.logo == russian.logo
    assert (english.email, english.phone) == ("duma@council.example", "+7 (8172) 11-11-11")
    assert english.address == "EN ул. Ленина, 1\nВологда"


def test_settings_name_their_site_and_language(site_tree):
    assert str(council_settings()) == f"{default_site()} (Русский)"


def test_without_a_site_the_site_is_a_404_problem(client, site_tree):
    Site.objects.all().delete()
    problem(client, SITE, status=404)


def test_unknown_parameters_and_locales_are_400_problems(client, site_tree):
    assert problem(client, SITE, {"lang": "en"})["parameter"] == "lang"
    assert problem(client, SITE, {"locale": "xx"})["type"] == (
        "urn:wagtail-council:problem:unknown-locale"
    )


def languages(count):
    return [("ru", "Русский"), *((f"x{number:03d}", f"Язык {number}") for number in range(count))]


def add_languages(home, codes):
    """A locale and a live translation of the home page for each code."""
    root = Page.get_first_root_node()
    for code in codes:
        root.add_child(
            instance=type(home)(
                title=f"Главная {code}",
                slug=f"home-{code}",
                locale=Locale.objects.create(language_code=code),
                translation_key=home.translation_key,
            )
        )


def site_queries(client):
    get_valid(client, SITE)  # caches the site root paths
    with CaptureQueriesContext(connection) as captured:
        body, _ = get_valid(client, SITE)
    return len(captured.captured_queries), body


def test_site_costs_the_same_queries_for_10_or_100_languages(client, home):
    council_settings(logo=make_image(width=64, height=32), icon=make_image(width=64, height=64))
    codes = [code for code, _name in languages(99)][1:]
    add_languages(home, codes[:9])
    with override_settings(LANGUAGES=languages(9), WAGTAIL_CONTENT_LANGUAGES=languages(9)):
        ten, body = site_queries(client)
        assert len(body["locales"]) == 10
    add_languages(home, codes[9:])
    with override_settings(LANGUAGES=languages(99), WAGTAIL_CONTENT_LANGUAGES=languages(99)):
        hundred, body = site_queries(client)
        assert len(body["locales"]) == 100
        assert all(item["home"] is not None for item in body["locales"])
    assert ten == hundred
    assert hundred <= 8


def test_the_openapi_document_describes_the_site(client, site_tree):
    document = client.get(API + "openapi.json").json()
    validate(document)
    operation = document["paths"]["/api/council/site/"]["get"]
    assert operation["operationId"] == "getSite"
    assert operation["tags"] == ["Site"]
    schemas = document["components"]["schemas"]
    assert set(schemas["SiteInfo"]["required"]) == {
        "name",
        "short_name",
        "locale",
        "locales",
        "home",
        "logo",
        "icon",
        "contact",
        "social_profiles",
    }
    assert {"SiteLocale", "HomeLink", "Contact", "SocialProfile", "Image"} <= set(schemas)
