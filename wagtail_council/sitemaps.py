"""A sitemap of every language of the site, with ``hreflang`` alternates.

Wagtail's own sitemap lists the pages under the site's root page only, so a
site whose English pages live under the root's English translation would
publish only its Russian pages. This one lists the visible pages (see
``reader.visibility``) under the root page and each of its visible
translations, and gives every URL its visible translations as
``<xhtml:link rel="alternate" hreflang="…">``, with ``x-default`` for the
version in the language of the site's root page. A people index lists
each person's profile too, with the same person's other profiles as its
alternates.

Use it in the project's URLs::

    from wagtail.contrib.sitemaps.views import sitemap
    from wagtail_council.sitemaps import CouncilSitemap

    path("sitemap.xml", sitemap, {"sitemaps": {"pages": CouncilSitemap}})
"""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap

from .reader.metadata import language_version, sitemap_alternates
from .reader.visibility import visible_pages, visible_translations


class CouncilSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        under_a_root = Q(pk__in=[])
        for translation_root in visible_translations(root):
            under_a_root |= Q(path__startswith=translation_root.path)
        return (
            visible_pages()
            .filter(under_a_root)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self.alternates_for(items)
        urls = []
        last_mods = set()
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                # A page's own views (a people index's profiles) bring their own.
                url_info.setdefault("alternates", alternates.get(item.translation_key, []))
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates_for(self, items):
        """``{translation_key: [{lang_code, location}, …]}`` for pages with visible translations.

        Each language version, then ``x-default``: the version in the
        language of the site's root page (``reader.metadata.sitemap_alternates``).
        """
        keys = {item.translation_key for item in items}
        versions = defaultdict(list)
        for version in visible_pages().filter(translation_key__in=keys).select_related("locale"):
            versions[version.translation_key].append(
                language_version(
                    version.locale.language_code,
                    version.get_full_url(self.request),
                    locale_id=version.locale_id,
                )
            )
        default_locale_id = self.get_wagtail_site().root_page.locale_id
        return {
            key: sitemap_alternates(pages, default_locale_id)
            for key, pages in versions.items()
            if len(pages) > 1
        }
