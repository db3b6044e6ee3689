"""Wagtail's redirects in the content API: found as the middleware finds them, never to hidden pages."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from tests.api_support import API, get_valid, openapi_document, problem
from tests.factories import make_news, make_private
from wagtail_council.api.redirects import redirect_data, redirect_for


@pytest.fixture
def site(site_tree):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def target(news_index):
    return make_news(news_index, title="Новое место", slug="novoe-mesto")


def add(old_path, to, **options):
    """A redirect as the admin saves one: the old path normalised, to a page or a link."""
    return Redirect.add_redirect(old_path, redirect_to=to, **options)


def html_location(client, path, **headers):
    """Where Wagtail's middleware sends a browser asking for ``path``: ``(status, Location)``."""
    response = client.get(path, **headers)
    return response.status_code, response.get("Location")


def followed(site, path):
    """What the API answers for ``path`` on ``site``: ``redirect_data`` of ``redirect_for``."""
    request = RequestFactory().get("/", HTTP_HOST=site.hostname)
    return redirect_data(redirect_for(site, path), request)


def listing(client, params=None, **headers):
    body, _response = get_valid(client, API + "redirects/", params, **headers)
    return body


def test_a_permanent_redirect_to_a_page_is_a_301_to_where_the_html_sends_browsers(
    client, site, target
):
    redirect = add("/ru/staraya-novost/", target)
    status, location = html_location(client, "/ru/staraya-novost/")
    assert (status, location) == (301, target.url)
    assert redirect_for(site, "/ru/staraya-novost/") == redirect
    assert followed(site, "/ru/staraya-novost/") == {
        "status": 301,
        "from_path": "/ru/staraya-novost",
        "to_path": location,
        "to_url": f"http://testserver{location}",
    }


def test_a_temporary_redirect_is_a_302(client, site, target):
    add("/ru/vremenno", target, is_permanent=False)
    assert html_location(client, "/ru/vremenno/")[0] == 302
    assert followed(site, "/ru/vremenno/")["status"] == 302


def test_a_path_stored_without_its_language_prefix_matches_only_that_path(client, site, target):
    add("/old-news", target)
    assert html_location(client, "/old-news/") == (301, target.url)
    assert followed(site, "/old-news/")["to_path"] == target.url
    # The middleware looks up the path as asked for: with a prefix, no redirect matches.
    assert html_location(client, "/ru/old-news/")[0] == 404
    assert redirect_for(site, "/ru/old-news/") is None


def test_a_path_stored_with_its_language_prefix_needs_the_prefix(client, site, target):
    add("/ru/s-prefiksom", target)
    assert html_location(client, "/ru/s-prefiksom/") == (301, target.url)
    assert redirect_for(site, "/ru/s-prefiksom") is not None
    assert redirect_for(site, "/s-prefiksom/") is None


def test_cyrillic_paths_match_decoded_and_percent_encoded_as_browsers_send_them(
    client, site, target
):
    redirect = add("/ru/старая-страница/", target)
    encoded = (
        "/ru/%D1%81%D1%82%D0%B0%D1%80%D0%B0%D1%8F-%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0/"
    )
    assert html_location(client, encoded) == (301, target.url)
    assert redirect_for(site, encoded) == redirect
    assert redirect_for(site, "/ru/старая-страница/") == redirect


def test_a_path_stored_percent_encoded_matches_as_the_middleware_falls_back_to_it(
    client, site, target
):
    encoded = "/ru/%D0%B0%D1%80%D1%85%D0%B8%D0%B2"  # "/ru/архив", as an old import stored it
    legacy = Redirect.objects.create(old_path=encoded, redirect_page=target)
    assert html_location(client, encoded + "/") == (301, target.url)
    assert redirect_for(site, encoded + "/") == legacy
    assert redirect_for(site, "/ru/архив/") == legacy


def test_query_strings_are_normalised_and_dropped_as_the_middleware_does(client, site, target):
    with_query = add("/ru/poisk?b=2&a=1", target)
    plain = add("/ru/arhiv", target)
    assert html_location(client, "/ru/poisk/?a=1&b=2")[0] == 301
    assert redirect_for(site, "/ru/poisk/?a=1&b=2") == with_query
    assert html_location(client, "/ru/arhiv/?utm_source=mail")[0] == 301
    assert redirect_for(site, "/ru/arhiv/?utm_source=mail") == plain


