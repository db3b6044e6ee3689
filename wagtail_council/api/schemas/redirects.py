"""Redirects from old paths, as Wagtail's redirects answer a browser."""

from typing import Literal

from pydantic import Field

from .common import ApiSchema, listing_schema


class RedirectInfo(ApiSchema):
    """Where an old path now leads: a live, public page, or an http(s) address elsewhere."""

    status: Literal[301, 302] = Field(
        description="301 for a permanent redirect, 302 for a temporary one: the status "
        "Wagtail answers a browser with."
    )
    from_path: str = Field(
        description="The old path as Wagtail stores it: no trailing slash, its query string "
        "(if any) sorted, and a language prefix only when the editor gave one.",
        examples=["/ru/novosti/staraya-novost"],
    )
    to_path: str | None = Field(
        description="The target page's path within its site, language prefix included; null "
        "for an address on another site."
    )
    to_url: str = Field(
        description="Where to send the reader: the target page's URL (the frontend's when "
        "`WAGTAIL_COUNCIL_FRONTEND_BASE_URL` is set), or the external address."
    )


class RedirectItem(RedirectInfo):
    """A redirect of the site, for static builds (a Netlify `_redirects` file, say)."""

    id: int
    locale: str | None = Field(
        description="The language of the target page; null for an external address."
    )


RedirectListing = listing_schema("RedirectListing", RedirectItem)
