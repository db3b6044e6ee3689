"""Content checks warn editors about repeated captions, missing descriptions and skipped headings."""

import datetime

import pytest
from django.utils import translation

from tests.factories import add_index, make_image, make_news
from wagtail_council.editor_checks.on_save import check_page
from wagtail_council.models import GalleryIndexPage, GalleryPage

TITLE = "Обмен опытом – полезная практика сотрудничества!"


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


def test_a_gallery_whose_captions_repeat_the_title_is_flagged(home):
    galleries = add_index(home, GalleryIndexPage, "Фотогалереи", "galleries")
    image = make_image(width=320, height=200)
    gallery = GalleryPage(title=TITLE, slug="obmen", date=datetime.date(2026, 11, 20))
    for _number in range(3):
        gallery.photos.add(
            gallery.photos.model(image=image, caption=TITLE, alt_text="Депутаты за столом")
        )
    galleries.add_child(instance=gallery)
    problems = check_page(gallery)
    assert (
        problems.count(
            "The caption of Photo 1 repeats the page title. Say what happens in this image."
        )
        == 1
    )
    assert sum("repeats the page title" in problem for problem in problems) == 3


def test_repeated_captions_missing_alt_and_skipped_headings_on_a_news_page(news_index):
    image = make_image(width=320, height=200)
    page = make_news(
        news_index,
        title="Круглый стол",
        body=[
            ("heading", {"text": "Раздел", "level": "h2"}),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Зал",
                    "decorative": False,
                    "caption": "Гости в зале",
                    "credit": "",
                },
            ),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Зал",
                    "decorative": False,
                    "caption": "Гости в зале",
                    "credit": "",
                },
            ),
            ("heading", {"text": "Подраздел", "level": "h4"}),
        ],
    )
    page.featured_image = image
    page.featured_image_decorative = False
    page.featured_image_alt = ""
    problems = check_page(page)
    assert "The caption of Image 3 repeats the caption of Image 2." in problems
    assert (
        "Featured image has no description (alt text). Describe it or mark it as decorative."
        in problems
    )
    assert "A level 4 heading follows a level 2 heading; do not skip levels." in problems


def test_a_well_described_page_has_no_warnings(news_index):
    image = make_image(width=320, height=200)
    page = make_news(
        news_index,
        title="Круглый стол",
        featured_image=image,
        featured_image_alt="Депутаты за круглым столом",
        body=[
            ("heading", {"text": "Раздел", "level": "h2"}),
            ("heading", {"text": "Подраздел", "level": "h3"}),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Гости",
                    "decorative": False,
                    "caption": "Гости из Вологды",
                    "credit": "",
                },
            ),
            (
                "image",
                {"image": image, "alt_text": "", "decorative": True, "caption": "", "credit": ""},
            ),
        ],
    )
    assert check_page(page) == []


def test_editor_sees_the_warnings_after_saving(admin_client, news_index):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    image = make_image(width=320, height=200)
    page = make_news(news_index, title="Круглый стол", slug="kruglyy-stol")
    photo = {
        "image": image.pk,
        "alt_text": "Гости",
        "decorative": "",
        "caption": "Круглый стол",
        "credit": "",
    }
    data = nested_form_data(
        {
            "title": "Круглый стол",
            "slug": "kruglyy-stol",
            "lead": "Анонс",
            "publication_date": "2026-11-20 12:00",
            "featured_image_alt": "",
            "featured_image_caption": "",
            "featured_image_credit": "",
            "body": streamfield([("image", photo)]),
            "categories": inline_formset([]),
            "related_pages": inline_formset([]),
        }
    )
    with translation.override("en"):
        response = admin_client.post(
            f"/admin/pages/{page.pk}/edit/", data, follow=True, HTTP_ACCEPT_LANGUAGE="en"
        )
    shown = [str(message) for message in response.context["messages"]]
    assert any("repeats the page title" in message for message in shown), shown
