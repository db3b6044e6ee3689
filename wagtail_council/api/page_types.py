"""The page types of wagtail-council, registered as a site registers its own."""

from ..models import (
    EventIndexPage,
    EventPage,
    GalleryIndexPage,
    GalleryPage,
    GreetingAddressIndexPage,
    GreetingAddressPage,
    NewsIndexPage,
    NewsPage,
    PeopleIndexPage,
    StatementIndexPage,
    StatementPage,
)
from ..reader.text import plain_text
from .registry import register_page_type
from .routers import events, galleries, greetings, news, statements
from .schemas.events import EventDetail
from .schemas.pages import (
    GalleryDetail,
    GreetingAddressDetail,
    IndexDetail,
    NewsDetail,
    StatementDetail,
)
from .serializers.events import event_detail, event_detail_queryset, event_index_detail
from .serializers.pages import (
    gallery_detail,
    gallery_queryset,
    greeting_detail,
    index_detail,
    news_detail,
    news_detail_queryset,
    statement_detail,
)


def register_our_page_types():
    register_page_type(
        NewsPage,
        "news",
        detail_schema=NewsDetail,
        detail=news_detail,
        detail_queryset=news_detail_queryset,
        summary=lambda page: page.lead,
        router=news.build_router,
        prefix="/news/",
        listing_operation="list_news",
        detail_operation="get_news",
        detail_argument="news_id",
    )
    register_page_type(
        StatementPage,
        "statement",
        detail_schema=StatementDetail,
        detail=statement_detail,
        summary=lambda page: page.statement,
        router=statements.build_router,
        prefix="/statements/",
        listing_operation="list_statements",
        detail_operation="get_statement",
        detail_argument="statement_id",
    )
    register_page_type(
        GreetingAddressPage,
        "greeting_address",
        detail_schema=GreetingAddressDetail,
        detail=greeting_detail,
        summary=lambda page: page.occasion,
        router=greetings.build_router,
        prefix="/greeting-addresses/",
        listing_operation="list_greeting_addresses",
        detail_operation="get_greeting_address",
        detail_argument="address_id",
    )
    register_page_type(
        GalleryPage,
        "gallery",
        detail_schema=GalleryDetail,
        detail=gallery_detail,
        detail_queryset=gallery_queryset,
        summary=lambda page: plain_text(page.description),
        router=galleries.build_router,
        prefix="/galleries/",
        listing_operation="list_galleries",
        detail_operation="get_gallery",
        detail_argument="gallery_id",
    )
    register_page_type(
        EventPage,
        "event",
        detail_schema=EventDetail,
        detail=event_detail,
        detail_queryset=event_detail_queryset,
        summary=lambda page: page.lead,
        router=events.build_router,
        prefix="/events/",
        listing_operation="list_events",
        detail_operation="get_event",
        detail_argument="event_id",
    )
    register_page_type(
        EventIndexPage,
        "index",
        detail_schema=IndexDetail,
        detail=event_index_detail,
        extra={"lists": "events"},
    )
    for model, lists in (
        (NewsIndexPage, "news"),
        (StatementIndexPage, "statements"),
        (GreetingAddressIndexPage, "greeting_addresses"),
        (GalleryIndexPage, "galleries"),
        (PeopleIndexPage, "people"),
    ):
        register_page_type(
            model,
            "index",
            detail_schema=IndexDetail,
            detail=index_detail,
            extra={"lists": lists},
        )
