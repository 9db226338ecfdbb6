"""Storing what the detection engine finds, and keeping flags in step with it.

The engine (claims.detection) is pure; this module is the thin layer that
replaces a source's figures and mentions, places each mention in an entity,
and recomputes the flags of exactly the groups and entities the source
touches. A new source is compared only with candidates that share a blocking
key (names) or a group key (figures), so its cost does not grow with the corpus.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.text import slugify

from claims.caching import public_pages_changed
from claims.detection import compare, figures, names, stories
from claims.detection.types import FigureFact, FigureRecord, FlagLabel, MentionRecord, Qualifier
from claims.models import Appearance, Claim, Discrepancy, Entity, EntityAlias, EntityKey, Figure, Mention, Source


EDITOR_GROUP_PREFIX = "editor:"


@dataclass
class AnalysisSummary:
    figures: int = 0
    mentions: int = 0
    new_entities: int = 0
    flags: int = 0


@transaction.atomic
def analyse_source(source: Source) -> AnalysisSummary:
    summary = AnalysisSummary()
    # Flags that held this source's old figures: recomputed, or retired if they no longer hold.
    held_before = set(Discrepancy.objects.filter(figures__source=source).values_list("pk", flat=True))
    group_keys = _replace_figures(source, summary)
    entity_ids = _replace_mentions(source, summary)
    flags = refresh_figure_flags(group_keys, around=source, held_before=held_before)
    flags += refresh_name_flags(entity_ids, around=source)
    summary.flags = len(flags)
    link_flags_to_claims(flags)
    Source.objects.filter(pk=source.pk).update(analysed_at=timezone.now())
    public_pages_changed()
    return summary


# --- figures -------------------------------------------------------------------------------


def _replace_figures(source: Source, summary: AnalysisSummary) -> set[str]:
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


def _figure_record(figure: Figure) -> FigureRecord:
    fact = FigureFact(
        text=figure.text,
        start=figure.start,
        end=figure.end,
        value_low=figure.value_low,
        value_high=figure.value_high,
        unit=figure.unit,
        noun=figure.noun,
        qualifier=Qualifier(figure.qualifier),
        sentence=figure.sentence,
        sentence_start=0,
        as_of=figure.as_of,
        period=figure.period,
        scope=figure.scope,
        speaker=figure.speaker,
        quantity_key=figure.group_key,
    )
    return FigureRecord(ref=figure.pk, source_ref=figure.source_id, fact=fact, published=figure.source.published_on)


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
        members = list(Figure.objects.filter(group_key__in=group_keys).select_related("source"))
        story_of = _stories_of({figure.source_id for figure in members})
    else:
        story = _story_around(around, natural_keys)
        members = list(
            Figure.objects.filter(Q(group_key__in=natural_keys, source_id__in=story) | Q(group_key__in=editor_keys))
            .select_related("source")
        )
        story_of = dict.fromkeys(story, min(story))
    by_ref = {figure.pk: figure for figure in members}
    records_by_story: dict[tuple[str, int], list[FigureRecord]] = defaultdict(list)
    for figure in members:
        # An editor's group is compared as a whole: the editor has said these figures meet.
        anchor = 0 if figure.group_key in editor_keys else story_of[figure.source_id]
        records_by_story[figure.group_key, anchor].append(_figure_record(figure))
    kept = []
    for (_, anchor), records in sorted(records_by_story.items()):
        for flag in compare.find_figure_flags(records):
            items = [by_ref[ref] for ref in flag.refs]
            discrepancy = _upsert_flag(
                # The story's first source keeps two stories' flags on one quantity apart.
                key=f"{flag.key}#story-{anchor}" if anchor else flag.key,
                kind=Discrepancy.Kind.FIGURE,
                label=flag.label.value,
                reason=flag.reason,
                group_key=flag.quantity_key,
                entity=None,
            )
            discrepancy.figures.set(items)
            discrepancy.sources.set({item.source_id for item in items})
            kept.append(discrepancy)
    scope = Discrepancy.objects.filter(kind=Discrepancy.Kind.FIGURE, group_key__in=group_keys)
    if around is not None:
        anchors = {anchor for _, anchor in records_by_story} | {min(story_of.values(), default=around.pk)}
        story_flags = Q(group_key__in=editor_keys)
        for anchor in anchors - {0}:
            story_flags |= Q(key__endswith=f"#story-{anchor}")
        scope = scope.filter(story_flags | Q(pk__in=held_before))
    _retire(scope, kept)
    return kept


# Enough to hold every report of one story; a cap, so one popular name cannot pull in the archive.
STORY_NEIGHBOURS = 200


def _story_around(source: Source, group_keys: set[str]) -> set[int]:
    """The source and the sources of its story: holding figures of these groups, sharing at
    least two names with it, published within the engine's story window (nearest first)."""
    if not group_keys:
        return {source.pk}
    names_here = Mention.objects.filter(source=source).exclude(entity=None).values("entity_id")
    with_figures = Figure.objects.filter(group_key__in=group_keys).exclude(source=source).values("source_id")
    shared = Mention.objects.filter(entity_id__in=names_here, source_id__in=with_figures)
    if source.published_on:
        window = (source.published_on - compare.STORY_WINDOW, source.published_on + compare.STORY_WINDOW)
        shared = shared.filter(source__published_on__range=window)
    neighbours = (
        shared.values("source_id")
        .annotate(n=Count("entity_id", distinct=True))
        .filter(n__gte=2)
        .order_by("-n", "-source_id")
        .values_list("source_id", flat=True)[:STORY_NEIGHBOURS]
    )
    return {source.pk, *neighbours}


