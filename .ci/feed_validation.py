"""An independent check of RSS 2.0 and Atom feeds, for the demo check (``demo_check.py``).

The W3C Feed Validator's engine is not on the package registries, so this
is feedparser (the feed must parse without a "bozo" error) plus the rules
below, written down from the specifications rather than from our code:

Atom, RFC 4287
- the root is ``atom:feed``; it has exactly one ``atom:id`` (an absolute
  IRI), ``atom:title`` and ``atom:updated`` (an RFC 3339 date-time) (§4.1.1);
- it has an ``atom:author``, or every entry has one (§4.1.1; the W3C
  validator's "Missing entry element: author");
- it has a ``link rel="self"`` with an absolute ``href`` (§4.2.7.2, which
  the W3C validator asks for);
- every ``atom:author`` has exactly one ``atom:name`` (§3.2.1);
- every entry has exactly one ``atom:id``, ``atom:title`` and ``atom:updated``,
  a ``link rel="alternate"`` or an ``atom:content``, and ``atom:published``
  when present is an RFC 3339 date-time (§4.1.2); no two entries share an id.

RSS 2.0 (the RSS Advisory Board's specification)
- the root is ``rss`` with ``version="2.0"`` and one ``channel``, which has
  ``title``, ``link`` (an absolute URL) and ``description``; ``pubDate`` and
  ``lastBuildDate`` are RFC 822 dates;
- every item has a ``title`` or a ``description``; its ``link`` is absolute;
  its ``pubDate`` an RFC 822 date; an ``enclosure`` has ``url``, a
  whole-number ``length`` and ``type``; a ``guid`` with ``isPermaLink``
  ``true`` (the default) is an absolute URL; no two items share a guid.

Ours, on top: every RSS guid says ``isPermaLink="false"`` and
every guid and Atom id is a tag URI (RFC 4151), so that a new slug does not
make an item new; in a Yandex feed (``yandex="true"``) the ``yandex``
namespace is ``http://news.yandex.ru`` and every item has ``link``,
``pubDate``, a known ``yandex:genre`` and a non-empty ``yandex:full-text``.
"""

import email.utils
import re
import urllib.parse
from xml.etree import ElementTree

import feedparser

