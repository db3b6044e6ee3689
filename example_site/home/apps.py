from django.apps import AppConfig

from wagtail_council.api import register_page_type


class HomeConfig(AppConfig):
    name = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .models import HomePage  # models load after the app registry

        # The content API serves the home page as "home", with its intro.
        register_page_type(HomePage, "home")
