"""Group mentions into entities, and choose an entity's house spelling.

Clustering works on *forms* (distinct folded spellings), never on all pairs of mentions.
A one-word form is kept per source ("Mabrouk" in source 3), since who a surname alone
means depends on the article it stands in.
  1. forms that name one renamed place, or that a text states are one ("Nur-Sultan
     (formerly known as Astana)"), are joined;
  2. written-out forms are joined when they match word for word, on first and last
     word for person names, or as one Chinese name in two romanisations; candidates
     come from buckets keyed by first and last word (or Chinese sound classes), so only
     forms that could match are ever compared;
  3. a surname alone joins the one person whose surname it is; when several people
     carry it, the one named in full in the same source; else none ("Aliyev" stays alone);
  4. one-word forms that spell one word join each other, unless that would join two
     different people.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, product

from .chinese import class_key
from .name_matching import ParsedName, forms_match, is_surname_of, parse_name, words_match
from .renames import current_name, rename_key
from .transliteration import FUZZY_MIN_LENGTH, script_of, skeleton
from .types import MentionRecord


@dataclass
class _Form:
    text: str  # the first spelling seen
    parsed: ParsedName
    refs: list[int] = field(default_factory=list)
    sources: set[int] = field(default_factory=set)

    @property
    def single(self) -> bool:
        return len(self.parsed.folded) == 1


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
    _join_single_words(forms, union)
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
        if len(parsed.folded) == 1:
            key = f"{key}\x01{record.source_ref}"
        form = forms.setdefault(key, _Form(record.text, parsed))
        form.refs.append(record.ref)
        form.sources.add(record.source_ref)
    return dict(sorted(forms.items()))


def _join_renames(forms: dict[str, _Form], union: _UnionFind) -> None:
    first_of_group: dict[str, str] = {}
    for key, form in forms.items():
        group = rename_key(form.text)
        if group is not None:
            union.union(first_of_group.setdefault(group, key), key)


def _join_aliases(forms: dict[str, _Form], union: _UnionFind, aliases: Iterable[tuple[str, str]]) -> None:
    by_name: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        by_name[form.parsed.key].append(key)
    for a, b in aliases:
        for ka, kb in product(by_name.get(parse_name(a).key, ()), by_name.get(parse_name(b).key, ())):
            union.union(ka, kb)


def _match_keys(word: str) -> list[str]:
    """Two words that `tokens_match` always share one of these."""
    return [word, f"~{skeleton(word)}"] if len(word) >= FUZZY_MIN_LENGTH else [word]


def _join_written_forms(forms: dict[str, _Form], union: _UnionFind) -> None:
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for key, form in forms.items():
        flat = form.parsed.flat
        if not flat or form.single:
            continue
        for first, last in product(_match_keys(flat[0]), _match_keys(flat[-1])):
            buckets[("words", len(flat), first, last)].append(key)
            if form.parsed.person_like:
                buckets[("person", first, last)].append(key)
        chinese = class_key(form.parsed.words)
        if chinese is not None:
            buckets[("chinese", chinese)].append(key)
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
        if not form.single:
            continue
        candidates = {
            full
            for match_key in _match_keys(form.parsed.folded[0])
            for full in people_by_surname.get(match_key, ())
            if is_surname_of(form.parsed, forms[full].parsed)
        }
        people = {union.find(full) for full in candidates}
        if len(people) > 1:  # several people: the one named in full in the same source
            people = {union.find(full) for full in candidates if forms[full].sources & form.sources}
        if len(people) == 1:
            union.union(key, people.pop())


def _join_single_words(forms: dict[str, _Form], union: _UnionFind) -> None:
    person_roots = {union.find(key) for key, form in forms.items() if form.parsed.person_like}
    for component in _single_word_components(forms):
        roots = {union.find(key) for key in component}
        if len(roots & person_roots) > 1:
            component = [key for key in component if union.find(key) not in person_roots]
        for key in component[1:]:
            union.union(component[0], key)


def _single_word_components(forms: dict[str, _Form]) -> list[list[str]]:
    """One-word forms grouped by the word they spell (across sources, scripts, romanisations)."""
    words = _UnionFind(form.parsed.key for form in forms.values() if form.single)
    buckets: dict[str, list[_Form]] = defaultdict(list)
    for form in forms.values():
        if form.single:
            for match_key in _match_keys(form.parsed.folded[0]):
                buckets[match_key].append(form)
            chinese = class_key(form.parsed.words)
            if chinese is not None:
                buckets[f"zh:{chinese}"].append(form)
    for members in buckets.values():
        distinct = list({form.parsed.key: form for form in members}.values())
        for a, b in combinations(distinct, 2):
            if words.find(a.parsed.key) != words.find(b.parsed.key) and words_match(a.parsed.words[0], b.parsed.words[0]):
                words.union(a.parsed.key, b.parsed.key)
    components: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        if form.single:
            components[words.find(form.parsed.key)].append(key)
    return list(components.values())


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

