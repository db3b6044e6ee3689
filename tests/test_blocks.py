"""The block library: every block is ready for editors, validates and renders."""

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks as wagtail_blocks
from wagtail.blocks import StreamValue
from wagtail.embeds.models import Embed

from tests.factories import make_image
from wagtail_council.blocks import (
    CORE_BLOCKS,
    CaptionedImageBlock,
    CoreStreamBlock,
    NewsBodyBlock,
    core_blocks,
)

BLOCK_NAMES = ["paragraph", "heading", "image", "embed", "document", "quote", "gallery"]


def test_core_blocks_are_ready_lists_for_site_stream_blocks():
    assert [name for name, _ in CORE_BLOCKS] == BLOCK_NAMES
    fresh = core_blocks()
    assert [name for name, _ in fresh] == BLOCK_NAMES
    assert all(a is not b for (_, a), (_, b) in zip(fresh, core_blocks(), strict=True))

    class SiteBlock(wagtail_blocks.StreamBlock):
        pass

    site_block = wagtail_blocks.StreamBlock(
        core_blocks() + [("blockquote", wagtail_blocks.BlockQuoteBlock())]
    )
    assert list(site_block.child_blocks) == BLOCK_NAMES + ["blockquote"]
    assert list(NewsBodyBlock().child_blocks) == list(CoreStreamBlock().child_blocks)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "block"), core_blocks())
def test_every_block_has_icon_label_description_template_and_preview(name, block):
    make_image()
    assert block.meta.icon not in (None, "", "placeholder")
    assert str(block.label)
    assert str(block.get_description())
    assert block.meta.template.startswith("wagtail_council/blocks/")
    assert block.is_previewable
    assert block.get_preview_value() is not None


@pytest.mark.django_db
def test_image_block_requires_alt_text_unless_decorative():
    block = CaptionedImageBlock()
    image = make_image()
    value = block.to_python(
        {"image": image.pk, "alt_text": "", "decorative": False, "caption": "", "credit": ""}
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "alt_text" in error.value.block_errors
    decorative = block.to_python(
        {"image": image.pk, "alt_text": "", "decorative": True, "caption": "", "credit": ""}
    )
    assert block.clean(decorative)["decorative"] is True


@pytest.mark.django_db
def test_blocks_render_accessible_markup(client):
    image = make_image(width=1600, height=1000)
    Embed.objects.create(
        url="https://video.example/watch/1",
        max_width=None,
        hash="ignored",
        type="video",
        html='<iframe src="https://video.example/embed/1"></iframe>',
    )
    stream = StreamValue(
        NewsBodyBlock(),
        [
            ("heading", {"text": "Подзаголовок <i>", "level": "h3"}),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "Зал",
                    "decorative": False,
                    "caption": "Подпись",
                    "credit": "Фото: пресс-служба",
                },
            ),
            (
                "image",
                {
                    "image": image,
                    "alt_text": "скрыто",
                    "decorative": True,
                    "caption": "",
                    "credit": "",
                },
            ),
            (
                "embed",
                {
                    "video": "https://video.example/watch/1",
                    "title": "Запись заседания",
                    "caption": "",
                },
            ),
        ],
    )
    html = str(stream.render_as_block())
    assert '<h3 class="council-heading">Подзаголовок &lt;i&gt;</h3>' in html
    assert 'alt="Зал"' in html
    assert 'loading="lazy"' in html
    assert 'alt=""' in html
    assert 'alt="скрыто"' not in html
    assert (
        '<figcaption>Подпись <span class="council-credit">Фото: пресс-служба</span></figcaption>'
        in html
    )
    assert 'href="https://video.example/watch/1"' in html
    assert "Запись заседания" in html
