"""Writing verdicts. A verdict readers have seen changes only with a published correction.

A verdict is what a reviewer verifies, so its edits take the same row lock on the
claim as every review step (claims.services.review): an edit and a verification
never interleave. While a claim is in review its verdict is frozen: the reviewer
verifies exactly what they read, and an editor who wants to change it asks for
the claim to be sent back first.
"""

from django.db import transaction

from claims.caching import public_pages_changed
from claims.models import Claim, Correction, Verdict

from .review import ReviewError


class CorrectionRequired(ReviewError):
    """A public verdict changed without a reason for readers."""


IN_REVIEW_MESSAGE = (
    "This claim is in review: its verdict cannot change while a reviewer is checking it. "
    "Ask the reviewer to send it back, then edit it."
)


def verdict_needs_correction(verdict: Verdict, *, rating: str, summary: str) -> bool:
    """A public verdict whose rating or summary changes must say so to readers."""
    if verdict.pk is None or verdict.claim.status != Claim.Status.VERIFIED:
        return False
    return verdict.rating != rating or verdict.summary != summary


def lock_claim_for_verdict_edit(claim_id: int) -> Claim:
    """Lock the claim row (as review steps do) and refuse an edit while it is in review."""
    claim = Claim.objects.select_for_update().get(pk=claim_id)
    if claim.status == Claim.Status.IN_REVIEW:
        raise ReviewError(IN_REVIEW_MESSAGE)
    return claim


@transaction.atomic
def verdict_save(*, verdict: Verdict, user, correction_reason: str = "", previous: Verdict | None = None) -> Verdict:
    """Save a verdict written or edited by `user`, recording a correction when it was public.

    The verdict as stored is read again under the claim's lock, so the decision
    "was it public, did it change?" is made on what readers saw at this moment,
    not on what the editor's form was built from. (`previous` is accepted for
    callers that already hold it; the locked read wins.)"""
    claim = lock_claim_for_verdict_edit(verdict.claim_id)
    verdict.claim = claim
    stored = Verdict.objects.filter(pk=verdict.pk).first() if verdict.pk else None
    if stored is None:
        verdict.author = user
    else:
        stored.claim = claim
        verdict.updated_by = user
    if stored is not None and verdict_needs_correction(stored, rating=verdict.rating, summary=verdict.summary):
        if not correction_reason.strip():
            raise CorrectionRequired("This verdict is public: say what changed and why, for the corrections log.")
        Correction.objects.create(
            claim=claim,
            made_by=user,
            reason=correction_reason.strip(),
            previous_rating=stored.rating,
            new_rating=verdict.rating,
            previous_summary=stored.summary,
        )
    verdict.save()
    public_pages_changed()
    return verdict
