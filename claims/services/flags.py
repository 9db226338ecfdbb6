"""Flags as the analysis leaves them: created or refreshed under their stable key (an
editor's status and note stay), written only where they changed, retired when no longer
found, and linked to the claims whose quotes hold their figures or names."""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace

from django.db.models import Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from claims.caching import public_pages_changed
from claims.models import Appearance, Claim, Discrepancy, Figure, Mention, Source


@dataclass(frozen=True)
class FoundFlag:
    """A flag as the analysis finds it: what the stored row and its many-to-many sets should hold."""

    key: str
    kind: str
    label: str
    reason: str
    group_key: str
    entity_id: int | None
    items: frozenset[int]  # figure ids (figure flags) or mention ids (name flags)
    sources: frozenset[int]


# What the analysis writes on a flag; the editor's fields (status, note, decider) are not among them.
_ANALYSIS_FIELDS = ("kind", "label", "reason", "group_key", "entity_id", "is_active")


def save_flags(
    found: list[FoundFlag],
    *,
    spans: dict[int, tuple[int, int, int]] | None = None,
    seen: set[int] | None = None,
    item_sources: Mapping[int, int] | None = None,
) -> list[Discrepancy]:
    """Create or refresh these flags under their keys, writing only what changed.

    A flag found as it is stored costs nothing; a changed one is updated (with its history
    row), and its many-to-many sets are brought in line by adding and removing the
    difference, all in a fixed number of statements however many flags there are. The
    editor's status and note stay. The figures and names newly held are linked to the
    claims whose quotes contain them (`spans`: where each item is, source and offsets, when
    the caller has them at hand; read otherwise).

    `seen`: the sources the analysis looked at, when it saw only part of a story (a new
    source's nearest neighbours). Members from other sources were not re-examined, so they
    are neither read nor removed: a busy story's flag keeps its older reports, and a new
    source costs the same however many the flag holds.

    `item_sources` (each item's source) narrows it further: a flag that was active before
    has only its items and sources from `seen` brought in line, because the others were
    right when it was last saved; a new or re-activated flag is written whole.
    """
    wanted = {flag.key[:300]: flag for flag in found}  # a key found twice: the last one stands, as before
    if not wanted:
        return []
    stored = {flag.key: flag for flag in Discrepancy.objects.filter(key__in=wanted)}
    was_active = {key for key, row in stored.items() if row.is_active}
    now = timezone.now()
    created, changed = [], []
    for key, flag in wanted.items():
        values = {"kind": flag.kind, "label": flag.label, "reason": flag.reason, "group_key": flag.group_key[:200],
                  "entity_id": flag.entity_id, "is_active": True}
        row = stored.get(key)
        if row is None:
            created.append(Discrepancy(key=key, **values))
        elif any(getattr(row, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(row, field, value)
            row.updated_at = now
            changed.append(row)
    if created:
        created = bulk_create_with_history(created, Discrepancy)
    if changed:
        bulk_update_with_history(changed, Discrepancy, [*_ANALYSIS_FIELDS, "updated_at"])
    rows = {**stored, **{flag.key: flag for flag in created}}
    figures_seen = {"figure__source_id__in": seen} if seen is not None else {}
    sources_seen = {"source_id__in": seen} if seen is not None else {}
    added_figures = _sync_members(Discrepancy.figures.through, "figure_id", rows, wanted, Discrepancy.Kind.FIGURE, figures_seen)
    if item_sources is not None and seen is not None:
        # Flags active before this analysis: only the seen sources' part can have changed.
        settled = was_active & wanted.keys()
        whole = {key: flag for key, flag in wanted.items() if key not in settled}
        part = {
            key: replace(flag, items=frozenset(item for item in flag.items if item_sources[item] in seen),
                         sources=flag.sources & seen)
            for key, flag in wanted.items() if key in settled
        }
        mentions_seen = {"mention__source_id__in": seen}
        added_mentions = _sync_members(Discrepancy.mentions.through, "mention_id", rows, whole, Discrepancy.Kind.NAME)
        added_mentions |= _sync_members(Discrepancy.mentions.through, "mention_id", rows, part, Discrepancy.Kind.NAME, mentions_seen)
        _sync_members(Discrepancy.sources.through, "source_id", rows, whole, None)
        _sync_members(Discrepancy.sources.through, "source_id", rows, part, None, sources_seen)
    else:
        added_mentions = _sync_members(Discrepancy.mentions.through, "mention_id", rows, wanted, Discrepancy.Kind.NAME)
        _sync_members(Discrepancy.sources.through, "source_id", rows, wanted, None, sources_seen)
    _link_members_to_claims(added_figures, added_mentions, spans or {})
    return [rows[key] for key in wanted]


def _sync_members(
    through, column: str, rows: dict[str, Discrepancy], wanted: dict[str, FoundFlag], kind, only: dict | None = None
) -> set:
    """Bring one many-to-many table in line for the flags of this kind (`None`: every flag's
    sources), among the members `only` selects; returns the (flag, member) pairs added."""
    flag_ids = {rows[key].pk: key for key in wanted if kind is None or wanted[key].kind == kind}
    if not flag_ids:
        return set()
    want = {
        (pk, member)
        for pk, key in flag_ids.items()
        for member in (wanted[key].sources if kind is None else wanted[key].items)
    }
    have = {}
    for row_id, flag_id, member in through.objects.filter(discrepancy_id__in=flag_ids, **(only or {})).values_list(
        "pk", "discrepancy_id", column
    ):
        have[flag_id, member] = row_id
    added = want - have.keys()
    removed = [row_id for pair, row_id in have.items() if pair not in want]
    if removed:
        through.objects.filter(pk__in=removed).delete()
    if added:
        through.objects.bulk_create(
            [through(discrepancy_id=flag_id, **{column: member}) for flag_id, member in added], ignore_conflicts=True
        )
    return added


def _link_members_to_claims(figures: set[tuple[int, int]], mentions: set[tuple[int, int]], known: dict) -> None:
    """Flags newly holding a figure or name join the claims whose quotes contain it."""
    spans = [
        *((flag_id, *span) for flag_id, span in _spans(Figure, figures, known)),
        *((flag_id, *span) for flag_id, span in _spans(Mention, mentions, {})),
    ]
    if not spans:
        return
    appearances = defaultdict(list)
    for claim_id, source_id, start, end in Appearance.objects.filter(
        source_id__in={source_id for _, source_id, _, _ in spans}
    ).values_list("claim_id", "source_id", "start", "end"):
        appearances[source_id].append((claim_id, start, end))
    Link = Discrepancy.claims.through
    links = {
        (flag_id, claim_id)
        for flag_id, source_id, start, end in spans
        for claim_id, a_start, a_end in appearances[source_id]
        if a_start <= start and end <= a_end
    }
    Link.objects.bulk_create([Link(discrepancy_id=f, claim_id=c) for f, c in links], ignore_conflicts=True)


def _spans(model, pairs: set[tuple[int, int]], known: dict):
    if not pairs:
        return []
    where = dict(known)
    unknown = {member for _, member in pairs if member not in where}
    if unknown:
        where.update(
            (pk, (source_id, start, end))
            for pk, source_id, start, end in model.objects.filter(pk__in=unknown).values_list("pk", "source_id", "start", "end")
        )
    return [(flag_id, where[member]) for flag_id, member in pairs if member in where]


def keep_evidence(source) -> set[int]:
    """Before a source's figures and names are replaced: every flag that holds one of them
    records what it holds now (`Discrepancy.evidence`), in all its sources. A flag the new
    analysis no longer finds is retired with its decision; this keeps what it was about.
    Returns the flags that held the source's figures, which the analysis recomputes."""
    # Only flags still found: a retired flag's record is what it held when it was last found,
    # not what is left of it after its other sources change too.
    active = {"discrepancy__is_active": True}
    held_figures = set(
        Discrepancy.figures.through.objects.filter(figure__source=source, **active).values_list("discrepancy_id", flat=True)
    )
    flag_ids = held_figures | set(
        Discrepancy.mentions.through.objects.filter(mention__source=source, **active).values_list(
            "discrepancy_id", flat=True
        )
    )
    if not flag_ids:
        return held_figures
    held: dict[int, list[tuple]] = defaultdict(list)
    for through, column in ((Discrepancy.figures.through, "figure"), (Discrepancy.mentions.through, "mention")):
        rows = through.objects.filter(discrepancy_id__in=flag_ids).values_list(
            "discrepancy_id", f"{column}__text", f"{column}__source_id", f"{column}__start", f"{column}__end",
            f"{column}__sentence",
        )
        for flag_id, *item in rows:
            held[flag_id].append(tuple(item))
    titles = {s.pk: str(s) for s in Source.objects.filter(pk__in={item[1] for items in held.values() for item in items})}
    Discrepancy.objects.bulk_update(
        [
            Discrepancy(pk=flag_id, evidence=[
                {"text": text, "source": titles.get(source_id, ""), "source_id": source_id, "offsets": [start, end],
                 "sentence": sentence[:500]}
                for text, source_id, start, end, sentence in sorted(held[flag_id], key=lambda item: item[1:3])
            ])
            for flag_id in flag_ids
        ],
        ["evidence"],
    )  # fmt: skip
    return held_figures


def retire_flags(scope, kept: list[Discrepancy]) -> None:
    """Flags the analysis no longer finds stay on record (with any decision) but leave public pages."""
    scope.exclude(pk__in=[flag.pk for flag in kept]).filter(is_active=True).update(is_active=False)


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
