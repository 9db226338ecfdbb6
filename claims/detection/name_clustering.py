"""Group mentions into entities, and choose an entity's house spelling.

Clustering works on *forms* (distinct folded spellings), never on all pairs of mentions:
  1. mentions with the same folded spelling are one form;
  2. forms that name one renamed place, or that the text itself states are one
     ("Nur-Sultan (formerly known as Astana)"), are joined;
  3. written-out forms are joined when they match word for word, or, for person
     names, on first and last word; candidates come from buckets keyed by the first
     and last word, so only forms that could match are ever compared;
  4. a surname-only form joins the one person whose surname it is; if two different
     people carry that surname it joins neither ("Aliyev" alone stays alone).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, product

from .name_matching import ParsedName, forms_match, is_surname_of, parse_name
from .renames import current_name, rename_key
from .transliteration import FUZZY_MIN_LENGTH, script_of, skeleton
from .types import MentionRecord


@dataclass
class _Form:
    text: str  # the first spelling seen
    parsed: ParsedName
    refs: list[int] = field(default_factory=list)


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self._parent = {item: item for item in items}

    def find(self, item: str) -> str:
        root = item
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[item] != root:  # path compression keeps later finds O(1)
            self._parent[item], item = root, self._parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key wins, so the result never depends on input order.
            self._parent[max(ra, rb)] = min(ra, rb)


def cluster_mentions(
    records: Sequence[MentionRecord], aliases: Iterable[tuple[str, str]] = ()
) -> list[list[int]]:
    """Refs grouped by entity: refs sorted in each group, groups sorted by their first ref.

    `aliases` are pairs of spellings known to be one entity (see `stated_aliases`).
    """
    forms = _forms(records)
    union = _UnionFind(forms)
    _join_renames(forms, union)
    _join_aliases(forms, union, aliases)
    _join_written_forms(forms, union)
    _attach_surnames(forms, union)
    groups: dict[str, list[int]] = defaultdict(list)
    for key, form in forms.items():
        groups[union.find(key)].extend(form.refs)
    return sorted((sorted(refs) for refs in groups.values()), key=lambda refs: refs[0])


def _forms(records: Sequence[MentionRecord]) -> dict[str, _Form]:
    forms: dict[str, _Form] = {}
    for record in records:
        parsed = parse_name(record.text)
        # A mention without letters cannot match anything: it is its own form.
        key = parsed.key or f"\x00{record.text}"
        forms.setdefault(key, _Form(record.text, parsed)).refs.append(record.ref)
    return dict(sorted(forms.items()))


def _join_renames(forms: dict[str, _Form], union: _UnionFind) -> None:
    first_of_group: dict[str, str] = {}
    for key, form in forms.items():
        group = rename_key(form.text)
        if group is not None:
            union.union(first_of_group.setdefault(group, key), key)


def _join_aliases(forms: dict[str, _Form], union: _UnionFind, aliases: Iterable[tuple[str, str]]) -> None:
    for a, b in aliases:
        ka, kb = parse_name(a).key, parse_name(b).key
        if ka in forms and kb in forms:
            union.union(ka, kb)


def _match_keys(word: str) -> list[str]:
    """Two words that `tokens_match` always share one of these."""
    return [word, f"~{skeleton(word)}"] if len(word) >= FUZZY_MIN_LENGTH else [word]


def _join_written_forms(forms: dict[str, _Form], union: _UnionFind) -> None:
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for key, form in forms.items():
        flat = form.parsed.flat
        if not flat:
            continue
        for first, last in product(_match_keys(flat[0]), _match_keys(flat[-1])):
            buckets[("words", len(flat), first, last)].append(key)
            if form.parsed.person_like:
                buckets[("person", first, last)].append(key)
    for members in buckets.values():
        for a, b in combinations(members, 2):
            if union.find(a) != union.find(b) and forms_match(forms[a].parsed, forms[b].parsed):
                union.union(a, b)


def _attach_surnames(forms: dict[str, _Form], union: _UnionFind) -> None:
    people_by_surname: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        for surname in form.parsed.surnames:
            for match_key in _match_keys(surname):
                people_by_surname[match_key].append(key)
    for key, form in forms.items():
        if len(form.parsed.folded) != 1:
            continue
        candidates = {
            full
            for match_key in _match_keys(form.parsed.folded[0])
            for full in people_by_surname.get(match_key, ())
            if is_surname_of(form.parsed, forms[full].parsed)
        }
        people = {union.find(full) for full in candidates}
        if len(people) == 1:
            union.union(key, people.pop())


def house_spelling_for(spellings: Sequence[str]) -> str:
    """The spelling the desk should use for a new entity.

    Rule: a renamed place takes its current name (Astana). Otherwise, among spellings in
    Latin script if there are any: the fullest (most words, so "Kassym-Jomart Tokayev" over
    "Tokayev"), then the one most spellings agree with (every word of the shorter spelling
    is spelled the same in it, so each "Tokayev" votes for "Kassym-Jomart Tokayev" and not
    for "Qasym-Zhomart Toqaev"), then the most frequent, then alphabetical order.
    Titles and possessive endings are dropped.
    """
    texts = [" ".join(parse_name(text).words) or text.strip() for text in spellings if text.strip()]
    if not texts:
        return ""
    for text in texts:
        current = current_name(text)
        if current is not None:
            return current
    latin = [text for text in texts if script_of(text) == "LATIN"] or texts
    counts = Counter(latin)
    most_words = max(len(parse_name(text).flat) for text in counts)
    fullest = [text for text in counts if len(parse_name(text).flat) == most_words]

    def agreeing(candidate: str) -> int:
        words = {word.casefold() for word in candidate.split()}
        return sum(n for text, n in counts.items() if {w.casefold() for w in text.split()} <= words)

    return min(fullest, key=lambda text: (-agreeing(text), -counts[text], text))

