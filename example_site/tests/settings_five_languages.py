"""The example site's test settings with five languages, one of them written right to left.

A header with five languages in its switcher and a menu of long section
names must still reflow at 320 px (``tests/browser/test_navigation.py``).
Run any example-site test with them: ``--ds=example_site.tests.settings_five_languages``.
"""

from example_site.tests.settings import *  # noqa: F403

LANGUAGES = [
    ("ru", "Русский"),
    ("en", "English"),
    ("uk", "Українська"),
    ("tt", "Татарча"),
    ("ar", "العربية"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
