"""Reading the signed preview tokens that ``wagtail_council.reader.preview`` hands out.

An expired or forged token is a 403 problem, a deleted revision or a
forgotten form state a 404.
"""

from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext
from wagtail.models import Revision

from ..conf import council_settings
from ..reader.preview import CACHE_PREFIX, SALT, UNSAVED_PAGE_ID
from .problems import PREVIEW_DENIED, Problem, not_found


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
        page = model.from_json(content["data"])
        if page.pk is None:
            # A page still being created has no id yet; 0 is one no page has,
            # so its preview keeps the detail's schema.
            page.pk = page.id = UNSAVED_PAGE_ID
        return page
    revision = Revision.page_revisions.filter(pk=data.get("revision")).first()
    if revision is None:
        raise not_found(gettext("The draft this token was made for no longer exists."))
    return revision.as_object()
