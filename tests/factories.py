"""Builders for real objects: pages in a real tree, real images, real locales."""

import io
import itertools

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site

from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import NewsCategory, NewsIndexPage, NewsPage

_counter = itertools.count(1)


def image_bytes(width=800, height=600, colour=(40, 90, 160), image_format="JPEG", exif=None):
    buffer = io.BytesIO()
    picture = PILImage.new("RGB", (width, height), colour)
    kwargs = {"exif": exif} if exif is not None else {}
    picture.save(buffer, format=image_format, **kwargs)
    return buffer.getvalue()


def make_image(title=None, **kwargs):
    number = next(_counter)
    image = get_image_model()(title=title or f"Test image {number}")
    image.file = ImageFile(io.BytesIO(image_bytes(**kwargs)), name=f"test-{number}.jpg")
    image.save()
    return image


def make_document(title="Решение Совета"):
    document = get_document_model()(title=title)
    document.file.save("reshenie.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.save()
    return document


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def home_page_model():
    """The site's home page type: ``home.HomePage`` of the test app, or of the example site."""
    return apps.get_model("home", "HomePage")


def make_site_tree():
    """Russian home page as the default site's root, with a news index under it.

    The tree is made once: when it exists (the package tests make it once per
    test database, see ``tests/conftest.py``), the same pages are returned,
    fresh from the database.
    """
    existing = home_page_model().objects.filter(depth=2, slug="home", locale__language_code="ru")
    home = existing.first()
    if home is not None:
        return home, NewsIndexPage.objects.child_of(home).get(slug="news")
    russian = locale("ru")
    locale("en")
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2, content_type__model="page").delete()
    home = home_page_model()(title="Главная", slug="home", locale=russian)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home, "site_name": "Совет"},
    )
    news_index = NewsIndexPage(title="Новости", slug="news")
    home.add_child(instance=news_index)
    news_index.save_revision().publish()
    return home, news_index


def make_news(parent, *, publish=True, categories=(), **fields):
    number = next(_counter)
    fields.setdefault("title", f"Новость {number}")
    fields.setdefault("slug", f"news-{number}")
    fields.setdefault("lead", f"Краткое содержание новости {number}")
    fields.setdefault("publication_date", timezone.now())
    page = NewsPage(**fields)
    for order, category in enumerate(categories):
        page.categories.add(page.categories.model(sort_order=order, category=category))
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    else:
        page.live = False
        page.save()
    return page


def make_category(name, slug, locale_code="ru"):
    return NewsCategory.objects.create(name=name, slug=slug, locale=locale(locale_code))


def make_private(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def make_organisation(name="Совет городского округа", slug=None, locale_code="ru", **fields):
    from wagtail_council.models import Organisation

    return Organisation.objects.create(
        name=name, slug=slug or f"org-{next(_counter)}", locale=locale(locale_code), **fields
    )


def make_person(name="Роман Лысенко", slug=None, roles=(), locale_code="ru", **fields):
    """``roles`` are ``(organisation, position, start_date, end_date)`` tuples."""
    from wagtail_council.models import Person

    person = Person(
        name=name, slug=slug or f"person-{next(_counter)}", locale=locale(locale_code), **fields
    )
    for organisation, position, start, end in roles:
        person.roles.add(
            person.roles.model(
                organisation=organisation, position=position, start_date=start, end_date=end
            )
        )
    person.save()
    return person


def add_index(home, model, title, slug):
    index_page = model(title=title, slug=slug)
    home.add_child(instance=index_page)
    index_page.save_revision().publish()
    return index_page


def publish_child(parent, page, publish=True):
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    else:
        page.live = False
        page.save()
    return page


def quote_block(person=None, text="Цитата", name="", position="", **extra):
    return (
        "quote",
        {
            "text": text,
            "person": person,
            "name": name,
            "position": position,
            "role_override": extra.get("role_override", ""),
            "source": extra.get("source", ""),
            "date": extra.get("date"),
        },
    )


class EnglishCatalogue(dict):
    """Translates any source string by prefixing it, so every value is traceable."""

    def get(self, source, default=None):
        return f"EN {source}"


def translate_tree_to_english(page):
    """Translate a news page, its ancestors and its categories into English through wagtail-localize."""
    english = locale("en")
    catalogue = EnglishCatalogue()
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        translate_with_catalogue(ancestor, english, catalogue)
    for link in page.categories.all():
        translate_with_catalogue(link.category, english, catalogue)
    return translate_with_catalogue(page, english, catalogue)
