"""A site app with a page type whose text translators would never see (wagtail_council.E001)."""
