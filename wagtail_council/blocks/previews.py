"""Block previews in the editor's block picker use the site's own block styles."""

PREVIEW_TEMPLATE = "wagtail_council/blocks/preview.html"
