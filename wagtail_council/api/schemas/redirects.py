"""Redirects from old paths, as Wagtail's redirects answer a browser."""

from typing import Literal

from pydantic import Field

from .common import ApiSchema, RedirectInfo, listing_schema


class RedirectItem(RedirectInfo):
    """A redirect of the site, for static builds (a Netlify `_redirects` file, say)."""

    id: int
    locale: str | None = Field(
        description="The language of the target page; null for an external address."
    )


RedirectListing = listing_schema("RedirectListing", RedirectItem)


class ExternalRedirect(ApiSchema):
    """What `pages/find` answers for an old path that now leads to another site."""

    type: Literal["redirect"]
    redirect: RedirectInfo
