"""Local development and `make demo`: debug on, a throwaway secret key, media served by Django."""

import os

os.environ.setdefault("DJANGO_DEBUG", "true")

from .base import *  # noqa: E402,F403

SECRET_KEY = SECRET_KEY or DEVELOPMENT_SECRET_KEY  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
