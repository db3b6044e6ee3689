"""robots.txt: crawlers may read everything but the admin, and learn where the sitemap is.

A site adds it with one line, ``path("", include("wagtail_council.site_urls"))``;
these tests mount it so, next to the test site's own URLs.
"""

import pytest
from django.urls import include, path

from tests.testapp.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("", include("wagtail_council.site_urls")), *site_urlpatterns]

pytestmark = [pytest.mark.urls(__name__), pytest.mark.django_db]


def test_robots_txt_disallows_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /admin/\nSitemap: http://testserver/sitemap.xml\n"
    )


def test_robots_txt_is_cacheable(client):
    response = client.get("/robots.txt")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in cache_control
    assert "max-age=86400" in cache_control
    assert "Set-Cookie" not in response


def test_the_sitemap_url_can_be_set(client, settings):
    settings.WAGTAIL_COUNCIL_ROBOTS_SITEMAP_URL = "https://cdn.council.example/sitemap.xml"
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert lines[-1] == "Sitemap: https://cdn.council.example/sitemap.xml"
    settings.WAGTAIL_COUNCIL_ROBOTS_SITEMAP_URL = "/maps/sitemap.xml"
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert lines[-1] == "Sitemap: http://testserver/maps/sitemap.xml"


def test_robots_txt_answers_reads_only(client):
    assert client.head("/robots.txt").status_code == 200
    assert client.post("/robots.txt").status_code == 405
