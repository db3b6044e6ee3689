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
    creditText=(str, optional("The credit the page shows, when there is one.")),
)

JsonLdPostalAddress = json_ld_model(
    "JsonLdPostalAddress",
    "The council's postal address, its lines joined by commas.",
    at_type=(str, Field(examples=["PostalAddress"])),
    streetAddress=(str, Field()),
)

JsonLdOrganization = json_ld_model(
    "JsonLdOrganization",
    "The council as the publisher (and author) of a page, or an organisation a person works "
    "for. On the home page it has the council's contacts and official profiles too.",
    at_type=(str, Field(examples=["Organization"])),
    at_id=(
        str,
        optional("The council's identifier, the same on every page: `<site>/#organization`."),
    ),
    name=(str, Field()),
    url=(str, optional("The site's address.")),
    logo=(JsonLdImageObject, optional("The council's logo, never cropped.")),
    sameAs=(list[str], optional("The council's official profiles on the web (https).")),
    address=(JsonLdPostalAddress, optional("The council's postal address.")),
    telephone=(str, optional("As readers dial it.")),
    email=(str, optional("Where readers write to the council.")),
)

JsonLdPerson = json_ld_model(
    "JsonLdPerson",
    "A person from the directory, with the role held on the content's date (today on a profile).",
    at_type=(str, Field(examples=["Person"])),
    name=(str, Field()),
    url=(str, optional("The person's profile.")),
    image=(JsonLdImageObject, optional("The person's portrait.")),
    jobTitle=(str, optional("The position held on the date.")),
    worksFor=(JsonLdOrganization, optional("The organisation of that position.")),
    sameAs=(list[str], optional("The person's official page on another site (https).")),
)

JsonLdListItem = json_ld_model(
    "JsonLdListItem",
    "One item of a listing, at its position in the whole listing.",
    at_type=(str, Field(examples=["ListItem"])),
    position=(int, Field()),
    url=(str | None, Field(description="The item's URL.")),
    name=(str, Field()),
)

JsonLdItemList = json_ld_model(
    "JsonLdItemList",
    "The items a listing shows on one of its pages, in order.",
    at_type=(str, Field(examples=["ItemList"])),
    numberOfItems=(int, Field()),
    itemListElement=(list[JsonLdListItem], Field()),
)

JsonLdWebPage = json_ld_model(
    "JsonLdWebPage",
    "The page an article is the main subject of.",
    at_type=(str, Field(examples=["WebPage"])),
    at_id=(str, Field(description="The page's URL.")),
)

JsonLdReference = json_ld_model(
    "JsonLdReference",
    "A node described elsewhere in the same JSON-LD, by its `@id`.",
    at_id=(str, Field()),
)

JsonLdEntryPoint = json_ld_model(
    "JsonLdEntryPoint",
    "Where a search goes: the URL with `{search_term_string}` for the words.",
    at_type=(str, Field(examples=["EntryPoint"])),
    urlTemplate=(str, Field()),
)

JsonLdSearchAction = json_ld_model(
    "JsonLdSearchAction",
    "The site's search.",
    at_type=(str, Field(examples=["SearchAction"])),
    target=(JsonLdEntryPoint, Field()),
    **{"query-input": (str, Field(examples=["required name=search_term_string"]))},
)

JsonLdWebSite = json_ld_model(
    "JsonLdWebSite",
    "The site in one language, published by the council.",
    at_type=(str, Field(examples=["WebSite"])),
    at_id=(str, Field(description="`<site>/#website`.")),
    name=(str, Field()),
    url=(str, Field(description="The home page of the language.")),
    inLanguage=(str, Field(examples=["ru"])),
    publisher=(JsonLdReference, Field(description="The council's `Organization`.")),
    potentialAction=(JsonLdSearchAction, optional("The site's search, when it has one.")),
)

