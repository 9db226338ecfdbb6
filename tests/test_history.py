"""Every change is kept, with who made it, and shown in the back office; a change to a
public verdict is also published as a correction."""

import pytest
from django.urls import reverse

from claims.models import Claim, Correction, Discrepancy, Entity, Source, Verdict
from claims.services.review import claim_submit
from tests.admin_forms import admin_post_data
from tests.factories import make_claim, make_source, make_verified_claim

pytestmark = pytest.mark.django_db

ARTICLE = "The regional office said on Monday that 30 clinics had opened. Officials in Taraz welcomed it."


def edit_claim_verdict(client, claim, **verdict_changes):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = client.get(url)
    verdict = claim.verdict
    row = {"id": verdict.pk, "claim": claim.pk, "rating": verdict.rating, "summary": verdict.summary,
           "reasoning": verdict.reasoning} | verdict_changes
    base = {"text": claim.text, "slug": claim.slug, "claimant": claim.claimant_id, "topic": claim.topic_id}
    return client.post(url, admin_post_data(page, base, {"verdict": [row]}), follow=True)


@pytest.fixture
def flag():
    entity = Entity.objects.create(name="Taraz", slug="taraz", kind=Entity.Kind.PLACE)
    return Discrepancy.objects.create(
        key="history:flag", kind=Discrepancy.Kind.NAME, label="spelling_across_sources",
        reason="Spelled two ways.", entity=entity,
    )


def test_an_imported_source_is_recorded_with_the_editor_who_added_it(client, editor):
    client.force_login(editor)
    add = reverse("admin:claims_source_add")
    client.post(add, admin_post_data(client.get(add), {"publisher": "Steppe Daily", "language": "en", "text": ARTICLE}))
    source = Source.objects.get(publisher="Steppe Daily")
    assert source.history.earliest().history_user == editor


@pytest.mark.parametrize("action, status", [("confirm", "confirmed"), ("dismiss", "dismissed"), ("reopen", "open")])
def test_a_flag_decision_is_recorded_with_the_editor_who_made_it(client, editor, flag, action, status):
    if status == "open":
        Discrepancy.objects.filter(pk=flag.pk).update(status=Discrepancy.Status.CONFIRMED)
    client.force_login(editor)
    client.post(reverse("admin:claims_discrepancy_changelist"), {"action": action, "_selected_action": [flag.pk]})
    latest = flag.history.latest()
    assert (latest.status, latest.history_user, latest.decided_by) == (status, editor, editor)


def test_a_note_on_a_flag_is_recorded_with_the_editor_who_wrote_it(client, editor, flag):
    client.force_login(editor)
    url = reverse("admin:claims_discrepancy_change", args=[flag.pk])
    response = client.post(url, {"status": "confirmed", "note": "The two counts have different dates."}, follow=True)
    assert response.status_code == 200
    latest = flag.history.latest()
    assert (latest.note, latest.history_user) == ("The two counts have different dates.", editor)


def test_a_verdict_change_is_recorded_with_the_editor_who_made_it(client, editor, second_editor):
    claim = make_claim(author=editor)
    client.force_login(second_editor)
    edit_claim_verdict(client, claim, rating="false", summary="A second look.")
    latest = Verdict.objects.get(claim=claim).history.latest()
    assert (latest.rating, latest.summary, latest.history_user, latest.updated_by) == (
        "false", "A second look.", second_editor, second_editor
    )


def test_each_review_step_is_recorded_in_the_claims_history_with_who_took_it(client, editor, reviewer):
    claim = claim_submit(claim=make_claim(author=editor), user=editor)
    client.force_login(reviewer)
    client.post(reverse("admin:claims_claim_review", args=[claim.pk]), {"action": "verify", "version": claim.version})
    latest = claim.history.latest()
    assert (latest.status, latest.history_user, latest.verified_by) == (Claim.Status.VERIFIED, reviewer, reviewer)


