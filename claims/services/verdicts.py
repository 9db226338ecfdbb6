"""Writing verdicts. A verdict readers have seen changes only with a published correction."""

from django.db import transaction

from claims.caching import public_pages_changed
from claims.models import Claim, Correction, Verdict


class CorrectionRequired(Exception):
    pass


def verdict_needs_correction(verdict: Verdict, *, rating: str, summary: str) -> bool:
    """A public verdict whose rating or summary changes must say so to readers."""
    if verdict.pk is None or verdict.claim.status != Claim.Status.VERIFIED:
        return False
    return verdict.rating != rating or verdict.summary != summary


@transaction.atomic
def verdict_save(*, verdict: Verdict, user, correction_reason: str = "", previous: Verdict | None = None) -> Verdict:
    """Save a verdict written or edited by `user`, recording a correction when it was public.

    `previous` is the verdict as stored before the edit (the admin has already
    applied the form to `verdict`)."""
    if verdict.pk is None:
        verdict.author = user
    else:
        verdict.updated_by = user
    if previous is not None and verdict_needs_correction(previous, rating=verdict.rating, summary=verdict.summary):
        if not correction_reason.strip():
            raise CorrectionRequired("This verdict is public: say what changed and why, for the corrections log.")
        Correction.objects.create(
            claim=verdict.claim,
            made_by=user,
            reason=correction_reason.strip(),
            previous_rating=previous.rating,
            new_rating=verdict.rating,
            previous_summary=previous.summary,
        )
    verdict.save()
    public_pages_changed()
    return verdict
