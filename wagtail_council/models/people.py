"""People, the organisations they serve in, and their roles over time.

All three are translatable snippets (roles as inline rows of a person), so a
Russian page shows the Russian name and position, and its English
translation shows the English ones.
"""

import datetime
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, ReferenceIndex, Site, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..reader.context import across_requests, once_per_request
from ..reader.frontend import page_url_and_path
from ..reader.images import prefetch_renditions, rendition_data
from ..reader.languages import locale_by_id
from ..reader.metadata import language_version, sitemap_alternates, visible_versions_of
from ..reader.people import as_date, content_date, speaker_on
from ..reader.structured_data import collection_page_data, profile_page_data
from ..reader.text import plain_text
from ..reader.visibility import first_expiry, visible_pages
from .mixins import (
    AppendedRowMixin,
    SearchAndSharingMixin,
    TransliteratedSlugMixin,
    summary_in_language,
)


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A council, a duma, a committee or a ministry."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"), max_length=100, blank=True, help_text=_("For example “Совет” or “ЗС ВО”.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_(
            "The same in every language; used in filter links such as ?organisation=council."
        ),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text=_("For a committee, the council it belongs to."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("parent"),
    ]

    override_translatable_fields = [SynchronizedField("slug")]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_organisation_slug_per_locale"
            ),
        ]

    def __str__(self):
        return self.name

    def convocation_on(self, date):
        """The organisation's convocation in office on ``date``, or ``None``."""
        return self.convocations.on(date).order_by("-start_date").first()

    @property
    def current_convocation(self):
        return self.convocation_on(timezone.localdate())

    def clean(self):
        super().clean()
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk and self.pk is not None:
                raise ValidationError({"parent": _("An organisation cannot be inside itself.")})
            ancestor = ancestor.parent


def overlapping_roles(roles):
    """Pairs of roles for the same position in the same organisation whose terms overlap.

    ``roles`` are objects or dicts with ``organisation``, ``position``,
    ``start_date`` and ``end_date``; an empty end date means "still in office".
    """

    def value(role, name):
        return role.get(name) if isinstance(role, dict) else getattr(role, name)

    far_future = datetime.date.max
    roles = [role for role in roles if value(role, "start_date") and value(role, "position")]
    clashes = []
    for index_a, first in enumerate(roles):
        for second in roles[index_a + 1 :]:
            same_position = (
                value(first, "organisation") == value(second, "organisation")
                and value(first, "position").strip().casefold()
                == value(second, "position").strip().casefold()
            )
            if not same_position:
                continue
            first_end = value(first, "end_date") or far_future
            second_end = value(second, "end_date") or far_future
            if (
                value(first, "start_date") <= second_end
                and value(second, "start_date") <= first_end
            ):
                clashes.append((first, second))
    return clashes


