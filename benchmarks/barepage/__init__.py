"""A plain Wagtail page type for ``seed_article_render.py``: the yardstick the seed article is measured against."""
