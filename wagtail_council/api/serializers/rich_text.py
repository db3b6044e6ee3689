"""Rich text as HTML for frontends: internal links resolved to frontend URLs in the right locale.

Wagtail stores ``<a linktype="page" id="3">``. Here each such link becomes a
link to the visible translation of page 3 in the content's own locale (or to
page 3 itself when it is not translated), at its frontend URL. A link to a
page readers may not see (a draft, a private or expired page, a deleted one)
keeps its text and loses its address, so no hidden page is ever revealed.
Document links become absolute URLs.
"""

import html

from django.utils.html import linebreaks
from wagtail.documents import get_document_model
from wagtail.rich_text import features
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

from ...reader.frontend import absolute, page_url
from ...reader.visibility import visible_link_targets

EMPTY_LINK = "<a>"


def rich_text_html(source, ctx):
    """``source`` (Wagtail's database HTML) as HTML for readers of ``ctx.locale``."""
    if not source:
        return ""
    return rewriter_for(ctx)(str(source))


def plain_text_html(text):
    """A plain text field as escaped HTML paragraphs."""
    return linebreaks(text, autoescape=True) if text else ""


def prefetch_links(sources, ctx):
    """Resolve every page and document link of several rich texts in a fixed number of queries."""
    page_ids, document_ids = set(), set()
    link_rewriter = LinkRewriter()
    for source in sources:
        if not source:
            continue
        tags = link_rewriter.extract_tags(str(source))
        page_ids |= {match.attrs.get("id") for match in tags.get("page", [])}
        document_ids |= {match.attrs.get("id") for match in tags.get("document", [])}
    resolve_page_links(page_ids, ctx)
    resolve_document_links(document_ids, ctx)


def link_key(page_id, ctx):
    return (ctx.locale.pk if ctx.locale else None, str(page_id))


def resolve_page_links(page_ids, ctx):
    """Fill ``ctx.link_targets`` with the page each id should link to, or ``None``."""
    wanted = {str(page_id) for page_id in page_ids if page_id}
    missing = [page_id for page_id in wanted if link_key(page_id, ctx) not in ctx.link_targets]
    targets = visible_link_targets(missing, ctx.locale)
    for page_id in missing:
        ctx.link_targets[link_key(page_id, ctx)] = targets.get(page_id)


def resolve_document_links(document_ids, ctx):
    missing = [
        document_id
        for document_id in document_ids
        if document_id and str(document_id).isdigit() and document_id not in ctx.documents
    ]
    if missing:
        found = get_document_model().objects.in_bulk([int(pk) for pk in missing])
        for document_id in missing:
            ctx.documents[document_id] = found.get(int(document_id))


def rewriter_for(ctx):
    def page_links(attrs_list):
        resolve_page_links([attrs.get("id") for attrs in attrs_list], ctx)
        tags = []
        for attrs in attrs_list:
            target = ctx.link_targets.get(link_key(attrs.get("id"), ctx))
            url = page_url(target, ctx.request) if target is not None else None
            tags.append(f'<a href="{html.escape(url)}">' if url else EMPTY_LINK)
        return tags

    def document_links(attrs_list):
        resolve_document_links([attrs.get("id") for attrs in attrs_list], ctx)
        tags = []
        for attrs in attrs_list:
            document = ctx.documents.get(attrs.get("id"))
            if document is None:
                tags.append(EMPTY_LINK)
            else:
                tags.append(f'<a href="{html.escape(absolute(document.url, ctx.request))}">')
        return tags

    link_rules = {
        linktype: handler.expand_db_attributes_many
        for linktype, handler in features.get_link_types().items()
    }
    link_rules.update({"page": page_links, "document": document_links})
    embed_rules = {
        embedtype: handler.expand_db_attributes_many
        for embedtype, handler in features.get_embed_types().items()
    }
    return MultiRuleRewriter(
        [LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)]
    )
