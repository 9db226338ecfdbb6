"""Which sources tell the same story, so their figures may be compared.

Two articles that print "4,000 workers" and "900 workers" disagree only if they are
about the same thing. The figure key says *what* is counted ("count:worker"); the
story says *whose*: sources are in one story when they share at least `min_shared`
named entities (people, places, organisations), at least one of them not a common name,
directly or through other sources. Plain Python; the service passes each source's entity
ids, leaving out the names of countries, continents and peoples (`names.is_general_place`):
two reports that both name Russia and Turkey are not one story for it.

A common name is one held by more than COMMON_NAME_SOURCES sources: the president, the
capital, the national football team. Two reports that name the president and the capital
are two of the hundreds that do; counting those two names as a story compared a report's
figures with every other report on the president's day in the capital, and filled each new
source's story to its cap once an archive held a few thousand reports of one country's news.
A common name still counts beside an uncommon one (the capital and the mayor of a district),
so a story whose cast is famous is still found through the names only it holds.

Cost: linear in the sources. Two sources share `min_shared` names exactly when they both
hold some set of `min_shared` names, so the sources are joined through each such set they
hold (the first holder of a set takes in the others), never pair by pair: a country named
by every one of 30,000 sources costs 30,000 steps, not 450 million. Each source costs
C(k, min_shared) steps for its k distinct names, which the length of an article bounds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping

# About one report a week for a year: more than a story's own cast reaches, fewer than a
# head of state or a capital does in a desk's first months.
COMMON_NAME_SOURCES = 50


def common_names(holders: Mapping[Hashable, int], *, limit: int | None = None) -> frozenset:
    """The names held by more than `limit` sources (COMMON_NAME_SOURCES unless given), from
    each name's count of sources."""
    limit = COMMON_NAME_SOURCES if limit is None else limit
    return frozenset(name for name, count in holders.items() if count > limit)


def holders_per_name(entities_by_source: Mapping[int, Iterable[int]]) -> Counter:
    """How many of these sources hold each name (a corpus that is the whole archive)."""
    return Counter(name for entities in entities_by_source.values() for name in set(entities))


def group_into_stories(
    entities_by_source: Mapping[int, Iterable[int]], *, common: frozenset = frozenset(), min_shared: int = 2
) -> dict[int, int]:
    """Map each source to its story's anchor: the smallest source ref in the story.

    Sources tie when they share `min_shared` names of which at least one is not in `common`.

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
    _join_holders([(source, -1) for source in names_of], names_of, max(min_shared, 1), union, common, False)
    return {source: find(source) for source in entities_by_source}


def _join_holders(
    holders: list[tuple[int, int]], names_of: dict[int, list[int]], wanted: int, union, common: frozenset, uncommon: bool
) -> None:
    """Join the holders of one set of names that hold `wanted` more names in common.

    Each holder comes with the position of the set's last name among its sorted names; the
    names added must come after it, so each set of names is met once, through its names in
    order, and only the holders of one set are in hand at a time. `uncommon` says whether
    the set holds a name outside `common`: a set of common names alone joins nobody."""
    by_next: dict[int, list[tuple[int, int]]] = {}
    for source, position in holders:
        names = names_of[source]
        for following in range(position + 1, len(names) - wanted + 1):
            by_next.setdefault(names[following], []).append((source, following))
    for name, group in by_next.items():
        if len(group) < 2:
            continue
        holds_uncommon = uncommon or name not in common
        if wanted == 1:
            if not holds_uncommon:
                continue
            first = group[0][0]
            for source, _ in group[1:]:
                union(first, source)
        else:
            _join_holders(group, names_of, wanted - 1, union, common, holds_uncommon)
