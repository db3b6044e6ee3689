"""News categories: a translatable snippet, so each language names them itself."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class NewsCategory(TranslatableMixin, index.Indexed, models.Model):
    """A topic such as "Sessions" or "Budget".

    Categories are a snippet rather than free tags because tags cannot be
    translated: an English reader would see Russian tags. The ``slug`` is
    kept the same in every language, so ``?category=budget`` filters the same
    topic on ``/ru/`` and ``/en/``.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("The same in every language; used in filter links such as ?category=budget."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_news_category_slug_per_locale"
            ),
        ]

    def __str__(self):
        return self.name
