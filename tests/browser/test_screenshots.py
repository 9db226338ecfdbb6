"""The readers' main pages on the demo story at a phone's and a desktop's width: nothing runs off
the screen, and each is saved to docs/screenshots/ (`make screenshots`; the README shows one)."""

import os
import tempfile
from pathlib import Path

import pytest
from django.db.models import Count
from django.urls import reverse
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

# `make screenshots` redraws the committed pictures; an ordinary test run writes to a scratch
# folder so `make test` never leaves the work tree changed.
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR") or Path(tempfile.gettempdir()) / "factcheck-screenshots")

# Elements wider than the viewport, described for the failure message.
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter(el => el.getBoundingClientRect().right > width + 1)
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase() + (el.className ? "." + el.className : "") + ": " + el.textContent.trim().slice(0, 60));
}"""


def save(page, name):
    """Write through a temporary file, so a run that stops half-way never leaves a broken PNG."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".png", dir=SCREENSHOTS)
    os.close(handle)
    try:
        page.screenshot(path=temporary, full_page=True)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the picture is for everyone
        os.replace(temporary, SCREENSHOTS / f"{name}.png")
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def test_screenshots_of_the_claim_list_a_claim_and_the_discrepancies_fit_a_phone_and_a_desktop(new_page, demo_story):
    most_flagged = demo_story.annotate(flags=Count("discrepancies")).order_by("-flags", "id").first()
    pages = {
        "claim-list": "/",
        "claim-page": most_flagged.get_absolute_url(),
        "discrepancies": reverse("claims:discrepancy_list"),
    }
    for width, viewport in [("phone", PHONE), ("desktop", DESKTOP)]:
        page = new_page(viewport)
        for name, url in pages.items():
            response = page.goto(url)
            assert response.ok, (url, response.status)
            assert page.evaluate(OVERFLOWING) == [], f"{name} runs off a {width} screen"
            save(page, f"{name}-{width}")

        # What the pictures must show: verdicts in words, and flags with each source's version.
        page.goto(pages["claim-list"])
        expect(page.locator(".claim-card .badge").first).to_contain_text("Verdict:")
        page.goto(pages["claim-page"])
        for flag in page.locator(".flag").all():
            expect(flag.locator(".as-written")).not_to_have_count(0)
            expect(flag.locator('a[href*="/sources/"]')).not_to_have_count(0)
