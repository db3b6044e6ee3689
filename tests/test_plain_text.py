"""Plain text from rich text reads the same everywhere: ``&`` is ``&``, never ``&amp;``."""

import json
import re

import pytest

from tests.api_support import API, get_valid
from tests.gallery_factories import make_gallery, make_gallery_index, make_small_image, photo
from wagtail_council.reader.text import plain_text

DESCRIPTION = "<p>Сессия &amp; отчёт «о работе»</p>\n<p>Второй   абзац &lt;важно&gt;</p>"
PLAIN = "Сессия & отчёт «о работе» Второй абзац <важно>"


@pytest.mark.parametrize(
    ("rich_text", "expected"),
    [
        (DESCRIPTION, PLAIN),
        ('<p>Ссылка <a href="/ru/">на главную</a>&nbsp;сайта</p>', "Ссылка на главную сайта"),
        ("", ""),
        (None, ""),
    ],
)
def test_plain_text_drops_tags_decodes_entities_and_collapses_spaces(rich_text, expected):
    assert plain_text(rich_text) == expected


@pytest.fixture
def gallery(home):
    index = make_gallery_index(home)
    return make_gallery(
        index,
        title="Отчётная сессия",
        description=DESCRIPTION,
        photos=[photo(make_small_image(), caption="Зал", alt_text="Депутаты в зале")],
    )


def test_gallery_card_lead_in_the_api_is_plain_text(client, gallery):
    data, _ = get_valid(client, API + "galleries/")
    assert [item["lead"] for item in data["items"]] == [PLAIN]


def test_search_summary_of_a_gallery_is_plain_text(client, gallery):
    data, _ = get_valid(client, API + "search/", {"q": "Отчётная", "locale": "ru"})
    assert [item["summary"] for item in data["items"]] == [PLAIN]


def test_gallery_json_ld_description_is_plain_text(client, gallery):
    html = client.get(gallery.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    descriptions = [json.loads(block).get("description") for block in blocks]
    assert PLAIN in descriptions
