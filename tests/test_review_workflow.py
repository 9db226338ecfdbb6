"""Draft -> in review -> verified, or sent back; two people see every verdict."""

import pytest
from django.urls import reverse

from claims.models import Claim, ReviewEvent
from claims.services.review import ReviewError, claim_send_back, claim_submit, claim_verify
from tests.factories import make_claim

pytestmark = pytest.mark.django_db


def review_url(claim):
    return reverse("admin:claims_claim_review", args=[claim.pk])


@pytest.fixture
def submitted(editor):
    claim = make_claim(author=editor)
    return claim_submit(claim=claim, user=editor)


def test_it_submits_a_claim_with_verdict_and_source(submitted):
    assert submitted.status == Claim.Status.IN_REVIEW
    assert submitted.submitted_at is not None


def test_it_refuses_to_submit_a_claim_without_a_verdict(editor):
    claim = make_claim(author=editor)
    claim.verdict.delete()
    with pytest.raises(ReviewError, match="verdict"):
        claim_submit(claim=Claim.objects.get(pk=claim.pk), user=editor)


def test_a_reviewer_verifies_through_the_admin(client, reviewer, submitted):
    client.force_login(reviewer)
    page = client.get(review_url(submitted))
    assert page.status_code == 200
    assert b"Mark verified" in page.content
    response = client.post(review_url(submitted), {"action": "verify", "version": submitted.version, "note": ""}, follow=True)
    assert b"now public" in response.content
    submitted.refresh_from_db()
    assert submitted.status == Claim.Status.VERIFIED
    assert submitted.verified_by == reviewer
    assert submitted.verified_at is not None
    assert list(submitted.review_events.values_list("action", "actor")) == [
        (ReviewEvent.Action.SUBMITTED, submitted.created_by_id),
        (ReviewEvent.Action.VERIFIED, reviewer.pk),
    ]


def test_a_reviewer_cannot_verify_a_verdict_they_wrote(reviewer, editor):
    reviewer.groups.add(*editor.groups.all())  # a reviewer who also edits
    claim = claim_submit(claim=make_claim(author=reviewer), user=reviewer)
    with pytest.raises(ReviewError, match="second person"):
        claim_verify(claim=claim, reviewer=reviewer)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.IN_REVIEW


def test_a_reviewer_cannot_verify_a_verdict_they_last_edited(reviewer, second_reviewer, submitted):
    submitted.verdict.updated_by = reviewer
    submitted.verdict.save()
    with pytest.raises(ReviewError):
        claim_verify(claim=submitted, reviewer=reviewer)
    assert claim_verify(claim=submitted, reviewer=second_reviewer).status == Claim.Status.VERIFIED


def test_the_review_page_hides_verify_from_the_verdicts_author(client, reviewer, editor):
    reviewer.groups.add(*editor.groups.all())
    claim = claim_submit(claim=make_claim(author=reviewer), user=reviewer)
    client.force_login(reviewer)
    response = client.post(review_url(claim), {"action": "verify", "version": claim.version}, follow=True)
    assert b"second person must verify" in response.content
    claim.refresh_from_db()
    assert claim.status == Claim.Status.IN_REVIEW


def test_sending_back_needs_a_note(reviewer, submitted):
    with pytest.raises(ReviewError, match="note"):
        claim_send_back(claim=submitted, reviewer=reviewer, note="  ")
    claim = claim_send_back(claim=submitted, reviewer=reviewer, note="Check the date of the 55 figure.")
    assert claim.status == Claim.Status.SENT_BACK
    assert claim.review_note == "Check the date of the 55 figure."


def test_a_sent_back_claim_can_be_submitted_again(editor, reviewer, submitted):
    claim_send_back(claim=submitted, reviewer=reviewer, note="Add the second source.")
    again = claim_submit(claim=Claim.objects.get(pk=submitted.pk), user=editor)
    assert again.status == Claim.Status.IN_REVIEW


