"""Two people acting on one claim at the same moment, on PostgreSQL, with two real
connections (one thread each): the first wins, the second gets a clear message, and
nothing the first did is lost.

Each race is forced, not hoped for: the first actor does its step inside a transaction
and holds the claim's row lock until PostgreSQL reports the second actor waiting on it.
"""

import threading

import pytest
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from claims.models import Claim, Correction, ReviewEvent, Verdict
from claims.services.review import ReviewError, claim_send_back, claim_submit, claim_verify
from claims.services.verdicts import CorrectionRequired, verdict_save
from tests.admin_forms import admin_post_data
from tests.factories import make_claim

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
    pytest.mark.django_db(transaction=True),
]

WAIT_SECONDS = 20


class Actor(threading.Thread):
    """Runs one step on its own connection; keeps what it returned or raised."""

    def __init__(self, step, *, hold_until=None):
        super().__init__(daemon=True)
        self.step, self.hold_until = step, hold_until
        self.holding = threading.Event()
        self.result = self.error = None

    def run(self):
        try:
            if self.hold_until is None:
                self.result = self.step()
            else:
                with transaction.atomic():
                    self.result = self.step()
                    self.holding.set()
                    self.hold_until.wait(WAIT_SECONDS)
        except Exception as error:  # noqa: BLE001 - the test inspects it
            self.error = error
        finally:
            self.holding.set()
            connection.close()


def waiting_on_a_lock() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def race(first_step, second_step):
    """`first_step` commits only once `second_step` is blocked behind its lock (or done)."""
    release = threading.Event()
    first = Actor(first_step, hold_until=release)
    first.start()
    assert first.holding.wait(WAIT_SECONDS)
    second = Actor(second_step)
    second.start()
    for _ in range(WAIT_SECONDS * 20):
        if waiting_on_a_lock() or not second.is_alive():
            break
        threading.Event().wait(0.05)
    blocked = second.is_alive()
    release.set()
    first.join(WAIT_SECONDS)
    second.join(WAIT_SECONDS)
    assert not first.is_alive() and not second.is_alive()
    return first, second, blocked


@pytest.fixture
def in_review(editor):
    return claim_submit(claim=make_claim(author=editor, text="Claimed at once by two people."), user=editor)


def test_two_reviewers_verifying_at_once_the_second_is_told(in_review, reviewer, second_reviewer):
    seen = in_review.version
    first, second, blocked = race(
        lambda: claim_verify(claim=in_review, reviewer=reviewer, seen_version=seen),
        lambda: claim_verify(claim=in_review, reviewer=second_reviewer, seen_version=seen),
    )
    assert blocked, "the second reviewer should have waited for the first's row lock"
    assert first.error is None
    assert isinstance(second.error, ReviewError)
    assert "Someone else changed this claim" in str(second.error)
    in_review.refresh_from_db()
    assert (in_review.status, in_review.verified_by) == (Claim.Status.VERIFIED, reviewer)
    assert ReviewEvent.objects.filter(claim=in_review, action=ReviewEvent.Action.VERIFIED).count() == 1


def test_two_reviewers_verifying_from_the_queue_at_once_the_second_is_told(in_review, reviewer, second_reviewer):
    # The queue's bulk action carries no version: the status check under the lock decides.
    first, second, blocked = race(
        lambda: claim_verify(claim=in_review, reviewer=reviewer),
        lambda: claim_verify(claim=in_review, reviewer=second_reviewer),
    )
    assert blocked
    assert first.error is None
    assert "Only a claim in review can be reviewed" in str(second.error)
    in_review.refresh_from_db()
    assert in_review.verified_by == reviewer


def test_sending_back_while_another_verifies_the_second_is_told(in_review, reviewer, second_reviewer):
    seen = in_review.version
    first, second, blocked = race(
        lambda: claim_verify(claim=in_review, reviewer=reviewer, seen_version=seen),
        lambda: claim_send_back(claim=in_review, reviewer=second_reviewer, note="Not yet.", seen_version=seen),
    )
    assert blocked
    assert first.error is None
    assert "Someone else changed this claim" in str(second.error)
    in_review.refresh_from_db()
    assert in_review.status == Claim.Status.VERIFIED
    assert in_review.review_note == ""


