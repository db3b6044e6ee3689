"""Wagtail page types, blocks and a headless API for councils and legislatures."""

__version__ = "0.1.0"
