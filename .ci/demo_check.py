"""Checks the running demo site over HTTP: pages, feeds, JSON-LD and the admin login.

The feeds are checked by ``feed_validation.py`` beside this file, which
writes down the RFC 4287 and RSS 2.0 rules, and for their conditional GET.
"""

import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

import feedparser
from feed_validation import validate_feed

BASE = sys.argv[1].rstrip("/")
SEED_TITLE = "Обмен опытом – полезная практика сотрудничества!"
SEED_PATH = "/ru/news/obmen-opytom-poleznaya-praktika-sotrudnichestva/"

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path):
    with opener.open(BASE + path, timeout=60) as response:  # noqa: S310 - local demo server
        return response.status, response.read().decode()


def fetch(path, headers=None):
    """``(status, body bytes, headers)``, a 304 or an error status included."""
    request = urllib.request.Request(BASE + path, headers=headers or {})  # noqa: S310 - local demo
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


def check(condition, message):
    if not condition:
        sys.exit(f"demo check failed: {message}")
    print(f"ok: {message}")


status, html = get("/ru/news/")
check(status == 200 and SEED_TITLE in html, "/ru/news/ lists the seed article")

status, html = get("/ru/")
check(status == 200 and '<html lang="ru"' in html, "/ru/ is the Russian home page")

status, html = get(SEED_PATH)
blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
data = [json.loads(block) for block in blocks]
check(
    data and data[0]["@type"] == "NewsArticle" and data[0]["headline"] == SEED_TITLE,
    "JSON-LD parses",
)

for language in ("ru", "en"):
    for kind in ("rss", "atom", "yandex"):
        path = f"/{language}/news/feed/{kind}/"
        status, body, headers = fetch(path)
        problems = validate_feed(body, yandex=kind == "yandex")
        check(
            status == 200 and feedparser.parse(body).entries and not problems,
            f"{language} {kind} feed is valid (RFC 4287 / RSS 2.0 rules, feed_validation.py)"
            + "".join(f"\n  - {problem}" for problem in problems),
        )
        for header, validator in (
            ("If-None-Match", "ETag"),
            ("If-Modified-Since", "Last-Modified"),
        ):
            status, body, _ = fetch(path, {header: headers.get(validator, "")})
            check(status == 304 and not body, f"{language} {kind} feed: {header} gets a 304")
    for path in (f"/{language}/", f"/{language}/news/"):
        status, html = get(path)
        feeds = re.findall(
            r'<link rel="alternate" type="application/(?:rss|atom)\+xml" title="[^"]+" href="([^"]+)"',
            html,
        )
        check(
            f"/{language}/news/feed/rss/" in feeds and f"/{language}/news/feed/atom/" in feeds,
            f"{path} advertises its news feeds",
        )

status, html = get(SEED_PATH)
check(
    re.search(r'<link rel="alternate" type="application/atom\+xml" title="[^"]+ — ', html),
    "the seed article advertises its index's feeds, titled with the site's name",
)

status, body, headers = fetch("/robots.txt")
body = body.decode()
check(
    status == 200
    and headers.get("Content-Type", "").startswith("text/plain")
    and "Disallow: /admin/" in body
    and re.search(r"^Sitemap: https?://\S+/sitemap\.xml$", body, re.M),
    "/robots.txt answers with the admin disallowed and the sitemap named",
)
for icon in ("/favicon.ico", "/apple-touch-icon.png", "/icon-192.png"):
    with opener.open(BASE + icon, timeout=60) as response:  # noqa: S310 - local demo server
        check(response.status == 200 and response.read(), f"{icon} answers 200")
status, html = get("/ru/people/")
profile = next(
    path
    for path in re.findall(r'href="(/ru/people/[a-z0-9-]+/)"', html)
    if path.split("/")[3] not in ("register", "convocations", "organisations")
)
status, sitemap = get("/sitemap.xml")
check(
    status == 200 and profile in sitemap and 'hreflang="x-default"' in sitemap,
    f"the sitemap lists profiles ({profile}) with x-default alternates",
)

status, html = get("/en/news/sharing-experience-a-useful-practice-of-cooperation/")
check(status == 200 and '<html lang="en"' in html, "the English translation is served")

status, html = get("/admin/login/")
token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
form = urllib.parse.urlencode(
    {
        "username": "editor",
        "password": "council-demo",
        "csrfmiddlewaretoken": token,
        "next": "/admin/",
    }
).encode()
request = urllib.request.Request(  # noqa: S310 - local demo server
    BASE + "/admin/login/", data=form, headers={"Referer": BASE + "/admin/login/"}
)
with opener.open(request, timeout=60) as response:  # noqa: S310 - local demo server
    dashboard = response.read().decode()
check("/admin/logout/" in dashboard, "the demo editor can log in to /admin/")
