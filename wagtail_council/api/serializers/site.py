"""The site's data and menu, shaped as ``schemas.site`` describes them.

What is visible, and in which language, comes from ``reader.navigation``;
this module adds the API's page ``type`` and image shapes.
"""

from ...reader.images import ICON_ROLE, LOGO_ROLE
from ...reader.navigation import safe_profiles
from ..kinds import kind_of
from .images import image_data


def home_link(entry):
    if entry is None:
        return None
    return {"id": entry.id, "url": entry.url, "path": entry.path}


def site_data(site_language, languages, site_settings, request=None):
    """The ``SiteInfo`` of a site, in the language of ``site_language`` (one of ``languages``)."""
    home = site_language.home
    return {
        "name": site_language.site_name,
        "short_name": short_name_of(site_settings, site_language),
        "locale": site_language.locale.language_code,
        "locales": [
            {
                "code": language.locale.language_code,
                "name": language.name,
                "is_default": language.is_default,
                "name_of_site": language.site_name,
                "home": home_link(language.home),
            }
            for language in languages
        ],
        "home": {**home_link(home), "title": home.title} if home is not None else None,
        "logo": image_data(
            getattr(site_settings, "logo", None),
            LOGO_ROLE,
            alt=site_language.site_name,
            decorative=False,
            request=request,
        ),
        "icon": image_data(
            getattr(site_settings, "icon", None),
            ICON_ROLE,
            alt="",
            decorative=True,
            request=request,
        ),
        "contact": contact_data(site_settings),
        "social_profiles": social_profiles_data(site_settings),
    }


def short_name_of(site_settings, site_language):
    """The short name of the settings in the language itself; another language's is not it."""
    if site_settings is None or site_settings.locale_id != site_language.locale.pk:
        return ""
    return site_settings.short_name.strip()


def contact_data(site_settings):
    return {
        "email": getattr(site_settings, "email", "") or "",
        "phone": getattr(site_settings, "phone", "") or "",
        "address": getattr(site_settings, "address", "") or "",
        "reception_hours": getattr(site_settings, "reception_hours", "") or "",
    }


def social_profiles_data(site_settings):
    """The profiles with a safe link, as the site's footer shows them."""
    return [
        {"label": profile.label, "url": profile.url} for profile in safe_profiles(site_settings)
    ]


def menu_item_data(item):
    return {
        "id": item.id,
        "type": kind_of(item.page),
        "title": item.title,
        "url": item.url,
        "path": item.path,
        "children": [menu_item_data(child) for child in item.children],
    }


def navigation_data(language_code, items):
    return {"locale": language_code, "items": [menu_item_data(item) for item in items]}
