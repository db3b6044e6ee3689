"""The example site's production settings fail safe, and its admin login is throttled."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

EXAMPLE_SITE = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "council_site.settings.production",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "DJANGO_ALLOWED_HOSTS": "council.example.org",
    "DATABASE_URL": "postgres://council@db.example.org/council",
    "PATH": "/usr/bin:/bin",
}


def check(environment):
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "check"],
        cwd=EXAMPLE_SITE,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("missing", ["DATABASE_URL", "DJANGO_ALLOWED_HOSTS", "DJANGO_SECRET_KEY"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    environment = {name: value for name, value in PRODUCTION.items() if name != missing}
    result = check(environment)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_production_refuses_the_published_development_key():
    result = check({**PRODUCTION, "DJANGO_SECRET_KEY": settings.DEVELOPMENT_SECRET_KEY})
    assert result.returncode != 0
    assert "development key" in result.stderr


def test_production_keeps_database_connections_open():
    script = (
        "from django.conf import settings; print(settings.DATABASES['default']['CONN_MAX_AGE'])"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=EXAMPLE_SITE,
        env=PRODUCTION,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "60"


@pytest.fixture
def clerk(db, django_user_model):
    return django_user_model.objects.create_superuser(
        "clerk", "clerk@example.org", "right-password"
    )


def log_in(client, username, password):
    response = client.post("/admin/login/", {"username": username, "password": password})
    return response, "_auth_user_id" in client.session


def test_the_admin_login_locks_out_after_the_configured_failures(client, clerk):
    assert settings.AXES_FAILURE_LIMIT == 5
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response, logged_in = log_in(client, "clerk", "wrong")
        assert response.status_code == 200 and not logged_in
    response, logged_in = log_in(client, "clerk", "wrong")
    assert response.status_code == 429
    # Locked out: the right password no longer opens the admin.
    response, logged_in = log_in(client, "clerk", "right-password")
    assert response.status_code == 429
    assert not logged_in
    assert client.get("/admin/").status_code == 302


def test_a_lockout_is_for_that_username_and_is_lifted_by_axes_reset(
    client, clerk, django_user_model
):
    django_user_model.objects.create_superuser("editor2", "e2@example.org", "other-password")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "clerk", "wrong")
    assert not log_in(client, "clerk", "right-password")[1]
    assert log_in(client, "editor2", "other-password")[1]
    client.logout()
    call_command("axes_reset", verbosity=0)
    response, logged_in = log_in(client, "clerk", "right-password")
    assert logged_in, response.status_code


def test_every_environment_variable_the_settings_read_is_in_the_readme():
    import re

    sources = "".join(
        path.read_text() for path in (EXAMPLE_SITE / "council_site" / "settings").glob("*.py")
    )
    read = set(
        re.findall(r'(?:environ(?:\.get)?[\[(]|env_(?:bool|list)\()"([A-Z][A-Z0-9_]+)"', sources)
    )
    table = (
        (EXAMPLE_SITE.parent / "README.md").read_text().split("| Variable | Default | Meaning |")[1]
    )
    table = table.split("\n\n")[0]
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", table))
    assert len(read) > 15
    assert read - documented == set()
