"""Smoke test of the INSTALLED wagtail-council wheel.

Run by .ci/package-check.sh from a throwaway working directory outside the
repository, in a fresh venv where only the built wheel (and what it pulls
from PyPI) is installed:

    DJANGO_SETTINGS_MODULE=smoke_settings python smoke_test.py

It proves that the installed copy imports, passes Django's checks, migrates,
ships migrations that match its models, and serves a news index, a news page
with a featured image and an RSS feed. Any failure exits non-zero.
"""

import datetime
import io
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smoke_settings")


class SmokeFailure(Exception):
    """A check of the smoke test did not hold."""


def expect(condition, message):
    if not condition:
        raise SmokeFailure(message)


def step(message):
    print(f"-- {message}", flush=True)


def check_installed_copy():
    """``wagtail_council`` must come from site-packages, never from the source tree."""
    import wagtail_council

    location = Path(wagtail_council.__file__).resolve()
    print(f"wagtail_council {wagtail_council.__version__} imported from {location}")
    repo_root = os.environ.get("WAGTAIL_COUNCIL_REPO_ROOT")
    if repo_root:
        repo = Path(repo_root).resolve()
        expect(
            not location.is_relative_to(repo),
            f"wagtail_council was imported from the source tree ({location}), "
            f"not from the installed wheel; the repository {repo} must not be on sys.path",
        )
    expect(
        "site-packages" in location.parts,
        f"wagtail_council was not imported from site-packages: {location}",
    )


def concerns_package(message):
    """Whether a system check message is about wagtail_council rather than a dependency."""
    if (message.id or "").startswith("wagtail_council"):
        return True
    obj = message.obj
    owner = getattr(obj, "model", None) or obj
    module = getattr(owner, "__module__", "") or ""
    return module.startswith("wagtail_council") or "wagtail_council" in str(obj)


def check_own_warnings():
    """``check`` fails on errors only; warnings about wagtail_council fail too.

    Warnings about dependencies (e.g. Wagtail or treebeard deprecations on some
    supported versions) are shown but do not fail the smoke test.
    """
    from django.core import checks

    own = [message for message in checks.run_checks() if concerns_package(message)]
    expect(
        not own,
        "system checks report issues about wagtail_council:\n"
        + "\n".join(f"  {message}" for message in own),
    )


def check_packaged_files():
    """Templates and static files are found in the installed package."""
    from django.contrib.staticfiles import finders
    from django.template.loader import get_template

    import wagtail_council

    package_dir = Path(wagtail_council.__file__).resolve().parent
    template = get_template("wagtail_council/base.html")
    origin = Path(template.origin.name).resolve()
    expect(
        origin.is_relative_to(package_dir),
        f"wagtail_council/base.html was loaded from {origin}, not from {package_dir}",
    )
    css = finders.find("wagtail_council/css/council.css")
    expect(css is not None, "static file wagtail_council/css/council.css not found")
    expect(
        Path(css).resolve().is_relative_to(package_dir),
        f"wagtail_council/css/council.css was found at {css}, not in {package_dir}",
    )
    print(f"template {origin}\nstatic   {css}")


def check_migrations_match_models():
    from django.core.management import call_command

    output = io.StringIO()
    try:
        call_command(
            "makemigrations",
            "wagtail_council",
            "--check",
            "--dry-run",
            verbosity=3,
            stdout=output,
            stderr=output,
        )
    except SystemExit as exit_:
        if exit_.code:
            raise SmokeFailure(
                "the shipped migrations of wagtail_council do not match its models; "
                "`makemigrations wagtail_council --check --dry-run` says:\n" + output.getvalue()
            ) from None
    print(output.getvalue().strip() or "No changes detected in app 'wagtail_council'")


def jpeg_bytes(width=1600, height=900):
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (40, 90, 160)).save(buffer, format="JPEG")
    return buffer.getvalue()


def make_image():
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    image = get_image_model()(title="Зал заседаний")
    image.file = ImageFile(io.BytesIO(jpeg_bytes()), name="smoke-hall.jpg")
    image.save()
    return image


