from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail_council.api import register_page_type

        from .models import HomePage

        # The content API serves the home page as "home", with its intro.
        register_page_type(HomePage, "home")
