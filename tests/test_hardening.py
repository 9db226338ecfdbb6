"""Production settings, security headers, login throttling and the health check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.db import connections
from django.db.utils import load_backend
from django.test import Client
from django.urls import reverse

from tests.factories import make_verified_claim

BASE_DIR = Path(django_settings.BASE_DIR)
# What the test run sets for itself (pytest-env, the browser tests) and production never has.
TEST_ONLY = {
    "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT", "STATICFILES_MANIFEST", "DATABASE_URL",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def run_manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in TEST_ONLY} | env
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=120
    )


PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-grade-secret-key-with-enough-entropy-7Qz9xLk2Vb8Rt4Nw6Yp3",
    "ALLOWED_HOSTS": "desk.example.org",
}


def test_check_deploy_is_clean_in_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", **{**PRODUCTION, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_a_laptop_with_debug_on_starts_without_a_secret_key():
    assert run_manage("check", DEBUG="1").returncode == 0


def test_a_misspelt_boolean_is_refused_not_guessed():
    result = run_manage("check", **{**PRODUCTION, "DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_production_redirects_to_https_and_sets_secure_cookies():
    code = (
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.DEBUG)"
    )
    result = run_manage("shell", "--no-imports", "-c", code, **PRODUCTION)
    assert result.stdout.split() == ["True", "True", "True", "True", "False"], result.stderr


# --- Headers ---------------------------------------------------------------------------


@pytest.fixture
def pages(db, editor, reviewer, superuser):
    claim = make_verified_claim(author=editor, reviewer=reviewer)
    return {
        "claim list": (None, reverse("claims:claim_list")),
        "claim page": (None, claim.get_absolute_url()),
        "admin login": (None, reverse("admin:login")),
        "admin index": (superuser, reverse("admin:index")),
        "admin change form": (superuser, reverse("admin:claims_claim_change", args=[claim.pk])),
        "health check": (None, reverse("healthz")),
    }


PAGE_NAMES = ["claim list", "claim page", "admin login", "admin index", "admin change form", "health check"]


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_every_response_carries_the_security_headers(pages, page):
    user, url = pages[page]
    client = Client()
    if user:
        client.force_login(user)
    response = client.get(url, secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    csp = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";") if part.strip())
    assert csp["default-src"] == "'self'"
    # Our own scripts, plus a per-response nonce where a template asks for one; never inline.
    assert csp["script-src"].split()[0] == "'self'"
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'none'"
    assert csp["base-uri"] == "'self'"
    assert csp["form-action"] == "'self'"
    assert "unsafe-" not in response["Content-Security-Policy"]


def test_the_session_and_csrf_cookies_are_secure_and_the_session_is_not_for_scripts(db, editor):
    client = Client()
    client.get(reverse("admin:login"), secure=True)
    response = client.post(
        reverse("admin:login"), {"username": editor.username, "password": "correct horse battery", "next": "/admin/"},
        secure=True,
    )
    assert response.status_code == 302
    session = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    assert client.cookies[django_settings.CSRF_COOKIE_NAME]["secure"]


def test_plain_http_is_sent_to_https_except_the_health_check(db, settings):
    settings.SECURE_SSL_REDIRECT = True
    client = Client()
    redirected = client.get(reverse("claims:how_we_rate"))
    assert redirected.status_code == 301 and redirected["Location"].startswith("https://")
    assert client.get(reverse("healthz")).status_code == 200


# --- Login throttling -----------------------------------------------------------------


def login(client, username, password):
    return client.post(reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"})


def test_the_admin_login_locks_after_repeated_failures_even_with_the_right_password(db, editor, settings):
    client = Client()
    statuses = [login(client, editor.username, "a wrong guess").status_code for _ in range(settings.AXES_FAILURE_LIMIT)]
    # The form again with its error, until the last allowed failure locks the pair.
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    locked = login(client, editor.username, "correct horse battery")
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("admin:index")).status_code == 302


def test_a_lockout_is_for_that_name_from_that_address_only(db, editor, second_editor, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, editor.username, "a wrong guess")
    assert login(client, second_editor.username, "correct horse battery").status_code == 302
    elsewhere = Client(REMOTE_ADDR="10.9.8.7")
    assert login(elsewhere, editor.username, "correct horse battery").status_code == 302


def test_failures_below_the_limit_do_not_lock(db, editor, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, editor.username, "a wrong guess")
    assert login(client, editor.username, "correct horse battery").status_code == 302


@pytest.mark.parametrize("password", ["short1", "password123", "1234567890123"])
def test_weak_passwords_are_refused(db, editor, password):
    with pytest.raises(ValidationError):
        password_validation.validate_password(password, user=editor)


# --- Health check -----------------------------------------------------------------------


def test_the_health_check_reports_a_working_database(db, client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_the_health_check_answers_only_reads(db, client):
    assert client.post(reverse("healthz")).status_code == 405


def unreachable(settings_dict):
    """The same database settings, pointed where no database answers."""
    broken = {**settings_dict}
    if settings_dict["ENGINE"].endswith("sqlite3"):
        broken["NAME"] = "/nonexistent-directory/desk.sqlite3"
    else:
        broken |= {"HOST": "127.0.0.1", "PORT": "1"}  # nothing listens on port 1
    return broken


def test_the_health_check_answers_503_when_the_database_is_unreachable(django_db_blocker):
    original = connections["default"]
    backend = load_backend(original.settings_dict["ENGINE"])
    connections["default"] = backend.DatabaseWrapper(unreachable(original.settings_dict), "default")
    try:
        with django_db_blocker.unblock():
            response = Client().get(reverse("healthz"))
    finally:
        connections["default"].close()
        connections["default"] = original
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}
