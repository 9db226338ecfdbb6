"""Editors correcting the engine: merging and splitting entities, regrouping
figures, deciding flags. Each change locks what the editor placed, so the next
analysis keeps it, and recomputes only the flags it touches."""

from django.db import transaction
from django.utils import timezone

from claims.caching import public_pages_changed
from claims.detection import names
from claims.models import Entity, EntityKey, Figure, Mention, Source

from .detection import (
    EDITOR_GROUP_PREFIX,
    absorb_entities,
    new_entity,
    refresh_figure_flags,
    refresh_name_flags,
    take_turns_with_other_analyses,
)


@transaction.atomic
def entities_merge(*, entities) -> Entity:
    """Merge into the entity with the most mentions (its house spelling stays)."""
    take_turns_with_other_analyses()
    target = absorb_entities(list(entities.values_list("pk", flat=True)), placed_by_editor=True)
    refresh_name_flags({target})
    return Entity.objects.get(pk=target)


@transaction.atomic
def mentions_split(*, mentions) -> Entity:
    """Move these mentions (and every other mention with the same spelling) to a new entity."""
    take_turns_with_other_analyses()
    spellings = sorted(set(mentions.values_list("text", flat=True)))
    old_ids = set(mentions.exclude(entity=None).values_list("entity_id", flat=True))
    entity = new_entity(names.house_spelling_for(spellings))
    Mention.objects.filter(entity_id__in=old_ids, text__in=spellings).update(entity=entity, entity_locked=True)
    EntityKey.objects.bulk_create(
        [EntityKey(entity=entity, key=key) for s in spellings for key in names.blocking_keys(s)], ignore_conflicts=True
    )
    refresh_name_flags(old_ids | {entity.pk})
    return entity


@transaction.atomic
def figures_regroup(*, figures, together: bool) -> str:
    """Compare these figures as one group, or take each out of its group."""
    take_turns_with_other_analyses()
    figures = list(figures)
    old_keys = {figure.group_key for figure in figures}
    if together:
        key = f"{EDITOR_GROUP_PREFIX}{min(figure.pk for figure in figures)}"
        Figure.objects.filter(pk__in=[f.pk for f in figures]).update(group_key=key, group_locked=True)
        new_keys = {key}
    else:
        new_keys = set()
        for figure in figures:
            figure.group_key, figure.group_locked = f"{EDITOR_GROUP_PREFIX}alone:{figure.pk}", True
            new_keys.add(figure.group_key)
        Figure.objects.bulk_update(figures, ["group_key", "group_locked"])
    for source in Source.objects.filter(pk__in={figure.source_id for figure in figures}):
        refresh_figure_flags(old_keys | new_keys, around=source)
    return ", ".join(sorted(new_keys))


def flags_decide(*, flags, status: str, user, note: str | None = None) -> int:
    changes = {"status": status, "decided_by": user, "decided_at": timezone.now()}
    if note is not None:
        changes["note"] = note
    count = 0
    # One by one so each decision lands in the flag's history.
    for flag in flags:
        for name, value in changes.items():
            setattr(flag, name, value)
        flag.save()
        count += 1
    public_pages_changed()
    return count
