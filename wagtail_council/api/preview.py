"""Short-lived signed tokens that let a headless frontend render an editor's draft.

Two ways in, one endpoint out:

* the "Headless preview" button on a page in the admin signs a token naming
  the page's latest revision (saved drafts);
* ``HeadlessPreviewMixin`` on a page model adds a "Headless frontend" mode to
  Wagtail's preview panel: the unsaved state of the edit form is kept in the
  cache for as long as the token lives, and the token names that entry.

Either way the editor's browser goes to the frontend's preview route with
``?token=…``, and the frontend asks ``/preview/?token=…`` for the draft, which
has the same schema as a detail. Tokens expire after
``WAGTAIL_COUNCIL_API_PREVIEW_TOKEN_MAX_AGE`` seconds; an expired or forged
token is a 403 problem, a deleted revision or a forgotten form state a 404.
Unsaved previews need a cache shared by every app server (Redis in production).
"""

import secrets
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.cache import cache
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from ..conf import council_settings
from .problems import PREVIEW_DENIED, Problem, not_found

SALT = "wagtail_council.api.preview"


CACHE_PREFIX = "wagtail_council:headless-preview:"


def make_preview_token(revision):
    """A token for a saved revision."""
    return signing.dumps({"revision": revision.pk}, salt=SALT, compress=True)


def make_unsaved_preview_token(page):
    """A token for a page as it is in memory, such as the edit form's unsaved state."""
    key = secrets.token_urlsafe(18)
    content = {
        "content_type": ContentType.objects.get_for_model(page.specific_class or type(page)).pk,
        "data": page.to_json(),
    }
    cache.set(CACHE_PREFIX + key, content, timeout=council_settings.API_PREVIEW_TOKEN_MAX_AGE)
    return signing.dumps({"unsaved": key}, salt=SALT, compress=True)


def read_token(token):
    """The payload of a valid token; ``Problem`` otherwise."""
    try:
        data = signing.loads(token, salt=SALT, max_age=council_settings.API_PREVIEW_TOKEN_MAX_AGE)
    except signing.SignatureExpired as error:
        raise Problem(
            PREVIEW_DENIED,
            gettext("This preview token has expired. Open the preview from the admin again."),
            parameter="token",
        ) from error
    except signing.BadSignature as error:
        raise Problem(
            PREVIEW_DENIED, gettext("This preview token is not valid."), parameter="token"
        ) from error
    if not isinstance(data, dict):
        raise Problem(
            PREVIEW_DENIED, gettext("This preview token is not valid."), parameter="token"
        )
    return data


def draft_from_token(token):
    """The page a valid token shows: a revision's draft, or an edit form's unsaved state."""
    data = read_token(token)
    if "unsaved" in data:
        content = cache.get(CACHE_PREFIX + str(data["unsaved"]))
        if content is None:
            raise not_found(gettext("These unsaved changes are no longer kept; preview again."))
        model = ContentType.objects.get_for_id(content["content_type"]).model_class()
        return model.from_json(content["data"])
    revision = Revision.page_revisions.filter(pk=data.get("revision")).first()
    if revision is None:
        raise not_found(gettext("The draft this token was made for no longer exists."))
    return revision.as_object()


class HeadlessPreviewMixin:
    """Add to a page model to preview it in the headless frontend from Wagtail's preview panel.

    ``class NewsPage(HeadlessPreviewMixin, FeaturedImageMixin, Page)``: the
    preview panel then offers "Headless frontend" beside the site's own
    template, showing the edit form's unsaved state as the frontend renders it.
    """

    @property
    def preview_modes(self):
        return [*super().preview_modes, ("headless", _("Headless frontend"))]

    def serve_preview(self, request, mode_name):
        if mode_name != "headless":
            return super().serve_preview(request, mode_name)
        return redirect(
            frontend_preview_url(self, make_unsaved_preview_token(self), request=request)
        )


def frontend_preview_url(page, token, request=None):
    """Where the editor's browser goes: the frontend's preview route, else the API's own."""
    from django.urls import reverse

    from .frontend import frontend_base_url

    site = page.get_site() if page.path else None
    base = frontend_base_url(site.root_url if site else "")
    query = urlencode({"token": token})
    if base:
        return f"{base}{council_settings.FRONTEND_PREVIEW_PATH}?{query}"
    url = reverse("wagtail_council_api:preview_page") + "?" + query
    return request.build_absolute_uri(url) if request else url
