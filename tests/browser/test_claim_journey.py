"""One claim's way through the real pages, in a real browser: an editor pastes a source and
writes the claim, a second person verifies it, and an anonymous reader finds and reads it."""

import datetime
import json

import pytest
from playwright.sync_api import expect

from claims.models import Claim, Topic
from tests.factories import make_source, make_verified_claim

from .steps import choose_in_autocomplete, log_in

pytestmark = pytest.mark.browser

# Written for this test. The desk already holds a report spelling the president "Kassym-Jomart
# Tokayev" and counting 15 completed projects; the editor pastes one that spells him
# "Qasym-Zhomart Toqaev" and counts 55 signed ones, so both a name and a figure are flagged.
EARLIER_REPORT = (
    "Deputy Prime Minister Zhenis Kasymbek said on Thursday that 15 joint projects with China had been "
    "completed in Kazakhstan. President Kassym-Jomart Tokayev is expected in Beijing next week."
)
PASTED_REPORT = (
    "Arriving in Beijing on Wednesday, President Qasym-Zhomart Toqaev said 55 joint projects with China "
    "had been signed so far. Protesters at home want fewer loans from Beijing."
)
QUOTE = "President Qasym-Zhomart Toqaev said 55 joint projects with China had been signed so far"
CLAIM_TEXT = "Kazakhstan and China have signed 55 joint projects."
SUMMARY = "Signed, not built: only 15 of the projects had been completed a week earlier."


@pytest.fixture
def desk(editor, reviewer):
    make_source(
        EARLIER_REPORT, publisher="Steppe Herald", headline="Minister counts joint projects",
        published_on=datetime.date(2019, 9, 6),
    )
    Topic.objects.create(name="Foreign policy", slug="foreign-policy")
    # Another published check, so the reader's filters and search have something to leave out.
    make_verified_claim(author=editor, reviewer=reviewer, rating="true", text="Twelve new schools opened this year.")


def test_an_editors_claim_reaches_a_reader_only_after_a_second_person_verifies_it(new_page, desk, editor, reviewer):
    claim = editor_imports_a_source_and_writes_a_claim(new_page(), editor)
    assert claim.status == Claim.Status.IN_REVIEW
    assert claim.verdict.author == editor

    reviewer_verifies_it(new_page(), reviewer)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.VERIFIED
    assert claim.verified_by == reviewer

    reader_finds_and_reads_it(new_page(), claim)


def editor_imports_a_source_and_writes_a_claim(page, editor):
    log_in(page, editor)

    page.click("tr.model-source a.addlink")
    page.fill("#id_publisher", "Caspian Ledger")
    page.fill("#id_headline", "Toqaev heads to Beijing as protests grow")
    page.fill("#id_published_on", "2019-09-11")
    page.fill("#id_text", PASTED_REPORT)
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    # Detection ran on the import: the back office's flag list shows both spellings.
    page.goto("/admin/claims/discrepancy/")
    expect(page.locator("#result_list")).to_contain_text("Qasym-Zhomart Toqaev")
    expect(page.locator("#result_list")).to_contain_text("55 joint projects")

    page.goto("/admin/")
    page.click("tr.model-claim a.addlink")
    page.fill("#id_text", CLAIM_TEXT)  # the admin derives the slug from it
    choose_in_autocomplete(page, "id_topic", "Foreign", "Foreign policy")
    choose_in_autocomplete(page, "id_appearances-0-source", "Caspian", "Caspian Ledger")
    page.fill("#id_appearances-0-quote", QUOTE)
    page.select_option("#id_verdict-0-rating", label="Mixed")
    page.fill("#id_verdict-0-summary", SUMMARY)
    page.fill("#id_verdict-0-reasoning", "The earlier report counts completed projects; this one counts signed ones.")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    page.click("text=Open the review page")
    # The two-person rule, as the writer sees it: no way to verify one's own verdict.
    expect(page.get_by_role("button", name="Mark verified")).to_have_count(0)
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".messagelist")).to_contain_text("Submitted for review.")
    return Claim.objects.select_related("verdict").get(text=CLAIM_TEXT)


def reviewer_verifies_it(page, reviewer):
    log_in(page, reviewer)
    page.click("tr.model-reviewqueue th a")
    row = page.locator("#result_list tr", has_text=CLAIM_TEXT)
    row.get_by_role("link", name="Review").click()
    expect(page.locator(".review-page")).to_contain_text(SUMMARY)
    page.get_by_role("button", name="Mark verified").click()
    expect(page.locator(".messagelist")).to_contain_text("Verified: the claim is now public.")


def reader_finds_and_reads_it(page, claim):
    page.goto("/")
    results = page.locator(".results")
    expect(results).to_contain_text("Twelve new schools opened this year.")

    filters = page.locator(".filters")
    filters.get_by_label("Mixed").check()
    filters.get_by_label("Has discrepancies").select_option(label="Yes")
    filters.get_by_role("button", name="Apply").click()
    expect(results.locator(".claim-card")).to_have_count(1)
    expect(results).to_contain_text(CLAIM_TEXT)

    page.goto("/")
    filters.get_by_label("Search").fill("joint projects")
    filters.get_by_role("button", name="Apply").click()
    expect(results.locator(".claim-card")).to_have_count(1)
    results.get_by_role("link", name=CLAIM_TEXT).click()

    page.wait_for_url(f"**{claim.get_absolute_url()}")
    expect(page.locator("h1")).to_contain_text(CLAIM_TEXT)
    expect(page.locator(".verdict .badge")).to_have_text("Verdict: Mixed")
    expect(page.locator(".verdict")).to_contain_text(SUMMARY)

    flags = page.locator("section", has=page.locator("#flags-title"))
    figure_flag = flags.locator(".flag", has_text="55 joint projects")
    expect(figure_flag).to_contain_text("15 joint projects")
    expect(figure_flag).to_contain_text("Steppe Herald")
    expect(figure_flag).to_contain_text("Caspian Ledger")
    name_flag = flags.locator(".flag", has_text="Toqaev").filter(has_text="Tokayev").first
    expect(name_flag).to_contain_text("Steppe Herald")
    expect(name_flag).to_contain_text("Caspian Ledger")

    reader_page_carries_claim_review(page, claim)


def reader_page_carries_claim_review(page, claim):
    scripts = page.locator('script[type="application/ld+json"]')
    documents = [json.loads(text) for text in scripts.all_text_contents()]
    reviews = [doc for doc in documents if isinstance(doc, dict) and doc.get("@type") == "ClaimReview"]
    assert len(reviews) == 1, documents
    review = reviews[0]
    assert review["claimReviewed"] == CLAIM_TEXT
    rating = review["reviewRating"]
    assert rating["alternateName"] == "Mixed"
    assert (rating["ratingValue"], rating["worstRating"], rating["bestRating"]) == (3, 1, 5)
    assert review["url"].endswith(claim.get_absolute_url())
    appearances = review["itemReviewed"]["appearance"]
    assert [work["publisher"]["name"] for work in appearances] == ["Caspian Ledger"]