def test_a_site_specific_redirect_wins_over_one_for_every_site(client, site, target, news_index):
    other_target = make_news(news_index, title="Для другого сайта", slug="dlya-drugogo")
    other = Site.objects.create(hostname="other.example", port=80, root_page=site.root_page)
    target_path, other_path = target.get_url_parts()[2], other_target.get_url_parts()[2]
    add("/ru/obshchiy", target)
    add("/ru/obshchiy", other_target, site=other)

    # With two sites, Wagtail's Location is a full URL.
    status, location = html_location(client, "/ru/obshchiy/")
    assert status == 301
    assert location == f"http://testserver{target_path}"
    status, location = html_location(client, "/ru/obshchiy/", HTTP_HOST="other.example")
    assert status == 301
    assert location == f"http://testserver{other_path}"  # both sites share the root

    assert followed(site, "/ru/obshchiy/")["to_path"] == target_path
    assert followed(other, "/ru/obshchiy/")["to_path"] == other_path

    assert [item["to_path"] for item in listing(client)["items"]] == [target_path]
    on_other = listing(client, HTTP_HOST="other.example")["items"]
    assert [item["to_path"] for item in on_other] == [other_path]


def test_a_redirect_of_another_site_is_not_followed_here(client, site, target):
    other = Site.objects.create(hostname="other.example", port=80, root_page=site.root_page)
    add("/ru/tolko-tam", target, site=other)
    assert html_location(client, "/ru/tolko-tam/")[0] == 404
    assert redirect_for(site, "/ru/tolko-tam/") is None
    assert listing(client)["count"] == 0


def hide(kind, page):
    if kind == "draft":
        page.unpublish()
    elif kind == "private":
        make_private(page)
    else:
        Page.objects.filter(pk=page.pk).update(
            expire_at=timezone.now() - datetime.timedelta(days=1)
        )


@pytest.mark.parametrize("kind", ["draft", "private", "expired"])
def test_a_redirect_to_a_hidden_page_is_no_redirect_at_all(client, site, news_index, kind):
    hidden = make_news(news_index, title="Скрытая", slug=f"skrytaya-{kind}")
    visible = make_news(news_index, title="Видимая", slug=f"vidimaya-{kind}")
    add("/ru/k-skrytoy", hidden)
    add("/ru/k-vidimoy", visible)
    hide(kind, hidden)

    assert redirect_for(site, "/ru/k-skrytoy/") is not None  # as the middleware finds it
    assert followed(site, "/ru/k-skrytoy/") is None
    body = listing(client)
    assert [item["from_path"] for item in body["items"]] == ["/ru/k-vidimoy"]
    assert body["count"] == 1
    assert str(hidden.pk) not in str(body) and "skrytaya" not in str(body)


def test_an_external_http_link_is_followed(client, site):
    add("/ru/arhiv-2010", "https://archive.council.example/2010/")
    assert html_location(client, "/ru/arhiv-2010/") == (
        301,
        "https://archive.council.example/2010/",
    )
    assert followed(site, "/ru/arhiv-2010/") == {
        "status": 301,
        "from_path": "/ru/arhiv-2010",
        "to_path": None,
        "to_url": "https://archive.council.example/2010/",
    }
    [item] = listing(client)["items"]
    assert item["to_url"] == "https://archive.council.example/2010/"
    assert item["locale"] is None


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://files.example/a",
        "//evil.example/",
        "/ru/otnositelnyy/",
        "https:///no-host",
    ],
)
def test_a_link_that_is_not_an_http_address_is_skipped(client, site, link):
    add("/ru/opasno", link)
    assert redirect_for(site, "/ru/opasno/") is not None
    assert followed(site, "/ru/opasno/") is None
    assert listing(client)["count"] == 0


def test_a_route_of_the_target_page_is_kept(client, site, news_index):
    add("/ru/rss", news_index, page_route_path="/feed/rss/")
    status, location = html_location(client, "/ru/rss/")
    assert status == 301
    data = followed(site, "/ru/rss/")
    assert data["to_path"] == location == f"{news_index.url}feed/rss/"
    assert data["to_url"] == f"http://testserver{location}"


def test_the_listing_is_ordered_by_old_path_and_paginated(client, site, target):
    for path in ("/ru/v", "/ru/a", "/ru/m", "/en/b"):
        add(path, target)
    body = listing(client, {"limit": 2})
    assert body["count"] == 4
    assert [item["from_path"] for item in body["items"]] == ["/en/b", "/ru/a"]
    body = listing(client, {"limit": 2, "offset": 2})
    assert [item["from_path"] for item in body["items"]] == ["/ru/m", "/ru/v"]
    assert body["items"][0] == {
        "id": Redirect.objects.get(old_path="/ru/m").pk,
        "locale": "ru",
        "status": 301,
        "from_path": "/ru/m",
        "to_path": target.url,
        "to_url": f"http://testserver{target.url}",
    }


