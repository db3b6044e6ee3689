"""The one settings module of the package's test suite.

It stands alone: the site under test is ``tests.testapp`` (a home page type
and the URL layout of a real site), so the package is tested without the
example site. The database comes from DATABASE_URL: SQLite in memory by
default, PostgreSQL (or MariaDB) in CI. The example site's own tests live in
``example_site/tests/`` with settings built on the example site's.
"""

import tempfile

import dj_database_url
import wagtail

SECRET_KEY = "tests-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "tests.testapp",
    "wagtail_council",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    # The content API's interactive docs, served from local static files.
    "ninja",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# Wagtail 8 adds a typed v3 API; on Wagtail 7.4 there is v2 only.
HAS_CORE_API_V3 = wagtail.VERSION >= (8, 0)
if HAS_CORE_API_V3:
    INSTALLED_APPS.insert(INSTALLED_APPS.index("wagtail.api.v2") + 1, "wagtail.api.v3")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "wagtail_council.middleware.BadBytesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "wagtail_council.preferences.middleware.ReaderPreferencesVaryMiddleware",
]

ROOT_URLCONF = "tests.testapp.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail_council.preferences.context_processors.reader_preferences",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.config(default="sqlite://:memory:")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Room for every entry a test makes: a culled entry would cost a query and
# skew the query counts the tests assert.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 100000},
    }
}
# Fast hashing: logging test users in is not what the tests measure.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Languages: Russian is the default and English the translation.
LANGUAGE_CODE = "ru"
LANGUAGES = [("ru", "Русский"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "Europe/Moscow"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
MEDIA_URL = "/media/"
MEDIA_ROOT = tempfile.mkdtemp(prefix="wagtail-council-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Совет"
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGIN_URL = "wagtailadmin_login"

# On PostgreSQL, full-text search uses the "russian" configuration, so word forms
# match ("бюджетом" finds "бюджет"); other databases match whole words.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "russian"}
}
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Uploads within WAGTAIL_COUNCIL_MAX_IMAGE_UPLOAD_SIZE / _PIXELS, and never a damaged file.
WAGTAILIMAGES_IMAGE_FORM_BASE = "wagtail_council.image_uploads.CouncilImageForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "txt", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Readable Latin slugs from Cyrillic titles ("obmen-opytom"), in the admin and in code.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# No separate frontend unless a test sets one.
WAGTAIL_COUNCIL_FRONTEND_BASE_URL = ""
