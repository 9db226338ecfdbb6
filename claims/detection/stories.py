"""Which sources tell the same story, so their figures may be compared.

Two articles that print "4,000 workers" and "900 workers" disagree only if they are
about the same thing. The figure key says *what* is counted ("count:worker"); the
story says *whose*: sources are in one story when they share at least `min_shared`
named entities (people, places, organisations), directly or through other sources.
Plain Python; the service passes each source's entity ids, leaving out the names of
countries, continents and peoples (`names.is_general_place`): two reports that both name
Russia and Turkey are not one story for it.

Cost: linear in the sources. Two sources share `min_shared` names exactly when they both
hold some set of `min_shared` names, so the sources are joined through each such set they
hold (the first holder of a set takes in the others), never pair by pair: a country named
by every one of 30,000 sources costs 30,000 steps, not 450 million. Each source costs
C(k, min_shared) steps for its k distinct names, which the length of an article bounds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def group_into_stories(entities_by_source: Mapping[int, Iterable[int]], *, min_shared: int = 2) -> dict[int, int]:
    """Map each source to its story's anchor: the smallest source ref in the story.

    The anchor is stable as later sources join a story (they are newer, larger refs),
    which keeps flag keys, and so editors' decisions, in place.
    """
    parent = {source: source for source in entities_by_source}

    def find(source: int) -> int:
        while parent[source] != source:
            parent[source] = parent[parent[source]]
            source = parent[source]
        return source

    def union(a: int, b: int) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)

    names_of = {source: sorted(set(entities)) for source, entities in entities_by_source.items()}
    # Every source holds the empty set of names, before its first name (position -1).
    _join_holders([(source, -1) for source in names_of], names_of, max(min_shared, 1), union)
    return {source: find(source) for source in entities_by_source}


def _join_holders(holders: list[tuple[int, int]], names_of: dict[int, list[int]], wanted: int, union) -> None:
    """Join the holders of one set of names that hold `wanted` more names in common.

    Each holder comes with the position of the set's last name among its sorted names; the
    names added must come after it, so each set of names is met once, through its names in
    order, and only the holders of one set are in hand at a time."""
    by_next: dict[int, list[tuple[int, int]]] = {}
    for source, position in holders:
        names = names_of[source]
        for following in range(position + 1, len(names) - wanted + 1):
            by_next.setdefault(names[following], []).append((source, following))
    for group in by_next.values():
        if len(group) < 2:
            continue
        if wanted == 1:
            first = group[0][0]
            for source, _ in group[1:]:
                union(first, source)
        else:
            _join_holders(group, names_of, wanted - 1, union)
