"""The site as a whole: its name, languages, logo, contacts and menu."""

from pydantic import Field

from .common import ApiSchema, PageType
from .images import Image


class HomeLink(ApiSchema):
    """The home page of one language."""

    id: int
    url: str | None = Field(description="Frontend URL of the home page; null when it has no route.")
    path: str | None = Field(description="URL path within the site, language prefix included.")


class SiteHome(HomeLink):
    title: str


class SiteLocale(ApiSchema):
    """One language of the site."""

    code: str = Field(description="Language code, as used in `locale` parameters.", examples=["ru"])
    name: str = Field(description="The language's name in itself.", examples=["Русский"])
    is_default: bool
    name_of_site: str = Field(description="The site's name in this language.")
    home: HomeLink | None = Field(
        description="The home page in this language; null while it is not published in it."
    )


class Contact(ApiSchema):
    """How readers reach the council; empty strings where it publishes nothing."""

    email: str
    phone: str
    address: str = Field(description="Plain text, one line of the address per line.")
    reception_hours: str = Field(
        description="When the council receives visitors: plain text, one line per line."
    )


class SocialProfile(ApiSchema):
    """An official profile of the council, in the editors' order."""

    label: str = Field(examples=["Telegram"])
    url: str = Field(description="An http(s), mailto or tel link.")


class SiteInfo(ApiSchema):
    """Everything a frontend needs to frame every page: names, languages, logo, contacts."""

    name: str = Field(
        description="The site's name in `locale`: the council's name set in its settings in "
        "that language, else the Wagtail site's name, else the home page's title."
    )
    short_name: str = Field(
        description="A shorter name for narrow screens, in `locale`; empty when none is set."
    )
    locale: str = Field(description="The language of `name`, `home` and the logo's alt text.")
    locales: list[SiteLocale] = Field(description="Every content language, by code.")
    home: SiteHome | None = Field(
        description="The home page in `locale`; null while it is not published in it."
    )
    logo: Image | None = Field(description="Never cropped; its alt text is the site's name.")
    icon: Image | None = Field(description="Square, for browser tabs and home screens.")
    contact: Contact
    social_profiles: list[SocialProfile]


class MenuItem(ApiSchema):
    """A page of the menu, with the menu pages below it."""

    id: int
    type: PageType
    title: str
    url: str = Field(description="Frontend URL of the page.")
    path: str = Field(description="URL path within the site, language prefix included.")
    children: list["MenuItem"] = Field(description="The menu pages below this one, in tree order.")


class Navigation(ApiSchema):
    """The site's menu in one language: pages editors show in menus, in tree order."""

    locale: str
    items: list[MenuItem]