def test_an_editor_cannot_verify(client, editor, submitted):
    client.force_login(editor)
    response = client.post(review_url(submitted), {"action": "verify", "version": submitted.version})
    assert response.status_code == 403
    submitted.refresh_from_db()
    assert submitted.status == Claim.Status.IN_REVIEW


def test_a_stale_review_is_refused_with_a_message(client, reviewer, second_reviewer, submitted):
    seen = submitted.version
    claim_send_back(claim=submitted, reviewer=second_reviewer, note="Needs a source.")
    client.force_login(reviewer)
    response = client.post(review_url(submitted), {"action": "verify", "version": seen}, follow=True)
    assert b"Someone else changed this claim" in response.content
    submitted.refresh_from_db()
    assert submitted.status == Claim.Status.SENT_BACK


def test_the_review_queue_lists_claims_oldest_first(client, editor, reviewer):
    first = claim_submit(claim=make_claim(author=editor, text="First claim in the queue."), user=editor)
    second = claim_submit(claim=make_claim(author=editor, text="Second claim in the queue."), user=editor)
    make_claim(author=editor, text="A draft that is not in the queue.")
    client.force_login(reviewer)
    response = client.get(reverse("admin:claims_reviewqueue_changelist"))
    assert response.status_code == 200
    listed = list(response.context["cl"].result_list)
    assert listed == [first, second]


def test_the_review_queue_is_closed_to_editors(client, editor):
    client.force_login(editor)
    assert client.get(reverse("admin:claims_reviewqueue_changelist")).status_code == 403


def test_bulk_verify_skips_own_verdicts(client, reviewer, editor, second_editor):
    reviewer.groups.add(*editor.groups.all())
    theirs = claim_submit(claim=make_claim(author=second_editor, text="Written by another editor."), user=second_editor)
    mine = claim_submit(claim=make_claim(author=reviewer, text="Written by the reviewer."), user=reviewer)
    client.force_login(reviewer)
    client.post(reverse("admin:claims_reviewqueue_changelist"), bulk_verify(theirs, mine))
    theirs.refresh_from_db()
    mine.refresh_from_db()
    assert theirs.status == Claim.Status.VERIFIED
    assert mine.status == Claim.Status.IN_REVIEW


def bulk_verify(*claims):
    """What the review queue's form posts: the selected claims and the version shown for each."""
    return {
        "action": "mark_verified",
        "_selected_action": [claim.pk for claim in claims],
        **{f"seen-version-{claim.pk}": claim.version for claim in claims},
    }


def test_the_review_queue_carries_the_version_each_claim_was_listed_at(client, reviewer, submitted):
    client.force_login(reviewer)
    page = client.get(reverse("admin:claims_reviewqueue_changelist")).content.decode()
    assert f'name="seen-version-{submitted.pk}" value="{submitted.version}"' in page


def test_bulk_verify_refuses_a_claim_resubmitted_since_the_queue_was_drawn(client, reviewer, editor, submitted):
    listed = Claim.objects.get(pk=submitted.pk)  # the queue as the reviewer drew it
    sent_back = claim_send_back(claim=submitted, reviewer=reviewer, note="The 55 figure needs its date.")
    claim_submit(claim=sent_back, user=editor)  # edited and resubmitted while the list stayed open
    client.force_login(reviewer)
    response = client.post(reverse("admin:claims_reviewqueue_changelist"), bulk_verify(listed), follow=True)
    assert Claim.objects.get(pk=submitted.pk).status == Claim.Status.IN_REVIEW
    assert "Someone else changed this claim" in response.content.decode()


def test_bulk_verify_without_the_listed_version_verifies_nothing(client, reviewer, submitted):
    client.force_login(reviewer)
    response = client.post(
        reverse("admin:claims_reviewqueue_changelist"),
        {"action": "mark_verified", "_selected_action": [submitted.pk]},
        follow=True,
    )
    assert Claim.objects.get(pk=submitted.pk).status == Claim.Status.IN_REVIEW
    assert "reload it and try again" in response.content.decode()
