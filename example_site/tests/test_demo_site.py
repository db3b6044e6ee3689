"""The example site with its demo content, as `make demo` serves it."""

import re
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import Translation

from tests.json_ld_support import json_ld_blocks
from wagtail_council.models import NewsCategory, NewsPage

SEED_TITLE = "Обмен опытом – полезная практика сотрудничества!"
SEED_URL = "/ru/news/obmen-opytom-poleznaya-praktika-sotrudnichestva/"
EXAMPLE_SITE = Path(__file__).resolve().parent.parent


def counts():
    return (
        Page.objects.count(),
        NewsPage.objects.count(),
        NewsCategory.objects.count(),
        get_image_model().objects.count(),
        Translation.objects.count(),
    )


def test_loading_demo_content_twice_changes_nothing(demo, django_capture_on_commit_callbacks):
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before
    assert before[1] == 8  # four Russian news pages and their English translations


def test_russian_news_index_shows_the_seed_article(client, demo):
    html = client.get("/ru/news/").content.decode()
    assert SEED_TITLE in html
    assert html.index(SEED_TITLE) < html.index("Публичные слушания по проекту бюджета")


def test_seed_article_page_has_its_text_photos_and_json_ld(client, demo):
    response = client.get(SEED_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Роман Лысенко" in html
    assert "Олег Радченко" in html
    # Photos are captioned with what they show, not with the article title.
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", html, re.S)
    assert len(captions) >= 3
    assert not any(SEED_TITLE in caption for caption in captions)
    [data] = json_ld_blocks(html)
    assert data["headline"] == SEED_TITLE
    assert data["inLanguage"] == "ru"


def test_english_translation_is_live_and_linked(client, demo):
    html = client.get(SEED_URL).content.decode()
    english_url = "/en/news/sharing-experience-a-useful-practice-of-cooperation/"
    assert f'hreflang="en" href="http://127.0.0.1:8000{english_url}"' in html
    english = client.get(english_url).content.decode()
    assert "Sharing experience: a useful practice of cooperation" in english
    assert "Roman Lysenko" in english
    assert "Лысенко" not in english


@pytest.mark.parametrize("language", ["ru", "en"])
def test_demo_feeds_are_valid(client, demo, language):
    feed = feedparser.parse(client.get(f"/{language}/news/feed/rss/").content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == 4


def test_demo_editor_can_log_in_and_open_the_seed_article_for_editing(client, demo):
    response = client.post(
        "/admin/login/", {"username": "editor", "password": "council-demo"}, follow=True
    )
    assert response.status_code == 200
    assert response.wsgi_request.user.is_authenticated
    seed = NewsPage.objects.get(
        locale__language_code="ru", slug="obmen-opytom-poleznaya-praktika-sotrudnichestva"
    )
    edit = client.get(f"/admin/pages/{seed.pk}/edit/")
    assert edit.status_code == 200
    assert SEED_TITLE in edit.content.decode()


def test_production_settings_pass_the_deploy_check(tmp_path):
    environment = {
        "DJANGO_SETTINGS_MODULE": "council_site.settings.production",
        "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "council.example.org",
        "DJANGO_SECURE_HSTS_PRELOAD": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=EXAMPLE_SITE,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "check"],
        cwd=EXAMPLE_SITE,
        env={"DJANGO_SETTINGS_MODULE": "council_site.settings.production", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def quote_captions(html):
    found = re.findall(r'<figcaption class="council-quote__caption">(.*?)</figcaption>', html, re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", caption).split()) for caption in found]


def test_seed_quotes_are_attributed_from_the_directory_in_both_languages(client, demo):
    assert quote_captions(client.get(SEED_URL).content.decode()) == [
        "Роман Лысенко, председатель, Совет городского округа город Алчевск, "
        "на круглом столе с вологодскими коллегами",
        "Олег Радченко, заместитель председателя, Совет городского округа город Алчевск, "
        "на круглом столе с вологодскими коллегами",
    ]
    english = client.get(
        "/en/news/sharing-experience-a-useful-practice-of-cooperation/"
    ).content.decode()
    assert quote_captions(english) == [
        "Roman Lysenko, Chairman, Council of the Alchevsk City District, "
        "at the round table with colleagues from Vologda",
        "Oleg Radchenko, Deputy Chairman, Council of the Alchevsk City District, "
        "at the round table with colleagues from Vologda",
    ]


def test_demo_directory_address_and_statements(client, demo):
    people = client.get("/ru/people/").content.decode()
    for name in [
        "Роман Лысенко",
        "Олег Радченко",
        "Владимир Селяков",
        "Алексей Орлов",
        "Сергей Жестянников",
    ]:
        assert name in people
    profile = client.get("/en/people/sergey-zhestyannikov/").content.decode()
    assert (
        "Greeting address from the Chairman of the Legislative Assembly of the Vologda Region"
        in profile
    )
    seed = client.get(SEED_URL).content.decode()
    assert "/ru/greetings/privetstvennyy-adres-zs-vologodskoy-oblasti/" in seed
    statements = client.get("/ru/statements/").content.decode()
    assert statements.count('class="council-card__title"') == 2


# With the caches of a running site; a cold cache adds Wagtail's own look-up of
# the sites' root paths, and what is kept until editors publish again: the
# site's menu and home page, its details, the article's breadcrumbs, the people
# indexes and the logo's renditions. One of them asks which convocation the
# article's date fell in, for the history banner.
SEED_ARTICLE_QUERY_BUDGET = {True: 21, False: 27}


@pytest.mark.parametrize("caches_warm", [True, False], ids=["warm caches", "cold caches"])
def test_seed_article_renders_within_its_query_budget(client, demo, caches_warm):
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(SEED_URL).status_code == 200
    if not caches_warm:
        for cache in caches.all():
            cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEED_URL)
    assert response.status_code == 200
    assert SEED_TITLE in response.content.decode()
    queries = [query["sql"][:80] for query in captured.captured_queries]
    assert len(queries) <= SEED_ARTICLE_QUERY_BUDGET[caches_warm], "\n".join(queries)
