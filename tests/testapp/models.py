from django.db import models
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from wagtail_council.models import NewsPage


class HomePage(Page):
    """The root of the test site, under which the tests build the package's page types."""

    max_count_per_parent = 1

    class Meta:
        verbose_name = "home page"


class NoticePage(Page):
    """A page type of the site's own, registered with the content API as ``notice``."""

    date = models.DateField()
    venue = models.CharField(max_length=200, blank=True)
    body = RichTextField(blank=True)
    poster = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attendees = models.PositiveIntegerField(null=True, blank=True)

    api_fields = [
        APIField("date"),
        APIField("venue"),
        APIField("body"),
        APIField("poster"),
        APIField("attendees"),
    ]


class DistrictNewsPage(NewsPage):
    """A site's subclass of news with a field of its own: served as news, with the field."""

    district = models.CharField(max_length=100, blank=True)

    api_fields = NewsPage.api_fields + [APIField("district")]
    template = NewsPage.template


class LeafletPage(Page):
    """A page type nobody registered: served as a generic page, with its ``api_fields``."""

    summary = models.TextField(blank=True)
    pages = models.PositiveIntegerField(default=1)

    api_fields = [APIField("summary"), APIField("pages")]