def build_pages():
    from wagtail.models import Locale, Site

    from wagtail_council.models import NewsIndexPage, NewsPage

    Locale.objects.get_or_create(language_code="en")
    site = Site.objects.get(is_default_site=True)
    home = site.root_page
    expect(home.depth == 2, f"the default site's root page is at depth {home.depth}, not 2")

    index = NewsIndexPage(title="Новости совета", slug="news")
    home.add_child(instance=index)
    index.save_revision().publish()
    index.refresh_from_db()

    image = make_image()
    news = NewsPage(
        title="Сессия совета приняла бюджет",
        slug="budget-session",
        lead="Депутаты утвердили бюджет города на следующий год.",
        publication_date=datetime.datetime(2026, 11, 27, 10, 30, tzinfo=datetime.UTC),
        body=[("paragraph", "<p>Текст</p>")],
        featured_image=image,
        featured_image_alt="Депутаты в зале заседаний",
    )
    index.add_child(instance=news)
    news.save_revision().publish()
    news.refresh_from_db()
    expect(news.live and index.live, "the news index or the news page is not live after publish()")
    return index, news


def get_html(client, url):
    response = client.get(url)
    expect(
        response.status_code == 200,
        f"GET {url} answered {response.status_code}, expected 200",
    )
    return response.content.decode(response.charset or "utf-8")


def expect_in(needle, haystack, what):
    expect(needle in haystack, f"{what}: {needle!r} not found in the response")


def check_pages(index, news):
    from django.test import Client

    client = Client()

    news_url = news.url
    step(f"GET news page {news_url}")
    html = get_html(client, news_url)
    expect_in('<html lang="ru"', html, f"news page {news_url}")
    expect_in(news.title, html, f"news page {news_url}")
    expect_in(news.lead, html, f"news page {news_url}")
    expect_in("<p>Текст</p>", html, f"news page {news_url} (paragraph block)")
    expect_in('class="council-paragraph"', html, f"news page {news_url} (paragraph template)")
    expect_in("<picture>", html, f"news page {news_url} (featured image)")
    expect(
        'type="image/avif"' in html or 'type="image/webp"' in html,
        f"news page {news_url}: the featured <picture> has no AVIF or WebP <source>",
    )
    expect_in(news.featured_image_alt, html, f"news page {news_url} (featured image alt text)")
    expect_in('<script type="application/ld+json">', html, f"news page {news_url} (JSON-LD)")
    print(f"news page OK ({len(html)} characters)")

    index_url = index.url
    step(f"GET news index {index_url}")
    html = get_html(client, index_url)
    expect_in('<html lang="ru"', html, f"news index {index_url}")
    expect_in(index.title, html, f"news index {index_url}")
    expect_in(news.title, html, f"news index {index_url} (news card)")
    expect_in(f'href="{news_url}"', html, f"news index {index_url} (link to the news page)")
    print(f"news index OK ({len(html)} characters)")

    feed_url = index_url + "feed/rss/"
    step(f"GET RSS feed {feed_url}")
    response = client.get(feed_url)
    expect(
        response.status_code == 200,
        f"GET {feed_url} answered {response.status_code}, expected 200",
    )
    xml = response.content.decode("utf-8")
    expect_in("<rss", xml, f"RSS feed {feed_url}")
    expect_in(news.title, xml, f"RSS feed {feed_url}")
    print(f"RSS feed OK ({len(xml)} characters)")


def main():
    import django
    from django.core.management import call_command

    step("import the installed package")
    check_installed_copy()

    step("django.setup()")
    django.setup()

    step("check")
    call_command("check")
    check_own_warnings()

    step("templates and static files")
    check_packaged_files()

    step("migrate")
    call_command("migrate", interactive=False, verbosity=0)

    step("makemigrations wagtail_council --check --dry-run")
    check_migrations_match_models()

    step("create locale, news index, image and news page")
    index, news = build_pages()

    check_pages(index, news)

    print("smoke test passed")


if __name__ == "__main__":
    try:
        main()
    except SmokeFailure as failure:
        print(f"\nSMOKE TEST FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
    except Exception:
        traceback.print_exc()
        print("\nSMOKE TEST FAILED with the error above", file=sys.stderr)
        sys.exit(1)
