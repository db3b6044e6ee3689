"""The council's own details for each site: name, logo, icon, contacts and official profiles.

Editors fill them in under Snippets › Council site in the admin, one row per
site and language: the names, the address, the reception hours and the
profiles' labels are translated with wagtail-localize, the images, e-mail
address and telephone are the same in every language. Frontends read them from the content API's ``site/`` endpoint.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from ..reader.languages import best_fitting_row, register_site_details
from ..reader.navigation import is_safe_link

# A web address is checked as Django checks any URL, with the schemes readers may follow.
validate_web_address = URLValidator(schemes=("http", "https"))


def validate_profile_link(value):
    """Only web, e-mail and telephone links: a ``javascript:`` link would run in readers' browsers."""
    if not is_safe_link(value):
        raise ValidationError(
            _(
                "Enter a web address (https://…), an e-mail link (mailto:…) "
                "or a telephone link (tel:…)."
            ),
            code="unsafe_link",
        )
    if value.strip().lower().startswith(("http:", "https:")):
        validate_web_address(value.strip())


class ProfileLinkField(forms.CharField):
    """A link field that keeps ``mailto:`` and ``tel:`` links as typed.

    Django's ``URLField`` would turn ``mailto:press@example.org`` into
    ``mailto://press@example.org``, and refuses both schemes anyway.
    """

    widget = forms.URLInput
    default_validators = [validate_profile_link]

    def to_python(self, value):
        return super().to_python(value).strip()


class ProfileLinkBlock(blocks.URLBlock):
    """A ``URLBlock`` for web, e-mail and telephone links only."""

    def __init__(self, required=True, help_text=None, max_length=None, **kwargs):
        super().__init__(required=required, help_text=help_text, max_length=max_length, **kwargs)
        self.field = ProfileLinkField(required=required, help_text=help_text, max_length=max_length)


class SocialProfileBlock(blocks.StructBlock):
    """One official profile of the council: a social network page, a channel, a mailbox."""

    label = blocks.CharBlock(
        label=_("label"),
        max_length=100,
        help_text=_("The network or channel, as readers know it: “VK”, “Telegram”."),
    )
    url = ProfileLinkBlock(
        label=_("link"),
        max_length=500,
        help_text=_("https://… for a web page; mailto:… or tel:… for a mailbox or a phone line."),
    )

    class Meta:
        icon = "link-external"
        label = _("Social profile")


class CouncilSiteSettings(TranslatableMixin, models.Model):
    """One row per site and language; a site without any has no logo, icon, contacts or profiles."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    name = models.CharField(
        _("name"),
        max_length=255,
        blank=True,
        help_text=_(
            "The council's name as readers see it in the header, page titles, feeds and "
            "search results. Empty: the site's name in Wagtail's settings, else the home "
            "page's title."
        ),
    )
    short_name = models.CharField(
        _("short name"),
        max_length=60,
        blank=True,
        help_text=_("Shown instead of the name on narrow screens, for example “City Council”."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in the site's header, never cropped. Its alt text is the site's name "
            "in the reader's language."
        ),
    )
    icon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("icon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A square image for browser tabs and home screens, at least 512 × 512 pixels; "
            "other shapes are cropped around the focal point."
        ),
    )
    email = models.EmailField(
        _("e-mail address"),
        blank=True,
        help_text=_("Where readers write to the council."),
    )
    phone = models.CharField(
        _("telephone"),
        max_length=50,
        blank=True,
        help_text=_("As readers dial it, for example “+7 (8172) 00-00-00”."),
    )
    address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_("One line per line of the address."),
    )
    reception_hours = models.TextField(
        _("reception hours"),
        blank=True,
        help_text=_(
            "When the council receives visitors, one line per line, for example "
            "“Monday to Thursday, 9:00–18:00”."
        ),
    )
    social_profiles = StreamField(
        [("profile", SocialProfileBlock())],
        verbose_name=_("official profiles"),
        blank=True,
        help_text=_("The council's pages on social networks and messengers, in display order."),
    )

    # The images and the ways to reach the council are the same in every language.
    override_translatable_fields = [
        SynchronizedField("site"),
        SynchronizedField("logo"),
        SynchronizedField("icon"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]

    panels = [
        FieldPanel("site"),
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("short_name")],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("icon")],
            heading=_("Logo and icon"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("reception_hours"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contacts"),
            help_text=_(
                "Shown to readers on every page; leave empty what the council does not publish."
            ),
        ),
        FieldPanel("social_profiles", heading=_("Official profiles")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("council site")
        verbose_name_plural = _("council sites")
        unique_together = [("translation_key", "locale"), ("site", "locale")]

    def __str__(self):
        return f"{self.site} ({self.locale})"

    @classmethod
    def for_site(cls, site, locale=None):
        """The site's row in ``locale``, else in the default language, else its first; or None.

        A language its editors have not translated the details into yet still
        shows the council's logo and contacts, in the default language. One
        query: a site has a row per language at most.
        """
        return best_fitting_row(list(cls.rows_of(site)), locale)

    @classmethod
    def rows_of(cls, site):
        """Every language's row of ``site``, with what readers are shown of it, in one query."""
        return cls.objects.filter(site=site).select_related("logo", "icon", "locale").order_by("pk")


# The reader layer names the site and frames its pages from these rows.
register_site_details(CouncilSiteSettings.rows_of)
