"""Wagtail's content checker runs our extra axe rules in the preview and the userbar."""

import json
import re

from tests.factories import make_news


def test_userbar_content_checker_includes_council_rules(admin_client, news_index):
    page = make_news(news_index, title="Новость")
    html = admin_client.get(page.url).content.decode()
    [configuration] = re.findall(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', html, re.S
    )
    run_only = json.loads(configuration)["options"]["runOnly"]
    assert "image-redundant-alt" in run_only
    assert "image-alt" in run_only
    assert "heading-order" in run_only


def test_readers_get_no_userbar(client, news_index):
    page = make_news(news_index, title="Новость")
    assert "checker-axe-configuration" not in client.get(page.url).content.decode()