A = "{http://www.w3.org/2005/Atom}"
YANDEX = "{http://news.yandex.ru}"
YANDEX_GENRES = {"message", "article", "interview", "lenta"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# RFC 822 as RSS uses it (with RFC 1123's four-digit year): [Day, ]DD Mon YYYY HH:MM[:SS] zone.
RFC822 = re.compile(
    r"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}(:\d{2})? ([+-]\d{4}|GMT|UT|[A-IK-Z]|[ECMP][SD]T)$"
)
# RFC 4151: tag:authority,date:specific, the date being YYYY, YYYY-MM or YYYY-MM-DD.
TAG_URI = re.compile(r"^tag:[A-Za-z0-9.@-]+,\d{4}(-\d{2}(-\d{2})?)?:\S+$")


def is_absolute(url):
    parts = urllib.parse.urlsplit(url or "")
    return bool(parts.scheme) and (bool(parts.netloc) or parts.scheme in {"tag", "urn"})


def is_rfc822(value):
    return bool(RFC822.match(value or "")) and email.utils.parsedate_to_datetime(value) is not None


def parse(content):
    """The feed's XML root, or the problems that keep it from being a feed at all."""
    parsed = feedparser.parse(content)
    if parsed.bozo:
        return None, [f"feedparser: {parsed.get('bozo_exception')}"]
    try:
        return ElementTree.fromstring(content), []  # noqa: S314 - our own demo's feed
    except ElementTree.ParseError as error:
        return None, [f"not well-formed XML: {error}"]


def validate_feed(content, *, yandex=False):
    """Every rule the feed breaks, as sentences; an empty list for a valid feed."""
    root, problems = parse(content)
    if root is None:
        return problems
    if root.tag == f"{A}feed":
        return validate_atom(root)
    if root.tag == "rss":
        return validate_rss(root, content, yandex=yandex)
    return [f"neither Atom nor RSS: the root element is {root.tag}"]


def exactly_one(element, name, where, problems):
    found = element.findall(name)
    if len(found) != 1:
        problems.append(f"{where}: {len(found)} {name.replace(A, 'atom:')} elements, not one")
        return None
    return found[0]


def validate_atom(feed):
    problems = []
    feed_id = exactly_one(feed, f"{A}id", "feed", problems)
    if feed_id is not None and not is_absolute(feed_id.text):
        problems.append(f"feed: atom:id {feed_id.text!r} is not an absolute IRI")
    exactly_one(feed, f"{A}title", "feed", problems)
    updated = exactly_one(feed, f"{A}updated", "feed", problems)
    if updated is not None and not RFC3339.match(updated.text or ""):
        problems.append(f"feed: atom:updated {updated.text!r} is not an RFC 3339 date-time")
    self_links = [link for link in feed.findall(f"{A}link") if link.get("rel") == "self"]
    if len(self_links) != 1 or not is_absolute(self_links[0].get("href")):
        problems.append("feed: no link rel=self with an absolute href")
    for author in feed.iter(f"{A}author"):
        exactly_one(author, f"{A}name", "atom:author", problems)
    feed_has_author = feed.find(f"{A}author") is not None
    entries = feed.findall(f"{A}entry")
    if not entries:
        problems.append("feed: no entry")
    ids = set()
    for number, entry in enumerate(entries, 1):
        where = f"entry {number}"
        entry_id = exactly_one(entry, f"{A}id", where, problems)
        if entry_id is not None:
            if not is_absolute(entry_id.text):
                problems.append(f"{where}: atom:id {entry_id.text!r} is not an absolute IRI")
            if not TAG_URI.match(entry_id.text or ""):
                problems.append(f"{where}: atom:id {entry_id.text!r} is not a tag URI")
            if entry_id.text in ids:
                problems.append(f"{where}: atom:id {entry_id.text!r} is not unique")
            ids.add(entry_id.text)
        exactly_one(entry, f"{A}title", where, problems)
        for name in ("updated", "published"):
            moments = entry.findall(f"{A}{name}")
            if name == "updated" and len(moments) != 1:
                problems.append(f"{where}: {len(moments)} atom:updated elements, not one")
            for moment in moments:
                if not RFC3339.match(moment.text or ""):
                    problems.append(f"{where}: atom:{name} {moment.text!r} is not RFC 3339")
        if not feed_has_author and entry.find(f"{A}author") is None:
            problems.append(f"{where}: missing entry element: author (and the feed has none)")
        alternates = [
            link
            for link in entry.findall(f"{A}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        if not alternates and entry.find(f"{A}content") is None:
            problems.append(f"{where}: neither a link rel=alternate nor atom:content")
    return problems


def validate_rss(rss, content, *, yandex=False):
    problems = []
    if rss.get("version") != "2.0":
        problems.append(f"rss: version is {rss.get('version')!r}, not '2.0'")
    channels = rss.findall("channel")
    if len(channels) != 1:
        return [*problems, f"rss: {len(channels)} channel elements, not one"]
    channel = channels[0]
    for name in ("title", "link", "description"):
        if channel.find(name) is None:
            problems.append(f"channel: no {name}")
    if channel.find("link") is not None and not is_absolute(channel.findtext("link")):
        problems.append(f"channel: link {channel.findtext('link')!r} is not absolute")
    for name in ("pubDate", "lastBuildDate"):
        value = channel.findtext(name)
        if value is not None and not is_rfc822(value):
            problems.append(f"channel: {name} {value!r} is not an RFC 822 date")
    if yandex and b'xmlns:yandex="http://news.yandex.ru"' not in content:
        problems.append("rss: the yandex namespace is not http://news.yandex.ru")
    items = channel.findall("item")
    if not items:
        problems.append("channel: no item")
    guids = set()
    for number, item in enumerate(items, 1):
        where = f"item {number}"
        if item.find("title") is None and item.find("description") is None:
            problems.append(f"{where}: neither title nor description")
        link = item.findtext("link")
        if link is not None and not is_absolute(link):
            problems.append(f"{where}: link {link!r} is not absolute")
        published = item.findtext("pubDate")
        if published is not None and not is_rfc822(published):
            problems.append(f"{where}: pubDate {published!r} is not an RFC 822 date")
        for enclosure in item.findall("enclosure"):
            if not (
                is_absolute(enclosure.get("url"))
                and (enclosure.get("length") or "").isdigit()
                and enclosure.get("type")
            ):
                problems.append(f"{where}: an enclosure lacks url, a whole length or type")
        guid = item.find("guid")
        if guid is None:
            problems.append(f"{where}: no guid")
        else:
            permalink = guid.get("isPermaLink", "true")
            if permalink not in ("true", "false"):
                problems.append(f"{where}: guid isPermaLink is {permalink!r}")
            if permalink == "true" and not is_absolute(guid.text):
                problems.append(f"{where}: guid {guid.text!r} is a permalink but not a URL")
            if permalink != "false":
                problems.append(f'{where}: guid does not say isPermaLink="false"')
            if not TAG_URI.match(guid.text or ""):
                problems.append(f"{where}: guid {guid.text!r} is not a tag URI")
            if guid.text in guids:
                problems.append(f"{where}: guid {guid.text!r} is not unique")
            guids.add(guid.text)
        if yandex:
            problems += yandex_problems(item, where)
    return problems


def yandex_problems(item, where):
    problems = []
    for name in ("title", "link", "pubDate"):
        if not (item.findtext(name) or "").strip():
            problems.append(f"{where}: no {name}, which Yandex requires")
    if item.findtext(f"{YANDEX}genre") not in YANDEX_GENRES:
        problems.append(f"{where}: yandex:genre is not one of {sorted(YANDEX_GENRES)}")
    if not (item.findtext(f"{YANDEX}full-text") or "").strip():
        problems.append(f"{where}: no yandex:full-text")
    return problems
