"""QuoteBlock: structured attribution, validation and rendering with the role on the page's date."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError

from tests.factories import make_news, make_organisation, make_person, quote_block
from wagtail_council.blocks import QuoteBlock

D = datetime.date
MSK = datetime.timezone(datetime.timedelta(hours=3))


@pytest.fixture
def chair(db):
    council = make_organisation("Совет", slug="council")
    return make_person(
        "Роман Лысенко",
        slug="roman",
        roles=[
            (council, "депутат", D(2018, 1, 1), D(2023, 9, 24)),
            (council, "председатель", D(2023, 9, 25), None),
        ],
    )


def block_value(**fields):
    data = {
        "text": "Слова",
        "person": None,
        "name": "",
        "position": "",
        "role_override": "",
        "source": "",
        "date": None,
    }
    data.update(fields)
    block = QuoteBlock()
    return block, block.to_python({**data, "person": data["person"].pk if data["person"] else None})


@pytest.mark.parametrize(
    ("fields", "error_fields"),
    [
        ({"name": ""}, {"person"}),
        ({"name": "   "}, {"person"}),
        ({"name": "Гость", "use_person": True}, {"person", "name"}),
        ({"position": "председатель", "use_person": True}, {"position"}),
    ],
)
def test_quote_needs_exactly_one_kind_of_speaker(chair, fields, error_fields):
    use_person = fields.pop("use_person", False)
    block, value = block_value(person=chair if use_person else None, **fields)
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == error_fields


def test_quote_with_a_directory_person_or_a_named_guest_is_valid(chair):
    block, value = block_value(person=chair)
    assert block.clean(value)["person"] == chair
    block, value = block_value(name="Иван Гостев", position="глава района")
    assert block.clean(value)["name"] == "Иван Гостев"


def captions(html):
    found = re.findall(r'<figcaption class="council-quote__caption">(.*?)</figcaption>', html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", caption).split()) for caption in found]


def test_quote_shows_the_role_held_on_the_page_date(client, news_index, chair):
    old = make_news(
        news_index,
        publication_date=datetime.datetime(2020, 5, 1, 12, tzinfo=MSK),
        body=[quote_block(chair, text="Старые слова")],
    )
    new = make_news(
        news_index,
        publication_date=datetime.datetime(2026, 11, 20, 12, tzinfo=MSK),
        body=[quote_block(chair, text="Новые слова")],
    )
    assert captions(client.get(old.url).content.decode()) == ["Роман Лысенко, депутат, Совет"]
    assert captions(client.get(new.url).content.decode()) == ["Роман Лысенко, председатель, Совет"]


def test_editor_can_override_the_role_and_guests_show_their_position(client, news_index, chair):
    page = make_news(
        news_index,
        body=[
            quote_block(
                chair, text="Слова", role_override="глава делегации", source="на круглом столе"
            ),
            quote_block(
                None, text="Гость сказал", name="Иван <b>Гостев</b>", position="глава района"
            ),
        ],
    )
    html = client.get(page.url).content.decode()
    assert captions(html) == [
        "Роман Лысенко, глава делегации, на круглом столе",
        "Иван &lt;b&gt;Гостев&lt;/b&gt;, глава района",
    ]


def test_quote_markup_is_a_figure_with_blockquote_and_schema_org_quotation(
    client, news_index, chair
):
    page = make_news(
        news_index, body=[quote_block(chair, text="Первая строка\nВторая строка <script>")]
    )
    html = client.get(page.url).content.decode()
    figure = re.search(r'<figure class="council-quote".*?</figure>', html, re.S).group(0)
    assert 'itemtype="https://schema.org/Quotation"' in figure
    assert (
        '<blockquote class="council-quote__text" itemprop="text"><p>Первая строка<br>Вторая строка &lt;script&gt;</p></blockquote>'
        in figure
    )
    assert 'itemprop="creator"' in figure and 'itemprop="jobTitle"' in figure


def test_news_editor_gets_a_clear_error_for_a_quote_without_speaker(admin_client, news_index):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": "Новость с цитатой",
            "slug": "s-citatoy",
            "lead": "Анонс",
            "publication_date": "2026-11-20 12:00",
            "featured_image_alt": "",
            "body": streamfield(
                [
                    (
                        "quote",
                        {
                            "text": "Ничьи слова",
                            "person": "",
                            "name": "",
                            "position": "",
                            "role_override": "",
                            "source": "",
                            "date": "",
                        },
                    )
                ]
            ),
            "categories": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
            "related_pages": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
        }
    )
    del rich_text
    response = admin_client.post(
        f"/admin/pages/add/wagtail_council/newspage/{news_index.pk}/", data
    )
    assert response.status_code == 200
    assert (
        "The page could not be created due to validation errors" in response.content.decode()
        or response.context["form"].errors
    )
    from wagtail_council.models import NewsPage

    assert not NewsPage.objects.filter(slug="s-citatoy").exists()
