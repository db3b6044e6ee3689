"""A translator takes a fresh Russian article and its photo gallery into English in the admin.

The journey of issue 6: submit the news page for translation to English from
its action menu, translate the quote (and every other string) in
wagtail-localize's editor, publish, then do the same for the gallery the
article shows, whose photo captions are segments of the gallery page's own
translation. Readers of /en/ then see the quote, its speaker's English name and
role, and the English photo captions, and none of the Russian text.

The admin speaks Russian, the editors' language, so the test looks for the
Russian labels and buttons a Russian translator sees.
"""

import datetime
import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from example_site.tests.browser.test_editor import log_in
from home.management.commands.load_demo_content import EDITOR_PASSWORD, EDITOR_USERNAME
from tests.factories import make_image
from wagtail_council.content_translation import translate_with_catalogue
from wagtail_council.models import (
    GalleryIndexPage,
    GalleryPage,
    NewsIndexPage,
    NewsPage,
    Person,
)

pytestmark = pytest.mark.browser

MSK = datetime.timezone(datetime.timedelta(hours=3))
EVENT_DATE = datetime.date(2026, 11, 20)
SPEAKER = "roman-lysenko"
SPEAKER_EN = "Roman Lysenko"

# Russian source text, and what the translator types for each string.
ARTICLE = {
    "title": "Депутаты обсудили с вологодскими коллегами народный бюджет",
    "slug": "deputaty-obsudili-narodnyy-byudzhet",
    "lead": "Депутаты Совета узнали, как в Вологодской области жители сами выбирают проекты.",
    "paragraph": "Коллеги рассказали, как готовят заявки и отчитываются перед жителями.",
    "quote": "Мы обязательно попробуем такой подход в нашем городе.",
}
ARTICLE_EN = {
    ARTICLE["title"]: "Deputies discussed the people's budget with colleagues from Vologda",
    ARTICLE["slug"]: "deputies-discussed-the-peoples-budget",
    ARTICLE["lead"]: "Council deputies learned how residents of the Vologda region choose "
    "projects themselves.",
    ARTICLE["paragraph"]: "Colleagues explained how applications are prepared and how they "
    "report back to residents.",
    ARTICLE["quote"]: "We will certainly try this approach in our city.",
}
GALLERY = {
    "title": "Фотографии встречи о народном бюджете",
    "slug": "foto-vstrechi-o-narodnom-byudzhete",
    "photos": [
        {
            "caption": "Роман Лысенко открывает встречу",
            "alt_text": "Председатель Совета говорит у трибуны перед депутатами",
        },
        {
            "caption": "Вологодские коллеги показывают карту проектов",
            "alt_text": "Двое гостей держат большую карту области",
        },
    ],
}
GALLERY_EN = {
    GALLERY["title"]: "Photos of the meeting on the people's budget",
    GALLERY["slug"]: "photos-of-the-peoples-budget-meeting",
    "Роман Лысенко открывает встречу": "Roman Lysenko opens the meeting",
    "Председатель Совета говорит у трибуны перед депутатами": "The Council chairman speaks "
    "at the lectern in front of the deputies",
    "Вологодские коллеги показывают карту проектов": "Colleagues from Vologda show a map "
    "of the projects",
    "Двое гостей держат большую карту области": "Two guests hold a large map of the region",
}
GALLERY_INDEX = {"title": "Фотогалереи", "slug": "galleries"}
GALLERY_INDEX_EN = {"Фотогалереи": "Photo galleries", "galleries": "galleries"}


def gallery_index(russian, english):
    """The demo's Russian gallery index, or a new one with its English translation."""
    index = GalleryIndexPage.objects.filter(locale=russian).first()
    if index is None:
        home = NewsIndexPage.objects.get(locale=russian).get_parent()
        index = GalleryIndexPage(**GALLERY_INDEX)
        home.add_child(instance=index)
        index.save_revision().publish()
        translate_with_catalogue(index, english, GALLERY_INDEX_EN)
    return index


