"""Figures: a source's figures replaced on each analysis, and the flags of the groups they
belong to recomputed within the source's story."""

from __future__ import annotations

import operator
from collections import Counter, defaultdict
from dataclasses import replace
from functools import reduce
from typing import TYPE_CHECKING

from django.db.models import F, Q

from claims.detection import compare, figures, names, stories
from claims.detection.types import FigureFact, FigureRecord, Qualifier
from claims.models import Discrepancy, Figure, Mention, Source

from .flags import FoundFlag, retire_flags, save_flags
from .name_analysis import AnyOf, union_all

if TYPE_CHECKING:
    from .detection import AnalysisSummary

EDITOR_GROUP_PREFIX = "editor:"


def replace_figures(source: Source, summary: AnalysisSummary) -> set[str]:
    old = list(Figure.objects.filter(source=source).values_list("text", "group_key", "group_locked"))
    regrouped = {text: key for text, key, locked in old if locked}
    Figure.objects.filter(source=source).delete()
    facts = figures.extract_figures(source.text, source.published_on)
    rows = [
        Figure(
            source=source,
            text=fact.text[:300],
            start=fact.start,
            end=fact.end,
            value_low=fact.value_low,
            value_high=fact.value_high,
            unit=fact.unit[:40],
            noun=fact.noun[:100],
            qualifier=fact.qualifier.value,
            as_of=fact.as_of,
            period=fact.period[:100],
            scope=fact.scope[:40],
            speaker=fact.speaker[:200],
            sentence=fact.sentence,
            quantity_key=fact.quantity_key[:200],
            group_key=regrouped.get(fact.text, fact.quantity_key)[:200],
            group_locked=fact.text in regrouped,
        )
        for fact in facts
        if fact.quantity_key
    ]
    Figure.objects.bulk_create(rows)
    summary.figures = len(rows)
    return {key for _, key, _ in old} | {row.group_key for row in rows}


# What a figure's record is made of: its own columns and its source's date, never the
# source's text. Read as plain rows: a busy story's flags weigh a thousand figures.
_RECORD_COLUMNS = (
    "pk", "source_id", "text", "start", "end", "value_low", "value_high", "unit", "noun", "qualifier", "sentence",
    "as_of", "period", "scope", "speaker", "group_key", "source__published_on",
)


def _figure_records(figures) -> list[FigureRecord]:
    records = []
    for (pk, source_id, text, start, end, low, high, unit, noun, qualifier, sentence, as_of, period, scope, speaker,
         group_key, published) in figures.values_list(*_RECORD_COLUMNS):
        fact = FigureFact(
            text=text, start=start, end=end, value_low=low, value_high=high, unit=unit, noun=noun,
            qualifier=Qualifier(qualifier), sentence=sentence, sentence_start=0, as_of=as_of, period=period,
            scope=scope, speaker=speaker, quantity_key=group_key,
        )
        records.append(FigureRecord(ref=pk, source_ref=source_id, fact=fact, published=published))
    return records


def refresh_figure_flags(
    group_keys: set[str], *, around: Source | None = None, held_before: set[int] = frozenset()
) -> list[Discrepancy]:
    """Recompute the flags of these figure groups, keeping every editor's decision.

    With `around`, only that source's story is recomputed: the sources holding figures of
    these groups that share at least two names with it (at most STORY_NEIGHBOURS, nearest
    first), so a new source's cost does not grow with the corpus. Without it, whole groups
    are recomputed and split into stories (used to rebuild flags from scratch).
    """
    group_keys = {key for key in group_keys if key}
    if not group_keys:
        return []
    editor_keys = {key for key in group_keys if key.startswith(EDITOR_GROUP_PREFIX)}
    natural_keys = group_keys - editor_keys
    if around is None:
        members = _figure_records(Figure.objects.filter(group_key__in=group_keys).order_by())
        story_of = _stories_of({record.source_ref for record in members})
        seen = None  # every source of these groups
    else:
        story, story_anchor, joined_anchors = _story_around(around, natural_keys)
        members = _figure_records(
            Figure.objects.filter(Q(AnyOf(F("source_id"), story), group_key__in=natural_keys) | Q(group_key__in=editor_keys))
            .order_by()
        )
        story_of = dict.fromkeys(story, story_anchor)
        seen = story
    by_ref = {record.ref: record for record in members}
    records_by_story: dict[tuple[str, int], list[FigureRecord]] = defaultdict(list)
    for record in sorted(members, key=lambda record: (record.source_ref, record.fact.start)):  # as Figure.Meta orders them
        # An editor's group is compared as a whole: the editor has said these figures meet.
        group_key = record.fact.quantity_key
        anchor = 0 if group_key in editor_keys else story_of[record.source_ref]
        records_by_story[group_key, anchor].append(record)
    found = []
    for (_, anchor), records in sorted(records_by_story.items()):
        for flag in compare.find_figure_flags(records):
            found.append(FoundFlag(
                # The story's first source keeps two stories' flags on one quantity apart.
                key=f"{flag.key}#story-{anchor}" if anchor else flag.key,
                kind=Discrepancy.Kind.FIGURE,
                label=flag.label.value,
                reason=flag.reason,
                group_key=flag.quantity_key,
                entity_id=None,
                items=frozenset(flag.refs),
                sources=frozenset(by_ref[ref].source_ref for ref in flag.refs),
            ))
    scope = Discrepancy.objects.filter(kind=Discrepancy.Kind.FIGURE, group_key__in=group_keys)
    if around is not None:
        # This story's flags (and those of stories it now joins), the editor's groups, and any
        # flag that held the source's old figures.
        this_story = Q(group_key__in=editor_keys) | Q(pk__in=held_before)
        for joined in {story_anchor, *joined_anchors}:
            this_story |= Q(key__endswith=f"#story-{joined}")
        scope = scope.filter(this_story)
        found = _continue_flags(found, scope, story)
    spans = {ref: (record.source_ref, record.fact.start, record.fact.end) for ref, record in by_ref.items()}
    kept = save_flags(found, spans=spans, seen=seen)
    retire_flags(scope, kept)
    return kept


