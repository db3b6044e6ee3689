"""The photo gallery of the seed article's round table.

The old site captioned every photo of this event with the article's title.
Here each photo says what it shows: a caption for everyone and alt text for
people who cannot see it. English translations live in
``translations/en-gallery.po`` and are applied through wagtail-localize.
"""

import datetime
import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from home.demo import content
from home.demo.images import draw_scene
from wagtail_council.models import GalleryIndexPage, GalleryPage

GALLERY_INDEX = {
    "title": "Фотогалереи",
    "slug": "galleries",
    "intro": "Фотографии с заседаний, встреч и других событий Совета.",
}

CREDIT = "Пресс-служба Совета"

GALLERY = {
    "title": "Круглый стол с коллегами из Вологодской области",
    "slug": "kruglyj-stol-s-kollegami-iz-vologodskoj-oblasti",
    "date": datetime.date(2026, 11, 20),
    "description": "Дискуссионный круглый стол о представлении и защите интересов "
    "муниципалитетов прошёл в зале заседаний Совета.",
}

# Each photo: an image (one the news already uses, or a new drawing), a
# caption that says what happens and alt text that says what it shows.
PHOTOS = [
    {
        "image": "round-table",
        "caption": "Депутаты Совета и вологодские гости открывают круглый стол",
        "alt_text": "Участники встречи сидят за длинным столом в зале заседаний Совета",
    },
    {
        "image": "guests",
        "caption": "Владимир Селяков рассказывает о программе «Народный бюджет»",
        "alt_text": "Депутат Законодательного Собрания Вологодской области говорит, "
        "сидя за столом рядом с коллегами",
    },
    {
        "image": "gallery-podium",
        "title": "Алексей Орлов выступает на круглом столе",
        "scene": "podium",
        "seed": 8,
        "caption": "Алексей Орлов представляет проект «Институт старост»",
        "alt_text": "Депутат Великоустюгской Думы выступает за трибуной перед рядами слушателей",
    },
    {
        "image": "discussion",
        "caption": "Депутаты Алчевска задают вопросы о наработках коллег",
        "alt_text": "Депутаты за столом переговоров слушают выступающего и делают записи",
    },
    {
        "image": "address",
        "caption": "Гости передают приветственный адрес от председателя "
        "Законодательного Собрания Сергея Жестянникова",
        "alt_text": "Вологодские гости вручают Роману Лысенко приветственный адрес в красной папке",
    },
    {
        "image": "gallery-handshake",
        "title": "Рукопожатие после круглого стола",
        "scene": "handshake",
        "seed": 9,
        "caption": "Роман Лысенко благодарит вологодских коллег за встречу",
        "alt_text": "Председатель Совета пожимает руку гостю, в другой руке у гостя красная папка",
    },
    {
        "image": "gallery-group",
        "title": "Общая фотография участников круглого стола",
        "scene": "group",
        "seed": 10,
        "caption": "Участники круглого стола на общей фотографии",
        "alt_text": "Депутаты и гости стоят двумя рядами в зале заседаний",
    },
]


def ensure_gallery(home, images=None):
    """The seed article's gallery, under «Фотогалереи» on ``home``; created once, then kept.

    ``images`` is the demo loader's ``{key: Image}``; photos it lacks are
    found by title or drawn here, so the gallery can also be made on its own.
    """
    index = ensure_gallery_index(home)
    existing = GalleryPage.objects.child_of(index).filter(slug=GALLERY["slug"]).first()
    if existing is not None:
        return existing
    images = ensure_gallery_images(images or {})
    gallery = GalleryPage(
        title=GALLERY["title"],
        slug=GALLERY["slug"],
        date=GALLERY["date"],
        description=f"<p>{GALLERY['description']}</p>",
    )
    for position, photo in enumerate(PHOTOS):
        gallery.photos.add(
            gallery.photos.model(
                sort_order=position,
                image=images[photo["image"]],
                caption=photo["caption"],
                alt_text=photo["alt_text"],
                credit=CREDIT,
            )
        )
    index.add_child(instance=gallery)
    gallery.save_revision().publish()
    return gallery


def ensure_gallery_index(home):
    index = GalleryIndexPage.objects.child_of(home).filter(slug=GALLERY_INDEX["slug"]).first()
    if index is None:
        index = GalleryIndexPage(
            title=GALLERY_INDEX["title"], slug=GALLERY_INDEX["slug"], intro=GALLERY_INDEX["intro"]
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def ensure_gallery_images(images):
    """``{key: Image}`` for every photo, reusing ``images`` and images already made."""
    Image = get_image_model()
    known_keys = list(content.IMAGES)
    found = dict(images)
    for photo in PHOTOS:
        key = photo["image"]
        if key in found:
            continue
        title = photo.get("title") or content.IMAGES[key]
        image = Image.objects.filter(title=title).first()
        if image is None:
            # News images keep the seed the demo loader draws them with.
            seed = photo["seed"] if "seed" in photo else known_keys.index(key)
            image = Image(title=title)
            picture = draw_scene(seed, kind=photo.get("scene", "table"))
            image.file = ImageFile(io.BytesIO(picture), name=f"demo-{key}.jpg")
            image.save()
        found[key] = image
    return found


def link_article_to_gallery(article, gallery):
    """Point the seed article at its gallery, once."""
    if article.gallery_id is None:
        article.gallery = gallery
        article.save_revision().publish()
