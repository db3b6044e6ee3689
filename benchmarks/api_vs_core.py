"""How fast the content API answers, against Wagtail's own v2 API for the same pages.

Two measurements, each a ratio of medians taken in one run:

* the detail of a news page with three quotes and a 20-photo gallery:
  ``/api/council/news/<id>/`` against ``/api/v2/pages/<id>/``;
* a listing of 20 news pages, each with a featured image, categories and a
  quote: ``/api/council/news/?limit=20`` against
  ``/api/v2/pages/?type=wagtail_council.NewsPage&fields=*&limit=20``.

Target: each ratio ≤ 1.5. Renditions are made before timing (both APIs
would otherwise pay for encoding them on the first request), and caches are
warm. The content API returns more (every photo with two sets of
renditions, quotes with roles and photos), so the ratio is conservative.

Run from the repository root::

    .venv/bin/python benchmarks/api_vs_core.py [--runs 30]

It uses the test settings with a temporary SQLite database and media folder,
and prints the figures recorded in the README ("Performance").
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "example_site")]

TARGET = 1.5


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed requests per endpoint")
    parser.add_argument("--photos", type=int, default=20)
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="council-api-benchmark-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'benchmark.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"

    import django

    django.setup()

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tests.factories import (
        add_index,
        make_category,
        make_image,
        make_news,
        make_organisation,
        make_person,
        make_site_tree,
        publish_child,
        quote_block,
    )
    from wagtail_council.models import GalleryIndexPage, GalleryPage

    print(f"Database {settings.DATABASES['default']['NAME']}, media {settings.MEDIA_ROOT}")
    call_command("migrate", verbosity=0)
    home, news_index = make_site_tree()
    galleries = add_index(home, GalleryIndexPage, "Фотогалереи", "galleries")

    council = make_organisation("Совет городского округа", slug="council")
    people = [
        make_person(
            name,
            slug=slug,
            photo=make_image(width=400, height=500),
            photo_alt=f"Портрет: {name}",
            roles=[(council, position, datetime.date(2023, 9, 25), None)],
        )
        for name, slug, position in (
            ("Роман Лысенко", "roman-lysenko", "председатель"),
            ("Олег Радченко", "oleg-radchenko", "заместитель председателя"),
            ("Сергей Жестянников", "sergey-zhestyannikov", "гость"),
        )
    ]
    categories = [make_category("Сотрудничество", "cooperation"), make_category("Бюджет", "budget")]

    print(f"Making a gallery of {options.photos} photos and 20 news pages…")
    gallery = GalleryPage(
        title="Круглый стол", slug="round-table", date=datetime.date(2026, 11, 20)
    )
    for number in range(options.photos):
        gallery.photos.add(
            gallery.photos.model(
                image=make_image(width=1600, height=1000),
                caption=f"Подпись фото {number + 1}",
                alt_text=f"Описание фото {number + 1}",
                credit="Пресс-служба Совета",
            )
        )
    publish_child(galleries, gallery)

    paragraph = ("paragraph", "<p>Депутаты обсудили муниципальные программы.</p>")
    detail = make_news(
        news_index,
        title="Обмен опытом",
        featured_image=make_image(width=1600, height=1000),
        featured_image_alt="Круглый стол",
        categories=categories,
        gallery=gallery,
        body=[
            paragraph,
            quote_block(people[0], text="Благодаря встрече мы узнали много нового."),
            paragraph,
            quote_block(people[1], text="Такие встречи крайне полезны."),
            quote_block(people[2], text="Желаю плодотворной работы."),
            paragraph,
        ],
    )
    for number in range(19):
        make_news(
            news_index,
            title=f"Новость {number + 1}",
            featured_image=make_image(width=1600, height=1000),
            featured_image_alt=f"Фото {number + 1}",
            categories=categories,
            body=[paragraph, quote_block(people[number % 3], text=f"Цитата {number + 1}")],
        )

    client = Client()
    pairs = {
        "news detail (3 quotes, gallery)": (
            f"/api/council/news/{detail.pk}/",
            f"/api/v2/pages/{detail.pk}/",
        ),
        "listing of 20 news": (
            "/api/council/news/?limit=20",
            "/api/v2/pages/?type=wagtail_council.NewsPage&fields=*&limit=20",
        ),
    }

    def timed(url):
        reset_queries()  # the query log keeps 9000 entries; count each request afresh
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        return elapsed, len(queries), len(response.content)

    # Make every rendition and fill the caches before timing.
    for ours, core in pairs.values():
        for _round in range(3):
            timed(ours)
            timed(core)

    print()
    print(f"{'':34} {'content API':>18} {'Wagtail v2':>18} {'ratio':>7}")
    failed = False
    for name, (ours, core) in pairs.items():
        our_runs, core_runs = [], []
        for _run in range(options.runs):
            # Interleaved, so that both see the same machine load.
            our_runs.append(timed(ours))
            core_runs.append(timed(core))
        ours_ms = statistics.median(run[0] for run in our_runs) * 1000
        core_ms = statistics.median(run[0] for run in core_runs) * 1000
        ratio = ours_ms / core_ms
        failed |= ratio > TARGET
        print(
            f"{name:34} {ours_ms:7.1f} ms {our_runs[-1][1]:3d} q "
            f"{core_ms:7.1f} ms {core_runs[-1][1]:3d} q {ratio:7.2f}"
        )
        print(
            f"{'  response size':34} {our_runs[-1][2] / 1024:10.1f} KiB "
            f"{core_runs[-1][2] / 1024:10.1f} KiB"
        )
    print()
    print(f"Target: each ratio ≤ {TARGET} ({options.runs} interleaved runs, medians).")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
