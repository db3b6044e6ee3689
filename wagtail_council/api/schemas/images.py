"""Images as renditions and documents as files: never a bare id."""

from pydantic import Field

from .common import ApiSchema


class FocalPoint(ApiSchema):
    """The part of the original image that must stay visible when it is cropped (pixels)."""

    x: int
    y: int
    width: int
    height: int


class PictureSource(ApiSchema):
    """One format of the image, for a ``<source>`` of a ``<picture>``."""

    type: str = Field(description="MIME type of the format.", examples=["image/avif"])
    srcset: str = Field(examples=["https://cms.example/media/a.avif 640w, …/b.avif 1200w"])


class Image(ApiSchema):
    """An image as renditions of one role, with its alt text in the content's language.

    ``url``, ``width`` and ``height`` describe the largest rendition in the
    format every browser reads; ``srcset`` lists every width in that format,
    and ``sources`` every format, best first.
    """

    url: str
    width: int
    height: int
    mime_type: str = Field(examples=["image/jpeg"])
    alt: str = Field(description="Empty when the image is decorative.")
    decorative: bool = Field(description="True when screen readers should skip the image.")
    focal_point: FocalPoint | None
    srcset: str
    sources: list[PictureSource]


class Figure(ApiSchema):
    """An image with the caption and credit shown under it."""

    image: Image
    caption: str
    credit: str


class DocumentFile(ApiSchema):
    title: str
    url: str
    file_extension: str = Field(examples=["pdf"])
    file_size: int | None = Field(description="Size in bytes; null when the file is missing.")


class Photo(ApiSchema):
    """A photo of a gallery, described in the gallery's language."""

    id: int | None = Field(description="The gallery's photo row; null for photos of a block.")
    caption: str = Field(description="What happens in this photo; never the page title.")
    credit: str
    image: Image = Field(description="The photo on its own, as large as configured.")
    thumbnail: Image = Field(description="A cropped thumbnail for a grid.")
