"""The site's icons at its root: a favicon, PNG app icons and the Apple touch icon.

Made from the icon in the council's site settings, else the package's own,
so ``/favicon.ico`` never answers 404.
"""

import io

import pytest
from bs4 import BeautifulSoup
from django.urls import include, path
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Site

from tests.factories import locale, make_image
from tests.testapp import urls as testapp_urls
from wagtail_council.icons import DEFAULT_ICONS
from wagtail_council.models import CouncilSiteSettings

# The test app's URLs, with the root URLs a site includes in one line.
urlpatterns = [path("", include("wagtail_council.site_urls")), *testapp_urls.urlpatterns]
pytestmark = pytest.mark.urls(__name__)

PNG_ICONS = {"/icon-192.png": 192, "/icon-512.png": 512, "/apple-touch-icon.png": 180}


def with_icon(**image):
    icon = make_image(**image)
    CouncilSiteSettings.objects.create(
        site=Site.objects.get(is_default_site=True), locale=locale("ru"), icon=icon
    )
    return icon


def opened(response):
    return PILImage.open(io.BytesIO(b"".join(response)))


def test_without_an_icon_every_icon_is_the_packages_own(client, site_tree):
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 200
    assert favicon["Content-Type"] == "image/x-icon"
    assert favicon.content == (DEFAULT_ICONS / "favicon.ico").read_bytes()
    assert {(16, 16), (32, 32), (48, 48)} <= opened(favicon).info["sizes"]
    for url, size in PNG_ICONS.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        image = opened(response)
        assert (image.format, image.size) == ("PNG", (size, size)), url


def test_the_settings_icon_is_cut_square_into_every_size(client, site_tree):
    with_icon(width=900, height=600)
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 200
    assert favicon.content != (DEFAULT_ICONS / "favicon.ico").read_bytes()
    ico = opened(favicon)
    assert ico.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= ico.info["sizes"]
    for url, size in PNG_ICONS.items():
        response = client.get(url)
        assert response.status_code == 200, url
        image = opened(response)
        assert (image.format, image.size) == ("PNG", (size, size)), url
        assert response.content != (DEFAULT_ICONS / url.lstrip("/")).read_bytes()


def test_icons_are_cached_and_answer_304_when_the_reader_has_them(client, site_tree):
    for configure in (lambda: None, lambda: with_icon(width=600, height=600)):
        configure()
        response = client.get("/favicon.ico")
        assert "public" in response["Cache-Control"]
        assert "max-age=86400" in response["Cache-Control"]
        etag = response["ETag"]
        again = client.get("/favicon.ico", headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.content == b""


def test_the_icon_changes_its_etag_when_editors_change_the_icon(client, site_tree):
    default_etag = client.get("/icon-192.png")["ETag"]
    with_icon(width=600, height=600)
    assert client.get("/icon-192.png")["ETag"] != default_etag
    assert client.get("/icon-192.png", headers={"If-None-Match": default_etag}).status_code == 200


def test_renditions_are_made_once(client, site_tree, django_assert_max_num_queries):
    icon = with_icon(width=600, height=600)
    first = client.get("/icon-512.png").content
    renditions = get_image_model().get_rendition_model().objects.filter(image=icon)
    assert renditions.count() == 1
    with django_assert_max_num_queries(4):
        assert client.get("/icon-512.png").content == first
    assert renditions.count() == 1


def test_an_icon_whose_file_is_lost_falls_back_to_the_packages_own(client, site_tree):
    icon = with_icon(width=600, height=600)
    icon.file.storage.delete(icon.file.name)
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.content == (DEFAULT_ICONS / "favicon.ico").read_bytes()


def test_icons_answer_get_and_head_only(client, site_tree):
    assert client.head("/favicon.ico").status_code == 200
    assert client.post("/favicon.ico").status_code == 405


def test_every_page_links_the_icons(client, site_tree):
    html = BeautifulSoup(client.get("/ru/").content, "html.parser")
    links = {(link["rel"][0], link["href"], link.get("sizes")) for link in html.select("head link")}
    assert ("icon", "/favicon.ico", "16x16 32x32 48x48") in links
    assert ("icon", "/icon-192.png", "192x192") in links
    assert ("apple-touch-icon", "/apple-touch-icon.png", "180x180") in links
