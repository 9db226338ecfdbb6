"""Flags for the copy desk: one entity spelled more than one way.

Like is compared with like. Each mention is cut into words, and the words of all the
entity's mentions are sorted into *slots*: words that fold to (nearly) the same key, in
the same script, under the same name of a renamed place. "Tokayev" and "Toqaev" share a
slot; "Kassym-Jomart" and "Qasym-Zhomart" share another; "Tokayev" next to
"Kassym-Jomart Tokayev" adds nothing new, so a surname alone is never a variant.
Case and apostrophe style do not count as spelling.

Not flagged, by design:
  * a different script ("Тоқаев" quoted in an English text is not a misspelling of
    "Tokayev"; "Тоқаев" next to "Токаев" is, and is flagged);
  * the names of a renamed place ("Nur-Sultan" / "Astana"): a rename is not a variant.
    Whether a name held on the source's date is `outdated_names`' question; it is kept
    apart because the flag labels of the contract have no place for it yet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from . import korean
from .chinese import same_chinese_name
from .name_lexicon import PARTICLES
from .name_parsing import parse_name
from .renames import NameSpan, name_held_on, name_key
from .transliteration import readings_match, script_of
from .types import FlagLabel, MentionRecord, NameFlag


@dataclass(frozen=True, slots=True)
class _Use:
    """One word of one mention."""

    ref: int
    source: int
    written: str  # as the source wrote it
    folded: str
    alts: tuple[str, ...]  # the folds of its readings, `folded` first
    spelling: str  # what counts as the spelling: case and apostrophe style do not


# What one source's own mentions decide, whatever other sources say: kept apart so that the
# desk recomputes them for the source it analyses only (`entity_flags`, `source_flags`).
PER_SOURCE_LABELS = frozenset((FlagLabel.SPELLING_WITHIN_SOURCE, FlagLabel.OUTDATED_NAME))


def name_flags(records: Sequence[MentionRecord], house_spelling: str | None, entity_key: str) -> list[NameFlag]:
    """Spelling flags for the mentions of ONE entity, sorted by key (stable across re-analysis):
    the flags of the entity as a whole, and each source's own."""
    flags = entity_flags(records, house_spelling, entity_key)
    by_source: dict[int, list[MentionRecord]] = defaultdict(list)
    for record in records:
        by_source[record.source_ref].append(record)
    for source_records in by_source.values():
        flags += source_flags(source_records, entity_key)
    return sorted(flags, key=lambda flag: flag.key)


def entity_flags(records: Sequence[MentionRecord], house_spelling: str | None, entity_key: str) -> list[NameFlag]:
    """The flags that weigh every source: a word spelled differently across sources, and a
    spelling that strays from the house spelling."""
    flags: list[NameFlag] = []
    house = _house_words(house_spelling)
    for slot in _slots(records):
        if len({use.spelling for use in slot}) > 1:
            flags += _across_sources(slot, entity_key)
        flags += _against_house(slot, house, entity_key)
    return sorted(flags, key=lambda flag: flag.key)


def source_flags(records: Sequence[MentionRecord], entity_key: str) -> list[NameFlag]:
    """One source spelling a word of the name two ways: read from that source's mentions alone,
    so another source's words never decide it (nor a newer source's arrival undo it)."""
    flags: list[NameFlag] = []
    for slot in _slots(records):
        if len({use.spelling for use in slot}) > 1:
            flags += _within_sources(slot, entity_key)
    return sorted(flags, key=lambda flag: flag.key)


def _slots(records: Sequence[MentionRecord]) -> list[list[_Use]]:
    """Words of all mentions, grouped by what they spell (see the module notes)."""
    by_part: dict[tuple[str, str], list[_Use]] = defaultdict(list)
    # A popular name's records repeat a few texts hundreds of times: each text is taken apart once.
    words_of: dict[str, list[tuple[tuple[str, str], str, str, tuple[str, ...], str]]] = {}
    for record in sorted(records, key=lambda record: record.ref):
        words = words_of.get(record.text)
        if words is None:
            words = words_of[record.text] = _words(record.text)
        for part, written, folded, alts, spelling in words:
            by_part[part].append(_Use(record.ref, record.source_ref, written, folded, alts, spelling))
    slots: list[list[_Use]] = []
    for uses in by_part.values():
        slots += _group_by_folded_word(uses)
    return slots


def _words(text: str) -> list[tuple[tuple[str, str], str, str, tuple[str, ...], str]]:
    """Each word of one mention that is not a particle: its slot part (which name of a renamed
    place, if any, and script), as written, folded, its readings, and its spelling."""
    parsed = parse_name(text)
    part = name_key(text) or ""
    return [
        ((part, script_of(written)), written, folded, alts, written.replace("’", "'").casefold())
        for written, folded, alts in zip(parsed.words, parsed.folded, parsed.alts, strict=True)
        if written.casefold() not in PARTICLES
    ]


