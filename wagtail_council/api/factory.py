"""``build_api()``: the content API, mounted by a site with its own name, once or several times.

::

    from wagtail_council.api.factory import build_api

    council_api = build_api(title="City council API", urls_namespace="city_api")
    urlpatterns = [path("api/city/", council_api.urls), ...]

``wagtail_council.api.urls`` is the ready default. Each call builds fresh
routers from the page-type registry (``registry``), so page types a site
registers in its ``AppConfig.ready()`` are served and documented.
"""

from .. import __version__
from .application import DESCRIPTION, CouncilAPI
from .details import detail_schemas, page_detail_schema
from .registry import registered_page_types
from .routers import convocations, pages, people, preview, redirects, site
from .schemas.people import Organisation, Person
from .schemas.redirects import ExternalRedirect

DEFAULT_NAMESPACE = "wagtail_council_api"

# What an address of the site may show besides pages: profiles, members pages, and
# old paths that now lead to another site.
ADDRESS_SCHEMAS = {"person": Person, "organisation": Organisation, "redirect": ExternalRedirect}

# The URL namespace of every API built, for CDN purges of their URLs.
built_namespaces = []


def build_api(
    *,
    title="Council content API",
    version=__version__,
    description=DESCRIPTION,
    urls_namespace=DEFAULT_NAMESPACE,
    openapi_url="/openapi.json",
    docs_url="/docs/",
    **options,
):
    """A ``CouncilAPI`` serving every registered page type; ``options`` go to ``NinjaAPI``."""
    api = CouncilAPI(
        title=title,
        version=version,
        description=description,
        urls_namespace=urls_namespace,
        openapi_url=openapi_url,
        docs_url=docs_url,
        **options,
    )
    schemas = detail_schemas()
    mounted = set()
    for spec in registered_page_types():
        if spec.router is None or spec.name in mounted:
            continue
        mounted.add(spec.name)
        api.add_router(spec.prefix or f"/{spec.name}/", spec.router(schemas[spec.name]))
    any_page = page_detail_schema(schemas)
    api.add_router("/", site.build_router())
    api.add_router("/", redirects.build_router())
    api.add_router("/", people.build_router())
    api.add_router("/", convocations.build_router())
    any_address = page_detail_schema({**schemas, **ADDRESS_SCHEMAS})
    api.add_router("/", pages.build_router(any_page, any_address))
    api.add_router("/", preview.build_router(any_page))
    if urls_namespace not in built_namespaces:
        built_namespaces.append(urls_namespace)
    return api
