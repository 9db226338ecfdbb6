"""Which sources tell the same story, so their figures may be compared.

Two articles that print "4,000 workers" and "900 workers" disagree only if they are
about the same thing. The figure key says *what* is counted ("count:worker"); the
story says *whose*: sources are in one story when they share at least `min_shared`
named entities (people, places, organisations), directly or through other sources.
Plain Python; the service passes each source's entity ids.
"""

from __future__ import annotations

from collections import defaultdict
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

    sources_by_entity: dict[int, list[int]] = defaultdict(list)
    for source, entities in entities_by_source.items():
        for entity in set(entities):
            sources_by_entity[entity].append(source)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for sources in sources_by_entity.values():
        ordered = sorted(sources)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                shared[a, b] += 1
    for (a, b), count in shared.items():
        if count >= min_shared:
            root_a, root_b = find(a), find(b)
            if root_a != root_b:
                parent[max(root_a, root_b)] = min(root_a, root_b)
    return {source: find(source) for source in entities_by_source}