def _stories_of(source_ids: set[int]) -> dict[int, int]:
    """Figures are compared only between sources that tell the same story (shared names)."""
    entities: dict[int, set[int]] = {source_id: set() for source_id in source_ids}
    rows = Mention.objects.filter(source_id__in=source_ids).exclude(entity=None).values_list("source_id", "entity_id")
    for source_id, entity_id in rows.distinct():
        entities[source_id].add(entity_id)
    return stories.group_into_stories(entities)


# --- names ---------------------------------------------------------------------------------


def _replace_mentions(source: Source, summary: AnalysisSummary) -> set[int]:
    old = list(Mention.objects.filter(source=source).values_list("text", "entity_id", "entity_locked"))
    placed_by_editor = {text: entity_id for text, entity_id, locked in old if locked and entity_id}
    Mention.objects.filter(source=source).delete()
    facts = names.extract_mentions(source.text)
    spellings = sorted({fact.text for fact in facts})
    entity_for = _place_spellings(spellings, placed_by_editor, summary)
    _record_stated_aliases(source, entity_for)
    rows = [
        Mention(
            source=source,
            entity_id=entity_for.get(fact.text),
            text=fact.text[:200],
            start=fact.start,
            end=fact.end,
            sentence=fact.sentence,
            entity_locked=fact.text in placed_by_editor,
        )
        for fact in facts
    ]
    Mention.objects.bulk_create(rows)
    summary.mentions = len(rows)
    return {entity_id for _, entity_id, _ in old if entity_id} | set(entity_for.values())


def _place_spellings(spellings: list[str], fixed: dict[str, int], summary: AnalysisSummary) -> dict[str, int]:
    """Each spelling's entity: an editor's placement, else a candidate sharing a blocking key, else a new one."""
    keys_of = {spelling: names.blocking_keys(spelling) for spelling in spellings}
    all_keys = set().union(*keys_of.values()) if keys_of else set()
    candidates_by_key: dict[str, set[int]] = defaultdict(set)
    for key, entity_id in EntityKey.objects.filter(key__in=all_keys).values_list("key", "entity_id"):
        candidates_by_key[key].add(entity_id)
    candidate_ids = set().union(*candidates_by_key.values()) if candidates_by_key else set()
    known_spellings = _spellings_of(candidate_ids)

    entity_for: dict[str, int] = dict(fixed)
    unplaced: list[str] = []
    for spelling in spellings:
        if spelling in entity_for:
            continue
        candidates = set().union(*(candidates_by_key.get(key, set()) for key in keys_of[spelling]))
        match = _best_match(spelling, candidates, known_spellings)
        if match is None:
            unplaced.append(spelling)
        else:
            entity_for[spelling] = match
    for cluster in names.cluster_mentions([MentionRecord(i, 0, s) for i, s in enumerate(unplaced)]):
        cluster_spellings = [unplaced[i] for i in cluster]
        entity = _new_entity(names.house_spelling_for(cluster_spellings))
        summary.new_entities += 1
        for spelling in cluster_spellings:
            entity_for[spelling] = entity.pk
    _store_keys(entity_for, keys_of)
    return entity_for


# How many of an entity's latest mentions a new spelling is matched against (with its
# house spelling and aliases): enough for every variant in use, bounded for popular names.
SPELLINGS_READ = 2000


def _spellings_of(entity_ids: set[int]) -> dict[int, set[str]]:
    spellings: dict[int, set[str]] = defaultdict(set)
    if not entity_ids:
        return spellings
    for entity_id, name in Entity.objects.filter(pk__in=entity_ids).values_list("pk", "name"):
        spellings[entity_id].add(name)
    for entity_id, name in EntityAlias.objects.filter(entity_id__in=entity_ids).values_list("entity_id", "name"):
        spellings[entity_id].add(name)
    for entity_id in entity_ids:
        latest = Mention.objects.filter(entity_id=entity_id).order_by("-source_id")[:SPELLINGS_READ]
        spellings[entity_id].update(latest.values_list("text", flat=True))
    return spellings


