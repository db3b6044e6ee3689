from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailCouncilConfig(AppConfig):
    name = "wagtail_council"
    label = "wagtail_council"
    verbose_name = _("Council")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .api.purge import connect_purge_handlers

        connect_purge_handlers()
