from .categories import NewsCategory
from .news import NewsIndexPage, NewsPage, NewsPageCategory, NewsPageRelatedPage

__all__ = [
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageCategory",
    "NewsPageRelatedPage",
]
