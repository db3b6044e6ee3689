"""The example site's home page speaks Russian, from the ``home`` app's catalogue.

The catalogue itself (complete, compiled, up to date) is checked with the
package's in ``tests/test_catalogues.py``.
"""

import re
from pathlib import Path

import polib
from django.utils.html import escape

HOME_PO = (
    Path(__file__).resolve().parent.parent / "home" / "locale" / "ru" / "LC_MESSAGES" / "django.po"
)
CYRILLIC = re.compile("[А-Яа-яЁё]")


def msgstr(po_path, msgid, msgctxt=None):
    entry = polib.pofile(str(po_path)).find(msgid, msgctxt=msgctxt)
    assert entry is not None, f"{msgid!r} is not in {po_path.name}"
    assert entry.msgstr and CYRILLIC.search(entry.msgstr), f"{msgid!r} has no Russian translation"
    return entry.msgstr


def test_home_page_strings_are_russian(client, home):
    response = client.get(home.url)
    assert response.status_code == 200
    assert escape(msgstr(HOME_PO, "Search the site")) in response.content.decode()
