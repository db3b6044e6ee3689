"""An editor writes a news article and a greeting address in the admin, previews and publishes them.

The journeys of issue 7. The news article has a paragraph, a quote attributed
to a person chosen in the snippet chooser, and a gallery block showing the
event's gallery page; the greeting address has an addressee, an occasion, a
date, a signatory chosen from the directory, and its text. At each step the
test checks what the editor sees: the chosen person and gallery in the form,
the speaker's name and role in Wagtail's preview panel, the confirmation
after publishing, and finally the page on the site.

The admin speaks Russian, the editors' language.
"""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from example_site.tests.browser.test_editor import log_in, publish
from home.demo import content
from home.management.commands.load_demo_content import EDITOR_PASSWORD, EDITOR_USERNAME
from tests.factories import make_image
from wagtail_council.conf import council_settings
from wagtail_council.models import (
    GalleryIndexPage,
    GalleryPage,
    GreetingAddressIndexPage,
    NewsIndexPage,
    NewsPage,
    Person,
)

pytestmark = pytest.mark.browser

SPEAKER = "oleg-radchenko"
SIGNATORY = "roman-lysenko"

NEWS = {
    "title": "Депутаты приняли участие в субботнике в сквере Победы",
    "lead": "Депутаты Совета вместе с жителями убрали сквер Победы и высадили молодые липы.",
    "paragraph": "В субботнике приняли участие более ста жителей города.",
    "quote": "Сквер станет любимым местом отдыха горожан, если мы будем беречь его вместе.",
}
GREETING = {
    "title": "Приветственный адрес ветеранам городского хозяйства",
    "addressee": "Ветеранам городского хозяйства Алчевска",
    "occasion": "День работников жилищно-коммунального хозяйства",
    "date": datetime.date(2026, 3, 15),
    "body": "Благодарим вас за многолетний труд на благо родного города!",
}

# Used only when the demo content has no gallery of the event yet.
FALLBACK_GALLERY = {
    "index": {"title": "Фотогалереи", "slug": "galleries"},
    "title": "Круглый стол: фотографии",
    "slug": "kruglyy-stol-fotografii",
    "captions": ["Депутаты за круглым столом", "Гости из Вологодской области"],
}


@pytest.fixture
def event_gallery(demo_content):
    """The gallery of the seed article's event, as the demo has it, or one like it."""
    russian = Locale.objects.get(language_code="ru")
    seed = NewsPage.objects.get(slug=content.SEED_ARTICLE["slug"], locale=russian)
    if seed.gallery_id:
        return GalleryPage.objects.get(pk=seed.gallery_id)
    existing = GalleryPage.objects.live().filter(locale=russian).order_by("-date").first()
    if existing is not None:
        return existing
    index = GalleryIndexPage.objects.filter(locale=russian).first()
    if index is None:
        index = GalleryIndexPage(**FALLBACK_GALLERY["index"])
        seed.get_parent().get_parent().add_child(instance=index)
        index.save_revision().publish()
    gallery = GalleryPage(
        title=FALLBACK_GALLERY["title"],
        slug=FALLBACK_GALLERY["slug"],
        date=datetime.date(2026, 11, 20),
    )
    for number, caption in enumerate(FALLBACK_GALLERY["captions"]):
        image = make_image(width=320, height=200, colour=(60 + 80 * number, 90, 140))
        gallery.photos.add(
            gallery.photos.model(image=image, caption=caption, alt_text=f"{caption}: фото")
        )
    index.add_child(instance=gallery)
    gallery.save_revision().publish()
    return gallery


def role_on(slug, date):
    """The role title the site shows under a Russian person's name on ``date``."""
    person = Person.objects.get(slug=slug, locale__language_code="ru")
    return person.name, person.role_on(date).title


def add_block(page, stream, label):
    """Open the last "Insert a block" menu of a StreamField and pick a block type by its label."""
    stream.get_by_role("button", name="Вставить блок").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def show_tab_of(page, field):
    """Click the admin tab that holds ``field``, as an editor looking for it would."""
    panel_id = field.evaluate("element => element.closest('[role=tabpanel]').id")
    tab = page.locator(f"[role=tab][aria-controls='{panel_id}']")
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true")
    expect(field).to_be_visible()
    return tab


