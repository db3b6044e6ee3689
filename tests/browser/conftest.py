"""Fixtures for the browser tests: Debian's Chromium driven by Playwright's sync API.

The Playwright sync API runs an asyncio event loop in the test thread, and
Django refuses ORM calls from a thread with a running loop unless told that
this is safe. It is safe here: the loop only drives the browser.
"""

import os

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

import io  # noqa: E402
import mimetypes  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import unquote, urlsplit  # noqa: E402

import pytest  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO_ROOT / "artifacts" / "screenshots"

CHROMIUM = "/usr/bin/chromium"
# Without these flags Chromium stalls on a closed network, trying to reach
# Google's update, sync and QUIC endpoints.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Explicit waits (expect, auto-waiting) give up after this many milliseconds.
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def playwright():
    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(playwright):
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install chromium). "
            "Playwright's own browser downloads are not used."
        )
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture(scope="session", autouse=True)
def _expect_timeout():
    expect.set_options(timeout=TIMEOUT_MS)


def serve_media(route):
    """Answer /media/ requests from MEDIA_ROOT.

    The live server only serves static files (DEBUG is off in tests), while
    a real site serves media from its web server or object storage.
    """
    relative = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        route.fulfill(status=404, body="Not found")
        return
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    route.fulfill(status=200, body=path.read_bytes(), content_type=content_type)


@pytest.fixture
def browser_context_args():
    """Options for the page's browser context; a test module may override them."""
    return {}


@pytest.fixture
def context(browser, live_server, browser_context_args):
    options = {"base_url": live_server.url, "viewport": {"width": 1280, "height": 900}}
    options.update(browser_context_args)
    context = browser.new_context(**options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    context.route(f"**{settings.MEDIA_URL}**", serve_media)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def demo_content(live_server, transactional_db, django_db_serialized_rollback):
    """The example site's demo content, loaded with its own management command.

    ``live_server`` makes the database transactional, so each test's data is
    flushed afterwards; the serialized rollback restores what migrations
    created (Wagtail's root page, the default site and locale) for the next test.
    """
    for cache in caches.all():
        cache.clear()
    from wagtail.models import Collection, Page
    from django.db import connection
    print("DBG", Collection.objects.count(), Page.objects.count(), hasattr(connection, "_test_serialized_contents"))
    call_command("load_demo_content", stdout=io.StringIO())
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def screenshot_dir():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


@pytest.fixture
def screenshot(screenshot_dir):
    """``screenshot(page, "name")`` saves a full-page PNG into artifacts/screenshots/."""

    def take(page, name):
        path = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
