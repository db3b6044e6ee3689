"""The example site's development settings plus the benchmark's own ``barepage`` app.

``seed_article_render.py`` sets the database, media folder and debug flag
through the environment before Django reads this module.
"""

from council_site.settings.dev import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "barepage"]  # noqa: F405
