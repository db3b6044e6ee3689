"""The default API and its URLs: ``path("api/council/", urls)`` in a project's urlconf.

For another title or namespace, or a second mount, use ``factory.build_api``.
"""

from .factory import build_api

api = build_api()

urls = api.urls

# For ``include("wagtail_council.api.urls")``: the same patterns, in the API's namespace.
urlpatterns = urls[0]
app_name = api.urls_namespace