def _continue_flags(found: list[FoundFlag], scope, seen: set[int]) -> list[FoundFlag]:
    """A flag found around a new source continues the stored flag it overlaps.

    Around one source the desk sees a window of the story (its nearest neighbours), so a
    flag's key, which names the earliest figures' date, can differ from the key the same
    disagreement was stored under when the window held older reports. A found flag whose
    key is not stored takes the key of the active flag on the same quantity that shares
    the most sources with it, so the editor's decision on that flag stays with it. Only the
    sources the analysis saw are read: a busy story's flag may hold thousands.
    """
    stored = defaultdict(set)
    for key, source_id in Discrepancy.sources.through.objects.filter(
        AnyOf(F("source_id"), seen), discrepancy__in=scope.filter(is_active=True)
    ).values_list("discrepancy__key", "source_id"):
        stored[key].add(source_id)
    if not stored:
        return found
    quantity_of = dict(scope.filter(key__in=stored).values_list("key", "group_key"))
    taken = {flag.key for flag in found if flag.key in stored}
    continued = []
    for flag in found:
        if flag.key not in stored:
            overlapping = [
                (len(sources & flag.sources), key)
                for key, sources in stored.items()
                if key not in taken and quantity_of.get(key) == flag.group_key and sources & flag.sources
            ]
            if overlapping:
                _, key = max(overlapping, key=lambda pair: (pair[0], pair[1]))
                taken.add(key)
                flag = replace(flag, key=key)
        continued.append(flag)
    return continued


# Enough to hold every report of one story; a cap, so that a story joined through many
# uncommon names cannot pull in the archive.
STORY_NEIGHBOURS = 200


def _story_around(source: Source, group_keys: set[str]) -> tuple[set[int], int, set[int]]:
    """The source's story, the anchor its flags are keyed by, and the other anchors it joins.

    The story is the source and the sources holding figures of these groups that share at
    least two names with it, one of them uncommon (`stories.common_names`), published within
    the engine's story window (most names shared first, then newest). Only an uncommon
    name's sources are candidates, and an uncommon name has at most COMMON_NAME_SOURCES of
    them, so the read is bounded by the source's names, not by the corpus.

    The story then takes in the sources of the flags its sources already hold, and keeps
    the anchor those flags were first saved under (`_flagged_stories`), so that a new
    source continues a story rather than starting one beside it."""
    if not group_keys:
        return {source.pk}, source.pk, set()
    rows = Mention.objects.filter(source=source).exclude(entity=None).values_list("entity_id", "text")
    entity_ids = sorted({entity_id for entity_id, text in rows if not names.is_general_place(text)})
    if len(entity_ids) < 2:
        return {source.pk}, source.pk, set()
    shared = _names_shared(source, entity_ids, group_keys)
    ranked = sorted((source_id for source_id, n in shared.items() if n >= 2), key=lambda s: (-shared[s], -s))
    story = {source.pk, *ranked[:STORY_NEIGHBOURS]}
    anchors, flagged_sources = _flagged_stories(story, group_keys)
    if not anchors:
        return story, min(story), set()
    room = STORY_NEIGHBOURS + 1 - len(story)
    story |= set(sorted(flagged_sources - story, reverse=True)[: max(room, 0)])
    anchor = min(anchors)
    return story, anchor, anchors - {anchor}


