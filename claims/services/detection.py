"""Storing what the detection engine finds, and keeping flags in step with it.

The engine (claims.detection) is pure; this module (with figure_analysis,
name_analysis and flags) is the thin layer that replaces a source's figures and mentions, places each mention in an entity,
and recomputes the flags of exactly the groups and entities the source
touches. A new source is compared only with candidates that share a blocking
key (names) or a group key (figures), so its cost does not grow with the corpus.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from claims.caching import public_pages_changed
from claims.models import Discrepancy, Source

from .figure_analysis import EDITOR_GROUP_PREFIX, refresh_figure_flags, replace_figures
from .flags import link_claim
from .name_analysis import new_entity, refresh_name_flags, replace_mentions

# Callers reach the pieces through this module: the door every analysis goes through.
__all__ = [
    "EDITOR_GROUP_PREFIX",
    "AnalysisSummary",
    "analyse_source",
    "link_claim",
    "new_entity",
    "refresh_figure_flags",
    "refresh_name_flags",
]


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
    group_keys = replace_figures(source, summary)
    entity_ids = replace_mentions(source, summary)
    flags = refresh_figure_flags(group_keys, around=source, held_before=held_before)
    flags += refresh_name_flags(entity_ids, around=source)
    summary.flags = len(flags)
    Source.objects.filter(pk=source.pk).update(analysed_at=timezone.now())
    public_pages_changed()
    return summary
