from .categories import NewsCategory
from .convocations import Convocation
from .events import EventIndexPage, EventKind, EventPage, EventParticipant
from .galleries import GalleryIndexPage, GalleryPage, GalleryPhoto
from .greetings import GreetingAddressIndexPage, GreetingAddressPage, GreetingAddressSignatory
from .news import NewsIndexPage, NewsPage, NewsPageCategory, NewsPageRelatedPage
from .people import Organisation, PeopleIndexPage, Person, Role
from .site_settings import CouncilSiteSettings
from .statements import StatementIndexPage, StatementPage

__all__ = [
    "Convocation",
    "CouncilSiteSettings",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventParticipant",
    "GalleryIndexPage",
    "GalleryPage",
    "GalleryPhoto",
    "GreetingAddressIndexPage",
    "GreetingAddressPage",
    "GreetingAddressSignatory",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageCategory",
    "NewsPageRelatedPage",
    "Organisation",
    "PeopleIndexPage",
    "Person",
    "Role",
    "StatementIndexPage",
    "StatementPage",
]
