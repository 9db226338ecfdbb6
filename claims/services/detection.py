"""Storing what the detection engine finds, and keeping flags in step with it.

The engine (claims.detection) is pure; this module (with figure_analysis,
name_analysis and flags) is the thin layer that replaces a source's figures and mentions, places each mention in an entity,
and recomputes the flags of exactly the groups and entities the source
touches. A new source is compared only with candidates that share a blocking
key (names) or a group key (figures), so its cost does not grow with the corpus.
"""

from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone

from claims.caching import public_pages_changed
from claims.models import Figure, Mention, Source

from .figure_analysis import EDITOR_GROUP_PREFIX, refresh_figure_flags, replace_figures
from .flags import keep_evidence, link_claim
from .name_analysis import absorb_entities, new_entity, refresh_name_flags, replace_mentions

# Callers reach the pieces through this module: the door every analysis goes through.
__all__ = [
    "EDITOR_GROUP_PREFIX",
    "AnalysisSummary",
    "absorb_entities",
    "analyse_source",
    "delete_sources",
    "link_claim",
    "new_entity",
    "refresh_figure_flags",
    "refresh_name_flags",
    "take_turns_with_other_analyses",
]


@dataclass
class AnalysisSummary:
    figures: int = 0
    mentions: int = 0
    new_entities: int = 0
    entities_joined: int = 0
    flags: int = 0


# Any 64-bit number no other part of the desk uses for an advisory lock.
_DETECTION_LOCK = 0x6661_6374_6368_6B31


def take_turns_with_other_analyses() -> None:
    """Analyses, and editors' merges and splits, change what every source shares (entities,
    their keys, the flags of a story): on PostgreSQL they take turns, holding an advisory
    lock until their transaction ends. Two reports naming one new person at once would each
    create the person; an import could place a spelling in an entity another is joining
    away. SQLite runs one writer at a time already. Must be called inside a transaction."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_DETECTION_LOCK])


@transaction.atomic
def analyse_source(source: Source) -> AnalysisSummary:
    take_turns_with_other_analyses()
    summary = AnalysisSummary()
    # Flags that held this source's old figures (and names, whose record is kept): recomputed,
    # or retired if they no longer hold. A flag already retired has nothing left to retire.
    held_before = keep_evidence(source)
    group_keys = replace_figures(source, summary)
    entity_ids, joined = replace_mentions(source, summary)
    flags = refresh_figure_flags(group_keys, around=source, held_before=held_before)
    # An entity that took in others has new spellings in every source: its flags are redone whole.
    flags += refresh_name_flags(joined)
    flags += refresh_name_flags(entity_ids - joined, around=source)
    summary.flags = len(flags)
    Source.objects.filter(pk=source.pk).update(analysed_at=timezone.now())
    public_pages_changed()
    return summary


@transaction.atomic
def delete_sources(sources) -> None:
    """Delete these sources with their figures and names, and bring the flags they fed in line.

    A deleted source's figures and names leave the flags that held them: each such flag is
    recomputed from what remains, so a disagreement that needed the deleted source is retired
    (keeping its decision and its record, `keep_evidence`) instead of staying public with one
    side. Whole groups and entities are recomputed: a deletion is rare, an import is not.
    """
    take_turns_with_other_analyses()
    ids = [source.pk for source in sources]
    for source in Source.objects.filter(pk__in=ids):
        keep_evidence(source)
    group_keys = set(Figure.objects.filter(source_id__in=ids).values_list("group_key", flat=True).distinct())
    entity_ids = set(
        Mention.objects.filter(source_id__in=ids).exclude(entity=None).values_list("entity_id", flat=True).distinct()
    )
    Source.objects.filter(pk__in=ids).delete()
    refresh_figure_flags(group_keys)
    refresh_name_flags(entity_ids)
    public_pages_changed()
