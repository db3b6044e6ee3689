"""Wagtail's redirects (``wagtail.contrib.redirects``), as a frontend must follow them.

A browser that asks Wagtail for an old path gets a 301 or 302 from Wagtail's
``RedirectMiddleware``; a frontend asks the API instead. ``redirect_for``
finds the redirect exactly as the middleware does, and ``redirect_data``
describes where it leads, but only to a page readers may see (the reader
layer's visibility rule) or to an http(s) address: a redirect to a draft,
private or expired page is no redirect at all, so it reveals nothing.

The app is optional: without it there are no redirects, and the listing is empty.
"""

import re
from urllib.parse import urlparse

from django.apps import apps
from django.db.models import Q
from django.urls import Resolver404
from django.utils.encoding import iri_to_uri, uri_to_iri

from ..reader.frontend import page_url_and_path
from ..reader.visibility import is_visible_page, visible_pages

REDIRECTS_APP = "wagtail.contrib.redirects"

# The only external targets followed: absolute http(s) addresses with a host.
SAFE_LINK = r"^https?://[^/]"


def redirect_model():
    """Wagtail's ``Redirect`` model, or ``None`` when the site does not install the app."""
    if not apps.is_installed(REDIRECTS_APP):
        return None
    return apps.get_model("wagtailredirects", "Redirect")


def redirect_for(site, path):
    """The ``Redirect`` Wagtail's middleware would follow for a request of ``path`` on ``site``.

    ``path`` is what a browser would ask for, language prefix included when
    the site has one (``/ru/old-news/``), with or without a query string.
    Like the middleware: the path is normalised as Wagtail stores it, tried
    decoded and then percent-encoded, then without its query string; a
    redirect of ``site`` wins over one for every site. ``None`` when none matches.
    """
    model = redirect_model()
    if model is None:
        return None
    path = model.normalise_path(iri_to_uri(path), decode_unicode=False)
    redirect = redirect_at(model, site, path)
    if redirect is None:
        without_query = urlparse(path).path
        if without_query != path:
            redirect = redirect_at(model, site, without_query)
    return redirect


def redirect_at(model, site, encoded_path):
    """The middleware's ``get_redirect``: the decoded path first, then the encoded one."""
    decoded_path = uri_to_iri(encoded_path)
    redirect = stored_redirect(model, site, decoded_path)
    if redirect is None and decoded_path != encoded_path:
        redirect = stored_redirect(model, site, encoded_path)
    return redirect


def stored_redirect(model, site, path):
    if "\0" in path:  # a null character is no path, and PostgreSQL rejects it
        return None
    candidates = model.get_for_site(site).filter(old_path=path).select_related("redirect_page")
    found = list(candidates[:2])
    if len(found) > 1:
        # A redirect of this site and one for every site: this site's wins.
        found = [redirect for redirect in found if redirect.site_id is not None]
    return found[0] if found else None


def redirect_data(redirect, request):
    """``{status, from_path, to_path, to_url}`` of a redirect readers may follow, else ``None``.

    ``None`` as well when the target page is not visible, or the link is not
    an http(s) address: treat the path as if no redirect existed.
    """
    if redirect is None:
        return None
    if redirect.redirect_page_id is not None and not is_visible_page(redirect.redirect_page):
        return None
    return followable_redirect_data(redirect, request)


def followable_redirect_data(redirect, request):
    """``redirect_data`` of a redirect already known to lead to a visible page or a safe link."""
    if redirect.redirect_page_id is not None:
        to_url, to_path = page_target(redirect, request)
    elif is_safe_link(redirect.redirect_link):
        to_url, to_path = redirect.redirect_link, None
    else:
        return None
    if to_url is None:
        return None
    return {
        "status": 301 if redirect.is_permanent else 302,
        "from_path": redirect.old_path,
        "to_path": to_path,
        "to_url": to_url,
    }


def page_target(redirect, request):
    """``(url, path)`` of the target page, and of the route on it when one is given.

    As Wagtail's ``Redirect.link``: a route the page does not serve leads to the page itself.
    """
    page = redirect.redirect_page.specific_deferred
    url, path = page_url_and_path(page, request)
    route = redirect.redirect_page_route_path
    if url is None or not route:
        return url, path
    try:
        page.resolve_subpage(route)
    except (AttributeError, Resolver404):
        return url, path
    return url.rstrip("/") + route, path.rstrip("/") + route


def is_safe_link(link):
    return bool(link) and re.match(SAFE_LINK, link, flags=re.IGNORECASE) is not None


def followable_redirects(site):
    """Every redirect of ``site`` that ``redirect_data`` describes, as a queryset, by old path.

    A redirect for every site is left out where one of ``site`` has the same
    old path, as the middleware prefers the site's own.
    """
    model = redirect_model()
    if model is None:
        return None
    redirects = model.get_for_site(site)
    if site is not None:
        own_paths = model.objects.filter(site=site).values("old_path")
        redirects = redirects.exclude(Q(site__isnull=True) & Q(old_path__in=own_paths))
    to_visible_page = Q(redirect_page__in=visible_pages().values("pk"))
    to_safe_link = Q(redirect_page__isnull=True, redirect_link__iregex=SAFE_LINK)
    return (
        redirects.filter(to_visible_page | to_safe_link)
        .select_related("redirect_page", "redirect_page__locale")
        .order_by("old_path", "pk")
    )
