"""Load the example site's demo content. Safe to run again: existing objects are kept."""

import html
import io
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.demo import content, events
from home.demo.gallery import ensure_gallery, link_article_to_gallery
from home.demo.images import draw_emblem, draw_scene
from home.models import HomePage
from wagtail_council.content_translation import load_catalogue, translate_with_catalogue
from wagtail_council.models import (
    CouncilSiteSettings,
    GreetingAddressIndexPage,
    GreetingAddressPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    Organisation,
    PeopleIndexPage,
    Person,
    StatementIndexPage,
    StatementPage,
)

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "council-demo"  # noqa: S105 - a documented demo login for a local site
# The demo council's contacts and profiles: reserved example addresses, nobody's real ones.
SITE_SETTINGS = {
    "name": content.SITE_NAME,
    "short_name": "Совет г. Алчевск",
    "email": "press@council.example",
    "phone": "+7 (000) 000-00-00",
    "address": "ул. Примерная, 1\nг. Алчевск",
    "reception_hours": "Понедельник – четверг: 9:00–18:00\nПятница: 9:00–16:45\nПерерыв: 13:00–13:45",
    "social_profiles": [
        ("profile", {"label": "ВКонтакте", "url": "https://vk.example/council"}),
        ("profile", {"label": "Одноклассники", "url": "https://ok.example/council"}),
        ("profile", {"label": "Telegram", "url": "https://telegram.example/council"}),
    ],
}
# The demo council's emblem, drawn with Pillow: (title, width, height) of the logo and the icon.
SITE_IMAGES = {
    "logo": ("Герб Совета (логотип сайта)", 480, 400),
    "icon": ("Герб Совета (значок сайта)", 512, 512),
}


class Command(BaseCommand):
    help = (
        "Load the demo content: the seed article, more news and the council's events and "
        "convocations, in Russian and English."
    )

    def handle(self, *args, **options):
        russian, english = ensure_locales()
        images = ensure_images()
        home = ensure_home(russian)
        news_index = ensure_page(home, NewsIndexPage, content.NEWS_INDEX, intro=True)
        people_index = ensure_page(home, PeopleIndexPage, content.PEOPLE_INDEX, intro=True)
        statements_index = ensure_page(
            home, StatementIndexPage, content.STATEMENTS_INDEX, intro=True
        )
        greetings_index = ensure_page(
            home, GreetingAddressIndexPage, content.GREETINGS_INDEX, intro=True
        )
        events_index = events.ensure_event_index(home)
        categories = ensure_categories(russian)
        organisations = ensure_organisations(russian)
        convocations = events.ensure_convocations(organisations)
        people = ensure_people(russian, organisations)
        events.ensure_council_members(people, organisations, convocations)
        kinds = events.ensure_event_kinds(russian)
        address = ensure_greeting_address(greetings_index, people)
        statements = [
            ensure_statement(statements_index, data, people) for data in content.STATEMENTS
        ]
        news = [
            ensure_news(news_index, item, images, categories, people)
            for item in [content.SEED_ARTICLE, *content.MORE_NEWS]
        ]
        link_seed_article(news[0], address)
        gallery = ensure_gallery(home, images)
        gallery_index = gallery.get_parent().specific
        link_article_to_gallery(news[0], gallery)
        event_pages = events.ensure_events(
            events_index, kinds=kinds, people=people, organisations=organisations, gallery=gallery
        )
        events.link_article_to_event(news[0], event_pages[0])
        catalogue = load_catalogue(DEMO_DIR / "translations", "en")
        events.link_existing_english_kinds(kinds, english)
        for kind in kinds.values():
            with transaction.atomic():
                ensure_translation(kind, english, events.event_kind_catalogue(kinds))
        # Parents before children, snippets before the pages that point at them;
        # the indexes in the Russian tree's order, which the English tree takes.
        for instance in [
            home,
            news_index,
            people_index,
            statements_index,
            greetings_index,
            events_index,
            gallery_index,
            *categories.values(),
            *organisations.values(),
            *convocations.values(),
            *people.values(),
            address,
            gallery,
            *statements,
            *news,
            *event_pages,
        ]:
            with transaction.atomic():
                ensure_translation(instance, english, catalogue)
        # The sections are the site's menu, in both languages.
        menu = [
            news_index,
            events_index,
            people_index,
            statements_index,
            greetings_index,
            gallery_index,
        ]
        show_in_menus(menu, english)
        ensure_site_settings(russian, english, catalogue)
        ensure_editor()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))


