from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from wagtail_council.models import NewsIndexPage
from wagtail_council.reader.visibility import visible_pages


class HomePage(Page):
    """The example site's home page: an introduction and the latest news."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]

    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news_index = visible_pages(NewsIndexPage).child_of(self).first()
        context["news_index"] = news_index
        context["latest_news"] = (
            news_index.get_listing_queryset()[:3] if news_index is not None else []
        )
        return context
