"""Where the page links in a page's rich text lead, resolved for the whole page at once.

Rich text stores ``<a linktype="page" id="3">``; each link must lead to the
version of page 3 that the reader may see (``visibility.visible_link_targets``).
Wagtail expands the links of each rich text on its own, so a body of many
paragraphs would look them up paragraph by paragraph. A page that gathers its
reader data (``ReaderPageMixin``) resolves every link of its body first and
keeps the answer for the rest of the request; the link handler reads it, and
asks the database only for links it was not told about.
"""

from contextvars import ContextVar

from django.core.signals import request_finished
from wagtail.rich_text.rewriters import LinkRewriter

from .languages import active_locale
from .visibility import visible_link_targets

_resolved = ContextVar("wagtail_council_resolved_page_links", default=None)


def page_link_ids(sources):
    """The page ids that the links of these rich texts (stored form) point at."""
    rewriter = LinkRewriter()
    ids = set()
    for source in sources:
        if source:
            tags = rewriter.extract_tags(str(source))
            ids |= {str(tag.attrs.get("id")) for tag in tags.get("page", [])}
    return ids


def resolve_page_links(sources, locale):
    """Resolve the page links of ``sources`` for readers of ``locale``, until the request ends."""
    ids = page_link_ids(sources)
    targets = visible_link_targets(ids, locale) if ids else {}
    _resolved.set((locale, ids, targets))


def link_targets(page_ids):
    """``{id: page}`` for these ids, for the reader of the page being rendered.

    Links the page resolved in advance cost nothing; others (and every link
    outside such a page, in the reader's active language) two queries.
    """
    wanted = {str(page_id) for page_id in page_ids if page_id is not None}
    resolved = _resolved.get()
    if resolved is None:
        locale, known, targets = active_locale(), set(), {}
    else:
        locale, resolved_ids, resolved_targets = resolved
        known = wanted & resolved_ids
        targets = {
            page_id: resolved_targets[page_id] for page_id in known if page_id in resolved_targets
        }
    missing = wanted - known
    if missing:
        targets.update(visible_link_targets(missing, locale))
    return targets


def forget_resolved_links(**kwargs):
    """At the end of each request: the next one resolves its own links."""
    _resolved.set(None)


request_finished.connect(forget_resolved_links, dispatch_uid="wagtail_council_forget_links")
