"""Fixtures shared by the package tests.

The site tree every test starts from (the Russian home page with a news
index, the ``ru`` and ``en`` locales) is made once per test database, in
``django_db_setup``; each test runs in a transaction that is rolled back, so
what it adds or changes is gone for the next. Tests that need the tree ask
for ``site_tree``, ``home`` or ``news_index`` and get the pages fresh from
the database.
"""

import datetime

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from tests.api_support import (
    isolated_caches,  # noqa: F401 - autouse: every test starts with empty caches
    make_gallery_page,
    photo_rows,
)
from tests.factories import (
    add_index,
    make_category,
    make_document,
    make_image,
    make_news,
    make_organisation,
    make_person,
    make_site_tree,
    quote_block,
)
from wagtail_council.models import GalleryIndexPage

MSK = datetime.timezone(datetime.timedelta(hours=3))
PAGE_DATE = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=MSK)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The migrated test database, with the site tree made once for every test."""
    with django_db_blocker.unblock():
        make_site_tree()


@pytest.fixture
def site_tree(db):
    """``(home, news_index)``: the Russian home page and its news index."""
    return make_site_tree()


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def news_index(site_tree):
    return site_tree[1]


@pytest.fixture
def directory(db):
    """``(council, lysenko)``: an organisation, and a person with two consecutive roles in it."""
    council = make_organisation("Совет городского округа", slug="council")
    portrait = make_image(width=400, height=500)
    lysenko = make_person(
        "Роман Лысенко",
        slug="roman-lysenko",
        photo=portrait,
        photo_alt="Портрет Романа Лысенко",
        roles=[
            (council, "депутат", datetime.date(2020, 1, 1), datetime.date(2024, 12, 31)),
            (council, "председатель", datetime.date(2025, 1, 1), None),
        ],
    )
    return council, lysenko


@pytest.fixture
def galleries(home):
    """A gallery index under the home page."""
    return add_index(home, GalleryIndexPage, "Фотогалереи", "galleries")


@pytest.fixture
def everything(news_index, galleries, directory):
    """A news page whose body uses every block type, linking to pages and a document.

    ``(page, target, draft, document, gallery)``.
    """
    council, lysenko = directory
    target = make_news(news_index, title="Цель ссылки", slug="target")
    draft = make_news(news_index, title="Черновик", slug="draft", publish=False)
    document = make_document()
    image = make_image(width=1600, height=900)
    image.focal_point_x, image.focal_point_y = 800, 300
    image.focal_point_width, image.focal_point_height = 200, 100
    image.save()
    Embed.objects.create(
        url="https://video.example/1",
        hash=get_embed_hash("https://video.example/1"),
        type="video",
        html="<iframe></iframe>",
    )
    gallery = make_gallery_page(galleries, photo_rows(3), title="Галерея", slug="gallery")
    page = make_news(
        news_index,
        title="Всё сразу",
        slug="everything",
        publication_date=PAGE_DATE,
        featured_image=image,
        featured_image_alt="Главное фото",
        categories=[make_category("Бюджет", "budget")],
        gallery=gallery,
        body=[
            (
                "paragraph",
                f'<p>См. <a linktype="page" id="{target.pk}">новость</a>, '
                f'<a linktype="page" id="{draft.pk}">черновик</a> и '
                f'<a linktype="document" id="{document.pk}">решение</a>.</p>',
            ),
            ("heading", {"text": "Раздел", "level": "h3"}),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Фото в тексте",
                    "decorative": False,
                    "caption": "Подпись",
                    "credit": "Автор",
                },
            ),
            ("embed", {"video": "https://video.example/1", "title": "Видео", "caption": ""}),
            ("document", {"document": document, "link_text": "Текст решения"}),
            quote_block(lysenko, text="Слова председателя", source="на круглом столе"),
            quote_block(name="Иван Гость", position="гость", text="Слова гостя"),
            (
                "gallery",
                {
                    "gallery": None,
                    "photos": [
                        {
                            "image": make_image(width=320, height=200),
                            "alt_text": "Фото галереи в тексте",
                            "decorative": False,
                            "caption": "Подпись галереи",
                            "credit": "",
                        }
                    ],
                },
            ),
            ("gallery", {"gallery": gallery, "photos": []}),
        ],
    )
    return page, target, draft, document, gallery
