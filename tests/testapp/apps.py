from django.apps import AppConfig

from wagtail_council.api import register_page_type


class TestAppConfig(AppConfig):
    """The site the package tests run on: a home page type and the URL layout of a real site.

    It is labelled ``home``, like the home app of a project made by
    ``wagtail start`` (and the example site's), so the page types the tests
    see are named as on a real site: ``home.HomePage``.
    """

    name = "tests.testapp"
    label = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .models import NoticePage  # models load after the app registry

        register_page_type(NoticePage, "notice")
