"""Gallery images: renditions made in advance, and no location data in anything served."""

import io
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from PIL import ExifTags
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.factories import image_bytes, make_image
from tests.gallery_factories import make_gallery, make_gallery_index, photo, photos_of_one_image
from wagtail_council.models.convocations import council_terms
from wagtail_council.reader.images import rendition_specs
from wagtail_council.reader.photos import PHOTO_ROLES

GPS_IFD = ExifTags.IFD.GPSInfo


def exif_with_location():
    exif = PILImage.Exif()
    exif[ExifTags.Base.Make] = "CouncilCam"
    exif[ExifTags.Base.Orientation] = 1
    exif[GPS_IFD] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (48.0, 28.0, 1.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (38.0, 48.0, 2.0),
    }
    return exif.tobytes()


def location_of(data):
    with PILImage.open(io.BytesIO(data)) as picture:
        exif = picture.getexif()
        return dict(exif.get_ifd(GPS_IFD)) if GPS_IFD in exif else {}


def media_file(url):
    path = unquote(urlsplit(url).path)
    assert path.startswith(settings.MEDIA_URL), url
    return Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL)


@pytest.fixture
def gallery_index(home):
    return make_gallery_index(home)


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def upload(client, name, data, title="Загрузка"):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(name, data, content_type="image/jpeg"),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_publishing_a_gallery_makes_its_renditions_before_the_first_reader(
    client, gallery_index, django_capture_on_commit_callbacks
):
    images = [make_image(width=320, height=200, colour=(10 * n, 90, 160)) for n in range(3)]
    Rendition = get_image_model().get_rendition_model()
    with django_capture_on_commit_callbacks(execute=True):
        gallery = make_gallery(gallery_index, photos=[photo(image) for image in images])
    specs = set(rendition_specs(*PHOTO_ROLES))
    for image in images:
        assert set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True)) >= (
            specs
        )

    # The first reader's request encodes nothing and writes nothing.
    before = Rendition.objects.count()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(gallery.url).status_code == 200
    assert Rendition.objects.count() == before
    assert not [query for query in queries if query["sql"].lstrip().upper().startswith("INSERT")]


def test_a_draft_gallery_makes_no_renditions_until_it_is_published(
    gallery_index, django_capture_on_commit_callbacks
):
    image = make_image(width=320, height=200)
    with django_capture_on_commit_callbacks(execute=True):
        make_gallery(gallery_index, photos=[photo(image)], publish=False)
    assert not image.renditions.exists()


def test_uploaded_photo_keeps_its_pixels_and_loses_its_location(editor):
    original = image_bytes(width=320, height=200, exif=exif_with_location())
    assert location_of(original)  # the test photo does carry a location

    response = upload(editor, "phone.jpg", original)
    assert response.status_code == 302

    image = get_image_model().objects.get(title="Загрузка")
    with image.open_file() as stored_file:
        stored = stored_file.read()
    assert location_of(stored) == {}
    with PILImage.open(io.BytesIO(stored)) as picture:
        assert picture.getexif()[ExifTags.Base.Make] == "CouncilCam"  # other metadata stays
        stored_pixels = picture.tobytes()
    with PILImage.open(io.BytesIO(original)) as picture:
        assert stored_pixels == picture.tobytes()  # not re-encoded
    assert image.file_size == len(stored)


def test_no_rendition_served_by_a_gallery_carries_the_uploaded_location(
    editor, gallery_index, django_capture_on_commit_callbacks
):
    response = upload(editor, "phone.jpg", image_bytes(320, 200, exif=exif_with_location()))
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Загрузка")
    with django_capture_on_commit_callbacks(execute=True):
        gallery = make_gallery(gallery_index, photos=[photo(image)])

    html = editor.get(gallery.url).content.decode()
    api = editor.get(f"/api/v2/pages/{gallery.pk}/").content.decode()
    urls = set(re.findall(r"(?:https?://testserver)?/media/[^\s\"'&,]+", html + api))
    rendition_urls = {url for url in urls if "/media/images/" in url}
    # Thumbnails and large photos in three formats each.
    assert len(rendition_urls) >= 12
    for url in rendition_urls:
        data = media_file(url).read_bytes()
        assert location_of(data) == {}, url
    assert not [url for url in urls if "/original_images/" in url]


def test_a_png_with_a_location_loses_it_too(gallery_index):
    data = image_bytes(width=64, height=64, image_format="PNG", exif=exif_with_location())
    assert location_of(data)
    image = get_image_model()(title="PNG")
    image.file = SimpleUploadedFile("map.png", data)
    image.save()
    with image.open_file() as stored:
        assert location_of(stored.read()) == {}
    rendition = image.get_rendition("width-32|format-png")
    assert location_of(media_file(rendition.url).read_bytes()) == {}


def test_photos_without_location_are_stored_as_uploaded(editor):
    original = image_bytes(width=320, height=200)
    assert upload(editor, "plain.jpg", original).status_code == 302
    with get_image_model().objects.get(title="Загрузка").open_file() as stored:
        assert stored.read() == original


def test_query_budget_holds_on_the_first_view_after_publishing(
    client, gallery_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        small = make_gallery(gallery_index, photos=photos_of_one_image(5))
        large = make_gallery(gallery_index, photos=photos_of_one_image(50))
    client.get(gallery_index.url)  # site and template caches, not renditions
    # and the council's terms, which the history banner of any dated page reads once
    council_terms(gallery_index.locale_id, timezone.localdate())
    counts = []
    for gallery in (small, large):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(gallery.url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
