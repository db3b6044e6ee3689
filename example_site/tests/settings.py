"""Settings of the example site's tests: the example site's own, made fit for testing.

They build on ``council_site.settings.base``, so these tests exercise the
URLs, locales, apps and CORS rules the example site serves. The database
comes from DATABASE_URL: SQLite in memory by default, PostgreSQL in CI.
"""

import os
import tempfile

import dj_database_url

os.environ.setdefault("DJANGO_DEBUG", "false")

from council_site.settings.base import *  # noqa: E402,F403

SECRET_KEY = "tests-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]

DATABASES = {"default": dj_database_url.config(default="sqlite://:memory:")}

MEDIA_ROOT = tempfile.mkdtemp(prefix="wagtail-council-example-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Room for every entry a test makes: a culled entry would cost a query and
# skew the query counts the tests assert.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 100000},
    }
}
# Fast hashing: logging the demo editor in is not what the tests measure.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WAGTAILADMIN_BASE_URL = "http://testserver"

# Static files are not served in tests; WhiteNoise would only warn about it.
MIDDLEWARE = [entry for entry in MIDDLEWARE if "whitenoise" not in entry]  # noqa: F405
