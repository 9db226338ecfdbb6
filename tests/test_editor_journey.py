"""An editor works through the real admin: a source, a claim with a verdict, a submission."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, Correction, Source
from claims.services.review import claim_submit, claim_verify
from tests.admin_forms import admin_post_data
from tests.factories import make_claim, make_source

pytestmark = pytest.mark.django_db

ARTICLE = (
    "The transport minister, Aigerim Sadykova, said on Tuesday that 14 new bridges had been finished "
    "in 2023. A ministry report from March counted at least 20 bridges under construction."
)


def test_an_editor_adds_a_source_by_pasting_text(client, editor):
    client.force_login(editor)
    add = client.get(reverse("admin:claims_source_add"))
    data = admin_post_data(
        add, {"publisher": "Steppe Daily", "headline": "Bridges", "published_on": "2024-02-01", "language": "en", "text": ARTICLE}
    )
    response = client.post(reverse("admin:claims_source_add"), data, follow=True)
    assert response.status_code == 200
    source = Source.objects.get(publisher="Steppe Daily")
    assert source.text == ARTICLE
    assert source.revisions.count() == 1
    assert source.analysed_at is not None


def test_pasting_the_same_text_twice_does_not_duplicate_the_source(client, editor):
    client.force_login(editor)
    for _ in range(2):
        add = client.get(reverse("admin:claims_source_add"))
        data = admin_post_data(add, {"publisher": "Steppe Daily", "language": "en", "text": ARTICLE})
        client.post(reverse("admin:claims_source_add"), data, follow=True)
    assert Source.objects.filter(publisher="Steppe Daily").count() == 1


def test_a_source_needs_some_text(client, editor):
    client.force_login(editor)
    add = client.get(reverse("admin:claims_source_add"))
    response = client.post(reverse("admin:claims_source_add"), admin_post_data(add, {"publisher": "X", "language": "en", "text": "  "}))
    assert response.status_code == 200
    assert b"Paste the text, upload a file, or give a URL" in response.content
    assert not Source.objects.exists()


def test_an_editor_writes_a_claim_with_a_verdict_and_a_quote(client, editor):
    source = make_source(ARTICLE, publisher="Steppe Daily")
    client.force_login(editor)
    add = client.get(reverse("admin:claims_claim_add"))
    data = admin_post_data(
        add,
        {"text": "Fourteen bridges were finished in 2023.", "slug": "fourteen-bridges"},
        {
            "appearances": [{"source": source.pk, "quote": "14 new bridges had been finished"}],
            "verdict": [{"rating": "true", "summary": "The ministry's count.", "reasoning": "We read the report."}],
            "evidence": [{"title": "Ministry report", "url": "https://example.org/report", "position": 0}],
        },
    )
    response = client.post(reverse("admin:claims_claim_add"), data, follow=True)
    assert response.status_code == 200, response.content
    claim = Claim.objects.get(slug="fourteen-bridges")
    assert claim.created_by == editor
    assert claim.status == Claim.Status.DRAFT
    assert claim.verdict.author == editor
    appearance = claim.appearances.get()
    assert source.text[appearance.start : appearance.end] == "14 new bridges had been finished"
    assert claim.evidence.get().url == "https://example.org/report"


def test_a_quote_that_is_not_in_the_source_is_refused(client, editor):
    source = make_source(ARTICLE, publisher="Steppe Daily")
    client.force_login(editor)
    add = client.get(reverse("admin:claims_claim_add"))
    data = admin_post_data(
        add,
        {"text": "Invented.", "slug": "invented"},
        {"appearances": [{"source": source.pk, "quote": "words the outlet never printed"}]},
    )
    response = client.post(reverse("admin:claims_claim_add"), data)
    assert b"not in the source" in response.content
    assert not Claim.objects.filter(slug="invented").exists()


def test_an_editor_submits_from_the_claim_list(client, editor):
    claim = make_claim(author=editor)
    client.force_login(editor)
    client.post(reverse("admin:claims_claim_changelist"), {"action": "submit_for_review", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert claim.status == Claim.Status.IN_REVIEW


def test_changing_a_public_verdict_needs_a_correction_note(client, editor, reviewer):
    claim = claim_verify(claim=claim_submit(claim=make_claim(author=editor), user=editor), reviewer=reviewer)
    client.force_login(editor)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = client.get(url)
    base = {"text": claim.text, "slug": claim.slug, "claimant": claim.claimant_id, "topic": claim.topic_id}
    verdict_row = {"id": claim.verdict.pk, "claim": claim.pk, "rating": "false", "summary": "Changed.", "reasoning": "New reading."}
    refused = client.post(url, admin_post_data(page, base, {"verdict": [verdict_row]}))
    assert b"say what changed and why" in refused.content
    claim.verdict.refresh_from_db()
    assert claim.verdict.rating == "mostly_true"

    accepted = client.post(
        url, admin_post_data(page, base, {"verdict": [verdict_row | {"correction_reason": "A later report."}]}), follow=True
    )
    assert accepted.status_code == 200
    claim.verdict.refresh_from_db()
    assert claim.verdict.rating == "false"
    assert claim.verdict.updated_by == editor
    correction = Correction.objects.get(claim=claim)
    assert (correction.previous_rating, correction.new_rating) == ("mostly_true", "false")
    assert b"A later report." in client.get(claim.get_absolute_url()).content


def test_a_source_that_carries_a_claim_cannot_be_deleted(client, editor):
    claim = make_claim(author=editor)
    source = claim.appearances.get().source
    client.force_login(editor)
    response = client.post(reverse("admin:claims_source_delete", args=[source.pk]), {"post": "yes"})
    assert Source.objects.filter(pk=source.pk).exists()
    # Refused with a message on the source's own page (tests/test_deletion.py covers the wording).
    assert response.status_code == 302


def test_the_source_page_highlights_quotes_escaped(client, editor):
    source = make_source("A <b>bold</b> outlet said 12 schools opened.", publisher="Escaped Times")
    make_claim(author=editor, source=source, quote="said 12 schools opened")
    client.force_login(editor)
    response = client.get(reverse("admin:claims_source_change", args=[source.pk]))
    assert b'<mark class="hl-claim"' in response.content
    assert b"&lt;b&gt;bold&lt;/b&gt;" in response.content


@pytest.mark.parametrize("page", ["source", "claim", "entity", "discrepancy", "reviewqueue", "figure", "mention"])
def test_admin_lists_cost_the_same_queries_whatever_their_length(client, superuser, editor, django_assert_num_queries, page):
    url = reverse(f"admin:claims_{page}_changelist")
    client.force_login(superuser)
    make_claim(author=editor, text="The first admin list claim.")
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    for i in range(8):
        claim_submit(claim=make_claim(author=editor, text=f"Admin list claim {i}."), user=editor)
    with django_assert_num_queries(len(small)):
        client.get(url)


def test_editing_a_source_into_a_copy_of_another_is_refused(client, editor):
    make_source("The first article from this outlet, about 12 schools.", publisher="Steppe Daily")
    second = make_source("The second article from this outlet, about 30 clinics.", publisher="Steppe Daily")
    client.force_login(editor)
    url = reverse("admin:claims_source_change", args=[second.pk])
    page = client.get(url)
    fields = {"publisher": "Steppe Daily", "language": "en", "text": "The first article from this outlet, about 12 schools."}
    response = client.post(url, admin_post_data(page, fields))
    assert response.status_code == 200
    assert b"already on the desk" in response.content
    second.refresh_from_db()
    assert "30 clinics" in second.text
