"""Flags as the analysis leaves them: created or refreshed under their stable key (an
editor's status and note stay), retired when no longer found, and linked to the claims
whose quotes hold their figures or names."""

from collections import defaultdict

from django.db.models import Q

from claims.caching import public_pages_changed
from claims.models import Appearance, Claim, Discrepancy, Figure, Mention


def upsert_flag(*, key: str, kind: str, label: str, reason: str, group_key: str, entity) -> Discrepancy:
    """Create or refresh a flag; its status, note and decider are the editor's and stay."""
    discrepancy, _ = Discrepancy.objects.update_or_create(
        key=key[:300],
        defaults={
            "kind": kind, "label": label, "reason": reason, "group_key": group_key[:200],
            "entity": entity, "is_active": True,
        },
    )
    return discrepancy


def retire_flags(scope, kept: list[Discrepancy]) -> None:
    """Flags the analysis no longer finds stay on record (with any decision) but leave public pages."""
    scope.exclude(pk__in=[flag.pk for flag in kept]).filter(is_active=True).update(is_active=False)


def link_flags_to_claims(flags: list[Discrepancy]) -> None:
    """A flag belongs to every claim whose quote contains one of the flag's figures or names."""
    if not flags:
        return
    spans_by_flag: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    through_f = Discrepancy.figures.through.objects.filter(discrepancy__in=flags).values_list(
        "discrepancy_id", "figure__source_id", "figure__start", "figure__end"
    )
    through_m = Discrepancy.mentions.through.objects.filter(discrepancy__in=flags).values_list(
        "discrepancy_id", "mention__source_id", "mention__start", "mention__end"
    )
    source_ids = set()
    for flag_id, source_id, start, end in [*through_f, *through_m]:
        spans_by_flag[flag_id].append((source_id, start, end))
        source_ids.add(source_id)
    appearances = defaultdict(list)
    for claim_id, source_id, start, end in Appearance.objects.filter(source_id__in=source_ids).values_list(
        "claim_id", "source_id", "start", "end"
    ):
        appearances[source_id].append((claim_id, start, end))
    Link = Discrepancy.claims.through
    links = {
        (flag_id, claim_id)
        for flag_id, spans in spans_by_flag.items()
        for source_id, start, end in spans
        for claim_id, a_start, a_end in appearances[source_id]
        if a_start <= start and end <= a_end
    }
    Link.objects.bulk_create([Link(discrepancy_id=f, claim_id=c) for f, c in links], ignore_conflicts=True)


def link_claim(claim: Claim) -> None:
    """After an editor adds or moves a quote: attach the flags and names inside it."""
    spans = list(claim.appearances.values_list("source_id", "start", "end"))
    if not spans:
        return
    inside = Q(pk__in=[])
    for source_id, start, end in spans:
        inside |= Q(source_id=source_id, start__gte=start, end__lte=end)
    mentions = Mention.objects.filter(inside)
    flags = Discrepancy.objects.filter(Q(figures__in=Figure.objects.filter(inside)) | Q(mentions__in=mentions))
    claim.discrepancies.add(*flags.values_list("pk", flat=True).distinct())
    claim.entities.add(*mentions.exclude(entity=None).values_list("entity_id", flat=True).distinct())
    public_pages_changed()
