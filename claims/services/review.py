"""The review workflow: draft -> in review -> verified, or sent back.

Each step locks the claim row and checks the version the actor saw, so two
reviewers acting on one claim at once cannot both succeed: the second is told
what happened instead of silently overwriting the first.
"""

from django.db import transaction
from django.utils import timezone

from claims.caching import public_pages_changed
from claims.models import Claim, ReviewEvent, Verdict


class ReviewError(Exception):
    """A review step that may not happen; the message is shown to the user as is."""


def _locked(claim: Claim, seen_version: int | None) -> Claim:
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if seen_version is not None and locked.version != seen_version:
        raise ReviewError(
            "Someone else changed this claim while you were looking at it "
            f"(it is now “{locked.get_status_display()}”). Reload the page and try again."
        )
    return locked


def _record(claim: Claim, *, action: str, actor, note: str = "") -> None:
    claim.version += 1
    claim.save()
    ReviewEvent.objects.create(claim=claim, action=action, actor=actor, note=note)
    public_pages_changed()


@transaction.atomic
def claim_submit(*, claim: Claim, user, seen_version: int | None = None) -> Claim:
    claim = _locked(claim, seen_version)
    if not Claim.Status(claim.status).can_be_submitted:
        raise ReviewError(f"Only a draft or a sent-back claim can be submitted; this one is “{claim.get_status_display()}”.")
    if not Verdict.objects.filter(claim=claim).exists():
        raise ReviewError("Write a verdict before submitting the claim for review.")
    if not claim.appearances.exists():
        raise ReviewError("Add at least one source where the claim appears before submitting it.")
    claim.status = Claim.Status.IN_REVIEW
    claim.submitted_at = timezone.now()
    _record(claim, action=ReviewEvent.Action.SUBMITTED, actor=user)
    return claim


def _check_reviewer(claim: Claim, reviewer) -> Verdict:
    if not reviewer.has_perm("claims.verify_claim"):
        raise ReviewError("You do not have permission to review claims.")
    if claim.status != Claim.Status.IN_REVIEW:
        raise ReviewError(f"Only a claim in review can be reviewed; this one is “{claim.get_status_display()}”.")
    verdict = Verdict.objects.filter(claim=claim).first()
    if verdict is None:
        raise ReviewError("This claim has no verdict to review.")
    return verdict


@transaction.atomic
def claim_verify(*, claim: Claim, reviewer, seen_version: int | None = None) -> Claim:
    claim = _locked(claim, seen_version)
    verdict = _check_reviewer(claim, reviewer)
    if verdict.written_by(reviewer):
        raise ReviewError("You wrote or last edited this verdict: a second person must verify it.")
    claim.status = Claim.Status.VERIFIED
    claim.verified_by = reviewer
    claim.verified_at = timezone.now()
    claim.review_note = ""
    _record(claim, action=ReviewEvent.Action.VERIFIED, actor=reviewer)
    return claim


@transaction.atomic
def claim_send_back(*, claim: Claim, reviewer, note: str, seen_version: int | None = None) -> Claim:
    note = note.strip()
    if not note:
        raise ReviewError("Say what needs to change: a claim is sent back with a note.")
    claim = _locked(claim, seen_version)
    _check_reviewer(claim, reviewer)
    claim.status = Claim.Status.SENT_BACK
    claim.review_note = note
    _record(claim, action=ReviewEvent.Action.SENT_BACK, actor=reviewer, note=note)
    return claim
