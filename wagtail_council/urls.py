"""URLs of wagtail-council's own views.

Include them inside ``i18n_patterns`` and before Wagtail's page URLs, so the
preferences page speaks the reader's language::

    urlpatterns += i18n_patterns(
        path("", include("wagtail_council.urls")),
        path("", include(wagtail_urls)),
    )
"""

from django.urls import path

from . import views

app_name = "wagtail_council"

urlpatterns = [
    path("reader-preferences/", views.reader_preferences, name="reader_preferences"),
]