def test_the_listing_filters_by_the_target_pages_locale(client, site, target):
    add("/ru/k-stranitse", target)
    add("/ru/naruzhu", "https://archive.council.example/")
    assert [item["from_path"] for item in listing(client, {"locale": "ru"})["items"]] == [
        "/ru/k-stranitse"
    ]
    assert listing(client, {"locale": "en"})["count"] == 0
    assert listing(client)["count"] == 2


def test_with_a_frontend_the_target_url_is_the_frontends(client, settings, site, target):
    settings.WAGTAIL_COUNCIL_FRONTEND_BASE_URL = "https://www.council.example"
    add("/ru/na-frontende", target)
    [item] = listing(client)["items"]
    assert item["to_url"] == f"https://www.council.example{target.url}"
    assert item["to_path"] == target.url


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"locale": "xx"}, "locale"),
        ({"site": "2"}, "site"),
        ({"old_path": "/ru/a"}, "old_path"),
    ],
)
def test_bad_listing_parameters_are_a_400_naming_them(client, site_tree, params, parameter):
    body = problem(client, API + "redirects/", params)
    assert body["parameter"] == parameter


def test_the_listing_costs_the_same_queries_for_10_or_100_redirects(client, site, news_index):
    targets = [make_news(news_index, slug=f"cel-{number}") for number in range(3)]
    for number in range(100):
        to = targets[number % 3] if number % 4 else f"https://archive.council.example/{number}/"
        add(f"/ru/staroe-{number:03}", to, page_route_path="/feed/rss/" if number == 5 else None)

    def queries(limit):
        listing(client, {"limit": limit})
        with CaptureQueriesContext(connection) as captured:
            body = listing(client, {"limit": limit})
        assert len(body["items"]) == limit
        return len(captured.captured_queries)

    assert queries(10) == queries(100)


def test_the_listing_is_documented_and_tagged():
    operation = openapi_document()["paths"][API + "redirects/"]["get"]
    assert operation["operationId"] == "listRedirects"
    assert operation["tags"] == ["Redirects"]


# pages/find answers an old path as the HTML site does: with where it leads now


def find(client, path, status=200):
    body, _response = get_valid(client, API + "pages/find/", {"path": path}, status=status)
    return body


@pytest.mark.parametrize("permanent, status", [(True, 301), (False, 302)])
def test_find_on_an_old_path_returns_the_target_with_the_redirect(
    client, site, target, permanent, status
):
    add("/ru/staraya-novost/", target, is_permanent=permanent)
    html_status, location = html_location(client, "/ru/staraya-novost/")

    body = find(client, "/ru/staraya-novost/")

    assert html_status == status
    assert (body["type"], body["id"]) == ("news", target.pk)
    assert body["redirect"] == {
        "status": status,
        "from_path": "/ru/staraya-novost",
        "to_path": location,
        "to_url": f"http://testserver{location}",
    }
    assert body == {**find(client, target.url), "redirect": body["redirect"]}
    assert find(client, target.url)["redirect"] is None


def test_find_on_an_old_path_to_another_site_returns_the_address(client, site):
    add("/ru/arhiv-2010", "https://archive.council.example/2010/", is_permanent=False)
    assert find(client, "/ru/arhiv-2010/") == {
        "type": "redirect",
        "redirect": {
            "status": 302,
            "from_path": "/ru/arhiv-2010",
            "to_path": None,
            "to_url": "https://archive.council.example/2010/",
        },
    }


@pytest.mark.parametrize("kind", ["draft", "private", "expired"])
def test_find_on_an_old_path_to_a_hidden_page_is_a_404(client, site, news_index, kind):
    hidden = make_news(news_index, title="Скрытая", slug=f"skrytaya-{kind}")
    add("/ru/k-skrytoy", hidden)
    hide(kind, hidden)
    body = problem(client, API + "pages/find/", {"path": "/ru/k-skrytoy/"}, status=404)
    assert "Скрытая" not in str(body) and str(hidden.pk) not in str(body)


def test_a_live_page_wins_over_a_redirect_of_its_path(client, site, target, news_index):
    add(target.url, make_news(news_index, title="Другая"))
    assert find(client, target.url)["id"] == target.pk