class PersonForm(WagtailAdminModelForm):
    """Checks the person's roles together, which no single row can do alone."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("roles")
        # Row forms are cleaned after the main form; clean them now to compare them.
        if formset is None or not formset.is_valid():
            return cleaned
        rows = [
            form
            for form in formset.forms
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]
        for first, second in overlapping_roles([form.cleaned_data for form in rows]):
            for form in rows:
                if form.cleaned_data is second:
                    form.add_error(
                        "start_date",
                        _(
                            "This term overlaps another term as “%(position)s” in the same "
                            "organisation. Correct the dates of one of them."
                        )
                        % {"position": first["position"]},
                    )
        return cleaned


class Person(TranslatableMixin, index.Indexed, ClusterableModel):
    """An official: a deputy, a chair, a head of administration."""

    name = models.CharField(
        _("full name"), max_length=255, help_text=_("For example “Роман Лысенко”.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("The same in every language; the person's profile address ends with it."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("For example “Portrait of Roman Lysenko”. Required when there is a photo."),
    )
    biography = RichTextField(
        _("short biography"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    profile_url = models.URLField(
        _("external profile address"),
        blank=True,
        help_text=_("Optional: the person's page on another official site."),
    )

    base_form_class = PersonForm

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("slug"),
                    MultiFieldPanel(
                        [FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")
                    ),
                    FieldPanel("biography"),
                    FieldPanel("profile_url"),
                ],
                heading=_("Person"),
            ),
            ObjectList([InlinePanel("roles", label=_("Role"))], heading=_("Roles")),
        ]
    )

    override_translatable_fields = [SynchronizedField("slug")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("biography"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_person_slug_per_locale"
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError(
                {"photo_alt": _("Describe the photo for people who cannot see it.")}
            )

    def roles_on(self, date):
        """Every role held on ``date``, in the editor's order."""
        date = as_date(date)
        return [role for role in self.roles.all() if role.is_held_on(date)]

    def role_on(self, date):
        """The role held on ``date`` (the first one, if several), or ``None``."""
        roles = self.roles_on(date)
        return roles[0] if roles else None

    @property
    def current_role(self):
        return self.role_on(timezone.localdate())

    def structured_data(self, request, *, for_frontend=False, url=None):
        """The profile's schema.org ``ProfilePage``: the ``Person`` with the role held today.

        ``url``: the profile's address, when the caller knows it (the profile view does).
        """
        url = url or profile_address(self, request, for_frontend=for_frontend)
        return profile_page_data(speaker_on(self, timezone.localdate()), url, request)


STANDING_CHAIR = 10
STANDING_DEPUTY_CHAIR = 20
STANDING_COMMITTEE_CHAIR = 30
STANDING_MEMBER = 40
STANDINGS = [
    (STANDING_CHAIR, _("Chair")),
    (STANDING_DEPUTY_CHAIR, _("Deputy chair")),
    (STANDING_COMMITTEE_CHAIR, _("Committee chair")),
    (STANDING_MEMBER, _("Member")),
]