@pytest.fixture
def untranslated_article(demo_content):
    """A Russian article with a quote and a gallery block, and its gallery; neither translated."""
    russian = Locale.objects.get(language_code="ru")
    english = Locale.objects.get(language_code="en")
    gallery = GalleryPage(title=GALLERY["title"], slug=GALLERY["slug"], date=EVENT_DATE)
    for colour, photo in zip([(150, 60, 40), (40, 110, 70)], GALLERY["photos"], strict=True):
        image = make_image(title=photo["caption"], width=320, height=200, colour=colour)
        gallery.photos.add(gallery.photos.model(image=image, **photo))
    gallery_index(russian, english).add_child(instance=gallery)
    gallery.save_revision().publish()

    article = NewsPage(
        title=ARTICLE["title"],
        slug=ARTICLE["slug"],
        lead=ARTICLE["lead"],
        publication_date=datetime.datetime(2026, 11, 20, 12, 0, tzinfo=MSK),
        body=[
            ("paragraph", f"<p>{ARTICLE['paragraph']}</p>"),
            (
                "quote",
                {
                    "text": ARTICLE["quote"],
                    "person": Person.objects.get(slug=SPEAKER, locale=russian),
                    "name": "",
                    "position": "",
                    "role_override": "",
                    "source": "",
                    "date": None,
                },
            ),
            ("gallery", {"gallery": gallery, "photos": []}),
        ],
    )
    NewsIndexPage.objects.get(locale=russian).add_child(instance=article)
    article.save_revision().publish()
    assert not article.has_translation(english)
    assert not gallery.has_translation(english)
    return article, gallery


def segment(editor, source):
    """The row of the translation editor whose source text is ``source``."""
    exact = re.compile(rf"^\s*{re.escape(source)}\s*$")
    return editor.locator("li").filter(has=editor.page.locator(":scope > p", has_text=exact))


def translate(editor, source, text):
    """Click "Translate" on a segment, type the translation, save, and wait until it is stored."""
    row = segment(editor, source)
    expect(row).to_have_count(1)
    expect(row).to_have_class(re.compile(r"\bincomplete\b"))
    row.get_by_role("button", name="Перевести", exact=True).click()
    row.locator("textarea").fill(text)
    row.get_by_role("button", name="Сохранить", exact=True).click()
    # While the string is being saved the row has no buttons; "Edit" means it is stored.
    expect(row.get_by_role("button", name="Редактировать", exact=True)).to_be_visible()
    expect(row).to_have_class(re.compile(r"\bcomplete\b"))
    expect(row.locator("textarea")).to_have_count(0)
    expect(row).to_contain_text(text)
    return row


def translate_the_rest(editor, translations):
    """Translate every segment still untranslated, on every tab of the editor."""
    tabs = editor.get_by_role("tab")
    for number in range(tabs.count()):
        tab = tabs.nth(number)
        tab.click()
        expect(tab).to_have_attribute("aria-selected", "true")
        # Every tab's segments are in the page; those of the other tabs are hidden.
        pending = editor.locator("li.incomplete:visible")
        while pending.count():
            source = pending.first.locator(":scope > p").inner_text().strip()
            assert source in translations, f"The test has no English for segment {source!r}"
            translate(editor, source, translations[source])
        expect(pending).to_have_count(0)


def submit_for_translation(page, source_page, title):
    """Open the page in the editor, choose "Translate" in its action menu, pick English, submit."""
    page.goto(f"/admin/pages/{source_page.pk}/edit/")
    header = page.locator("header")
    header.get_by_role("button", name="Действия", exact=True).click()
    # The menu opens in a pop-over attached to the end of the document.
    page.get_by_role("link", name="Перевести эту страницу").click()

    expect(page).to_have_url(re.compile(rf"/admin/localize/submit/page/{source_page.pk}/"))
    expect(page.locator("h1")).to_contain_text("Перевести страницу")
    expect(page.locator("header")).to_contain_text(title)
    english = page.get_by_label("English")
    expect(english).not_to_be_checked()
    english.check()
    page.get_by_role("button", name="Отправить").click()

    # wagtail-localize lands on the English copy, shown in its translation editor.
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    message = page.locator(".messages .success")
    expect(message).to_contain_text(title)
    expect(message).to_contain_text("English")
    expect(page.get_by_role("link", name="Русский")).to_be_visible()
    editor = page.locator("main")
    expect(editor.get_by_role("tablist")).to_be_visible()
    return editor


def publish_translation(page, title):
    """Click "Publish in English"; the message names the page by its new English title."""
    publish = page.locator("footer button[name=action][value=publish]")
    expect(publish).to_contain_text("English")
    publish.click()
    message = page.locator(".messages")
    expect(message.locator(".success")).to_contain_text(f"Опубликован '{title}' в English")
    expect(message.locator(".warning, .error")).to_have_count(0)


