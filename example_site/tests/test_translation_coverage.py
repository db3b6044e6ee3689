"""Every text an editor types in the example site's own page type reaches translators."""

from home.models import HomePage
from wagtail_council.translation_coverage import untranslatable_fields


def test_the_example_home_page_is_fully_translatable():
    assert untranslatable_fields(HomePage) == []
