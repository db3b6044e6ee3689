from django.apps import AppConfig


class BarePageConfig(AppConfig):
    label = "barepage"
    name = "barepage"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Bare Wagtail page (benchmark only)"
