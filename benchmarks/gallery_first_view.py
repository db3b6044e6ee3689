"""How long the first reader of a freshly published 200-photo gallery waits, against a warm view.

Publishing a gallery queues its renditions (AVIF, WebP and JPEG thumbnails and
large photos) through django-tasks; with the immediate backend they are made
during the publish. The first anonymous view should then cost little more
than any later one. Target: first view ≤ 2 × warm view.

Run from the repository root (it takes a few minutes, mostly image encoding)::

    .venv/bin/python benchmarks/gallery_first_view.py [--photos 200] [--warm-runs 5]

It uses the test settings with a temporary SQLite database and media folder,
and prints the figures recorded in README.md ("Performance").
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "example_site")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--warm-runs", type=int, default=5)
    parser.add_argument("--size", default="1600x1000", help="pixels of each drawn photo")
    options = parser.parse_args()
    width, height = (int(value) for value in options.size.split("x"))

    workdir = Path(tempfile.mkdtemp(prefix="council-benchmark-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'benchmark.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"

    import django

    django.setup()

    from django.conf import settings
    from django.core.files.images import ImageFile
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from wagtail.images import get_image_model

    from home.demo.images import draw_scene
    from tests.factories import make_site_tree
    from tests.gallery_factories import make_gallery, make_gallery_index, photo

    print(f"Database {settings.DATABASES['default']['NAME']}, media {settings.MEDIA_ROOT}")
    call_command("migrate", verbosity=0)
    home, _news = make_site_tree()
    index = make_gallery_index(home)

    print(f"Drawing {options.photos} photos of {width}×{height} pixels…")
    images = []
    for number in range(options.photos):
        image = get_image_model()(title=f"Фото {number + 1}")
        data = draw_scene(number, width, height, kind=("table", "podium", "group")[number % 3])
        image.file = ImageFile(io.BytesIO(data), name=f"photo-{number + 1}.jpg")
        image.save()
        images.append(image)

    started = time.perf_counter()
    gallery = make_gallery(
        index,
        title="Галерея для замера",
        photos=[photo(image, number) for number, image in enumerate(images, start=1)],
    )
    publish_seconds = time.perf_counter() - started
    renditions = get_image_model().get_rendition_model().objects.count()
    print(f"Published in {publish_seconds:.1f} s, with {renditions} renditions made in advance.")

    client = Client()
    url = gallery.url

    def view():
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, response.status_code
        assert response.content.count(b'class="council-gallery__link"') == options.photos
        return elapsed, len(queries)

    first, first_queries = view()
    warm_runs = [view() for _ in range(options.warm_runs)]
    warm = statistics.median(elapsed for elapsed, _ in warm_runs)
    warm_queries = warm_runs[-1][1]
    ratio = first / warm
    made_by_readers = get_image_model().get_rendition_model().objects.count() - renditions

    print()
    print(f"Photos:              {options.photos}")
    print(f"First view:          {first * 1000:.0f} ms, {first_queries} queries")
    print(f"Warm view (median):  {warm * 1000:.0f} ms, {warm_queries} queries")
    print(f"Ratio first / warm:  {ratio:.2f} (target ≤ 2)")
    print(f"Renditions made while readers waited: {made_by_readers}")
    return 0 if ratio <= 2 and made_by_readers == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
