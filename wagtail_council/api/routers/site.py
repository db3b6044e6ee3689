"""The site as a whole: its data (``site/``) and its menu (``navigation/``).

With these two and the page endpoints, a frontend builds the whole site
from the API: header, language switcher, menu, footer and pages.
"""

from ninja import Query, Router, Schema
from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from ...conf import council_settings
from ...reader.languages import site_details
from ...reader.navigation import (
    content_locales,
    default_language_code,
    menu,
    site_for_request,
    site_languages,
)
from ..filters import LocaleCode
from ..operations import public_get
from ..problems import not_found
from ..schemas.site import Navigation, SiteInfo
from ..serializers.site import navigation_data, site_data

# Menu levels when ``depth`` is absent (fewer when the site allows fewer).
DEFAULT_NAVIGATION_DEPTH = 2


def document_max_depth(schema):
    """The setting's maximum in the OpenAPI document, read when the document is made."""
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "integer":
            branch["maximum"] = council_settings.NAVIGATION_MAX_DEPTH


class SiteParameters(Schema):
    locale: LocaleCode | None = Field(
        None,
        description="The language of the site's name, home page and logo alt text; the site's "
        "default language when absent.",
    )


class NavigationFilters(Schema):
    locale: LocaleCode | None = Field(
        None, description="The menu's language; the site's default language when absent."
    )
    depth: int | None = Field(
        None,
        ge=1,
        description="Levels of the menu: 1 for the home page's children only. At most "
        "`WAGTAIL_COUNCIL_NAVIGATION_MAX_DEPTH` (3 unless the site sets it); "
        f"{DEFAULT_NAVIGATION_DEPTH} when absent.",
        json_schema_extra=document_max_depth,
    )

    @field_validator("depth")
    @classmethod
    def within_max_depth(cls, value):
        limit = council_settings.NAVIGATION_MAX_DEPTH
        if value is not None and value > limit:
            raise PydanticCustomError(
                "less_than_equal", "Input should be less than or equal to {le}", {"le": limit}
            )
        return value

    def menu_depth(self):
        if self.depth is None:
            return min(DEFAULT_NAVIGATION_DEPTH, council_settings.NAVIGATION_MAX_DEPTH)
        return self.depth


def current_site(request):
    site = site_for_request(request)
    if site is None:
        raise not_found()
    return site


def build_router():
    router = Router(tags=["Site"])

    @public_get(
        router,
        "/site/",
        response=SiteInfo,
        operation_id="getSite",
        summary="The site: its name, languages, home pages, logo, contacts and profiles",
        detail=True,
    )
    def get_site(request, parameters: Query[SiteParameters]):
        """The site this request is for (the default site when no hostname matches).

        `name` and `home` are in `locale`; each of `locales` names the site
        and its home page in that language. A site whose editors have not
        filled in its settings has no logo or icon and empty contacts; one
        whose settings are not translated into `locale` has them in the
        default language.
        """
        site = current_site(request)
        languages = site_languages(site, request)
        by_code = {language.locale.language_code: language for language in languages}
        language = by_code.get(parameters.locale or default_language_code())
        if language is None:
            # A content language nothing is published in yet: the default one.
            language = by_code.get(default_language_code()) or next(iter(languages), None)
        if language is None:
            raise not_found()
        site_settings = site_details(site, language.locale, request)
        return site_data(language, languages, site_settings, request)

    @public_get(
        router,
        "/navigation/",
        response=Navigation,
        operation_id="getNavigation",
        summary="The site's menu in one language, as a tree",
        detail=True,
    )
    def get_navigation(request, filters: Query[NavigationFilters]):
        """Live, public pages that editors show in menus, below the home page of `locale`.

        Items are in the tree's order, each with the menu pages below it
        (`children`), down to `depth` levels. A page below one that is not
        in the menu is not in it either.
        """
        site = current_site(request)
        code = filters.locale or default_language_code()
        locale = next(
            (locale for locale in content_locales(request) if locale.language_code == code), None
        )
        items = menu(site, locale, filters.menu_depth(), request) if locale is not None else []
        return navigation_data(code, items)

    return router