def test_translator_translates_article_quote_and_gallery(untranslated_article, page, screenshot):
    article, gallery = untranslated_article
    english = Locale.objects.get(language_code="en")
    speaker_en = Person.objects.get(slug=SPEAKER, locale=english)
    role_en = speaker_en.role_on(EVENT_DATE).title

    # Before: /en/ has no such article.
    response = page.goto(f"/en/news/{ARTICLE_EN[ARTICLE['slug']]}/")
    assert response.status == 404

    log_in(page, EDITOR_USERNAME, EDITOR_PASSWORD)

    # 1-2. Submit the article for translation; the translation editor opens.
    editor = submit_for_translation(page, article, ARTICLE["title"])
    expect(editor.locator("li.complete")).to_have_count(0)

    # 3. Translate the title and the quote. The quote's segments say what they are.
    translate(editor, ARTICLE["title"], ARTICLE_EN[ARTICLE["title"]])
    quote = translate(editor, ARTICLE["quote"], ARTICLE_EN[ARTICLE["quote"]])
    expect(quote.locator("h4")).to_have_text("Текст цитаты")
    quote_block = editor.locator("li").filter(has=page.locator(":scope > h3", has_text="Цитата"))
    expect(quote_block).to_have_count(1)
    # The quoted person is a snippet the demo already has in English: no work left on it.
    speaker = quote_block.locator("li").filter(
        has=page.locator(":scope > h4", has_text="Автор цитаты из справочника")
    )
    expect(speaker).to_contain_text("Роман Лысенко")
    expect(speaker).not_to_contain_text("Не переведено")
    expect(speaker.get_by_role("button", name="Перевести")).to_have_count(0)
    translate_the_rest(editor, ARTICLE_EN)
    editor.get_by_role("tab").first.click()
    screenshot(page, "translator-article-translated")

    # 4. Publish the English article.
    publish_translation(page, ARTICLE_EN[ARTICLE["title"]])

    # The gallery the article shows is a page of its own, with its own translation.
    editor = submit_for_translation(page, gallery, GALLERY["title"])
    first_photo = GALLERY["photos"][0]
    caption = translate(editor, first_photo["caption"], GALLERY_EN[first_photo["caption"]])
    expect(caption.locator("h4")).to_have_text("Подпись к фотографии")
    expect(caption.locator("xpath=ancestor::li[1]/h3")).to_have_text("Фотография галереи")
    translate_the_rest(editor, GALLERY_EN)
    editor.get_by_role("tab").first.click()
    screenshot(page, "translator-gallery-translated")
    publish_translation(page, GALLERY_EN[GALLERY["title"]])

    # 5. A reader of /en/ sees the translated article, quote, speaker and captions.
    page.goto(f"/en/news/{ARTICLE_EN[ARTICLE['slug']]}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text(ARTICLE_EN[ARTICLE["title"]])
    quote = page.locator(".council-quote")
    expect(quote.locator("blockquote")).to_have_text(ARTICLE_EN[ARTICLE["quote"]])
    expect(quote.locator("[itemprop=name]")).to_have_text(SPEAKER_EN)
    expect(quote.locator(".council-quote__role")).to_have_text(role_en)
    block = page.locator(".council-gallery-block")
    expect(block.locator(".council-gallery-block__title")).to_have_text(
        GALLERY_EN[GALLERY["title"]]
    )
    expect(block.locator(".council-gallery__item figcaption")).to_have_text(
        [GALLERY_EN[photo["caption"]] for photo in GALLERY["photos"]]
    )
    expect(block.locator(".council-gallery__item img").first).to_have_attribute(
        "alt", GALLERY_EN[first_photo["alt_text"]]
    )
    body = page.locator("main")
    for russian in [ARTICLE["quote"], "Роман Лысенко", first_photo["caption"]]:
        expect(body).not_to_contain_text(russian)
    screenshot(page, "translator-article-en")

    # The whole English gallery, one click away.
    block.locator(".council-gallery-block__more a").click()
    expect(page).to_have_url(re.compile(rf"/en/galleries/{GALLERY_EN[GALLERY['slug']]}/$"))
    expect(page.locator("h1")).to_have_text(GALLERY_EN[GALLERY["title"]])
    expect(page.locator(".council-gallery__item figcaption")).to_have_text(
        [GALLERY_EN[photo["caption"]] for photo in GALLERY["photos"]]
    )
    screenshot(page, "translator-gallery-en")