def test_verifying_while_another_sends_back_the_second_is_told(in_review, reviewer, second_reviewer):
    seen = in_review.version
    first, second, blocked = race(
        lambda: claim_send_back(claim=in_review, reviewer=second_reviewer, note="Check the date.", seen_version=seen),
        lambda: claim_verify(claim=in_review, reviewer=reviewer, seen_version=seen),
    )
    assert blocked
    assert first.error is None
    assert "Someone else changed this claim" in str(second.error)
    in_review.refresh_from_db()
    assert (in_review.status, in_review.review_note) == (Claim.Status.SENT_BACK, "Check the date.")


def test_an_editor_changing_the_verdict_while_a_reviewer_verifies_is_told_it_is_now_public(in_review, editor, reviewer):
    def edit():
        verdict = Verdict.objects.get(claim=in_review)
        verdict.rating, verdict.summary = Verdict.Rating.FALSE, "Quietly changed."
        return verdict_save(verdict=verdict, user=editor)

    first, second, blocked = race(lambda: claim_verify(claim=in_review, reviewer=reviewer), edit)
    assert blocked, "the verdict edit should have waited for the verification's row lock"
    assert first.error is None
    assert isinstance(second.error, CorrectionRequired) and isinstance(second.error, ReviewError)
    verdict = Verdict.objects.get(claim=in_review)
    assert (verdict.rating, verdict.updated_by) == (Verdict.Rating.MOSTLY_TRUE, None)
    assert not Correction.objects.exists()


def test_an_editor_changing_a_verdict_in_review_is_refused_whatever_the_timing(in_review, editor, reviewer):
    def edit():
        verdict = Verdict.objects.get(claim=in_review)
        verdict.summary = "Changed while the reviewer reads."
        return verdict_save(verdict=verdict, user=editor)

    first, second, _ = race(edit, lambda: claim_verify(claim=in_review, reviewer=reviewer))
    assert "is in review" in str(first.error)
    assert second.error is None
    assert Verdict.objects.get(claim=in_review).summary != "Changed while the reviewer reads."


def test_an_admin_save_never_overwrites_a_submission_made_while_it_waited(editor, second_editor):
    """The admin saves every field of the claim it loaded; the row lock makes it load the
    claim only once the submission is committed, and then refuse, with a message."""
    claim = make_claim(author=editor, text="Edited and submitted at once.")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    client = Client()
    client.force_login(editor)
    data = admin_post_data(
        client.get(url),
        {"text": "A late edit.", "slug": claim.slug, "claimant": claim.claimant_id, "topic": claim.topic_id},
    )

    def submit():
        return claim_submit(claim=claim, user=second_editor)

    def save_in_admin():
        return client.post(url, data, follow=True)

    first, second, _ = race(submit, save_in_admin)
    assert first.error is None and second.error is None
    assert b"Nothing was saved" in second.result.content
    claim.refresh_from_db()
    assert (claim.status, claim.text) == (Claim.Status.IN_REVIEW, "Edited and submitted at once.")
    assert claim.review_events.filter(action=ReviewEvent.Action.SUBMITTED).count() == 1


def test_two_imports_naming_one_new_person_at_once_both_land_in_one_entity():
    """Each import would create the person; the second waits for the first's analysis and
    finds the entity it made. (Without taking turns, the second died on the entity's slug.)"""
    from claims.models import Entity, Source
    from claims.services.imports import SourceInput, import_source

    def importing(publisher):
        text = f"Kerem Oyelaran-Vasquez, the harbour master, told {publisher} that 40 cranes were idle."
        return lambda: import_source(SourceInput(text=text, publisher=publisher))

    first, second, blocked = race(importing("Harbour Post"), importing("Quay Weekly"))
    assert blocked, "the second analysis should have waited for the first"
    assert first.error is None and second.error is None
    assert Source.objects.count() == 2
    [person] = Entity.objects.filter(mentions__text="Kerem Oyelaran-Vasquez").distinct()
    assert person.mentions.count() == 2
