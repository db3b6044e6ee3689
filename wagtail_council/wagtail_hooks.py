"""Admin registration: snippets with their listings, filters and search."""

from django.contrib import messages
from django.http import Http404
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .api.admin_views import admin_urls, header_buttons
from .editor_checks.on_save import check_page
from .editor_checks.preview import use_council_content_checker
from .models import (
    Convocation,
    CouncilSiteSettings,
    EventKind,
    NewsCategory,
    Organisation,
    Person,
)
from .reader.links import link_targets
from .reader.visibility import has_expired, is_visible_medium, restricted_pages_using

# The Directory's translatable snippets filter by language with Wagtail's own
# selector (``?locale=<language code>``), which Wagtail adds to every listing of
# a translatable model: a ``list_filter`` of ``locale`` would add a second
# filter of that name, by id, that clashes with it.


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    list_display = ["name", "slug", "locale"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "current_role", "locale"]
    list_filter = ["roles__organisation"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "parent", "locale"]


class ConvocationViewSet(SnippetViewSet):
    model = Convocation
    icon = "calendar-alt"
    menu_label = _("Convocations")
    list_display = ["title", "organisation", "start_date", "end_date", "locale"]
    list_filter = ["organisation"]


class EventKindViewSet(SnippetViewSet):
    model = EventKind
    icon = "date"
    menu_label = _("Kinds of event")
    list_display = ["name", "slug", "locale"]


class CouncilDirectoryGroup(SnippetViewSetGroup):
    """People, organisations, convocations and categories under one menu item."""

    items = (
        PersonViewSet,
        OrganisationViewSet,
        ConvocationViewSet,
        EventKindViewSet,
        NewsCategoryViewSet,
    )
    menu_icon = "group"
    menu_label = _("Directory")
    menu_name = "council-directory"
    menu_order = 300


register_snippet(CouncilDirectoryGroup)


class CouncilSiteSettingsViewSet(SnippetViewSet):
    """The council's logo, contacts and profiles, where editors look for a site's settings."""

    model = CouncilSiteSettings
    icon = "site"
    menu_label = _("Council site")
    menu_name = "council-site"
    add_to_settings_menu = True
    list_display = ["site", "email", "phone", "locale"]
    list_filter = ["site"]


register_snippet(CouncilSiteSettingsViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_content_problems(request, page):
    """Show content checks (repeated captions, missing descriptions, skipped headings) after saving."""
    for problem in check_page(page.specific):
        messages.warning(request, problem)


# Headless preview: a button on every page, and the admin view it opens.
@hooks.register("register_admin_urls")
def register_headless_preview_urls():
    return admin_urls()


@hooks.register("register_page_header_buttons")
def headless_preview_button(page, user, view_name, next_url=None):
    yield from header_buttons(page, user, view_name, next_url)


hooks.register("construct_wagtail_userbar", use_council_content_checker)


@hooks.register("before_serve_page")
def hide_expired_pages(page, request, serve_args, serve_kwargs):
    """A page past its expiry is a 404 at its URL, even before ``publish_scheduled`` has run.

    Wagtail serves such a page while it is still ``live``; the feeds, the
    sitemap, search and the APIs already leave it out (``reader.visibility``).
    Drafts are already a 404, and private pages keep Wagtail's password or
    login form, which runs after this.
    """
    if has_expired(page):
        raise Http404


class VisiblePageLinkHandler(PageLinkHandler):
    """Links to pages in rich text, as HTML: to the version a reader may see, or to nowhere.

    Wagtail's own handler links to any page, drafts and private ones
    included; this one sends the reader to the visible translation in the
    active language (else the page itself), as the content API does, and a
    link to a hidden page keeps its text without an address.
    """

    @classmethod
    def get_many(cls, attrs_list):
        targets = link_targets(attrs.get("id") for attrs in attrs_list)
        return [targets.get(str(attrs.get("id"))) for attrs in attrs_list]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [
            f'<a href="{escape(page.url)}">' if page is not None and page.url else "<a>"
            for page in cls.get_many(attrs_list)
        ]


# After Wagtail's own features (order 0), so that this handler replaces its own.
@hooks.register("register_rich_text_features", order=1)
def link_only_to_visible_pages(features):
    features.register_link_type(VisiblePageLinkHandler)


@hooks.register("before_serve_document")
def keep_private_documents_private(document, request):
    """A document only hidden pages use is served to those who may see one of them, else 404.

    Editors (anyone who may use the admin) get every document, as Wagtail
    gives them. A reader gets one that a visible page, a snippet or nothing
    uses (Wagtail's collection privacy still applies), or one used by a private
    page whose restrictions they pass (its password given, or in its groups).
    Anyone else learns nothing of it: 404, as for a document that does not exist.
    """
    if request.user.has_perm("wagtailadmin.access_admin") or is_visible_medium(document):
        return None
    for page in restricted_pages_using(document):
        if all(restriction.accept_request(request) for restriction in page.get_view_restrictions()):
            return None
    raise Http404
