"""The Directory's listings filter by language with Wagtail's own ``?locale=`` selector.

A ``list_filter`` of ``locale`` would add a second filter of the same name,
by primary key, which clashes with Wagtail's language code: editors saw both
languages mixed after saving, and choosing a language led to a 404.
"""

import pytest
from django.urls import reverse

from tests.factories import make_category, make_organisation, make_person
from wagtail_council.models import NewsCategory, Organisation, Person


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def both_languages(site_tree):
    return {
        Person: (make_person("Роман Лысенко"), make_person("Roman Lysenko", locale_code="en")),
        Organisation: (
            make_organisation("Совет городского округа"),
            make_organisation("City District Council", slug="council-en", locale_code="en"),
        ),
        NewsCategory: (
            make_category("Бюджет", "byudzhet"),
            make_category("Budget", "budget", "en"),
        ),
    }


def index_url(model):
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:list")


@pytest.mark.parametrize("model", [Person, Organisation, NewsCategory])
@pytest.mark.parametrize(("language", "shown", "hidden"), [("ru", 0, 1), ("en", 1, 0)])
def test_choosing_a_language_lists_only_its_entries(
    editor, both_languages, model, language, shown, hidden
):
    entries = both_languages[model]
    response = editor.get(index_url(model), {"locale": language})
    assert response.status_code == 200
    assert response.context["filters"].is_valid(), response.context["filters"].errors
    listed = list(response.context["object_list"])
    assert entries[shown] in listed
    assert entries[hidden] not in listed


@pytest.mark.parametrize("model", [Person, Organisation, NewsCategory])
def test_every_language_the_filter_offers_can_be_chosen(editor, both_languages, model):
    filters = editor.get(index_url(model)).context["filters"]
    choices = [value for value, _label in filters.form.fields["locale"].choices if value]
    assert sorted(choices) == ["en", "ru"]
    for value in choices:
        assert editor.get(index_url(model), {"locale": value}).status_code == 200