def _group_by_folded_word(uses: list[_Use]) -> list[list[_Use]]:
    written: dict[str, _Use] = {}
    for use in uses:
        written.setdefault(use.folded, use)
    keys = sorted(written)
    parent = {key: key for key in keys}

    def find(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for a, b in combinations(keys, 2):  # an entity has a handful of distinct words
        if _same_word(written[a].alts, written[a].written, written[b].alts, written[b].written):
            parent[find(b)] = find(a)
    groups: dict[str, list[_Use]] = defaultdict(list)
    for use in uses:
        groups[find(use.folded)].append(use)
    return list(groups.values())


def _same_word(alts_a: tuple[str, ...], written_a: str, alts_b: tuple[str, ...], written_b: str) -> bool:
    """Tokayev/Toqaev by folding, Buxoro/Bukhara by reading; Tse-tung/Zedong as one Chinese
    name in two romanisations, Park/Pak and Jae-in/Chae-in as one Korean name in two."""
    return (
        readings_match(alts_a, alts_b)
        or same_chinese_name((written_a,), (written_b,))
        or korean.same_word(written_a, written_b)
    )


def _shown(slot: list[_Use]) -> dict[str, str]:
    """Each spelling -> how it is most often written."""
    written = Counter((use.spelling, use.written) for use in slot)
    shown: dict[str, str] = {}
    for (spelling, form), _ in sorted(written.items(), key=lambda item: (-item[1], item[0])):
        shown.setdefault(spelling, form)
    return shown


def _across_sources(slot: list[_Use], entity_key: str) -> list[NameFlag]:
    sources_of: dict[str, set[int]] = defaultdict(set)
    for use in slot:
        sources_of[use.spelling].add(use.source)
    if len(set().union(*sources_of.values())) < 2:
        return []
    shown = _shown(slot)
    order = sorted(sources_of, key=lambda spelling: (-len(sources_of[spelling]), spelling))
    parts = [f"“{shown[order[0]]}” in {_count(len(sources_of[order[0]]), 'source')}"]
    parts += [f"“{shown[s]}” in {_count(len(sources_of[s]), 'other')}" for s in order[1:]]
    label = FlagLabel.SPELLING_ACROSS_SOURCES
    return [
        NameFlag(
            key=f"name:{entity_key}:{label}:{'|'.join(sorted(sources_of))}",
            label=label,
            reason=f"Spelled {_join(parts)}.",
            refs=_refs(slot),
            spellings=tuple(shown[s] for s in order),
        )
    ]


def _within_sources(slot: list[_Use], entity_key: str) -> list[NameFlag]:
    by_source: dict[int, list[_Use]] = defaultdict(list)
    for use in slot:
        by_source[use.source].append(use)
    flags = []
    label = FlagLabel.SPELLING_WITHIN_SOURCE
    for source, uses in sorted(by_source.items()):
        if len(uses) < 2 or all(use.spelling == uses[0].spelling for use in uses):
            continue
        counts = Counter(use.spelling for use in uses)
        shown = _shown(uses)
        order = sorted(counts, key=lambda spelling: (-counts[spelling], spelling))
        parts = [f"“{shown[s]}” {_times(counts[s])}" for s in order]
        flags.append(
            NameFlag(
                key=f"name:{entity_key}:{label}:{source}:{'|'.join(sorted(counts))}",
                label=label,
                reason=f"One source spells it {_join(parts)}.",
                refs=_refs(uses),
                spellings=tuple(shown[s] for s in order),
            )
        )
    return flags


def _house_words(house_spelling: str | None) -> list[tuple[str, tuple[str, ...], str]]:
    """(as written, its readings' folds, script) of each word of the house spelling."""
    if not house_spelling:
        return []
    parsed = parse_name(house_spelling)
    return [(word, alts, script_of(word)) for word, alts in zip(parsed.words, parsed.alts, strict=True)]


def _against_house(slot: list[_Use], house: list[tuple[str, tuple[str, ...], str]], entity_key: str) -> list[NameFlag]:
    script = script_of(slot[0].written)
    # Each written form once: a popular name's slot holds thousands of uses of a few forms.
    forms = {(use.alts, use.written) for use in slot}
    house_word = next(
        (
            word
            for word, alts, s in house
            if s == script and any(_same_word(alts, word, use_alts, written) for use_alts, written in forms)
        ),
        None,
    )
    if house_word is None:
        return []
    house_spelling = house_word.replace("’", "'").casefold()
    shown = _shown(slot)
    label = FlagLabel.AGAINST_HOUSE_SPELLING
    uses_of: dict[str, list[_Use]] = defaultdict(list)
    for use in slot:
        uses_of[use.spelling].append(use)
    flags = []
    for spelling in sorted(shown):
        if spelling == house_spelling:
            continue
        uses = uses_of[spelling]
        sources = len({use.source for use in uses})
        flags.append(
            NameFlag(
                key=f"name:{entity_key}:{label}:{house_spelling}>{spelling}",
                label=label,
                reason=f"Spelled “{shown[spelling]}” in {_count(sources, 'source')}; the house spelling is “{house_word}”.",
                refs=_refs(uses),
                spellings=(shown[spelling], house_word),
            )
        )
    return flags


def can_flag(texts: Iterable[str], house_spelling: str | None, entity_key: str) -> bool:
    """Whether any mentions of one entity spelled only these ways could be flagged.

    Enough to know without reading a single mention: run over every spelling used in two
    sources, the flags find nothing only if no word of them has a second spelling (any two
    sources would disagree), none strays from the house spelling, and no spelling is a
    renamed place's name (`outdated_names`). Fewer mentions of the same spellings then find
    nothing either: each slot holds one spelling, whichever sources use it. So that a slot
    is compared by the same written word whichever mentions are read, a spelling written
    two ways ("Tokayev", "TOKAYEV") answers yes: those mentions are read."""
    texts = sorted(set(texts))
    if any(name_key(text) is not None for text in texts):
        return True
    written_as: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for written in parse_name(text).words:
            written_as[written.replace("’", "'").casefold()].add(written)
    if any(len(forms) > 1 for forms in written_as.values()):
        return True
    records = [MentionRecord(ref=2 * n + copy, source_ref=copy + 1, text=text) for n, text in enumerate(texts) for copy in (0, 1)]
    return bool(name_flags(records, house_spelling, entity_key))


@dataclass(frozen=True, slots=True)
class OutdatedName:
    """A source calls a renamed place by a name it did not hold on the source's date."""

    source_ref: int
    refs: tuple[int, ...]
    written: str  # "Astana"
    held: NameSpan | None  # the name that did hold then (Nur-Sultan, 2019-03-23 .. 2022-09-17)
    reason: str


def outdated_names(records: Sequence[MentionRecord], published: Mapping[int, date]) -> list[OutdatedName]:
    """Renamed places called by a name that did not hold on the source's date (source_ref -> date).

    A source that also uses the name that did hold is not reported: "Nur-Sultan (formerly
    known as Astana)" names the old name on purpose. Undated renames are never reported.
    """
    names_by_source: dict[int, dict[str, list[MentionRecord]]] = defaultdict(lambda: defaultdict(list))
    key_of: dict[str, str | None] = {}
    for record in records:
        if record.source_ref not in published:
            continue
        if record.text not in key_of:
            key_of[record.text] = name_key(record.text)
        key = key_of[record.text]
        if key is not None:
            names_by_source[record.source_ref][key].append(record)
    found = []
    # Hundreds of sources of a popular place, published on far fewer days: each (name, day) once.
    held_on: dict[tuple[str, date], tuple[bool | None, NameSpan | None]] = {}
    for source, by_name in sorted(names_by_source.items()):
        if len(by_name) != 1:
            continue
        uses = next(iter(by_name.values()))
        day = published[source]
        if (uses[0].text, day) not in held_on:
            held_on[uses[0].text, day] = name_held_on(uses[0].text, day)
        held, span = held_on[uses[0].text, day]
        if held is False:
            found.append(OutdatedName(source, _refs(uses), uses[0].text, span, _outdated_reason(uses[0].text, day, span)))
    return found


def _outdated_reason(written: str, day: date, span: NameSpan | None) -> str:
    reason = f"“{written}” was not the name of this place on {_day(day)}"
    if span is None:
        return reason + "."
    since = f" from {_day(span.held_from)}" if span.held_from else ""
    until = f" to {_day(span.held_until)}" if span.held_until else ""
    return f"{reason}: it was called {span.name}{since}{until}."


def _refs(items) -> tuple[int, ...]:
    return tuple(sorted({item.ref for item in items}))


# Past a score of sources a count is given as the round number it has reached: a popular
# name's flag then reads the same from one import to the next (no rewrite, no history row per
# import), and "at least 200" stays true of a window that holds only the latest sources.
_ROUNDED_FROM = (400, 200, 100, 50, 20)


def _count(n: int, noun: str) -> str:
    floor = next((step for step in _ROUNDED_FROM if n >= step), None)
    if floor is not None:
        return f"at least {floor} {noun}s"
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _day(day: date) -> str:
    return f"{day.day} {day:%B} {day.year}"

