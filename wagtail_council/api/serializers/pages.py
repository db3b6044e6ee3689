"""Pages as cards and details.

``PAGE_KINDS`` says, for each page model, which API type it is and how it is
serialized; listing endpoints, details, the by-path lookup and previews all
go through it, so a page looks the same wherever it appears.
"""

from django.db.models import Prefetch

from ...models import (
    GalleryPage,
    GreetingAddressSignatory,
    NewsIndexPage,
    NewsPage,
    NewsPageCategory,
    NewsPageRelatedPage,
)
from ...models.galleries import attach_covers, with_photo_count_and_cover
from ...reader.frontend import page_url_and_path
from ...reader.images import (
    CARD_ROLE,
    CONTENT_ROLE,
    FEATURED_ROLE,
    prefetch_for,
    prefetch_renditions,
)
from ...reader.navigation import breadcrumbs
from ...reader.photos import PHOTO_ROLES, THUMBNAIL_ROLE
from ...reader.text import plain_text
from ...reader.visibility import localized_visible_pages, visible_translations
from ..registry import page_type_for_model, type_name_of
from ..streams import prepare_streams, serialize_stream
from .images import document_data, figure_data, image_data
from .people import prefetch_people, speaker_data
from .photos import gallery_photos
from .rich_text import plain_text_html, prefetch_links, rich_text_html
from .seo import seo_data

STREAM_IMAGE_ROLES = (CONTENT_ROLE, *PHOTO_ROLES)

# Shared parts


def page_link(page, ctx):
    """What every reference to a page starts with: links, listing cards and details."""
    url, path = page_url_and_path(page, ctx.request)
    return {
        "type": type_name_of(page),
        "id": page.pk,
        "title": page.title,
        "locale": page.locale.language_code,
        "url": url,
        "path": path,
    }


def localized_links(pages, ctx):
    return [page_link(page, ctx) for page in localized_visible_pages(pages, ctx.locale)]


def link_or_none(page, ctx):
    return page_link(page, ctx) if page is not None else None


def localized_link(page, ctx):
    links = localized_links([page], ctx) if page is not None else []
    return links[0] if links else None


def translations_of(page, ctx):
    translations = []
    for version in visible_translations(page):
        url, path = page_url_and_path(version, ctx.request)
        translations.append(
            {
                "locale": version.locale.language_code,
                "id": version.pk,
                "url": url,
                "path": path,
                "title": version.title,
            }
        )
    return translations


def breadcrumbs_of(page, ctx):
    """The trail the HTML shows above the page (``reader.navigation.breadcrumbs``)."""
    return [
        {"id": entry.id, "title": entry.title, "url": entry.url, "path": entry.path}
        for entry in breadcrumbs(page, ctx.request)
    ]


def detail_base(page, ctx):
    return {
        **page_link(page, ctx),
        "seo": seo_data(page, ctx),
        "breadcrumbs": breadcrumbs_of(page, ctx),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "translations": translations_of(page, ctx),
    }


# Galleries shown in other pages


def gallery_embed(gallery, ctx):
    """A linked gallery in the reader's language, with its photos; ``None`` if not visible."""
    if gallery is None:
        return None
    [localized] = localized_visible_pages([gallery], ctx.locale) or [None]
    return visible_gallery_embed(localized, ctx)


def visible_gallery_embed(gallery, ctx):
    """A gallery already known to be the version readers see, with its photos."""
    if gallery is None:
        return None
    gallery = gallery.specific if not isinstance(gallery, GalleryPage) else gallery
    link = page_link(gallery, ctx)
    return {**link, "date": gallery.date, "photos": gallery_photos(gallery, ctx)}


# News


def news_queryset(queryset):
    """What a page of news cards reads, loaded in a fixed number of queries."""
    return queryset.select_related("locale").prefetch_related(
        prefetch_for(CARD_ROLE, lookup="featured_image"),
        Prefetch("categories", queryset=NewsPageCategory.objects.select_related("category")),
    )


def news_detail_queryset(queryset):
    """What a news detail reads besides the page, in one query each."""
    return queryset.select_related(
        "locale", "featured_image", "greeting_address", "gallery"
    ).prefetch_related(
        Prefetch("categories", queryset=NewsPageCategory.objects.select_related("category")),
        Prefetch(
            "related_pages", queryset=NewsPageRelatedPage.objects.select_related("related_page")
        ),
    )


def categories_of(page):
    return [
        {"id": category.pk, "slug": category.slug, "name": category.name}
        for category in page.get_categories()
    ]


def featured_figure(page, ctx):
    prefetch_renditions([page.featured_image], FEATURED_ROLE)
    return figure_data(
        page.featured_image,
        FEATURED_ROLE,
        alt=page.featured_image_alt,
        decorative=page.featured_image_decorative,
        caption=page.featured_image_caption,
        credit=page.featured_image_credit,
        request=ctx.request,
    )


def stream_data(stream_value, ctx):
    """A StreamField's blocks, with what they show loaded in bulk first."""
    prepare_streams([stream_value], ctx, STREAM_IMAGE_ROLES)
    return serialize_stream(stream_value, ctx)


def related_links(page, ctx):
    return [page_link(related, ctx) for related in page.linked_pages().related]