def choose_in_modal(page, field, button_name, choice, search=False):
    """Open a chooser, click ``choice`` in its modal, and see the choice in the field.

    With ``search``, type the choice into the modal's search box first, as an
    editor does when the item is not on the first screen of the chooser.
    """
    field.get_by_role("button", name=button_name).click()
    modal = page.locator(".modal-dialog")
    expect(modal).to_be_visible()
    if search:
        modal.locator("input[name=q]").fill(choice)
    modal.get_by_role("link", name=choice, exact=True).first.click()
    expect(modal).to_have_count(0)
    expect(field.locator(".chooser__title")).to_have_text(choice)


def open_preview(page):
    """Open Wagtail's preview side panel and return the frame that shows the page."""
    page.get_by_role("button", name="Переключить предварительный просмотр").click()
    panel = page.locator("[data-side-panel=preview]")
    expect(panel).to_be_visible()
    # Wagtail loads each new preview into a fresh iframe and then drops the old one.
    return panel.locator("iframe").last.content_frame


def published_and_viewed_live(page, title):
    """Publish, see Wagtail's confirmation, and open the page from its "View on site" link."""
    publish(page)
    success = page.locator(".messages li.success")
    expect(success).to_be_visible()
    expect(success).to_contain_text(title)
    live_link = success.get_by_role("link", name="Смотреть на сайте")
    expect(live_link).to_be_visible()
    page.goto(live_link.get_attribute("href"))


def test_editor_writes_previews_and_publishes_news(event_gallery, page, screenshot):
    news_index = NewsIndexPage.objects.get(locale__language_code="ru")
    name, role = role_on(SPEAKER, timezone.localdate())
    photos = event_gallery.photos_for_readers(limit=council_settings.GALLERY_BLOCK_PHOTOS)
    assert photos and photos[0].caption, "The event's gallery has photos with captions"

    log_in(page, EDITOR_USERNAME, EDITOR_PASSWORD)

    # The news index in the page explorer; a news page is the only kind it takes.
    page.goto(f"/admin/pages/{news_index.pk}/")
    expect(page.locator("h1")).to_contain_text(news_index.title)
    page.get_by_role("link", name="Добавить дочернюю страницу").first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/wagtail_council/newspage/"))
    expect(page.locator("header")).to_contain_text("Страница новости")

    page.locator("#id_title").fill(NEWS["title"])
    page.locator("textarea[name=lead]").fill(NEWS["lead"])
    body = page.locator("[data-contentpath=body]")

    add_block(page, body, "Текст")
    paragraph = body.get_by_role("textbox").last
    paragraph.fill(NEWS["paragraph"])
    expect(paragraph).to_have_text(NEWS["paragraph"])

    add_block(page, body, "Цитата")
    page.get_by_label("Текст цитаты").fill(NEWS["quote"])
    choose_in_modal(page, body.locator("[data-contentpath=person]"), "Выбрать человек", name)

    add_block(page, body, "Фотогалерея")
    choose_in_modal(
        page,
        body.locator("[data-contentpath=gallery]"),
        re.compile("Выберите страницу"),
        event_gallery.title,
        search=True,
    )
    screenshot(page, "editor-news-form")

    # The preview shows the article as readers will see it, with the quote's attribution.
    preview = open_preview(page)
    expect(preview.locator("h1")).to_have_text(NEWS["title"])
    expect(preview.locator(".council-body")).to_contain_text(NEWS["paragraph"])
    quote = preview.locator(".council-quote")
    expect(quote.locator("blockquote")).to_have_text(NEWS["quote"])
    expect(quote.locator("[itemprop=name]")).to_have_text(name)
    expect(quote.locator(".council-quote__role")).to_have_text(role)
    gallery = preview.locator(".council-gallery-block")
    expect(gallery.locator(".council-gallery-block__title")).to_have_text(event_gallery.title)
    expect(gallery.locator(".council-gallery__item")).to_have_count(len(photos))
    expect(gallery.locator(".council-gallery__item figcaption").first).to_contain_text(
        photos[0].caption
    )
    screenshot(page, "editor-news-preview")

    published_and_viewed_live(page, NEWS["title"])
    expect(page).to_have_url(re.compile(r"/ru/news/[a-z0-9-]+/$"))
    expect(page.locator("h1")).to_have_text(NEWS["title"])
    expect(page.locator(".council-lead")).to_have_text(NEWS["lead"])
    expect(page.locator(".council-body")).to_contain_text(NEWS["paragraph"])
    quote = page.locator(".council-quote")
    expect(quote.locator("blockquote")).to_have_text(NEWS["quote"])
    expect(quote.locator("[itemprop=name]")).to_have_text(name)
    expect(quote.locator(".council-quote__role")).to_have_text(role)
    gallery = page.locator(".council-gallery-block")
    expect(gallery.locator(".council-gallery-block__title")).to_have_text(event_gallery.title)
    expect(gallery.locator(".council-gallery__item")).to_have_count(len(photos))
    expect(gallery.locator(".council-gallery__item figcaption").first).to_contain_text(
        photos[0].caption
    )
    expect(gallery.locator(".council-gallery-block__more a")).to_have_attribute(
        "href", event_gallery.url
    )
    screenshot(page, "editor-news-live")


