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

from home.demo import content
from home.demo.images import draw_scene
from home.demo.localize import load_catalogue, translate_with_catalogue
from home.models import HomePage
from wagtail_council.models import NewsCategory, NewsIndexPage, NewsPage

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "council-demo"  # noqa: S105 - a documented demo login for a local site


class Command(BaseCommand):
    help = "Load the demo content: the seed article and more news, in Russian and English."

    def handle(self, *args, **options):
        with transaction.atomic():
            russian, english = ensure_locales()
            images = ensure_images()
            home = ensure_home(russian)
            news_index = ensure_page(home, NewsIndexPage, content.NEWS_INDEX, intro=True)
            categories = ensure_categories(russian)
            news = [
                ensure_news(news_index, item, images, categories)
                for item in [content.SEED_ARTICLE, *content.MORE_NEWS]
            ]
            catalogue = load_catalogue(DEMO_DIR / "translations", "en")
            for instance in [home, news_index, *categories.values(), *news]:
                ensure_translation(instance, english, catalogue)
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


def ensure_news(news_index, data, images, categories):
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
        body=[stream_block(kind, value, images) for kind, value in data["body"]],
    )
    for slug in data["categories"]:
        page.categories.add(page.categories.model(category=categories[slug]))
    news_index.add_child(instance=page)
    page.save_revision().publish()
    return page


def stream_block(kind, value, images):
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
    raise ValueError(f"Unknown demo block {kind!r}")


def ensure_translation(instance, locale, catalogue):
    if instance.get_translation_or_none(locale) is not None:
        return
    translate_with_catalogue(instance, locale, catalogue, publish=True)


def ensure_editor():
    User = get_user_model()
    if not User.objects.filter(username=EDITOR_USERNAME).exists():
        User.objects.create_superuser(
            EDITOR_USERNAME, email="editor@example.org", password=EDITOR_PASSWORD
        )
