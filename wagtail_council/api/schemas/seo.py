"""What search engines and link previews read of a page, as the HTML page's head says it.

Plain pydantic rather than ``common.ApiSchema``: ``common`` imports this module.
"""

from typing import Union

from pydantic import BaseModel, ConfigDict, Field, create_model, model_serializer
from pydantic_core import PydanticSerializationUnexpectedValue
from typing_extensions import TypeAliasType

# Any JSON value: what a JSON-LD key this schema does not name may hold.
JsonValue = TypeAliasType(
    "JsonValue",
    Union[str, int, float, bool, None, list["JsonValue"], dict[str, "JsonValue"]],  # noqa: UP007
)


class JsonLdNode(BaseModel):
    """A JSON-LD object: the keys this schema names are typed, and any other key is allowed.

    A key is in the answer only when the page's JSON-LD has it; an absent key
    is never sent as ``null``, so the object is the one the HTML embeds.
    """

    model_config = ConfigDict(extra="allow")
    __pydantic_extra__: dict[str, JsonValue]

    @model_serializer(mode="wrap")
    def _only_given_keys(self, handler):
        if self is None:
            return None  # an absent key's default, dropped by the object that holds it
        if not isinstance(self, JsonLdNode):
            # Not this model (a list where an image or a list of them may be): the next one.
            raise PydanticSerializationUnexpectedValue("not a JSON-LD object")
        data = handler(self)
        given = self.model_fields_set | set(self.model_extra or {})
        return {key: value for key, value in data.items() if key in given}


def json_ld_model(model_name, doc, /, **fields):
    """A ``JsonLdNode`` with keys such as ``@type``, which no Python attribute name can spell.

    ``fields`` are ``key=(type, Field(...))``; ``at_`` at the start of a key stands for ``@``.
    """
    keys = {
        ("@" + key[3:] if key.startswith("at_") else key): value for key, value in fields.items()
    }
    return create_model(model_name, __base__=JsonLdNode, __doc__=doc, **keys)


def optional(description):
    """A key that is absent (never ``null``) when the page has nothing to put in it."""
    return Field(default=None, description=description)


JsonLdOrganization = json_ld_model(
    "JsonLdOrganization",
    "The publisher (and author) of the page: the council.",
    at_type=(str, Field(examples=["Organization"])),
    name=(str, Field()),
    url=(str, optional("The site's address.")),
)

JsonLdWebPage = json_ld_model(
    "JsonLdWebPage",
    "The page an article is the main subject of.",
    at_type=(str, Field(examples=["WebPage"])),
    at_id=(str, Field(description="The page's URL.")),
)

JsonLdImageObject = json_ld_model(
    "JsonLdImageObject",
    "An image as schema.org describes it, with its caption and credit in the page's language.",
    at_type=(str, Field(examples=["ImageObject"])),
    url=(str, Field()),
    contentUrl=(str, Field()),
    width=(int, Field()),
    height=(int, Field()),
    encodingFormat=(str, optional("MIME type.")),
    caption=(str, optional("The caption, when there is one.")),
    description=(str, optional("The alt text, when there is one.")),
    creditText=(str, optional("The credit, when there is one.")),
)

JsonLd = json_ld_model(
    "JsonLd",
    "The schema.org JSON-LD object the page's HTML embeds, key for key.\n\n"
    "A `NewsArticle` for news, an `ImageGallery` for galleries, an `Event` for events. "
    "Dates are ISO 8601 "
    "strings with their time zone, as the HTML has them. When "
    "`WAGTAIL_COUNCIL_FRONTEND_BASE_URL` is set, the page's own URLs in it (`url`, "
    "`mainEntityOfPage`, the publisher's `url`) are the frontend's, as `canonical_url` "
    "is, so a frontend can embed it as it comes; image URLs are the media's either way. "
    "Without that setting it equals the HTML's object exactly.",
    at_context=(str, Field(examples=["https://schema.org"])),
    at_type=(str, Field(examples=["NewsArticle", "ImageGallery", "Event"])),
    headline=(str, optional("A news article's title.")),
    name=(str, optional("A gallery's or an event's title.")),
    description=(str, optional("The lead of an article, the description of a gallery.")),
    url=(str | None, Field(description="The page's URL.")),
    mainEntityOfPage=(JsonLdWebPage, optional("The web page of an article.")),
    inLanguage=(str, Field(examples=["ru"])),
    datePublished=(str, optional("When an article was published (ISO 8601).")),
    dateCreated=(str, optional("The day of a gallery's event (ISO 8601).")),
    dateModified=(str, optional("When the page was last published (ISO 8601).")),
    publisher=(JsonLdOrganization, optional("The council; an event names its `organizer`.")),
    organizer=(JsonLdOrganization, optional("Who holds an event.")),
    startDate=(str, optional("When an event starts (ISO 8601, with its offset).")),
    endDate=(str, optional("When an event ends (ISO 8601, with its offset).")),
    previousStartDate=(str, optional("Where a moved event was first planned (ISO 8601).")),
    eventStatus=(str, optional("A schema.org `EventStatusType` URL.")),
    eventAttendanceMode=(str, optional("A schema.org `EventAttendanceModeEnumeration` URL.")),
    author=(JsonLdOrganization, optional("The author of an article: the council.")),
    image=(
        JsonLdImageObject | list[JsonLdImageObject],
        optional("An article's featured image; a gallery's photos, in order."),
    ),
)


class OpenGraphImage(BaseModel):
    """The image link previews show (``og:image``): one rendition, with its alt text."""

    url: str
    width: int
    height: int
    alt: str = Field(description="Empty when the image is decorative.")


class Seo(BaseModel):
    title: str = Field(description="Title for search engines; the page title when not set.")
    description: str = Field(
        description="The page's meta description: the search description, else its lead, "
        "introduction, statement, occasion or description, as plain text."
    )
    canonical_url: str | None = Field(
        description="The URL search engines should index: the page's `url` (the frontend's "
        "when `WAGTAIL_COUNCIL_FRONTEND_BASE_URL` is set, else the HTML's canonical link); "
        "null when the page has no route."
    )
    og_image: OpenGraphImage | None = Field(
        description="The Open Graph image, as the HTML's `og:image`; null when it has none."
    )
    json_ld: JsonLd | None = Field(
        description="The JSON-LD object the HTML page embeds; null for page types whose HTML "
        "embeds none."
    )
