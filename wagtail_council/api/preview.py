"""Short-lived signed tokens that let a headless frontend render an editor's draft.

An editor clicks "Headless preview" on a page in the admin. That signs a
token naming the page's latest revision and sends the editor to the
frontend's preview route with ``?token=…``; the frontend asks
``/preview/?token=…`` for the draft, which has the same schema as a detail.
Tokens expire after ``WAGTAIL_COUNCIL_API_PREVIEW_TOKEN_MAX_AGE`` seconds;
an expired or forged token is a 403 problem, a deleted revision a 404.
"""

from urllib.parse import urlencode

from django.core import signing
from django.utils.translation import gettext
from wagtail.models import Revision

from ..conf import council_settings
from .problems import PREVIEW_DENIED, Problem, not_found

SALT = "wagtail_council.api.preview"


def make_preview_token(revision):
    return signing.dumps({"revision": revision.pk}, salt=SALT, compress=True)


def revision_from_token(token):
    """The revision a valid token names; ``Problem`` otherwise."""
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
    revision = (
        Revision.page_revisions.filter(pk=data.get("revision")).first()
        if isinstance(data, dict)
        else None
    )
    if revision is None:
        raise not_found(gettext("The draft this token was made for no longer exists."))
    return revision


def draft_page(revision):
    """The page as the revision has it: the editor's draft, not the live page."""
    return revision.as_object()


def frontend_preview_url(page, token, request=None):
    """Where the editor's browser goes: the frontend's preview route, else the API's own."""
    from django.urls import reverse

    from .frontend import frontend_base_url

    site = page.get_site()
    base = frontend_base_url(site.root_url if site else "")
    query = urlencode({"token": token})
    if base:
        return f"{base}{council_settings.FRONTEND_PREVIEW_PATH}?{query}"
    url = reverse("wagtail_council_api:preview_page") + "?" + query
    return request.build_absolute_uri(url) if request else url
