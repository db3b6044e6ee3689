"""Checks the running demo site over HTTP: pages, feeds, JSON-LD and the admin login."""

import http.cookiejar
import json
import re
import sys
import urllib.parse
import urllib.request

import feedparser

BASE = sys.argv[1].rstrip("/")
SEED_TITLE = "Обмен опытом – полезная практика сотрудничества!"
SEED_PATH = "/ru/news/obmen-opytom-poleznaya-praktika-sotrudnichestva/"

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path):
    with opener.open(BASE + path, timeout=60) as response:  # noqa: S310 - local demo server
        return response.status, response.read().decode()


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
    for kind in ("rss", "atom"):
        status, body = get(f"/{language}/news/feed/{kind}/")
        feed = feedparser.parse(body)
        check(status == 200 and not feed.bozo and feed.entries, f"{language} {kind} feed is valid")

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
