"""How long the demo's seed article takes to render, against a bare Wagtail page with the same body.

Two pages, requested in one run through the same Django test client,
interleaved, after a warm-up:

* the seed article (the Russian news page that ``load_demo_content`` builds
  from ``shared/seeds/000_a18ba1fc859b3c5b.txt``);
* a bare Wagtail page with the same content: a ``barepage.BarePage`` (the
  benchmark's own app in ``benchmarks/barepage/``, a ``Page`` whose body is a
  ``StreamField`` of Wagtail's own ``RichTextBlock``, an image ``StructBlock``
  and ``BlockQuoteBlock``), published as a child of the Russian home page with
  the article's title, lead, featured image and body. Its template is minimal
  plain Wagtail: the images through ``{% picture %}`` with the same formats
  and widths as the article's, the quotes as plain ``<blockquote>`` elements.

Both are requested anonymously by URL, so both pay for URL routing, the
site's middleware and context processors, and Wagtail's page serving; what
differs is our page type, blocks and templates. The figure is the ratio of
the medians, article / bare page. The run fails when it is above
``--max-ratio`` (default 2.5). Renditions are made during the warm-up, so
neither side pays for image encoding.

Run from the repository root (loading the demo content takes a minute)::

    .venv/bin/python benchmarks/seed_article_render.py [--runs 30] [--max-ratio 2.5]

It uses ``benchmarks/settings.py`` (the example site's
``council_site.settings.dev`` plus the ``barepage`` app) with debug off, a
temporary SQLite database and media folder, so the article is served as
``make demo`` serves it.
"""

import argparse
import collections
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
REPO = BENCHMARKS.parent
sys.path[:0] = [str(BENCHMARKS), str(REPO), str(REPO / "example_site")]

MAX_RATIO = 2.5
BARE_PAGE_SLUG = "bare-seed-article"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed renders of each page")
    parser.add_argument("--warm-up", type=int, default=3, help="untimed renders of each first")
    parser.add_argument(
        "--max-ratio",
        type=float,
        default=MAX_RATIO,
        help=f"fail above this ratio of medians, article / bare page (default {MAX_RATIO})",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="after the warm-up, print where the article's renders spend their time (cProfile)",
    )
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="council-render-benchmark-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'benchmark.sqlite3'}"
    os.environ["DJANGO_MEDIA_ROOT"] = str(workdir / "media")
    (workdir / "static").mkdir()  # WhiteNoise serves nothing here, but wants the folder
    os.environ["DJANGO_STATIC_ROOT"] = str(workdir / "static")
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["DJANGO_SETTINGS_MODULE"] = "settings"

    import django

    django.setup()

    from barepage.models import BarePage
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from home.demo import content
    from home.models import HomePage
    from wagtail_council.models import NewsPage

    print(f"Database {settings.DATABASES['default']['NAME']}, media {settings.MEDIA_ROOT}")
    call_command("migrate", verbosity=0)
    print("Loading the demo content…")
    call_command("load_demo_content", verbosity=0)

    article = NewsPage.objects.get(
        slug=content.SEED_ARTICLE["slug"], locale__language_code=settings.LANGUAGE_CODE
    )
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    bare_page = publish_bare_page(BarePage, home, article)
    article_url, bare_url = article.url, bare_page.url
    client = Client()

    def response_for(url):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return response

    def timed(url):
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = response_for(url)
            elapsed = time.perf_counter() - started
        return elapsed, len(queries), len(response.content)

    # Renditions, caches and compiled templates are made before timing.
    for _round in range(options.warm_up):
        timed(article_url)
        timed(bare_url)

    if options.profile:
        return profile(lambda: response_for(article_url), options.runs)

    article_runs, bare_runs = [], []
    for _run in range(options.runs):
        # Interleaved, so that both see the same machine load.
        article_runs.append(timed(article_url))
        bare_runs.append(timed(bare_url))

    article_ms = statistics.median(run[0] for run in article_runs) * 1000
    bare_ms = statistics.median(run[0] for run in bare_runs) * 1000
    ratio = article_ms / bare_ms
    blocks_summary = ", ".join(
        f"{count} × {kind}"
        for kind, count in collections.Counter(block.block_type for block in bare_page.body).items()
    )

    print()
    print(f"Seed article {article_url}: title, lead, featured image, {blocks_summary}")
    print(f"Bare Wagtail page {bare_url}: the same, as barepage.BarePage")
    print(f"{'':28} {'median':>10} {'queries':>8} {'size':>10}")
    for name, median, runs in (
        ("seed article", article_ms, article_runs),
        ("bare Wagtail page", bare_ms, bare_runs),
    ):
        print(f"{name:28} {median:7.1f} ms {runs[-1][1]:8d} {runs[-1][2] / 1024:6.1f} KiB")
    print(f"{'ratio, article / bare':28} {ratio:7.2f}")
    print()
    print(
        f"{options.runs} interleaved runs through the test client after "
        f"{options.warm_up} warm-up rounds, medians."
    )
    if ratio > options.max_ratio:
        print(f"FAIL: the ratio {ratio:.2f} is above {options.max_ratio}.")
        return 1
    print(f"OK: the ratio {ratio:.2f} is within {options.max_ratio}.")
    return 0


def profile(render, runs):
    """Where ``runs`` renders spend their time, by the functions' own and cumulative time."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _run in range(runs):
        render()
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats("wagtail_council|council_|home/|reader|models", 70)
    stats.sort_stats("tottime").print_stats(25)
    return 0


def publish_bare_page(bare_page_model, home, article):
    """The bare page under ``home`` with the article's content, published; made once, then updated."""
    bare_page = bare_page_model.objects.child_of(home).filter(slug=BARE_PAGE_SLUG).first()
    if bare_page is None:
        bare_page = bare_page_model(slug=BARE_PAGE_SLUG)
    bare_page.title = article.title
    bare_page.lead = article.lead
    bare_page.featured_image_id = article.featured_image_id
    bare_page.featured_image_alt = article.featured_image_alt_for_readers
    bare_page.featured_image_caption = article.featured_image_caption
    bare_page.featured_image_credit = article.featured_image_credit
    bare_page.body = [bare_block(child) for child in article.body.raw_data]
    if bare_page.pk is None:
        home.add_child(instance=bare_page)
    bare_page.save_revision().publish()
    return bare_page_model.objects.get(pk=bare_page.pk)


def bare_block(child):
    """The stored form of one block of the seed article, as a plain Wagtail block."""
    kind, value = child["type"], child["value"]
    if kind == "paragraph":
        return {"type": "paragraph", "value": value}
    if kind == "image":
        return {
            "type": "image",
            "value": {
                "image": value["image"],
                "alt_text": value["alt_text"],
                "caption": value.get("caption", ""),
                "credit": value.get("credit", ""),
            },
        }
    if kind == "quote":
        return {"type": "quote", "value": value["text"]}
    raise ValueError(f"The seed article has a {kind!r} block the bare page does not mirror")


if __name__ == "__main__":
    sys.exit(main())
