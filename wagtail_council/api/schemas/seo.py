"""What search engines and link previews read of a page."""

from pydantic import BaseModel, Field


class Seo(BaseModel):
    title: str = Field(description="Title for search engines; the page title when not set.")
    description: str