def _names_shared(source: Source, entity_ids: list[int], group_keys: set[str]) -> Counter[int]:
    """How many of these names each candidate holds: the other sources that hold an
    uncommon one of them, are published within the story window and hold figures of these
    groups.

    The candidates come from the uncommon names' holders (`_newest_holders`); the common
    names are then counted for those candidates only."""
    holders = _newest_holders(entity_ids)
    common = stories.common_names({entity_id: len(held) for entity_id, held in holders.items()})
    shared = Counter(
        source_id
        for entity_id, held in holders.items()
        if entity_id not in common
        for source_id in held
        if source_id != source.pk
    )
    if not shared:
        return shared
    # No ordering: the default one (by source date) would join every candidate's source.
    with_figures = Figure.objects.filter(AnyOf(F("source_id"), set(shared)), group_key__in=group_keys).order_by()
    if source.published_on:
        window = (source.published_on - compare.STORY_WINDOW, source.published_on + compare.STORY_WINDOW)
        with_figures = with_figures.filter(source__published_on__range=window)
    candidates = set(with_figures.values_list("source_id", flat=True).distinct())
    shared = Counter({source_id: n for source_id, n in shared.items() if source_id in candidates})
    if common and shared:
        shared.update(
            source_id
            for source_id, _ in Mention.objects.filter(AnyOf(F("source_id"), set(shared)), AnyOf(F("entity_id"), common))
            .order_by()
            .values_list("source_id", "entity_id")
            .distinct()
        )
    return shared


def _newest_holders(entity_ids) -> dict[int, list[int]]:
    """Each name's newest COMMON_NAME_SOURCES + 1 holding sources, in one statement (a bounded
    read per name, joined by UNION ALL): enough to tell a common name (one that fills its
    read), and all the holders of any other."""
    limit = stories.COMMON_NAME_SOURCES
    reads = [
        Mention.objects.filter(entity_id=entity_id)
        .order_by("-source_id")
        .values_list("entity_id", "source_id")
        .distinct()[: limit + 1]
        for entity_id in sorted(entity_ids)
    ]
    holders: dict[int, list[int]] = defaultdict(list)
    for entity_id, source_id in union_all(reads):
        holders[entity_id].append(source_id)
    return holders


def _flagged_stories(story: set[int], group_keys: set[str]) -> tuple[set[int], set[int]]:
    """Anchors of the active figure flags on these groups that hold a source of the story,
    and the sources those flags hold (newest STORY_NEIGHBOURS of them).

    Without this, a story's anchor would be the smallest source among a new source's
    nearest neighbours, which moves once a story outgrows STORY_NEIGHBOURS, or when a new
    source shares names with a story's later reports but not its first: the flags would be
    found again under a new key beside the old ones, and an editor's decision left behind."""
    keys = (
        Discrepancy.objects.filter(kind=Discrepancy.Kind.FIGURE, is_active=True, group_key__in=group_keys, sources__in=story)
        .order_by()
        .values_list("key", flat=True)
        .distinct()
    )
    anchors = {int(key.rsplit("#story-", 1)[1]) for key in keys if "#story-" in key}
    if not anchors:
        return set(), set()
    in_these_stories = reduce(operator.or_, (Q(discrepancy__key__endswith=f"#story-{a}") for a in anchors))
    flagged = (
        Discrepancy.sources.through.objects.filter(
            in_these_stories,
            discrepancy__kind=Discrepancy.Kind.FIGURE,
            discrepancy__is_active=True,
            discrepancy__group_key__in=group_keys,
        )
        .order_by("-source_id")
        .values_list("source_id", flat=True)
        .distinct()[:STORY_NEIGHBOURS]
    )
    return anchors, set(flagged)


def _stories_of(source_ids: set[int]) -> dict[int, int]:
    """Figures are compared only between sources that tell the same story (shared names,
    one of them uncommon: counted over the whole archive, as around a new source)."""
    entities: dict[int, set[int]] = {source_id: set() for source_id in source_ids}
    rows = Mention.objects.filter(source_id__in=source_ids).exclude(entity=None).values_list("source_id", "entity_id", "text")
    for source_id, entity_id, text in rows.distinct():
        if not names.is_general_place(text):  # "Russia" in two reports makes no story
            entities[source_id].add(entity_id)
    holders = _newest_holders(set().union(*entities.values()) if entities else set())
    common = stories.common_names({entity_id: len(held) for entity_id, held in holders.items()})
    return stories.group_into_stories(entities, common=common)
