"""The API and its URLs: ``path("api/council/", urls)`` in a project's urlconf."""

from .. import __version__
from .application import DESCRIPTION, CouncilAPI
from .routers import galleries, greetings, news, pages, people, preview, statements

api = CouncilAPI(
    title="Council content API",
    version=__version__,
    description=DESCRIPTION,
    urls_namespace="wagtail_council_api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
)

api.add_router("/news/", news.router)
api.add_router("/statements/", statements.router)
api.add_router("/greeting-addresses/", greetings.router)
api.add_router("/galleries/", galleries.router)
api.add_router("/", people.router)
api.add_router("/", pages.router)
api.add_router("/", preview.router)

urls = api.urls

# For ``include("wagtail_council.api.urls")``: the same patterns, in the API's namespace.
urlpatterns = urls[0]
app_name = api.urls_namespace
