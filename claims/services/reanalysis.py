"""Re-running detection over sources already on the desk, after the engine has changed.

An import analyses one source against what is stored: its figures' group keys and the
blocking keys of every entity. When a new release of the engine reads names or figures
differently, those stored keys are the old engine's, and new sources would be placed by
them. Re-analysis first rebuilds every entity's blocking keys from the spellings its
mentions, aliases and house spelling use, then analyses each source again, oldest first,
as if it were imported in that order. Editors' decisions survive it as they survive any
re-analysis: a spelling an editor placed stays placed, and flags keep their status and note.
"""

from collections.abc import Callable, Iterable
from dataclasses import fields

from django.db import transaction
from django.db.models import F

from claims.detection import names
from claims.models import Entity, EntityAlias, EntityKey, Mention, Source
from claims.services.engine_stamps import stamp_name_keys

from .detection import AnalysisSummary, analyse_source

# Keys are written in batches of this many rows, so a large desk never builds one huge statement.
KEY_BATCH = 2000


@transaction.atomic
def rebuild_entity_keys() -> int:
    """Replace every entity's blocking keys with the current engine's keys for its spellings."""
    spellings = set(Entity.objects.values_list("pk", "name"))
    spellings |= set(EntityAlias.objects.values_list("entity_id", "name"))
    spellings |= set(Mention.objects.exclude(entity=None).values_list("entity_id", "text").distinct())
    EntityKey.objects.all().delete()
    rows = {(entity_id, key[:200]) for entity_id, spelling in spellings for key in names.blocking_keys(spelling)}
    batch = [EntityKey(entity_id=entity_id, key=key) for entity_id, key in sorted(rows)]
    EntityKey.objects.bulk_create(batch, batch_size=KEY_BATCH, ignore_conflicts=True)
    stamp_name_keys()
    return len(rows)


def sources_in_import_order(source_ids: Iterable[int] | None = None):
    sources = Source.objects.order_by(F("published_on").asc(nulls_last=True), "retrieved_at", "pk")
    return sources.filter(pk__in=list(source_ids)) if source_ids is not None else sources


def reanalyse(sources: Iterable[Source], *, each: Callable[[Source, AnalysisSummary], None] | None = None) -> AnalysisSummary:
    """Analyse each source again, one transaction per source; returns the totals."""
    total = AnalysisSummary()
    for source in sources:
        summary = analyse_source(source)
        for field in fields(AnalysisSummary):
            setattr(total, field.name, getattr(total, field.name) + getattr(summary, field.name))
        if each is not None:
            each(source, summary)
    return total