def _best_match(spelling: str, candidates: set[int], known: dict[int, set[str]]) -> int | None:
    """The candidate with the most spellings that name the same thing; ties go to the oldest entity."""
    best, best_score = None, 0
    for entity_id in sorted(candidates):
        score = sum(names.same_name(spelling, other) for other in known.get(entity_id, ()))
        if score > best_score:
            best, best_score = entity_id, score
    return best


def _new_entity(house_spelling: str) -> Entity:
    base = slugify(names.fold(house_spelling)) or slugify(house_spelling) or "name"
    slug, n = base[:200], 2
    while Entity.objects.filter(slug=slug).exists():
        slug, n = f"{base[:200]}-{n}", n + 1
    return Entity.objects.create(name=house_spelling[:200], slug=slug)


def _store_keys(entity_for: dict[str, int], keys_of: dict[str, frozenset[str]]) -> None:
    rows = [
        EntityKey(entity_id=entity_id, key=key[:200])
        for spelling, entity_id in entity_for.items()
        for key in keys_of.get(spelling) or names.blocking_keys(spelling)
    ]
    EntityKey.objects.bulk_create(rows, ignore_conflicts=True)


def _record_stated_aliases(source: Source, entity_for: dict[str, int]) -> None:
    """“Nur-Sultan (formerly known as Astana)”: the source itself says two names are one place."""
    for current, former in names.stated_aliases(source.text):
        entity_id = entity_for.get(current)
        if entity_id is None:
            continue
        EntityAlias.objects.get_or_create(
            entity_id=entity_id, name=former[:200], held_from=None,
            defaults={"note": f"Stated in {source.publisher}: formerly known as {former}."},
        )
        entity_for.setdefault(former, entity_id)
        _store_keys({former: entity_id}, {former: names.blocking_keys(former)})


# Spelling flags weigh an entity's latest appearances; one name in thousands of reports
# must not make every import read them all.
NAME_FLAG_SOURCES = 400


def refresh_name_flags(entity_ids: set[int], *, around: Source | None = None) -> list[Discrepancy]:
    entity_ids = {pk for pk in entity_ids if pk}
    if not entity_ids:
        return []
    entities = Entity.objects.in_bulk(entity_ids)
    mentions_by_entity: dict[int, list[MentionRecord]] = defaultdict(list)
    published: dict[int, date] = {}
    for entity_id in entity_ids:
        # One record per spelling per source (the first mention stands for the others).
        recent_sources = set(
            Mention.objects.filter(entity_id=entity_id)
            .order_by("-source_id")
            .values_list("source_id", flat=True)
            .distinct()[:NAME_FLAG_SOURCES]
        )
        if around is not None:
            recent_sources.add(around.pk)
        latest = (
            Mention.objects.filter(entity_id=entity_id, source_id__in=recent_sources)
            .values("source_id", "text", "source__published_on")
            .annotate(ref=Min("pk"))
            .order_by()
        )
        for row in latest:
            mentions_by_entity[entity_id].append(MentionRecord(ref=row["ref"], source_ref=row["source_id"], text=row["text"]))
            if row["source__published_on"]:
                published[row["source_id"]] = row["source__published_on"]
    kept = []
    for entity_id, records in mentions_by_entity.items():
        entity = entities[entity_id]
        source_of = {record.ref: record.source_ref for record in records}
        found = [
            (flag.key, flag.label.value, flag.reason, flag.refs)
            for flag in names.name_flags(records, entity.name, entity.slug)
        ] + [
            (
                f"name:{entity.slug}:{FlagLabel.OUTDATED_NAME}:{old.source_ref}:{names.fold(old.written)}",
                FlagLabel.OUTDATED_NAME.value,
                old.reason,
                old.refs,
            )
            for old in names.outdated_names(records, published)
        ]
        for key, label, reason, refs in found:
            discrepancy = _upsert_flag(
                key=key, kind=Discrepancy.Kind.NAME, label=label, reason=reason, group_key="", entity=entity
            )
            discrepancy.mentions.set(refs)
            discrepancy.sources.set({source_of[ref] for ref in refs})
            kept.append(discrepancy)
    _retire(Discrepancy.objects.filter(kind=Discrepancy.Kind.NAME, entity_id__in=entity_ids), kept)
    return kept


# --- flags ---------------------------------------------------------------------------------


def _upsert_flag(*, key: str, kind: str, label: str, reason: str, group_key: str, entity) -> Discrepancy:
    """Create or refresh a flag; its status, note and decider are the editor's and stay."""
    discrepancy, _ = Discrepancy.objects.update_or_create(
        key=key[:300],
        defaults={
            "kind": kind, "label": label, "reason": reason, "group_key": group_key[:200],
            "entity": entity, "is_active": True,
        },
    )
    return discrepancy


def _retire(scope, kept: list[Discrepancy]) -> None:
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