def test_an_entity_change_is_recorded_with_the_editor_who_made_it(client, editor):
    entity = Entity.objects.create(name="Nur Sultan", slug="nur-sultan", kind=Entity.Kind.PLACE)
    client.force_login(editor)
    url = reverse("admin:claims_entity_change", args=[entity.pk])
    client.post(url, admin_post_data(client.get(url), {"name": "Nur-Sultan", "slug": "nur-sultan", "kind": "place"}))
    latest = entity.history.latest()
    assert (latest.name, latest.history_user) == ("Nur-Sultan", editor)


HISTORY_PAGES = {
    "source": lambda w: w["source"],
    "claim": lambda w: w["claim"],
    "verdict": lambda w: w["claim"].verdict,
    "entity": lambda w: Entity.objects.first(),
    "discrepancy": lambda w: w["flag"],
}


@pytest.mark.parametrize("model", HISTORY_PAGES)
def test_every_tracked_model_shows_its_history_with_who_changed_it(client, editor, reviewer, flag, model):
    source = make_source(ARTICLE, publisher="History Herald")
    claim = make_claim(author=editor, source=source)
    client.force_login(editor)
    edit_claim_verdict(client, claim, summary="Edited so the history has a name in it.")
    client.post(reverse("admin:claims_discrepancy_changelist"), {"action": "confirm", "_selected_action": [flag.pk]})
    obj = HISTORY_PAGES[model]({"source": source, "claim": claim, "flag": flag})
    client.force_login(reviewer)  # reading the record needs no more than the view right
    response = client.get(reverse(f"admin:claims_{model}_history", args=[obj.pk]))
    assert response.status_code == 200
    records = list(response.context["page_obj"].object_list)
    assert records, "the history page lists the object's versions"
    if model in ("verdict", "discrepancy"):
        assert records[0].history_user == editor
        assert editor.username.encode() in response.content


def test_an_old_version_can_be_read_but_not_restored(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer)
    first = claim.history.earliest()
    url = reverse("admin:claims_claim_simple_history", args=[claim.pk, first.history_id])
    client.force_login(editor)
    page = client.get(url)
    assert page.status_code == 200
    assert b"Revert" not in page.content
    assert client.post(url, {"text": claim.text, "slug": claim.slug}).status_code == 403
    claim.refresh_from_db()
    assert claim.status == Claim.Status.VERIFIED


def test_a_change_to_a_public_verdict_is_published_as_a_correction(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="A public claim that gets corrected.")
    client.force_login(editor)
    edit_claim_verdict(client, claim, rating="false", summary="Corrected.", correction_reason="A later ministry report.")
    correction = Correction.objects.get(claim=claim)
    assert (correction.previous_rating, correction.new_rating, correction.made_by) == ("mostly_true", "false", editor)
    client.logout()
    assert b"A later ministry report." in client.get(claim.get_absolute_url()).content
    assert b"A later ministry report." in client.get(reverse("claims:correction_list")).content


def test_a_change_to_a_draft_verdict_is_not_a_correction(client, editor):
    claim = make_claim(author=editor)
    client.force_login(editor)
    edit_claim_verdict(client, claim, rating="false", summary="Still a draft.")
    assert Verdict.objects.get(claim=claim).rating == "false"
    assert not Correction.objects.exists()


def test_a_verdict_in_review_cannot_be_changed_from_the_claims_page(client, editor):
    claim = claim_submit(claim=make_claim(author=editor), user=editor)
    client.force_login(editor)
    response = edit_claim_verdict(client, claim, rating="false")
    assert b"Nothing was saved" in response.content
    assert Verdict.objects.get(claim=claim).rating == "mostly_true"
    assert Verdict.objects.get(claim=claim).history.count() == 1


def test_the_claims_page_links_to_its_verdicts_history(client, editor):
    claim = make_claim(author=editor)
    client.force_login(editor)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert reverse("admin:claims_verdict_history", args=[claim.verdict.pk]) in page