def ensure_locales():
    russian, _ = Locale.objects.get_or_create(language_code="ru")
    english, _ = Locale.objects.get_or_create(language_code="en")
    return russian, english


def ensure_images():
    Image = get_image_model()
    images = {}
    for seed, (key, title) in enumerate(content.IMAGES.items()):
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title)
            image.file = ImageFile(io.BytesIO(draw_scene(seed)), name=f"demo-{key}.jpg")
            image.save()
        images[key] = image
    return images


def ensure_home(locale):
    """The Russian home page at the root, set as the default site's root."""
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    if home is None:
        # Wagtail's installer leaves a plain "Welcome" page with our slug.
        Page.objects.filter(depth=2, slug=content.HOME["slug"], content_type__model="page").delete()
        home = HomePage(
            title=content.HOME["title"],
            slug=content.HOME["slug"],
            intro=content.HOME["intro"],
            locale=locale,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="127.0.0.1", port=8000, is_default_site=True)
    site.root_page = home
    site.site_name = content.SITE_NAME
    site.save()
    return home


def ensure_page(parent, model, data, *, intro=False, **fields):
    page = model.objects.child_of(parent).filter(slug=data["slug"]).first()
    if page is not None:
        return page
    page = model(title=data["title"], slug=data["slug"], **fields)
    if intro:
        page.intro = data["intro"]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_categories(locale):
    categories = {}
    for data in content.CATEGORIES:
        category, _ = NewsCategory.objects.get_or_create(
            slug=data["slug"], locale=locale, defaults={"name": data["name"]}
        )
        categories[data["slug"]] = category
    return categories


def ensure_organisations(locale):
    organisations = {}
    for data in content.ORGANISATIONS:
        organisation, _ = Organisation.objects.get_or_create(
            slug=data["slug"],
            locale=locale,
            defaults={"name": data["name"], "short_name": data["short_name"]},
        )
        organisations[data["slug"]] = organisation
    return organisations


def ensure_people(locale, organisations):
    people = {}
    for data in content.PEOPLE:
        person = Person.objects.filter(slug=data["slug"], locale=locale).first()
        if person is None:
            person = Person(name=data["name"], slug=data["slug"], locale=locale)
            for order, (organisation, position, start) in enumerate(data["roles"]):
                person.roles.add(
                    person.roles.model(
                        sort_order=order,
                        organisation=organisations[organisation],
                        position=position,
                        start_date=start,
                    )
                )
            person.save()
        people[data["slug"]] = person
    return people


def ensure_greeting_address(index, people):
    data = content.GREETING_ADDRESS
    existing = GreetingAddressPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    address = GreetingAddressPage(
        title=data["title"],
        slug=data["slug"],
        addressee=data["addressee"],
        occasion=data["occasion"],
        date=data["date"],
        body="".join(f"<p>{html.escape(text, quote=False)}</p>" for text in data["body"]),
    )
    for order, slug in enumerate(data["signatories"]):
        address.signatories.add(address.signatories.model(sort_order=order, person=people[slug]))
    index.add_child(instance=address)
    address.save_revision().publish()
    return address


def ensure_statement(index, data, people):
    existing = StatementPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    statement = StatementPage(
        title=data["title"],
        slug=data["slug"],
        speaker=people[data["speaker"]],
        date=data["date"],
        statement=data["statement"],
        context=data["context"],
    )
    index.add_child(instance=statement)
    statement.save_revision().publish()
    return statement


