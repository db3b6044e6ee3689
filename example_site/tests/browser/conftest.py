"""Fixtures for the browser tests: Debian's Chromium driven by Playwright's sync API.

Run them with ``make test-browser`` (``pytest -m browser -p no:xdist``).
Chromium comes from Debian (``apt-get install chromium``); Playwright never
downloads a browser here.
"""

import functools
import io
import mimetypes
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread
from playwright.sync_api import expect, sync_playwright

REPO_ROOT = Path(__file__).resolve().parents[3]
SCREENSHOT_DIR = REPO_ROOT / "artifacts" / "screenshots"
FRONTEND_DIR = REPO_ROOT / "example_site" / "frontend"

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


class OneRequestAtATimeServer(ThreadedWSGIServer):
    """The live server, answering one request at a time on shared connections.

    With an in-memory SQLite database, Django hands the live server the test
    thread's own connection, and every request thread uses it. Chromium opens
    several connections at once (a preview refresh beside a page load), and
    two requests on one SQLite connection fail with "cannot release savepoint
    - SQL statements in progress". Requests still arrive on their own threads,
    so keep-alive connections never block each other; only the application
    runs one request at a time.
    """

    def set_app(self, application):
        lock = threading.Lock()

        def one_at_a_time(environ, start_response):
            with lock:
                return application(environ, start_response)

        super().set_app(one_at_a_time)


def _shares_a_connection():
    return any(
        connection.vendor == "sqlite" and connection.is_in_memory_db()
        for connection in connections.all()
    )


@pytest.fixture(scope="session", autouse=True)
def _one_request_at_a_time_on_shared_connections():
    if not _shares_a_connection():
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LiveServerThread, "server_class", OneRequestAtATimeServer)
        yield


@pytest.fixture(scope="session")
def playwright(django_db_setup):
    """Playwright's sync API, started once, after the test database exists.

    The sync API runs an asyncio event loop in the test thread, and while it
    runs Django sees that thread as asynchronous:

    * it refuses ORM calls unless DJANGO_ALLOW_ASYNC_UNSAFE is set. That is
      safe here, as the loop only drives the browser. The variable is set for
      as long as Playwright runs, so it never leaks into the other tests;
    * its thread-critical ``connections`` switch to a context-variable
      storage and would open a second connection, without the state that
      pytest-django keeps on the first one (the serialized contents that
      restore Wagtail's root page between transactional tests). Pointing that
      storage at the same connection objects keeps one connection per
      database, as in any other test.
    """
    wrappers = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as instance:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, wrapper in wrappers.items():
            connections[alias] = wrapper
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


def media_path(url):
    return unquote(urlsplit(url).path)


def is_media(url):
    return media_path(url).startswith(settings.MEDIA_URL)


def serve_media(route):
    """Answer /media/ requests from MEDIA_ROOT.

    The live server only serves static files (DEBUG is off in tests), while
    a real site serves media from its web server or object storage.
    """
    relative = media_path(route.request.url).removeprefix(settings.MEDIA_URL)
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
    options = {
        "base_url": live_server.url,
        "viewport": {"width": 1280, "height": 900},
        # The site's readers and editors mostly speak Russian, its default language.
        "locale": "ru-RU",
    }
    options.update(browser_context_args)
    context = browser.new_context(**options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    context.route(is_media, serve_media)
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
        page.wait_for_load_state("load")
        # Lazy images below the fold would be blank in a full-page picture:
        # load them all, and wait until every image is decoded.
        page.evaluate(
            """() => Promise.all(Array.from(document.images, (image) => {
                image.loading = "eager";
                return image.decode().catch(() => null);
            }))"""
        )
        path = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature of the base class
        pass


@pytest.fixture
def serve_frontend(settings):
    """``serve_frontend(directory)`` serves a headless frontend on its own origin.

    Python's ``http.server`` on a free port, exactly as
    ``python -m http.server 8001`` serves the demo beside ``make demo``;
    returns the origin, which the example site then lets read the API.
    """
    servers = []

    def serve(directory=FRONTEND_DIR):
        handler = functools.partial(QuietHandler, directory=str(directory))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        origin = f"http://127.0.0.1:{server.server_address[1]}"
        settings.CORS_ALLOWED_ORIGINS = [origin]
        return origin

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def frontend(serve_frontend):
    """The demo frontend's origin (``example_site/frontend``)."""
    return serve_frontend()
