"""Image uploads for galleries: oversized and broken files get a clear message, never a 500."""

import io
import random
import struct
import zlib

import pytest
from django.core import checks
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils.html import escape
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.factories import image_bytes
from wagtail_council.checks import image_form_applies_upload_limits


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def noisy_jpeg(width, height):
    """A JPEG that does not compress well, so its size in bytes is predictable enough."""
    rng = random.Random(width * height)
    picture = PILImage.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=95)
    return buffer.getvalue()


def png_claiming_size(width, height):
    """A PNG header that claims a huge image, as a decompression bomb would."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def upload(client, name, data, content_type="image/jpeg"):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Фото",
            "file": SimpleUploadedFile(name, data, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_errors(response):
    assert response.status_code == 200, response.status_code  # the form again, not a 500
    return [str(error) for error in response.context["form"].errors.get("file", [])]


@override_settings(WAGTAIL_COUNCIL_MAX_IMAGE_UPLOAD_SIZE=20_000)
def test_an_oversized_file_is_refused_with_its_size_and_the_limit(editor):
    data = noisy_jpeg(200, 200)
    assert len(data) > 20_000
    response = upload(editor, "big.jpg", data)
    [error] = upload_errors(response)
    assert "не больше 19,5\xa0КБ" in error
    assert "Сохраните фотографию меньшего размера" in error
    assert escape(error) in response.content.decode()
    assert not get_image_model().objects.exists()


@override_settings(WAGTAIL_COUNCIL_MAX_IMAGE_PIXELS=100_000)
def test_an_image_with_too_many_pixels_is_refused_with_its_dimensions(editor):
    response = upload(editor, "wide.jpg", image_bytes(width=500, height=300))
    [error] = upload_errors(response)
    assert "500 × 300" in error
    assert "не больше 0,1 Мп" in error
    assert not get_image_model().objects.exists()


def test_a_decompression_bomb_is_refused_not_opened(editor):
    response = upload(editor, "bomb.png", png_claiming_size(20_000, 20_000), "image/png")
    [error] = upload_errors(response)
    assert "слишком много пикселей" in error
    assert not get_image_model().objects.exists()


def test_a_truncated_photo_is_refused_as_damaged(editor):
    data = noisy_jpeg(300, 200)
    response = upload(editor, "cut.jpg", data[: len(data) * 2 // 3])
    [error] = upload_errors(response)
    assert "повреждён или загружен не полностью" in error
    assert not get_image_model().objects.exists()


def test_a_file_that_is_not_an_image_is_refused(editor):
    response = upload(editor, "notes.jpg", b"These are meeting notes, not a photo.")
    assert upload_errors(response)
    assert not get_image_model().objects.exists()


@override_settings(WAGTAIL_COUNCIL_MAX_IMAGE_UPLOAD_SIZE=20_000)
def test_the_multiple_uploader_reports_the_same_message_as_json(editor):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("big.jpg", noisy_jpeg(200, 200), "image/jpeg")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert "Сохраните фотографию меньшего размера" in data["error_message"]
    assert not get_image_model().objects.exists()


def test_a_sound_photo_within_the_limits_is_accepted(editor):
    response = upload(editor, "ok.jpg", image_bytes(width=320, height=200))
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="Фото").exists()


@override_settings(WAGTAIL_COUNCIL_MAX_IMAGE_UPLOAD_SIZE=2 * 1024 * 1024)
def test_the_upload_form_states_the_limits(editor):
    html = editor.get(reverse("wagtailimages:add")).content.decode()
    assert "Не больше 2,0\xa0МБ и 50 Мп." in html


def test_a_site_without_the_council_image_form_is_warned(settings):
    assert image_form_applies_upload_limits(None) == []
    settings.WAGTAILIMAGES_IMAGE_FORM_BASE = ""
    [warning] = image_form_applies_upload_limits(None)
    assert warning.level == checks.WARNING
    assert warning.id == "wagtail_council.W001"