def news_card(page, ctx):
    return {
        **page_link(page, ctx),
        "date": page.publication_date,
        "lead": page.lead,
        "image": image_data(
            page.featured_image,
            CARD_ROLE,
            alt=page.featured_image_alt,
            decorative=page.featured_image_decorative,
            request=ctx.request,
        ),
        "categories": categories_of(page),
    }


def news_detail(page, ctx):
    ctx = ctx.for_page(page)
    links = page.linked_pages()
    return {
        **detail_base(page, ctx),
        "date": page.publication_date,
        "lead": page.lead,
        "featured_image": featured_figure(page, ctx),
        "body": stream_data(page.body, ctx),
        "categories": categories_of(page),
        "related_pages": [page_link(related, ctx) for related in links.related],
        "greeting_address": link_or_none(links.greeting_address, ctx),
        "event": link_or_none(links.event, ctx),
        "gallery": visible_gallery_embed(links.gallery, ctx),
    }


# Statements


def statement_queryset(queryset):
    return queryset.select_related("locale", "speaker")


def prepare_statement_cards(pages):
    prefetch_people([page.speaker for page in pages])


def statement_speaker(page, ctx):
    return speaker_data(page.get_speaker(), ctx)


def statement_card(page, ctx):
    speaker = statement_speaker(page, ctx)
    return {
        **page_link(page, ctx),
        "date": page.date,
        "lead": page.statement,
        "image": speaker["photo"],
        "speaker": speaker,
        "context": page.context,
    }


def statement_detail(page, ctx):
    ctx = ctx.for_page(page)
    prefetch_people([page.speaker])
    return {
        **detail_base(page, ctx),
        "date": page.date,
        "speaker": statement_speaker(page, ctx),
        "statement": page.statement,
        "context": page.context,
        "body": stream_data(page.body, ctx),
    }


# Greeting addresses


def greeting_queryset(queryset):
    return queryset.select_related("locale").prefetch_related(
        Prefetch(
            "signatories",
            queryset=GreetingAddressSignatory.objects.select_related("person"),
        ),
        prefetch_for(CARD_ROLE, lookup="original_image"),
    )


def prepare_greeting_cards(pages):
    prefetch_people([row.person for page in pages for row in page.signatories.all()])


def signatories_of(page, ctx):
    return [speaker_data(speaker, ctx) for speaker in page.get_signatories()]


def greeting_card(page, ctx):
    return {
        **page_link(page, ctx),
        "date": page.date,
        "lead": page.occasion,
        "image": image_data(
            page.original_image, CARD_ROLE, alt=page.title, decorative=False, request=ctx.request
        ),
        "addressee": page.addressee,
        "occasion": page.occasion,
        "signatories": signatories_of(page, ctx),
    }


def greeting_detail(page, ctx):
    ctx = ctx.for_page(page)
    prefetch_people([row.person for row in page.signatories.all() if row.person_id])
    prefetch_renditions([page.original_image], CONTENT_ROLE)
    prefetch_links([page.body], ctx)
    news = NewsPage.objects.filter(greeting_address__translation_key=page.translation_key)
    return {
        **detail_base(page, ctx),
        "date": page.date,
        "addressee": page.addressee,
        "occasion": page.occasion,
        "body": rich_text_html(page.body, ctx),
        "signatories": signatories_of(page, ctx),
        "original_document": document_data(page.original_document, request=ctx.request),
        "original_image": image_data(
            page.original_image,
            CONTENT_ROLE,
            alt=page.title,
            decorative=False,
            request=ctx.request,
        ),
        "original_text_alternative": page.original_text_alternative,
        "reporting_news": localized_links(news, ctx),
    }


# Galleries


def gallery_queryset(queryset):
    return with_photo_count_and_cover(queryset.select_related("locale"))


def prepare_gallery_cards(pages):
    """Each gallery's first photo with its renditions, as the HTML index loads it."""
    attach_covers(pages)


def gallery_card(page, ctx):
    cover = page.cover
    return {
        **page_link(page, ctx),
        "date": page.date,
        "lead": plain_text(page.description),
        "image": image_data(
            cover.image,
            THUMBNAIL_ROLE,
            alt=cover.alt_text,
            decorative=cover.decorative,
            request=ctx.request,
        )
        if cover is not None
        else None,
        "photo_count": page.photo_count,
    }


def gallery_detail(page, ctx):
    ctx = ctx.for_page(page)
    prefetch_links([page.description], ctx)
    news = NewsPage.objects.filter(gallery__translation_key=page.translation_key)
    return {
        **detail_base(page, ctx),
        "date": page.date,
        "description": rich_text_html(page.description, ctx),
        "photos": gallery_photos(page, ctx),
        "reporting_news": localized_links(news, ctx),
    }


# Other pages


def index_detail(page, ctx):
    ctx = ctx.for_page(page)
    lists = page_type_for_model(type(page)).extra["lists"]
    intro = page.intro
    if isinstance(page, NewsIndexPage):
        prefetch_links([intro], ctx)
        intro_html = rich_text_html(intro, ctx)
    else:
        intro_html = plain_text_html(intro)
    return {**detail_base(page, ctx), "lists": lists, "intro": intro_html}