def link_seed_article(article, address):
    if article.greeting_address_id is None:
        article.greeting_address = address
        article.save_revision().publish()


def ensure_news(news_index, data, images, categories, people):
    if NewsPage.objects.child_of(news_index).filter(slug=data["slug"]).exists():
        return NewsPage.objects.child_of(news_index).get(slug=data["slug"])
    page = NewsPage(
        title=data["title"],
        slug=data["slug"],
        lead=data["lead"],
        publication_date=data["publication_date"],
        featured_image=images[data["featured_image"]],
        featured_image_alt=data["featured_image_alt"],
        featured_image_caption=data["featured_image_caption"],
        featured_image_credit=data["featured_image_credit"],
        body=[stream_block(kind, value, images, people) for kind, value in data["body"]],
    )
    for order, slug in enumerate(data["categories"]):
        page.categories.add(page.categories.model(sort_order=order, category=categories[slug]))
    news_index.add_child(instance=page)
    page.save_revision().publish()
    return page


def stream_block(kind, value, images, people):
    """A StreamField block in the raw form Wagtail stores."""
    if kind == "paragraph":
        return ("paragraph", f"<p>{html.escape(value, quote=False)}</p>")
    if kind == "heading":
        return ("heading", {"text": value, "level": "h2"})
    if kind == "image":
        return (
            "image",
            {
                "image": images[value["image"]],
                "alt_text": value["alt_text"],
                "decorative": False,
                "caption": value["caption"],
                "credit": value["credit"],
            },
        )
    if kind == "quote":
        return (
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
    raise ValueError(f"Unknown demo block {kind!r}")


def ensure_translation(instance, locale, catalogue):
    if instance.get_translation_or_none(locale) is not None:
        return
    translate_with_catalogue(instance, locale, catalogue, publish=True)


def show_in_menus(pages, locale):
    """Each page and its translation in ``locale`` shown in menus, as a published change."""
    for page in pages:
        for version in (page, page.get_translation_or_none(locale)):
            if version is not None and not version.show_in_menus:
                version = version.specific
                version.show_in_menus = True
                version.save_revision().publish()


def ensure_site_settings(russian, english, catalogue):
    """The default site's name, emblem, contacts and profiles in Russian, and in English.

    Made once; a later run fills in only what an older demo lacks (the
    names, the reception hours, the emblem, a profile) and translates the
    row again, so an editor's other changes, and a row an editor made in
    either language, are kept.
    """
    site = Site.objects.get(is_default_site=True)
    rows = CouncilSiteSettings.objects.filter(site=site)
    source = rows.filter(locale=russian).first()
    details = {**SITE_SETTINGS, **ensure_site_images()}
    if source is None:
        source = CouncilSiteSettings.objects.create(site=site, locale=russian, **details)
        changed = True
    else:
        changed = fill_in_blanks(source, details)
    translated = rows.filter(locale=english).first()
    if translated is None or changed:
        with transaction.atomic():
            translate_with_catalogue(source, english, catalogue)


def fill_in_blanks(row, details):
    """Set the fields of ``row`` that are empty to the demo's; whether any was."""
    blank = [name for name in details if not getattr(row, name)]
    for name in blank:
        setattr(row, name, details[name])
    if blank:
        row.save()
    return bool(blank)


def ensure_site_images():
    """The demo council's logo and icon, drawn once."""
    Image = get_image_model()
    images = {}
    for role, (title, width, height) in SITE_IMAGES.items():
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title)
            image.file = ImageFile(
                io.BytesIO(draw_emblem(width, height)), name=f"demo-council-{role}.png"
            )
            image.save()
        images[role] = image
    return images


def ensure_editor():
    User = get_user_model()
    if not User.objects.filter(username=EDITOR_USERNAME).exists():
        User.objects.create_superuser(
            EDITOR_USERNAME, email="editor@example.org", password=EDITOR_PASSWORD
        )
