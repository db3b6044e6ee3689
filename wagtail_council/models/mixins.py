"""Behaviour shared by several page types, one mixin per behaviour.

These are abstract models and plain mixins: wagtail-council never adds a
concrete base page table that every site would have to carry.
"""

from urllib.parse import urlencode

from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import InvalidPage, Paginator
from django.db import models
from django.db.models import Max
from django.http import Http404
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import find_available_slug
from wagtail.fields import RichTextField
from wagtail.models import Site

from ..blocks.media import ALT_TEXT_REQUIRED
from ..conf import council_settings
from ..reader.images import CONTENT_ROLE, rendition_data
from ..reader.languages import locale_by_id, localized_site_name
from ..reader.links import resolve_page_links
from ..reader.photos import PHOTO_ROLES
from ..reader.streams import prepare_streams
from ..reader.structured_data import collection_page_data, listing_entries
from ..reader.text import plain_text
from ..reader.visibility import visible_pages, visible_translations


class FeaturedImageMixin(models.Model):
    """A lead image whose description is translated with the page.

    The image file is shared by every translation; its alt text, caption and
    credit live on the page, so each language describes it in its own words.
    """

    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_alt = models.CharField(
        _("featured image description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    featured_image_decorative = models.BooleanField(
        _("featured image is decorative"),
        default=False,
        help_text=_(
            "Tick only if the image adds nothing to the text; screen readers will skip it."
        ),
    )
    featured_image_caption = models.CharField(
        _("featured image caption"), max_length=300, blank=True
    )
    featured_image_credit = models.CharField(_("featured image credit"), max_length=200, blank=True)

    featured_image_panels = [
        MultiFieldPanel(
            [
                FieldPanel("featured_image"),
                FieldPanel("featured_image_alt"),
                FieldPanel("featured_image_decorative"),
                FieldPanel("featured_image_caption"),
                FieldPanel("featured_image_credit"),
            ],
            heading=_("Featured image"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        needs_alt = self.featured_image_id and not self.featured_image_decorative
        if needs_alt and not self.featured_image_alt.strip():
            raise ValidationError({"featured_image_alt": ALT_TEXT_REQUIRED})

    @property
    def featured_image_alt_for_readers(self):
        """Empty for decorative images, so screen readers skip them."""
        return "" if self.featured_image_decorative else self.featured_image_alt

    def featured_image_rendition(self, role="featured", request=None):
        if self.featured_image is None:
            return None
        return rendition_data(self.featured_image, role, absolute_to=request)


class AppendedRowMixin:
    """Inline rows added in code without a position go after the existing rows.

    The admin numbers rows itself; rows created by imports, the API or the
    demo loader would otherwise have no ``sort_order``, and databases disagree
    on where empty values sort (first on SQLite, last on PostgreSQL).
    """

    def save(self, *args, **kwargs):
        if self.sort_order is None:
            parent_key = next(
                field for field in self._meta.get_fields() if isinstance(field, ParentalKey)
            )
            siblings = type(self).objects.filter(
                **{parent_key.attname: getattr(self, parent_key.attname)}
            )
            highest = siblings.aggregate(highest=Max("sort_order"))["highest"]
            self.sort_order = 0 if highest is None else highest + 1
        super().save(*args, **kwargs)


def transliterated_slug(title):
    """A readable Latin slug for a title in any script: "Обмен опытом" → "obmen-opytom"."""
    return slugify(anyascii(title or ""))


class TransliteratedSlugMixin:
    """Pages get readable Latin slugs from Cyrillic (or any other) titles.

    Wagtail's admin already transliterates while the editor types, when
    ``WAGTAIL_ALLOW_UNICODE_SLUGS = False``. This does the same for pages
    created in code (imports, the demo loader, the API), where Wagtail's own
    ASCII-only slugify would give up on a Cyrillic title. With Unicode slugs
    allowed, Wagtail's behaviour is left as it is.
    """

    def full_clean(self, *args, **kwargs):
        if not self.slug and not getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True):
            parent = self.get_parent() if self.path else getattr(self, "_cached_parent_obj", None)
            base = transliterated_slug(self.title)
            if base and parent is not None:
                self.slug = find_available_slug(parent, base, ignore_page_id=self.pk)
        return super().full_clean(*args, **kwargs)


def council_tabs(content, *, people=(), media=(), links=(), publishing=()):
    """Admin tabs in the order an editor thinks: content, people, media, links, publishing.

    Empty groups are left out; Wagtail's promote and settings panels keep their
    usual place, with the settings under "Publishing".
    """
    from wagtail.admin.panels import ObjectList, TabbedInterface
    from wagtail.models import Page

    tabs = [ObjectList(content, heading=_("Content"))]
    for heading, panels in ((_("People"), people), (_("Media"), media), (_("Links"), links)):
        if panels:
            tabs.append(ObjectList(list(panels), heading=heading))
    tabs.append(ObjectList(Page.promote_panels, heading=_("Promote")))
    tabs.append(
        ObjectList(
            list(publishing) + Page.settings_panels, heading=_("Publishing"), classname="settings"
        )
    )
    return TabbedInterface(tabs)


class ListingPageMixin:
    """An index page that lists its visible children of its own locale.

    Each step is a small method so that a site can override one of them:
    ``get_listing_queryset`` → ``filter_listing`` → ``paginate``.
    A malformed or out-of-range ``?page=`` answers 404, so that no two
    addresses serve the same page of items for search engines to index
    twice; invalid filters answer 400 with the form's errors.
    """

    listing_model = None
    filter_form_class = None
    per_page_setting = None

    def route(self, request, path_components):
        """A listed child in one query, where Wagtail takes two (the page, then its specific row)."""
        child = self.listed_child(path_components)
        if child is None:
            return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def listed_child(self, path_components):
        if not path_components or self.listing_model is None:
            return None
        if hasattr(self, "resolve_subpage"):
            # A route of a RoutablePage (``feed/rss/``) comes before a child of that slug.
            try:
                self.resolve_subpage("/" + "/".join(path_components) + "/")
            except Http404:
                pass
            else:
                return None
        return self.listing_model.objects.child_of(self).filter(slug=path_components[0]).first()

    def get_listing_queryset(self):
        return visible_pages(self.listing_model).child_of(self).filter(locale_id=self.locale_id)

    def get_filter_form(self, request):
        return self.filter_form_class(request.GET or None)

    def filter_listing(self, queryset, form):
        return queryset

    def get_per_page(self):
        return getattr(council_settings, self.per_page_setting)

    def paginate(self, request, queryset):
        return page_of(Paginator(queryset, self.get_per_page()), request)

    def get_listing_context(self, request):
        form = self.get_filter_form(request)
        queryset = self.get_listing_queryset()
        if form.is_bound and form.is_valid():
            queryset = self.filter_listing(queryset, form)
        page_of_items = self.paginate(request, queryset)
        return {
            "filter_form": form,
            "items": page_of_items,
            "filters_invalid": form.is_bound and not form.is_valid(),
            "pagination_query": pagination_query(request),
            "canonical_url": listing_canonical_url(self.get_full_url(request), page_of_items),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.get_listing_context(request))
        context["structured_data"] = self.listing_structured_data(
            request, items=context["items"], url=context.get("canonical_url")
        )
        return context

    def listing_structured_data(self, request, *, for_frontend=False, items=None, url=None):
        """The listing as a ``CollectionPage`` of the items on one page of it.

        ``items`` is the page of items readers see (``paginate``); without it,
        as for the content API, the first page of the unfiltered listing.
        """
        if items is None:
            items = Paginator(self.get_listing_queryset(), self.get_per_page()).page(1)
        return collection_page_data(
            self,
            listing_entries(items, request, for_frontend=for_frontend),
            request,
            for_frontend=for_frontend,
            url=url,
            first=items.start_index(),
            description=self.get_meta_description(),
        )

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Invalid filters are the reader's mistake: say so with a 400, while
        # the page still renders the form with its error messages.
        context = getattr(response, "context_data", None) or {}
        if context.get("filters_invalid"):
            response.status_code = 400
        return response


def page_of(paginator, request):
    """The page of ``paginator`` that ``?page=`` asks for (the first without it); else a 404.

    ``?page=1`` is the first page too. A number that is not a page of the
    listing (``abc``, ``0``, ``999``) is an address with nothing at it.
    """
    number = request.GET.get("page")
    if number is None or number == "":
        number = 1
    try:
        return paginator.page(number)
    except InvalidPage as error:
        raise Http404(_("This listing has no such page.")) from error


def listing_canonical_url(url, page_of_items):
    """The canonical URL of a page of a listing: its own ``?page=N``, page 1 without it.

    Filters (``?category=…``) are left out: a filtered listing is the same
    content as the whole one, and search engines should index that once.
    """
    if not url or page_of_items is None or page_of_items.number == 1:
        return url
    return f"{url}?{urlencode({'page': page_of_items.number})}"


def pagination_query(request):
    """The current query string without ``page``, for building page links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


# Gallery pages chosen in gallery blocks are found by their model's label.
GALLERY_PAGE_MODEL = "wagtail_council.gallerypage"


class ReaderPageMixin:
    """Gathers what the page shows readers once per request, in bulk, before its template renders.

    Without it each block looks up its own renditions, roles and people, and
    each template tag its own locales and translations, so a long body costs
    hundreds of queries; with it a page of 10 blocks and one of 1,000 cost
    the same. ``stream_fields`` names the rendered StreamFields (a site's
    subclass that adds one lists it too); ``reader_images`` adds images
    outside them, such as a featured image, to the same rendition query.
    """

    stream_fields = ("body",)
    stream_image_roles = (CONTENT_ROLE, *PHOTO_ROLES)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.locale_id:
            self.locale = locale_by_id(self.locale_id, request)
        self.prepare_for_readers(request)
        return context

    def prepare_for_readers(self, request):
        images = self.reader_images()
        found = prepare_streams(
            [getattr(self, name) for name in self.stream_fields],
            tuple(dict.fromkeys((*self.stream_image_roles, *images))),
            images=[image for found in images.values() for image in found],
        )
        resolve_page_links(found.rich_texts, self.locale)
        galleries = found.instances.get(GALLERY_PAGE_MODEL)
        if galleries:
            # The gallery model itself knows how to load them in bulk.
            prepared = type(galleries[0]).for_gallery_blocks(galleries, self.locale)
            self.__dict__["_chosen_galleries"] = prepared

    def gallery_for_block(self, gallery):
        """``(visible gallery or None, photo count, photos)`` for a block, once prepared."""
        prepared = self.__dict__.get("_chosen_galleries")
        if prepared is None or gallery.pk not in prepared:
            return None
        return prepared[gallery.pk]

    def reader_images(self):
        """``{image role: [images]}`` shown outside the StreamFields."""
        return {}

    def visible_translations(self):
        """The page's visible translations, itself included: for language links and ``hreflang``."""
        loaded = self.__dict__.get("_visible_translations")
        return loaded if loaded is not None else list(visible_translations(self))


class SearchAndSharingMixin:
    """What search engines and link previews read of a page, for its HTML head and the API alike.

    The HTML's ``<meta name="description">`` and JSON-LD and the content API's
    ``seo`` call these same methods, so the two can never describe a page
    differently. A page type names the field that sums it up
    (``meta_description_field``) and overrides ``structured_data`` and
    ``open_graph_image`` when its HTML embeds them.
    """

    # The field read when the editor left the search description empty: a
    # lead, an introduction, a statement; rich text is read as plain text.
    meta_description_field = None
    # The summary when that field is empty too, in the page's language, with
    # the site's name as ``%(site)s`` and the page's title as ``%(title)s``.
    meta_description_fallback = _("%(title)s — %(site)s")
    # ``og:type``: "article" for dated content (news, statements, addresses).
    open_graph_type = "website"

    def get_meta_description(self, request=None):
        """The editor's search description, else the page's own summary, as plain text.

        Never empty: without either, a sentence made of the page's title and
        the site's name (``meta_description_fallback``).
        """
        description = (self.search_description or "").strip()
        if not description and self.meta_description_field:
            value = getattr(self, self.meta_description_field, "") or ""
            if isinstance(self._meta.get_field(self.meta_description_field), RichTextField):
                description = plain_text(value)
            else:
                description = " ".join(str(value).split())
        return description or self.fallback_meta_description(request)

    def fallback_meta_description(self, request=None):
        return summary_in_language(self, self.meta_description_fallback, request)

    def open_graph_published_time(self):
        """``article:published_time`` of an article, or ``None``."""
        return None

    def structured_data(self, request, *, for_frontend=False):
        """The schema.org JSON-LD object of the page, or ``None`` when its HTML embeds none.

        ``for_frontend``: the page's own URLs in it are where the frontend
        serves the page (``WAGTAIL_COUNCIL_FRONTEND_BASE_URL``), for the API.
        A listing (``ListingPageMixin``) is a ``CollectionPage`` of its items.
        """
        if isinstance(self, ListingPageMixin):
            return self.listing_structured_data(request, for_frontend=for_frontend)
        return None

    def open_graph_image(self, request=None):
        """``{url, width, height, alt}`` of the page's ``og:image``, or ``None``."""
        return None


# The summary of a site's home page (a page type of the site's own) with
# neither a search description nor an introduction.
HOME_PAGE_DESCRIPTION = _("Official website of %(site)s")


def meta_description_of(page, request=None):
    """The ``<meta name="description">`` of any page, for its HTML head and the API alike.

    A page type of wagtail-council describes itself (``get_meta_description``).
    A page type of the site's own has its search description, else its
    ``intro`` (the usual field of a home page), else a sentence naming the
    site: for the site's home page, "Official website of …", else its title.
    """
    if isinstance(page, SearchAndSharingMixin):
        return page.get_meta_description(request)
    description = (page.search_description or "").strip()
    if description:
        return description
    intro = getattr(page, "intro", "")
    if isinstance(intro, str) and intro.strip():
        return plain_text(intro) if "<" in intro else " ".join(intro.split())
    site = site_of(page, request)
    if site is not None and page.translation_key == site.root_page.translation_key:
        return summary_in_language(page, HOME_PAGE_DESCRIPTION, request, site=site)
    return page.title


def site_of(page, request=None):
    """The site a reader finds ``page`` in: the request's, else the page's own."""
    site = Site.find_for_request(request) if request is not None else None
    return site if site is not None else page.get_site()


def summary_in_language(page, sentence, request=None, *, site=None, **values):
    """``sentence`` in the page's language, with the site's name, the page's title and ``values``.

    In the page's own language whatever the request's, so that the API and
    the HTML describe a page alike.
    """
    site = site if site is not None else site_of(page, request)
    locale = locale_by_id(page.locale_id, request) if page.locale_id else None
    with translation.override(locale.language_code if locale else None):
        return str(sentence) % {
            "site": localized_site_name(site, locale) if locale else "",
            "title": page.title,
            **values,
        }