def test_editor_writes_previews_and_publishes_greeting_address(demo_content, page, screenshot):
    greetings_index = GreetingAddressIndexPage.objects.get(locale__language_code="ru")
    name, role = role_on(SIGNATORY, GREETING["date"])

    log_in(page, EDITOR_USERNAME, EDITOR_PASSWORD)

    page.goto(f"/admin/pages/{greetings_index.pk}/")
    expect(page.locator("h1")).to_contain_text(greetings_index.title)
    page.get_by_role("link", name="Добавить дочернюю страницу").first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/wagtail_council/greetingaddresspage/"))
    expect(page.locator("header")).to_contain_text("Приветственный адрес")

    page.locator("#id_title").fill(GREETING["title"])
    page.locator("input[name=addressee]").fill(GREETING["addressee"])
    page.locator("input[name=occasion]").fill(GREETING["occasion"])
    date = page.locator("input[name=date]")
    date.fill(GREETING["date"].isoformat())
    date.press("Tab")
    expect(date).to_have_value(GREETING["date"].isoformat())
    text = page.locator("[data-contentpath=body]").get_by_role("textbox")
    text.fill(GREETING["body"])
    expect(text).to_have_text(GREETING["body"])
    # One signatory row is there from the start: an address is always signed.
    signatory = page.locator("#id_signatories-FORMS [data-contentpath=person]")
    expect(signatory).to_have_count(1)
    expect(show_tab_of(page, signatory)).to_contain_text("Люди")
    choose_in_modal(page, signatory, "Выбрать человек", name)
    screenshot(page, "editor-greeting-form-people")
    show_tab_of(page, page.locator("[data-contentpath=body]"))
    expect(text).to_have_text(GREETING["body"])
    screenshot(page, "editor-greeting-form")

    preview = open_preview(page)
    expect(preview.locator("h1")).to_have_text(GREETING["title"])
    facts = preview.locator(".council-address__facts")
    expect(facts).to_contain_text(GREETING["addressee"])
    expect(facts).to_contain_text(GREETING["occasion"])
    expect(facts).to_contain_text("15 марта 2026")
    expect(preview.locator(".council-signatories li")).to_have_text(f"{name}, {role}")
    expect(preview.locator(".council-body")).to_have_text(GREETING["body"])
    screenshot(page, "editor-greeting-preview")

    published_and_viewed_live(page, GREETING["title"])
    expect(page).to_have_url(re.compile(r"/ru/greetings/[a-z0-9-]+/$"))
    expect(page.locator("h1")).to_have_text(GREETING["title"])
    facts = page.locator(".council-address__facts")
    expect(facts).to_contain_text(GREETING["addressee"])
    expect(facts).to_contain_text(GREETING["occasion"])
    expect(facts).to_contain_text("15 марта 2026")
    expect(page.locator(".council-signatories li")).to_have_text(f"{name}, {role}")
    expect(page.locator(".council-signatories a")).to_have_text(name)
    expect(page.locator(".council-body")).to_have_text(GREETING["body"])
    screenshot(page, "editor-greeting-live")