JsonLd = json_ld_model(
    "JsonLd",
    "The schema.org JSON-LD object the page's HTML embeds, key for key.\n\n"
    "A `NewsArticle` for news, an `ImageGallery` for galleries, an `Event` for events, a "
    "`Message` for greeting addresses, a `Quotation` for statements, a `CollectionPage` "
    "(its `mainEntity` an `ItemList` of the first page of items) for listings and the "
    "people index. "
    "Dates are ISO 8601 "
    "strings with their time zone, as the HTML has them. When "
    "`WAGTAIL_COUNCIL_FRONTEND_BASE_URL` is set, the page's own URLs in it (`url`, "
    "`mainEntityOfPage`, the publisher's `url`, the items' and people's URLs) are the "
    "frontend's, as `canonical_url` is, so a frontend can embed it as it comes; image URLs "
    "are the media's either way. "
    "Without that setting it equals the HTML's object exactly.",
    at_context=(str, Field(examples=["https://schema.org"])),
    at_type=(
        str,
        Field(
            examples=[
                "NewsArticle",
                "ImageGallery",
                "Event",
                "Message",
                "Quotation",
                "CollectionPage",
            ]
        ),
    ),
    headline=(str, optional("A news article's or a greeting address's title.")),
    name=(str, optional("The title of a page other than an article.")),
    description=(str, optional("The lead of an article, the description of a gallery.")),
    text=(str, optional("A statement's words.")),
    url=(str | None, Field(description="The page's URL.")),
    mainEntityOfPage=(JsonLdWebPage, optional("The web page of an article.")),
    mainEntity=(JsonLdItemList, optional("The items of a listing.")),
    inLanguage=(str, Field(examples=["ru"])),
    datePublished=(str, optional("When the page was first published (ISO 8601).")),
    dateCreated=(
        str,
        optional("The day of a gallery's event, an address's date, when a statement was made."),
    ),
    dateModified=(str, optional("When the page was last published (ISO 8601).")),
    publisher=(JsonLdOrganization, optional("The council; an event names its `organizer`.")),
    organizer=(JsonLdOrganization, optional("Who holds an event.")),
    startDate=(str, optional("When an event starts (ISO 8601, with its offset).")),
    endDate=(str, optional("When an event ends (ISO 8601, with its offset).")),
    previousStartDate=(str, optional("Where a moved event was first planned (ISO 8601).")),
    eventStatus=(str, optional("A schema.org `EventStatusType` URL.")),
    eventAttendanceMode=(str, optional("A schema.org `EventAttendanceModeEnumeration` URL.")),
    author=(
        JsonLdOrganization | JsonLdPerson | list[JsonLdPerson],
        optional("An article's: the council; an address's: its signatories, in order."),
    ),
    creator=(JsonLdPerson, optional("Who made a statement, with the role held then.")),
    spokenByCharacter=(JsonLdPerson, optional("A statement's speaker, as `creator`.")),
    image=(
        JsonLdImageObject | list[JsonLdImageObject],
        optional("An article's featured image in 16:9, 4:3 and 1:1; a gallery's photos, in order."),
    ),
)

# What a person's profile embeds (``Person.structured_data``), for a person's API detail.
JsonLdProfilePage = json_ld_model(
    "JsonLdProfilePage",
    "A person's profile: a `ProfilePage` whose `mainEntity` is the `Person`, with the role "
    "held today.",
    at_context=(str, Field(examples=["https://schema.org"])),
    at_type=(str, Field(examples=["ProfilePage"])),
    name=(str, Field()),
    url=(str | None, Field(description="The profile's URL.")),
    inLanguage=(str, Field(examples=["ru"])),
    mainEntity=(JsonLdPerson, Field()),
)

JsonLdGraph = json_ld_model(
    "JsonLdGraph",
    "The home page of a language: the council (`Organization`, with its logo, contacts and "
    "official profiles) and the site (`WebSite`, with its search).",
    at_context=(str, Field(examples=["https://schema.org"])),
    at_graph=(list[JsonLdOrganization | JsonLdWebSite], Field()),
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
    json_ld: JsonLd | JsonLdGraph | None = Field(
        description="The JSON-LD object the HTML page embeds (a `@graph` on the home page of "
        "a language); null for page types whose HTML embeds none."
    )
