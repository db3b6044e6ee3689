"""What search engines and link previews read of a page, as the HTML page's head says it."""


def seo_data(page, ctx):
    return {
        "title": page.seo_title or page.title,
        "description": page.search_description or "",
    }
