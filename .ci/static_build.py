"""Build the whole demo site from the content API, as a static-site generator would.

    python .ci/static_build.py http://127.0.0.1:8766/api/council/ [--out DIR]

It reads the site data, each locale's navigation, every path with its detail
embedded (``paths/?embed=detail``) and, for each index page, the listing it
shows; then it writes one HTML file per page. A page fails to build when its
detail is missing, when its listing cannot be read, or when a link the page
needs (a breadcrumb, a translation, a menu entry) leads to no page of the
build. It prints the number of API requests per page, which must be at most
1.5, and exits with 1 on any failure.
"""

import argparse
import html
import json
import sys
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

MAX_REQUESTS_PER_PAGE = 1.5
PAGE_SIZE = 100
# The listing endpoint of each kind an index page lists.
LISTINGS = {
    "news": "news/",
    "statements": "statements/",
    "greeting_addresses": "greeting-addresses/",
    "galleries": "galleries/",
    "events": "events/",
    "people": "people/",
}


class Builder:
    def __init__(self, api):
        if not api.startswith(("http://", "https://")):
            raise SystemExit(f"Not an HTTP URL: {api}")
        self.api = api if api.endswith("/") else api + "/"
        self.requests = 0
        self.failures = []
        self.listings = {}

    def get(self, endpoint, **params):
        self.requests += 1
        url = self.api + endpoint + ("?" + urlencode(params) if params else "")
        request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310 - http(s) only
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            return json.load(response)

    def every(self, endpoint, limit=PAGE_SIZE, **params):
        """Every item of a paginated listing."""
        items, offset = [], 0
        while True:
            page = self.get(endpoint, limit=limit, offset=offset, **params)
            items += page["items"]
            offset += page["limit"]
            if offset >= page["count"]:
                return items

    def listing(self, lists, locale):
        key = (lists, locale)
        if key not in self.listings:
            self.listings[key] = self.every(LISTINGS[lists], locale=locale)
        return self.listings[key]

    def fail(self, path, reason):
        self.failures.append(f"{path}: {reason}")


def build(api, out):
    builder = Builder(api)
    site = builder.get("site/")
    locales = [locale["code"] for locale in site["locales"]]
    menus = {code: builder.get("navigation/", locale=code) for code in locales}
    items = builder.every("paths/", embed="detail")
    paths = {item["path"] for item in items if item["path"]}

    built = 0
    for item in items:
        path, detail = item["path"], item.get("detail")
        if not path:
            builder.fail(f"#{item['id']}", "no path")
            continue
        if not detail:
            builder.fail(path, "no detail embedded")
            continue
        if detail.get("path") != path or detail.get("title", detail.get("name")) != item["title"]:
            builder.fail(path, "the embedded detail is another page's")
            continue
        for crumb in detail.get("breadcrumbs", []):
            if crumb["path"] not in paths:
                builder.fail(path, f"breadcrumb {crumb['path']} leads nowhere")
        for translation in detail.get("translations", []):
            if translation["path"] and translation["path"] not in paths:
                builder.fail(path, f"translation {translation['path']} leads nowhere")
        cards = []
        if detail["type"] == "index":
            try:
                cards = builder.listing(detail["lists"], detail["locale"])
            except Exception as error:  # noqa: BLE001 - reported as a failed page
                builder.fail(path, f"listing of {detail['lists']}: {error}")
                continue
            for card in cards:
                if card.get("path") and card["path"] not in paths:
                    builder.fail(path, f"listed {card['path']} leads nowhere")
        write_page(out, path, detail, cards, menus.get(detail["locale"], {}), site)
        built += 1

    for code, menu in menus.items():
        for entry in flatten(menu.get("items", [])):
            if entry["path"] not in paths:
                builder.fail(f"navigation ({code})", f"{entry['path']} leads nowhere")

    per_page = builder.requests / built if built else float("inf")
    print(f"locales: {', '.join(locales)}")
    print(f"pages built: {built} of {len(items)}")
    print(f"API requests: {builder.requests}")
    print(f"requests per page: {per_page:.2f} (at most {MAX_REQUESTS_PER_PAGE})")
    if per_page > MAX_REQUESTS_PER_PAGE:
        builder.fail("build", f"{per_page:.2f} requests per page")
    for failure in builder.failures:
        print(f"FAILED {failure}", file=sys.stderr)
    return not builder.failures


def flatten(entries):
    for entry in entries:
        yield entry
        yield from flatten(entry.get("children", []))


def write_page(out, path, detail, cards, menu, site):
    """A plain HTML page: enough to prove everything the page shows came from the API."""
    target = out / path.strip("/") / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    escape = html.escape
    title = detail.get("title") or detail.get("name", "")
    links = "".join(
        f'<li><a href="{escape(entry["path"])}">{escape(entry["title"])}</a></li>'
        for entry in menu.get("items", [])
    )
    crumbs = " / ".join(
        f'<a href="{escape(crumb["path"])}">{escape(crumb["title"])}</a>'
        for crumb in detail.get("breadcrumbs", [])
    )
    listed = "".join(
        f'<li><a href="{escape(card["path"] or "")}">{escape(card.get("title") or card.get("name", ""))}</a></li>'
        for card in cards
    )
    target.write_text(
        f'<!doctype html><html lang="{escape(detail["locale"])}"><head><meta charset="utf-8">'
        f"<title>{escape(title)} — {escape(site['name'])}</title></head><body>"
        f"<nav><ul>{links}</ul></nav><p>{crumbs}</p><main><h1>{escape(title)}</h1>"
        f"<ul>{listed}</ul></main></body></html>",
        encoding="utf-8",
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "api", help="The content API's base URL, e.g. http://127.0.0.1:8000/api/council/"
    )
    parser.add_argument("--out", help="Where to write the pages (a temporary folder when absent).")
    arguments = parser.parse_args()
    if arguments.out:
        ok = build(arguments.api, Path(arguments.out))
    else:
        with tempfile.TemporaryDirectory() as folder:
            ok = build(arguments.api, Path(folder))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
