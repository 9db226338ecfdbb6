"""Real Chromium against the live server: one browser for the session, a fresh context per test.

Debian's Chromium is used as installed (`.ci/run` installs it with apt); no browser is ever
downloaded. Without it the browser tests skip, saying why.
"""

import datetime
import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

from claims.models import Claim

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
# Fail in seconds, not the default half minute, when a page lacks what a step waits for.
STEP_TIMEOUT_MS = 10_000
VERIFIED_IN_THE_STORY = datetime.datetime(2019, 9, 16, 9, 0, tzinfo=datetime.UTC)

@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Debian's Chromium is not installed at {CHROMIUM} (apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django refuses
    # ORM calls where a loop runs. The tests' own ORM calls are plain synchronous code.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser, live_server):
    """A page in a fresh context (no cookies shared between people), at a given viewport."""
    contexts = []

    def open_page(viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(STEP_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def demo_story(editor, reviewer):
    """The demo desk (two outlets' reports of the 2019 visit, the checks an editor wrote),
    loaded by the same command as `make demo`, which refuses to run without DEBUG."""
    with override_settings(DEBUG=True):
        call_command("load_demo", "--no-users", stdout=StringIO())
    # Verification dates in the story's own September 2019, so screenshots change only
    # when the pages do, not every day the tests run.
    published = Claim.objects.published().order_by("verified_at", "id")
    for minutes, pk in enumerate(published.values_list("pk", flat=True)):
        Claim.objects.filter(pk=pk).update(verified_at=VERIFIED_IN_THE_STORY + datetime.timedelta(minutes=minutes))
    return published
