"""Fixtures of the example site's tests: its demo content, and a bare site tree.

The demo content is loaded by its own management command, once for all the
tests of a module that ask for ``demo``, inside a transaction that is rolled
back after the module's last test; each test runs in a savepoint within it,
so what a test changes is gone for the next one. Loading it takes tens of
seconds, so run these tests with ``--dist loadfile`` under xdist (as
``make test`` does), which keeps a module on one worker.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client, TestCase
from wagtail.models import Page

from tests.api_support import isolated_caches  # noqa: F401 - autouse: empty caches for each test
from tests.factories import make_site_tree


@pytest.fixture(scope="module")
def demo_content_of_module(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the tests of one module and rolled back after them.

    Every page is then read once, as by a first reader, so the renditions
    its pictures need (AVIF, WebP and JPEG of large photos) are made once for
    the module rather than again in every test.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        # The loader's on-commit work (search index, references) runs as on a real commit.
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=io.StringIO())
        first_reader = Client()
        for page in Page.objects.live().public().filter(depth__gte=2).specific():
            first_reader.get(page.url)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_content_of_module, db):
    """The example site with its demo content, as ``make demo`` serves it."""


@pytest.fixture
def site_tree(db):
    """``(home, news_index)``: the example site's home page type, with a news index, and no demo."""
    return make_site_tree()


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def news_index(site_tree):
    return site_tree[1]
