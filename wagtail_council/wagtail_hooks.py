"""Admin registration: snippets with their listings, filters and search."""

from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .editor_checks.on_save import check_page
from .editor_checks.preview import use_council_content_checker
from .models import NewsCategory, Organisation, Person


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "current_role", "locale"]
    list_filter = ["locale", "roles__organisation"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "parent", "locale"]
    list_filter = ["locale"]


class CouncilDirectoryGroup(SnippetViewSetGroup):
    """People, organisations and categories under one menu item."""

    items = (PersonViewSet, OrganisationViewSet, NewsCategoryViewSet)
    menu_icon = "group"
    menu_label = _("Directory")
    menu_name = "council-directory"
    menu_order = 300


register_snippet(CouncilDirectoryGroup)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_content_problems(request, page):
    """Show content checks (repeated captions, missing descriptions, skipped headings) after saving."""
    for problem in check_page(page.specific):
        messages.warning(request, problem)


# Headless preview: a button on every page, and the admin view it opens.
@hooks.register("register_admin_urls")
def register_headless_preview_urls():
    from .api.admin_views import admin_urls

    return admin_urls()


@hooks.register("register_page_header_buttons")
def headless_preview_button(page, user, view_name, next_url=None):
    from .api.admin_views import header_buttons

    yield from header_buttons(page, user, view_name, next_url)


hooks.register("construct_wagtail_userbar", use_council_content_checker)