class Role(AppendedRowMixin, TranslatableMixin, Orderable):
    """A person's position in an organisation for a term."""

    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="roles")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="roles"
    )
    position = models.CharField(
        _("position"),
        max_length=255,
        help_text=_("For example “Председатель Совета” or “депутат”."),
    )
    convocation = models.ForeignKey(
        "wagtail_council.Convocation",
        verbose_name=_("convocation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="roles",
        help_text=_("For a member of a council: the convocation the mandate belongs to."),
    )
    standing = models.PositiveSmallIntegerField(
        _("place in the register"),
        choices=STANDINGS,
        default=STANDING_MEMBER,
        help_text=_("Orders the register of deputies: the chair first, then deputy chairs."),
    )
    faction = models.CharField(_("faction"), max_length=255, blank=True)
    district = models.CharField(_("electoral district"), max_length=255, blank=True)
    start_date = models.DateField(
        _("start of term"),
        blank=True,
        help_text=_("Empty for a member of a convocation: the convocation's start."),
    )
    end_date = models.DateField(
        _("end of term"),
        null=True,
        blank=True,
        help_text=_("Empty while in office; a convocation's member leaves with the convocation."),
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("position"),
        FieldPanel("convocation"),
        FieldPanel("standing"),
        FieldPanel("faction"),
        FieldPanel("district"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        self.take_dates_from_convocation()
        if self.start_date is None:
            raise ValidationError(
                {"start_date": _("Say when the term started, or choose its convocation.")}
            )
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The term cannot end before it starts.")})
        convocation = self.convocation if self.convocation_id else None
        if convocation is not None:
            if self.organisation_id and convocation.organisation_id != self.organisation_id:
                raise ValidationError(
                    {"convocation": _("This convocation is of another organisation.")}
                )
            if self.start_date < convocation.start_date or (
                convocation.end_date
                and (self.end_date or convocation.end_date) > convocation.end_date
            ):
                raise ValidationError(
                    {"start_date": _("A mandate lies within its convocation's term.")}
                )

    def take_dates_from_convocation(self):
        """Empty dates of a convocation's member are the convocation's."""
        if not self.convocation_id:
            return
        if self.start_date is None:
            self.start_date = self.convocation.start_date
        if self.end_date is None and self.convocation.end_date:
            self.end_date = self.convocation.end_date

    def save(self, *args, **kwargs):
        self.take_dates_from_convocation()
        super().save(*args, **kwargs)

    def is_held_on(self, date):
        return (
            self.start_date is not None
            and self.start_date <= date
            and (self.end_date is None or date <= self.end_date)
        )

    @property
    def serves_whole_convocation(self):
        """Whether the mandate runs from its convocation's start to its end."""
        if not self.convocation_id:
            return False
        convocation = self.convocation
        return self.start_date == convocation.start_date and self.end_date == convocation.end_date

    @property
    def title(self):
        """“Position, Organisation”, as shown under a quote."""
        if self.organisation_id:
            return f"{self.position}, {self.organisation.name}"
        return self.position


# The last step of the breadcrumbs on the index's views that have no name of their own.
ARCHIVE_TITLE = _("Convocations")
REGISTER_TITLE = _("Register of deputies")


class PeopleIndexPage(SearchAndSharingMixin, TransliteratedSlugMixin, RoutablePageMixin, Page):
    """Current members grouped by organisation, and a profile for every person.

    Profiles live at ``<index URL><person slug>/`` and the members of an
    organisation at ``<index URL>organisations/<organisation slug>/``; the
    register of deputies at ``register/``, each convocation's at
    ``convocations/<organisation slug>/<number>/`` and their archive at
    ``convocations/``: no page
    per person or organisation is needed, and the directory of snippets stays
    the single source of names.
    """

    meta_description_field = "intro"
    meta_description_fallback = _("People of %(site)s")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = []
    template = "wagtail_council/pages/people_index_page.html"

    class Meta:
        verbose_name = _("people index")
        verbose_name_plural = _("people indexes")

    def current_roles(self):
        today = timezone.localdate()
        return (
            Role.objects.filter(person__locale_id=self.locale_id, start_date__lte=today)
            .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
            .select_related("person", "person__photo", "organisation")
            .order_by("organisation__name", "person__name", "sort_order")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["roles"] = self.current_roles()
        return context

    def structured_data(self, request, *, for_frontend=False):
        """The index as a ``CollectionPage`` of the people in office today; a view has its own.

        A profile, the register and the archive are views below this page
        (``request.routable_resolver_match``); they describe themselves.
        """
        route = getattr(request, "routable_resolver_match", None)
        if route is not None and route.url_name != "index_route":
            return None
        people = list({role.person_id: role.person for role in self.current_roles()}.values())
        entries = [
            (profile_address(person, request, for_frontend=for_frontend), person.name)
            for person in people
        ]
        return collection_page_data(
            self,
            entries,
            request,
            for_frontend=for_frontend,
            description=self.get_meta_description(),
        )

    def register_structured_data(self, request, convocation, members, subpath):
        """The register as a ``CollectionPage`` of its members' profiles, in the register's order."""
        entries = [(profile_address(role.person, request), role.person.name) for role in members]
        return collection_page_data(
            self,
            entries,
            request,
            url=self.get_full_url(request) + subpath,
            name=convocation.title if convocation is not None else gettext("Register of deputies"),
        )

    @path("organisations/<slug:slug>/", name="organisation")
    def organisation_members(self, request, slug):
        organisation = get_object_or_404(
            Organisation.objects.select_related("parent"), locale_id=self.locale_id, slug=slug
        )
        versions = [
            (index_page, index_page.organisation_subpath(translation))
            for index_page, translation in self.versions_below(
                request, Organisation.objects.filter(translation_key=organisation.translation_key)
            )
        ]
        return self.render(
            request,
            template="wagtail_council/pages/organisation_members.html",
            context_overrides={
                "organisation": organisation,
                "breadcrumb_title": organisation.name,
                "roles": self.current_roles().filter(organisation=organisation),
                **self.view_metadata(
                    request,
                    self.organisation_subpath(organisation),
                    versions,
                    summary_in_language(
                        self,
                        ORGANISATION_DESCRIPTION,
                        request,
                        organisation=organisation.name,
                    ),
                    og_title=organisation.name,
                ),
            },
        )

    # The register of deputies. These routes come before the profile's, which
    # would otherwise take "register" and "convocations" for people's slugs.

    @path("convocations/", name="convocations")
    def convocation_archive(self, request):
        from .convocations import Convocation

        convocations = (
            Convocation.objects.filter(locale_id=self.locale_id)
            .select_related("organisation")
            .annotate(member_count=models.Count("roles__person", distinct=True))
        )
        today = timezone.localdate()
        ordered = sorted(
            convocations,
            key=lambda convocation: (
                convocation.organisation.name,
                convocation.organisation_id,
                not convocation.is_in_office_on(today),
                -convocation.start_date.toordinal(),
            ),
        )
        subpath = self.reverse_subpage("convocations")
        return self.render(
            request,
            template="wagtail_council/pages/convocation_archive.html",
            context_overrides={
                "convocations": ordered,
                "breadcrumb_title": ARCHIVE_TITLE,
                "today": today,
                **self.view_metadata(
                    request,
                    subpath,
                    self.same_view_below_translations(request, subpath),
                    summary_in_language(self, ARCHIVE_DESCRIPTION, request),
                    og_title=gettext("Convocations"),
                ),
            },
        )

    @path("convocations/<slug:organisation>/<int:number>/", name="convocation")
    def convocation_register(self, request, organisation, number):
        from .convocations import Convocation

        convocation = get_object_or_404(
            Convocation.objects.select_related("organisation"),
            locale_id=self.locale_id,
            organisation__slug=organisation,
            organisation__locale_id=self.locale_id,
            number=number,
        )
        versions = [
            (index_page, index_page.convocation_subpath(translation))
            for index_page, translation in self.versions_below(
                request,
                Convocation.objects.filter(
                    translation_key=convocation.translation_key
                ).select_related("organisation"),
            )
        ]
        return self.render_register(
            request, convocation, self.convocation_subpath(convocation), versions
        )

    @path("register/", name="register")
    def current_register(self, request):
        from .convocations import councils

        council = councils(self.locale_id).first()
        convocation = council.current_convocation if council is not None else None
        subpath = self.reverse_subpage("register")
        return self.render_register(
            request, convocation, subpath, self.same_view_below_translations(request, subpath)
        )

    def render_register(self, request, convocation, subpath, versions):
        """The members of ``convocation`` (today's for the current one), or a page saying none.

        ``subpath`` is the register's address below this page, ``versions``
        the same register in each language (see ``view_metadata``).
        """
        members = []
        on = None
        if convocation is not None:
            on = timezone.localdate() if convocation.is_current else None
            members = list(convocation.members(on=on).filter(person__locale_id=self.locale_id))
            for role in members:
                # The register shows them with their convocation: no query per row.
                role.convocation = convocation
            prefetch_renditions([role.person.photo for role in members], "portrait")
        return self.render(
            request,
            template="wagtail_council/pages/convocation_register.html",
            context_overrides={
                "convocation": convocation,
                "breadcrumb_title": convocation.title if convocation else REGISTER_TITLE,
                "members": members,
                "members_on": on,
                "people_url": self.get_url(request),
                "structured_data": self.register_structured_data(
                    request, convocation, members, subpath
                ),
                **self.view_metadata(
                    request,
                    subpath,
                    versions,
                    summary_in_language(
                        self,
                        REGISTER_DESCRIPTION if convocation else NO_REGISTER_DESCRIPTION,
                        request,
                        convocation=convocation.title if convocation else "",
                    ),
                    og_title=convocation.title if convocation else gettext("Register of deputies"),
                ),
            },
        )

    @path("<slug:slug>/", name="person")
    def person_profile(self, request, slug):
        person = get_object_or_404(
            Person.objects.prefetch_related(
                models.Prefetch(
                    "roles",
                    queryset=Role.objects.select_related(
                        "organisation", "convocation", "convocation__organisation"
                    ),
                )
            ),
            locale_id=self.locale_id,
            slug=slug,
        )
        versions = [
            (index_page, index_page.person_subpath(translation))
            for index_page, translation in self.versions_below(
                request, Person.objects.filter(translation_key=person.translation_key)
            )
        ]
        return self.render(
            request,
            template="wagtail_council/pages/person_profile.html",
            context_overrides={
                "person": person,
                "breadcrumb_title": person.name,
                **profile_of(person),
                **self.view_metadata(
                    request,
                    self.person_subpath(person),
                    versions,
                    self.profile_description(person, request),
                    og_type="profile",
                    og_title=person.name,
                    open_graph_image=(
                        rendition_data(person.photo, "portrait", absolute_to=request).as_dict()
                        | {"alt": person.photo_alt}
                        if person.photo_id
                        else None
                    ),
                ),
            },
        )

    def profile_description(self, person, request=None):
        """A profile's meta description: the person's positions today, then their biography.

        "Роман Лысенко, председатель, Совет городского округа. Родился…", the
        biography cut after ``PROFILE_DESCRIPTION_WORDS`` words.
        """
        roles = [role.title for role in person.roles_on(timezone.localdate())]
        line = ", ".join([person.name, *roles])
        biography = plain_text(person.biography or "")
        if biography:
            return f"{line.rstrip('.')}. {Truncator(biography).words(PROFILE_DESCRIPTION_WORDS)}"
        if roles:
            return line
        return summary_in_language(self, PROFILE_DESCRIPTION, request, name=person.name)

    # The head of each view (``templatetags.council_tags.head_meta``): its
    # canonical URL, the same view in the other languages, its description.

    def view_metadata(self, request, subpath, versions, description, **extra):
        """What the head of the view at ``subpath`` below this page says.

        ``versions`` are ``(people index, subpath)`` pairs: the same view
        (the same person, organisation or convocation) in each language
        readers may see, this one included. ``extra`` adds ``og_type``,
        ``og_title`` or ``open_graph_image``.
        """
        links = [
            language_version(
                locale_by_id(index_page.locale_id, request).language_code,
                index_page.get_full_url(request) + version_subpath,
                local_url=index_page.get_url(request) + version_subpath,
                is_current=index_page.locale_id == self.locale_id,
                locale_id=index_page.locale_id,
            )
            for index_page, version_subpath in versions
        ]
        links.sort(key=lambda link: link["language_code"])
        return {
            "canonical_url": self.get_full_url(request) + subpath,
            "view_translations": links,
            "meta_description": description,
            **extra,
        }

    def versions_below(self, request, snippets):
        """``(people index, snippet)`` for the translations of a snippet that readers may reach.

        ``snippets`` are the translations of one person, organisation or
        convocation; each is shown below the visible people index of its
        language, this page for this page's language.
        """
        snippets = list(snippets)
        indexes = {self.locale_id: self}
        if any(snippet.locale_id != self.locale_id for snippet in snippets):
            indexes = {**people_indexes(request), **indexes}
        return [
            (indexes[snippet.locale_id], snippet)
            for snippet in snippets
            if snippet.locale_id in indexes
        ]

    def same_view_below_translations(self, request, subpath):
        """``(translation, subpath)`` for each visible translation of this page: a register, the archive."""
        return [(translation, subpath) for translation in visible_versions_of(self, request)]

    def get_sitemap_urls(self, request=None):
        """This page, and the profile of every person of its language, with their other languages.

        The profiles' ``alternates`` are the same person's profiles in the
        other languages, and ``x-default`` the one in the site's default
        language. Two queries for every profile of every people index.
        """
        urls = list(super().get_sitemap_urls(request))
        site = Site.find_for_request(request) if request is not None else self.get_site()
        default_locale_id = site.root_page.locale_id if site is not None else None
        indexes = {**people_indexes(request), self.locale_id: self}
        people = once_per_request(
            request,
            ("sitemap_people", tuple(sorted(indexes))),
            lambda: list(
                Person.objects.filter(locale_id__in=indexes.keys())
                .only("pk", "slug", "locale_id", "translation_key")
                .order_by("slug", "pk")
            ),
        )
        versions = {}
        for person in people:
            versions.setdefault(person.translation_key, []).append(person)
        base_urls = {
            locale_id: index_page.get_full_url(request) for locale_id, index_page in indexes.items()
        }
        for person in people:
            if person.locale_id != self.locale_id:
                continue
            url = base_urls[self.locale_id] + self.person_subpath(person)
            urls.append(
                {
                    "location": url,
                    "alternates": profile_alternates(
                        versions[person.translation_key],
                        indexes,
                        base_urls,
                        default_locale_id,
                        request,
                    ),
                }
            )
        return urls

    def person_url(self, person, request=None):
        return self.get_url(request) + self.person_subpath(person)

    def organisation_url(self, organisation, request=None):
        return self.get_url(request) + self.organisation_subpath(organisation)

    def person_subpath(self, person):
        """The profile's address below this page, without a leading slash."""
        return self.reverse_subpage("person", kwargs={"slug": person.slug})

    def organisation_subpath(self, organisation):
        return self.reverse_subpage("organisation", kwargs={"slug": organisation.slug})

    def convocation_url(self, convocation, request=None):
        """The register of ``convocation`` below this page."""
        return self.get_url(request) + self.convocation_subpath(convocation)

    def convocation_subpath(self, convocation):
        return self.reverse_subpage(
            "convocation",
            kwargs={"organisation": convocation.organisation.slug, "number": convocation.number},
        )


# The meta descriptions of the index's views, in the index's language.
PROFILE_DESCRIPTION = _("%(name)s — %(site)s")
ORGANISATION_DESCRIPTION = _("Members of %(organisation)s — %(site)s")
REGISTER_DESCRIPTION = _("Members of the %(convocation)s — %(site)s")
NO_REGISTER_DESCRIPTION = _("Register of deputies — %(site)s")
ARCHIVE_DESCRIPTION = _("Every convocation and its members — %(site)s")
# Words of a biography in a profile's meta description.
PROFILE_DESCRIPTION_WORDS = 30


def profile_alternates(translations, indexes, base_urls, default_locale_id, request=None):
    """The sitemap's ``alternates`` of a person: their profile in each language, and ``x-default``."""
    return sitemap_alternates(
        [
            language_version(
                locale_by_id(person.locale_id, request).language_code,
                base_urls[person.locale_id] + indexes[person.locale_id].person_subpath(person),
                locale_id=person.locale_id,
            )
            for person in translations
        ],
        default_locale_id,
    )


# Where profiles live


def people_indexes(request=None, site=None):
    """``{locale id: people index}``: the visible people index of each language, in one query.

    The first in tree order of each locale, within ``site`` (the request's site
    when not given; any site without either). Asked once per request, so a
    listing of a hundred people costs no query per person.
    """
    if site is None and request is not None:
        site = Site.find_for_request(request)
    site_pk = site.pk if site is not None else None
    return once_per_request(
        request,
        ("people_indexes", site_pk),
        lambda: across_requests(
            f"people-indexes:{site_pk}",
            lambda: find_people_indexes(site, request),
            stale_at=lambda indexes: first_expiry(indexes.values()),
        ),
    )


def find_people_indexes(site, request=None):
    indexes = {}
    for page in visible_pages(PeopleIndexPage).select_related("locale").order_by("path"):
        if page.locale_id in indexes:
            continue
        if site is not None:
            parts = page.get_url_parts(request)
            if parts is None or parts[0] != site.pk:
                continue
        indexes[page.locale_id] = page
    return indexes


def people_index_of(snippet, request=None):
    """The visible people index in the language of a person or organisation, or ``None``."""
    return people_indexes(request).get(snippet.locale_id)


def profile_location(person, request=None):
    """``(url, path)`` of a person's profile for readers; ``(None, None)`` without a visible index.

    The URL points at the frontend when ``WAGTAIL_COUNCIL_FRONTEND_BASE_URL``
    is set, as every page URL of the content API does.
    """
    index_page = people_index_of(person, request)
    if index_page is None:
        return None, None
    return location_below(index_page, index_page.person_subpath(person), request)


def organisation_location(organisation, request=None):
    """``(url, path)`` of the page of an organisation's members; ``(None, None)`` without one."""
    index_page = people_index_of(organisation, request)
    if index_page is None:
        return None, None
    return location_below(index_page, index_page.organisation_subpath(organisation), request)


def profile_address(person, request=None, *, for_frontend=False):
    """The absolute URL of a person's profile, or ``None`` without a visible people index.

    On this site, as the HTML links it; ``for_frontend``: where the frontend
    shows it, as the content API gives it (``profile_location``).
    """
    if for_frontend:
        return profile_location(person, request)[0]
    index_page = people_index_of(person, request)
    if index_page is None:
        return None
    return index_page.get_full_url(request) + index_page.person_subpath(person)


def location_below(index_page, subpath, request):
    url, page_path = page_url_and_path(index_page, request)
    if page_path is None:
        return None, None
    return url + subpath, page_path + subpath


# What a profile shows


def profile_of(person):
    """Everything a profile shows, in a fixed number of queries.

    Statements, addresses and events taken part in are querysets, the latest
    first: a caller counts
    them or takes the first few without loading the rest. ``quotes`` are
    ``(page, text)`` pairs for templates, ``quotations`` the same quotes as
    ``Quotation`` objects, with their dates.
    """
    from .greetings import GreetingAddressPage
    from .statements import StatementPage

    statements = (
        visible_pages(StatementPage)
        .filter(speaker=person, locale_id=person.locale_id)
        .order_by("-date", "-pk")
    )
    addresses = (
        visible_pages(GreetingAddressPage)
        .filter(signatories__person=person, locale_id=person.locale_id)
        .distinct()
        .order_by("-date", "-pk")
    )
    events = events_of(person)
    quotations = quotations_of(person)
    return {
        "roles": sorted(person.roles.all(), key=lambda role: role.start_date, reverse=True),
        "statements": statements,
        "addresses": addresses,
        "events": events,
        "quotes": [(quotation.page, quotation.text) for quotation in quotations],
        "quotations": quotations,
    }


def events_of(person):
    """Visible events ``person`` took part in, in the person's language, the latest first."""
    from .events import EventPage, EventParticipant

    rows = EventParticipant.objects.filter(person=person).values("page_id")
    return (
        visible_pages(EventPage)
        .filter(pk__in=rows, locale_id=person.locale_id)
        .order_by("-start", "-pk")
    )


class Quotation(NamedTuple):
    """A quote of a person on a visible page, dated by the quote or else by the page."""

    page: Page
    text: str
    date: datetime.date | None


def quotes_of(person):
    """``(page, quote text)`` for every quote of ``person`` on visible pages, the latest first."""
    return [(quotation.page, quotation.text) for quotation in quotations_of(person)]


def quotations_of(person):
    """Every ``Quotation`` of ``person`` on visible pages, the latest page first.

    Wagtail's reference index says which pages point at the person, so no
    page bodies are scanned but those; quotes are read from the raw stream
    data, without loading every other block's objects. The number of queries
    does not depend on the number of quotes.
    """
    page_ids = [
        reference.object_id
        for reference in ReferenceIndex.get_references_to(person)
        if reference.base_content_type_id == page_content_type_id()
    ]
    pages = (
        visible_pages()
        .filter(pk__in=page_ids, locale_id=person.locale_id)
        .specific()
        .order_by("-first_published_at", "-pk")
    )
    found = []
    for page in pages:
        for field in page._meta.get_fields():
            if not isinstance(field, StreamField):
                continue
            for block in getattr(page, field.name).raw_data:
                value = block["value"]
                if block["type"] == "quote" and value.get("person") == person.pk:
                    date = quote_date(value.get("date")) or as_date(content_date(page))
                    found.append(Quotation(page, value["text"], date))
    return found


def quote_date(value):
    """The date a quote block stores (ISO text in raw stream data), or ``None``."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def page_content_type_id():
    return ContentType.objects.get_for_model(Page).pk
