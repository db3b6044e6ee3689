"""The test settings plus an app whose page type fails wagtail_council.E001."""

from tests.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.checks_app"]  # noqa: F405
