"""How long the demo's seed article takes to render, against a bare Wagtail page with the same body.

Two responses, timed in one run, interleaved, after a warm-up:

* the seed article (the Russian news page that ``load_demo_content`` builds
  from ``shared/seeds/000_a18ba1fc859b3c5b.txt``), requested anonymously
  through the Django test client, so URL routing, middleware, page serving
  and our templates all count;
* a bare Wagtail page with the same content: the title, the lead and the
  same paragraphs as ``RichTextBlock`` rich text, the featured image and the
  body's images through Wagtail's own ``{% picture %}`` tag with the same
  formats and widths, and the quotes as plain ``<blockquote>`` elements
  (``BlockQuoteBlock``). It is a minimal Django template of plain Wagtail,
  rendered with a ``RequestFactory`` request and the home page as ``page``;
  each run builds the StreamField value from its stored form (so its images
  are looked up as a page's would be), renders the template and wraps it in
  an ``HttpResponse``. It needs no model and no migration.

The figure is the ratio of the medians, article / bare page: what our page
type, blocks and templates cost on top of Wagtail. The run fails when it is
above ``--max-ratio`` (default 2.5). Renditions are made during the warm-up,
so neither side pays for image encoding.

Run from the repository root (loading the demo content takes a minute)::

    .venv/bin/python benchmarks/seed_article_render.py [--runs 30] [--max-ratio 2.5]

It uses the example site's settings (``council_site.settings.dev`` with
debug off) with a temporary SQLite database and media folder, so the article
is served as ``make demo`` serves it.
"""

import argparse
import collections
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "example_site")]

MAX_RATIO = 2.5

# Plain Wagtail: no council blocks, template tags or includes.
BARE_TEMPLATE = """{% load wagtailcore_tags wagtailimages_tags %}<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>{{ title }} – {{ page.title }}</title></head>
<body>
<main>
<article>
<h1>{{ title }}</h1>
<p>{{ lead }}</p>
<figure>
{% picture featured.image format-{avif,webp,jpeg} fill-{640x360,1200x675} sizes="(min-width: 60em) 56rem, 100vw" alt=featured.alt_text %}
<figcaption>{{ featured.caption }} {{ featured.credit }}</figcaption>
</figure>
{% for block in body %}{% if block.block_type == "paragraph" %}{{ block.value }}
{% elif block.block_type == "image" %}<figure>
{% picture block.value.image format-{avif,webp,jpeg} width-{640,1200} sizes="(min-width: 60em) 56rem, 100vw" alt=block.value.alt_text loading="lazy" %}
<figcaption>{{ block.value.caption }} {{ block.value.credit }}</figcaption>
</figure>
{% elif block.block_type == "quote" %}<blockquote>{{ block.value }}</blockquote>
{% endif %}{% endfor %}
</article>
</main>
</body>
</html>
"""


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
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="council-render-benchmark-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'benchmark.sqlite3'}"
    os.environ["DJANGO_MEDIA_ROOT"] = str(workdir / "media")
    (workdir / "static").mkdir()  # WhiteNoise serves nothing here, but wants the folder
    os.environ["DJANGO_STATIC_ROOT"] = str(workdir / "static")
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["DJANGO_SETTINGS_MODULE"] = "council_site.settings.dev"

    import django

    django.setup()

    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.http import HttpResponse
    from django.template import engines
    from django.test import Client, RequestFactory
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation
    from wagtail import blocks
    from wagtail.images import get_image_model
    from wagtail.images.blocks import ImageChooserBlock

    from home.demo import content
    from home.models import HomePage
    from wagtail_council.models import NewsPage

    class BareBody(blocks.StreamBlock):
        paragraph = blocks.RichTextBlock()
        image = blocks.StructBlock(
            [
                ("image", ImageChooserBlock()),
                ("alt_text", blocks.CharBlock()),
                ("caption", blocks.CharBlock(required=False)),
                ("credit", blocks.CharBlock(required=False)),
            ]
        )
        quote = blocks.BlockQuoteBlock()

    print(f"Database {settings.DATABASES['default']['NAME']}, media {settings.MEDIA_ROOT}")
    call_command("migrate", verbosity=0)
    print("Loading the demo content…")
    call_command("load_demo_content", verbosity=0)

    article = NewsPage.objects.get(
        slug=content.SEED_ARTICLE["slug"], locale__language_code=settings.LANGUAGE_CODE
    )
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    article_url = article.url
    bare_body_data = [bare_block(child) for child in article.body.raw_data]
    featured = {
        "image_id": article.featured_image_id,
        "alt_text": article.featured_image_alt,
        "caption": article.featured_image_caption,
        "credit": article.featured_image_credit,
    }
    stream_block = BareBody()
    template = engines["django"].from_string(BARE_TEMPLATE)
    client = Client()
    factory = RequestFactory()
    Image = get_image_model()

    def article_response():
        response = client.get(article_url)
        assert response.status_code == 200, (article_url, response.status_code)
        return response

    def bare_response():
        request = factory.get(article_url)
        request.user = AnonymousUser()
        with translation.override(settings.LANGUAGE_CODE):
            context = {
                "page": home,
                "title": article.title,
                "lead": article.lead,
                "featured": {**featured, "image": Image.objects.get(pk=featured["image_id"])},
                "body": stream_block.to_python(bare_body_data),
            }
            return HttpResponse(template.render(context, request))

    def timed(render):
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = render()
            elapsed = time.perf_counter() - started
        return elapsed, len(queries), len(response.content)

    # Renditions, caches and compiled templates are made before timing.
    for _round in range(options.warm_up):
        timed(article_response)
        timed(bare_response)

    article_runs, bare_runs = [], []
    for _run in range(options.runs):
        # Interleaved, so that both see the same machine load.
        article_runs.append(timed(article_response))
        bare_runs.append(timed(bare_response))

    article_ms = statistics.median(run[0] for run in article_runs) * 1000
    bare_ms = statistics.median(run[0] for run in bare_runs) * 1000
    ratio = article_ms / bare_ms
    blocks_summary = ", ".join(
        f"{count} × {kind}"
        for kind, count in collections.Counter(child["type"] for child in bare_body_data).items()
    )

    print()
    print(f"Seed article {article_url}: title, lead, featured image, {blocks_summary}")
    print(f"{'':28} {'median':>10} {'queries':>8} {'size':>10}")
    for name, median, runs in (
        ("seed article (test client)", article_ms, article_runs),
        ("bare Wagtail page", bare_ms, bare_runs),
    ):
        print(f"{name:28} {median:7.1f} ms {runs[-1][1]:8d} {runs[-1][2] / 1024:6.1f} KiB")
    print(f"{'ratio, article / bare':28} {ratio:7.2f}")
    print()
    print(f"{options.runs} interleaved runs after {options.warm_up} warm-up rounds, medians.")
    if ratio > options.max_ratio:
        print(f"FAIL: the ratio {ratio:.2f} is above {options.max_ratio}.")
        return 1
    print(f"OK: the ratio {ratio:.2f} is within {options.max_ratio}.")
    return 0


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
