from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailCouncilConfig(AppConfig):
    name = "wagtail_council"
    label = "wagtail_council"
    verbose_name = _("Council")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            calendars,  # noqa: F401 - registers the event indexes' and events' iCalendar views
            checks,  # noqa: F401 - registers the system checks
            feeds,  # noqa: F401 - registers the news index's RSS and Atom feeds
        )
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()

        from .api.page_types import register_our_page_types

        register_our_page_types()

        from .api.purge import connect_purge_handlers

        connect_purge_handlers()

        from .api.core_fields import attach_core_api_fields

        # Before Wagtail 8 builds its v3 schemas from our api_fields.
        attach_core_api_fields()
