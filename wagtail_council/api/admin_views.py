"""The admin side of headless previews: a button on each page, and the view it opens."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page

from ..reader.preview import frontend_preview_url, make_preview_token


def headless_preview(request, page_id):
    """Sign a token for the page's latest revision and send the editor to the frontend."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    revision = page.get_latest_revision()
    if revision is None:
        raise Http404
    response = redirect(frontend_preview_url(page, make_preview_token(revision), request))
    response["Cache-Control"] = "no-store"
    return response


class HeadlessPreviewButton(PageMenuItem):
    label = _("Headless preview")
    icon_name = "view"
    link_rel = "noreferrer"

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        return reverse("wagtail_council_headless_preview", args=[self.page.pk])


def admin_urls():
    return [
        path(
            "council/headless-preview/<int:page_id>/",
            headless_preview,
            name="wagtail_council_headless_preview",
        )
    ]


def header_buttons(page, user, view_name, next_url=None):
    yield HeadlessPreviewButton(page=page, priority=40)
