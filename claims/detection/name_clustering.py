"""Group mentions into entities, and choose an entity's house spelling.

Clustering works on *forms* (distinct folded spellings), never on all pairs of mentions.
A one-word form ("Mabrouk", or with particles "Al Mansoori") is kept per source, since
who a surname alone means depends on the article it stands in; the refs of one source
follow its text.
  1. forms that name one renamed place, or that a text states are one ("Nur-Sultan
     (formerly known as Astana)"), are joined;
  2. written-out forms are joined when they match word for word, on first and last
     word for person names, or as one Chinese or Korean name in two romanisations;
     candidates come from buckets keyed by first and last word (or sound classes), so
     only forms that could match are ever compared; a two-word name joins the one word it
     is run into or hyphenated into ("Sài Gòn" / "Saigon", "Ijebu Ode" / "Ijebu-Ode") in
     any source;
  3. a surname alone joins the one person of that surname its source named in full
     before it; with two such people it joins nobody ("Aliyev" stays alone); see
     `_attach_surnames` for a source that names the person later, or never;
  4. a company's short form ("Hanbit") joins the company its source names in full
     ("Hanbit Mobility"), unless the source only ever writes it after "the" ("the Odra",
     beside "Odra Tabor", is the river the company is named after);
  5. one-word forms that spell one word join each other, unless that would join two
     different people, or a short form of a longer name ("Odra" of "Odra Tabor") and a
     river or landmark of that name ("the Odra");
  6. a one-word form only ever written after "the" and joined to no full name is the one
     river or landform named in full with that word anywhere ("the Kvirila", "Kvirila River"),
     or, if it is a plural, the one team its own source names with that last word ("the
     Mariners", "Port Klang Mariners"); see `name_landmarks`;
  7. entities named by two names of one city ("Kovno", "Kaunas"; see `place_names`) join,
     unless one of them is a person ("Ho Chi Minh", a name of the city called after him).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations, product

from .chinese import class_key
from .name_landmarks import attach_landmarks, attach_plural_nicknames, attach_short_forms_in_article
from .name_lexicon import PARTICLES
from .name_matching import (
    flat_readings,
    forms_match,
    is_shorter_tail_of,
    is_surname_of,
    lone_words_match,
    person_not_city,
    vowel_apart_key,
)
from .name_parsing import NOT_PERSON, ParsedName, name_gender_title, parse_name
from .place_names import city_ids
from .renames import current_name, rename_key
from .transliteration import (
    FUZZY_MIN_LENGTH,
    H_FOR_G_LENGTH,
    fold_words,
    h_for_g,
    script_of,
    skeleton,
    unvoiced_key,
)
from .types import MentionRecord


@dataclass
class _Form:
    text: str  # the first spelling seen
    parsed: ParsedName
    refs: list[int] = field(default_factory=list)
    sources: set[int] = field(default_factory=set)
    refs_by_source: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    uses_after_the: int = 0  # how many of its mentions follow a lower-case "the"
    titles: dict[int, str] = field(default_factory=dict)  # ref -> courtesy title ("dr", "mr", "ms")

    @property
    def single(self) -> bool:
        """One word, or particles and one word: who it means depends on the article."""
        return self.parsed.lone is not None


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self._parent = {item: item for item in items}

    def add(self, item: str) -> None:
        self._parent.setdefault(item, item)

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

    The refs of one source must follow the order of its text (as `extract_mentions` gives
    them): a surname alone means the person last named in full before it.
    `aliases` are pairs of spellings known to be one entity (see `stated_aliases`).
    """
    forms = _forms(records)
    union = _UnionFind(forms)
    _join_renames(forms, union)
    _join_aliases(forms, union, aliases)
    _join_written_forms(forms, union)
    _join_run_together(forms, union)
    _attach_surnames(forms, union)
    _attach_short_forms(forms, union)
    _join_single_words(forms, union)
    attach_landmarks(forms, union)
    attach_plural_nicknames(forms, union)
    attach_short_forms_in_article(forms, union)
    _join_cities(forms, union)
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
        if parsed.lone is not None:
            key = f"{key}\x01{record.source_ref}"
        form = forms.setdefault(key, _Form(record.text, parsed))
        if _readings_count(parsed) > _readings_count(form.parsed):
            # "Sarunas Zukauskas" and "Šarūnas Žukauskas" are one form; the marks say more
            # ("Šarūnas" is also "Sharunas"), so the form is compared as the marked spelling.
            form.parsed = parsed
        form.refs.append(record.ref)
        form.uses_after_the += record.after_the
        if record.title:
            form.titles[record.ref] = record.title
        form.sources.add(record.source_ref)
        form.refs_by_source[record.source_ref].append(record.ref)
    for form in forms.values():
        form.refs.sort()
        for refs in form.refs_by_source.values():
            refs.sort()
    return dict(sorted(forms.items()))


def _readings_count(parsed: ParsedName) -> int:
    return sum(len(alts) for alts in parsed.alts)


def _join_renames(forms: dict[str, _Form], union: _UnionFind) -> None:
    first_of_group: dict[str, str] = {}
    for key, form in forms.items():
        group = rename_key(form.text)
        if group is not None:
            union.union(first_of_group.setdefault(group, key), key)


def _may_be_a_person(form: _Form) -> bool:
    """A name with a courtesy title, or one that reads as a person's and is no city's own
    name (`person_not_city`)."""
    return bool(form.titles) or person_not_city(form.parsed, form.text)


def _join_cities(forms: dict[str, _Form], union: _UnionFind) -> None:
    """Rule 7: entities named by two names of one city of the GeoNames list ("Kovno", "Kaunas")
    are one, unless one of them is a person: "Santos" is a port, and the surname of two
    people who stay apart; "Ho Chi Minh" is a man, and a name of the city called after him."""
    members: dict[str, list[str]] = defaultdict(list)
    for key in forms:
        members[union.find(key)].append(key)
    first_of_city: dict[int, str] = {}
    for root, keys in members.items():
        if any(_may_be_a_person(forms[key]) for key in keys):
            continue
        for key in keys:
            for city in city_ids(forms[key].text):
                union.union(first_of_city.setdefault(city, root), root)


def _join_aliases(forms: dict[str, _Form], union: _UnionFind, aliases: Iterable[tuple[str, str]]) -> None:
    by_name: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        by_name[form.parsed.key].append(key)
    for a, b in aliases:
        for ka, kb in product(by_name.get(parse_name(a).key, ()), by_name.get(parse_name(b).key, ())):
            union.union(ka, kb)


def _match_keys(words: Iterable[str]) -> list[str]:
    """Two words (or any of their readings) that `tokens_match` always share one of these."""
    keys: list[str] = []
    for word in words:
        keys.append(word)
        if len(word) >= FUZZY_MIN_LENGTH:
            keys.append(f"~{skeleton(word)}")
            if voiceless := unvoiced_key(word):
                keys.append(f"v{voiceless}")  # Thevarajah / Devarajah share no skeleton
        elif len(word) == H_FOR_G_LENGTH:
            keys.append(f"^{h_for_g(word)}")
    return list(dict.fromkeys(keys))


def _join_written_forms(forms: dict[str, _Form], union: _UnionFind) -> None:
    buckets: dict[tuple, list[str]] = defaultdict(list)
    for key, form in forms.items():
        flat = flat_readings(form.parsed)
        if not flat or form.single:
            continue
        for first, last in product(_match_keys(flat[0]), _match_keys(flat[-1])):
            buckets[("words", len(flat), first, last)].append(key)
            if form.parsed.person_like:
                buckets[("person", first, last)].append(key)
                if len(form.parsed.words) == 2:  # either order: "Ohtsuka Tetsuya", "Tetsuya Otsuka"
                    buckets[("either order", min(first, last), max(first, last))].append(key)
                if len(flat) == 2 and first in flat[0]:  # "K. Thevarajah", "Kandiah Thevarajah" (rule 3g)
                    buckets[("initial", first[:1], last)].append(key)
        if form.parsed.person_like and len(flat) >= 2:  # "Shirin Akhter", "Shireen Akhtar" (rule 3i)
            blurred = tuple(vowel_apart_key(word) or word for word in form.parsed.flat)
            buckets[("vowel apart", blurred)].append(key)
        if form.parsed.person_like and len(flat) == 3:  # "Edwin Quispe Torres" is "Edwin Quispe" (rule 3h)
            for first, middle in product(_match_keys(flat[0]), _match_keys(flat[1])):
                buckets[("person", first, middle)].append(key)
        for short in form.parsed.shorter:  # "Maggie Wong Mei-ling" is also "Wong Mei-ling"
            short_flat = flat_readings(parse_name(short))
            for first, last in product(_match_keys(short_flat[0]), _match_keys(short_flat[-1])):
                buckets[("person", first, last)].append(key)
        renamed_first = rename_key(form.parsed.words[0]) if len(form.parsed.words) > 1 else None
        if renamed_first is not None:  # "Rangoon River", "Yangon River"
            buckets[("renamed first word", len(form.parsed.words), renamed_first)].append(key)
        chinese = class_key(form.parsed.words)
        if chinese is not None:
            buckets[("chinese", chinese)].append(key)
        if form.parsed.korean is not None:
            buckets[("korean", form.parsed.korean[1])].append(key)
    for members in buckets.values():
        for a, b in combinations(members, 2):
            if union.find(a) != union.find(b) and forms_match(forms[a].parsed, forms[b].parsed):
                union.union(a, b)


def _join_run_together(forms: dict[str, _Form], union: _UnionFind) -> None:
    """A two-word name and the one word it is run into ("Sài Gòn" / "Saigon", "Senthil Kumar"
    / "Senthilkumar", rule 3e of `name_matching`) or hyphenated into ("Ijebu Ode" /
    "Ijebu-Ode", rule 2): the same letters name the same thing in any source, so the
    one-word form joins wherever it is written, unlike a surname alone."""
    singles: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        if form.single and not form.parsed.particles:
            # "Ijebu-Ode" is one hyphenated word, "Ijebu Ode" two: `forms_match` decides.
            singles[form.parsed.lone.replace("-", "")].append(key)
    if not singles:
        return
    for key, form in forms.items():
        if form.single or len(form.parsed.folded) != 2:
            continue
        for single in singles.get("".join(form.parsed.folded).replace("-", ""), ()):
            if union.find(single) != union.find(key) and forms_match(form.parsed, forms[single].parsed):
                union.union(key, single)


def _attach_surnames(forms: dict[str, _Form], union: _UnionFind) -> None:
    """A surname alone (rule 3 of the module notes) means the one person of that surname
    its source has named in full before it: "Park Jae-in ... Park said ... Park Jae-hyun,
    the finance chief". Two named before it ("Ilham Aliyev, son of Heydar Aliyev ...
    Aliyev"): nobody can tell, so neither. A form whose mentions mean different people is
    split.

    Named in the source only after every use of the surname: once, it may be a headline or
    a teaser ("Tokayev Heads To Beijing"), and means the person if only one of that surname
    is named there; used more often ("the Navoi region ... Navoi, the city named after the
    poet Alisher Navoi"), the word names something else, and in sources that never name
    the person it is not taken for that person either. A source that names nobody of that
    surname: one of the people it names with that word first (a family name in Khmer or
    Chinese order, "Sok Chanthy ... Ms Sok"), told apart as surnames are; if none, the one
    person anywhere who carries it as a surname, else nobody.
    """
    people_by_surname: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        for surname in form.parsed.surnames:
            for match_key in _match_keys((surname,)):
                people_by_surname[match_key].append(key)
    people_by_given = _people_by_given_name(forms)
    people_by_first_surname = _people_by_first_of_two_surnames(forms)
    unnamed: list[tuple[str, set[str]]] = []  # surnames of sources that name none of the candidates
    refused: set[str] = set()  # folded words shown to name something else
    for key, form in list(forms.items()):
        if not form.single or form.uses_after_the == len(form.refs):
            continue  # "the Odra" is no one's surname or given name: a river, a region
        candidates = {
            full
            for match_key in _match_keys(form.parsed.alts[-1])
            for full in people_by_surname.get(match_key, ())
            if is_surname_of(form.parsed, forms[full].parsed)
        }
        (source,) = form.sources
        named = sorted((ref, full) for full in candidates for ref in forms[full].refs_by_source.get(source, ()))
        if not candidates:
            if not _attach_first_of_two_surnames(key, form, people_by_first_surname, forms, union):
                _attach_given_name(key, form, people_by_given, forms, union)
            continue
        if not named:
            # Nobody here has the word as a surname, but people named here may bear it first,
            # their family name in Khmer or Chinese order ("Sok Chanthy ... Ms Sok ... Sok Rithy
            # ... Mr Sok"): the word means one of them, not someone of another source.
            named = sorted(
                (ref, full)
                for full in people_by_given.get(form.parsed.folded[-1], ())
                for ref in forms[full].refs_by_source.get(source, ())
            )
            if named and not form.parsed.particles:
                _split_by_person(key, form, named, forms, union)
            else:
                unnamed.append((key, candidates))
            continue
        if form.refs[-1] < named[0][0]:  # every use comes before the full name
            people = {union.find(full) for _, full in named}
            if len(form.refs) == 1 and len(people) == 1:
                union.union(key, people.pop())
            else:
                refused.update(form.parsed.alts[-1])
            continue
        _split_by_person(key, form, named, forms, union)
    for key, candidates in unnamed:
        if refused.intersection(forms[key].parsed.alts[-1]):
            continue
        people = {union.find(full) for full in candidates}
        if len(people) == 1:
            union.union(key, people.pop())


def _people_by_first_of_two_surnames(forms: dict[str, _Form]) -> dict[str, list[str]]:
    """Three-word people by the match keys of their middle word: "Fernando Salas Rivera" under "salas"."""
    found: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        parsed = form.parsed
        if parsed.person_like and len(parsed.flat) == 3 and not parsed.particles:
            for match_key in _match_keys(parsed.flat_alts[1]):
                found[match_key].append(key)
    return found


def _attach_first_of_two_surnames(
    key: str, form: _Form, people: dict[str, list[str]], forms: dict[str, _Form], union: _UnionFind
) -> bool:
    """Spanish and Portuguese copy print a person's two surnames once ("Fernando Salas Rivera")
    and the first alone after ("Mr Salas"): a word no one carries as a last name means the one
    person its source named before it with that word second of three. True when it was joined."""
    (source,) = form.sources
    named = {
        union.find(full)
        for match_key in _match_keys(form.parsed.alts[-1])
        for full in people.get(match_key, ())
        if any(ref < form.refs[0] for ref in forms[full].refs_by_source.get(source, ()))
    }
    if len(named) != 1:
        return False
    union.union(key, named.pop())
    return True


def _people_by_given_name(forms: dict[str, _Form]) -> dict[str, list[str]]:
    """Person names in Western order, by their first (given) name's fold. A last word of three
    letters or fewer is left out: short words after a name are as often a place's or a
    port's ("Tanger Med", "Subic Bay") as a family name."""
    people: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        parsed = form.parsed
        if not (parsed.person_like and parsed.korean is None and parsed.surnames):
            continue
        if parsed.surnames[0] != parsed.folded[0] and len(parsed.surnames[0]) > 3:
            if parsed.words[0].casefold() not in PARTICLES:
                people[parsed.folded[0]].append(key)
    return people


def _attach_given_name(
    key: str, form: _Form, people_by_given: dict[str, list[str]], forms: dict[str, _Form], union: _UnionFind
) -> None:
    """A word that is nobody's surname but the given name of the one person its source named
    in full before its first use, with no other of that given name named between its uses: "Kittisak Rattanaporn ... Mr Kittisak said" (Thai usage,
    and a first-name reference anywhere). Never a word that names a place or a thing."""
    parsed = form.parsed
    if parsed.particles or parsed.hyphen_article or parsed.words[-1].casefold() in NOT_PERSON:
        return
    (source,) = form.sources
    named = [
        (forms[full].refs_by_source[source][0], full)
        for full in people_by_given.get(parsed.folded[-1], ())
        if source in forms[full].refs_by_source
    ]
    # Only the people named before its first use count: "Budi Sucipto ... Pak Budi ... Budi
    # Santoso, who leads a union" means the first Budi, as a surname means the last named.
    people = {union.find(full) for ref, full in named if ref < form.refs[0]}
    if len(people) == 1 and not any(form.refs[0] < ref < form.refs[-1] for ref, _ in named):
        union.union(key, people.pop())


def _split_by_person(key: str, form: _Form, named: list[tuple[int, str]], forms: dict[str, _Form], union: _UnionFind) -> None:
    """Join each mention of a one-word form to the one person named before it (see above).

    With two people of that surname named before it, a courtesy title may tell: "Dr Memon"
    is the one the source called Dr, "Mr Hassan" is not him (`_told_by_title`)."""
    (source,) = form.sources
    by_person: dict[str | None, list[int]] = defaultdict(list)
    titles_of: dict[str, set[str]] = defaultdict(set)  # each person's titles in this source so far
    for named_ref, full in named:
        if title := forms[full].titles.get(named_ref) or name_gender_title(forms[full].parsed.words):
            titles_of[union.find(full)].add(title)
    for ref in form.refs:
        people = {union.find(full) for named_ref, full in named if named_ref < ref}
        title = form.titles.get(ref, "")
        if len(people) > 1 and title:
            _add_titles_in_source(source, ref, people, forms, union, titles_of)
            people = _told_by_title(title, people, titles_of)
        person = people.pop() if len(people) == 1 else None
        by_person[person].append(ref)
        if person is not None and title:
            titles_of[person].add(title)
    for number, (person, refs) in enumerate(sorted(by_person.items(), key=lambda item: item[1][0])):
        part = key if number == 0 else f"{key}\x02{number}"
        if number:
            forms[part] = _Form(form.text, form.parsed, refs, {source}, defaultdict(list, {source: refs}))
            union.add(part)
        else:
            form.refs, form.refs_by_source = refs, defaultdict(list, {source: refs})
        if person is not None:
            union.union(part, person)


def _add_titles_in_source(
    source: int, before: int, people: set[str], forms: dict[str, _Form], union: _UnionFind, titles_of: dict[str, set[str]]
) -> None:
    """The courtesy titles this source gave each of these people before `before`, on any
    form already joined to them: "Mr Bao" makes Nguyen Quoc Bao a Mr, so a later "Ms Nguyen"
    is the other Nguyen of the article."""
    for key, form in forms.items():
        for ref in form.refs_by_source.get(source, ()):
            if ref < before and (title := form.titles.get(ref)) and union.find(key) in people:
                titles_of[union.find(key)].add(title)


# Titles one person is not written with: a doctor is "Dr" throughout, and "Mr" and "Ms" differ.
_TITLES_APART = {"dr": {"mr", "ms"}, "mr": {"dr", "ms"}, "ms": {"dr", "mr"}}


def _told_by_title(title: str, people: set[str], titles_of: dict[str, set[str]]) -> set[str]:
    """Of several people, the one this title means: the one written with it, else the one
    left when those written with a title it excludes are set aside; else all of them."""
    same = {person for person in people if title in titles_of[person]}
    if len(same) == 1:
        return same
    possible = {person for person in people if not titles_of[person] & _TITLES_APART[title]}
    return possible if len(possible) == 1 else people


def _attach_short_forms(forms: dict[str, _Form], union: _UnionFind) -> None:
    """A company's short form ("Hanbit") joins the company ("Hanbit Mobility") named in full
    in the same source (a short form of two words or more, in any source); where two
    companies of that stem are named, neither."""
    companies: dict[tuple[str, int | None], set[str]] = defaultdict(set)
    for key, form in forms.items():
        if form.parsed.stem:
            companies[(form.parsed.stem, None)].add(key)
            for source in form.sources:
                companies[(form.parsed.stem, source)].add(key)
    if not companies:
        return
    for key, form in forms.items():
        if form.uses_after_the == len(form.refs):
            continue  # "the Odra" beside "Odra Tabor", "the Tonle Sap" beside "Tonle Sap Textiles": the river
        if form.single:
            found = [companies.get((form.parsed.key, source)) for source in form.sources]
            if not found or not all(found):
                continue
        else:
            # A short form of two words or more ("Kaveri Marine", "Shinwa Kaiun") is one name
            # wherever it is written, as `same_name` finds it on the desk; so is a name cut
            # after some of its sector words ("Kvirila Mining" of "Kvirila Mining Company").
            found = [companies.get((form.parsed.key, None))]
            if form.parsed.stem:
                longer = {
                    company
                    for company in companies.get((form.parsed.stem, None), ())
                    if is_shorter_tail_of(form.parsed, forms[company].parsed)
                }
                found = [keys for keys in (found[0], longer) if keys]
            if not found or not found[0]:
                continue
        roots = {union.find(company) for keys in found for company in keys}
        if len(roots) == 1:
            union.union(key, roots.pop())


def _join_single_words(forms: dict[str, _Form], union: _UnionFind) -> None:
    person_roots = {union.find(key) for key, form in forms.items() if form.parsed.person_like}
    full_name_roots = {union.find(key) for key, form in forms.items() if not form.single}
    for component in _single_word_components(forms):
        roots = {union.find(key) for key in component}
        if len(roots & person_roots) > 1:
            component = [key for key in component if union.find(key) not in person_roots]
        # "the Odra" in one source, "Odra" for Odra Tabor in another: the river and the
        # company (or person) named after it are two things, whatever one word they share.
        landmarks = [key for key in component if forms[key].uses_after_the == len(forms[key].refs)]
        others = [key for key in component if key not in landmarks]
        split = landmarks and any(union.find(key) in full_name_roots for key in others)
        for group in ([landmarks, others] if split else [component]):
            for key in group[1:]:
                union.union(group[0], key)


def _single_word_components(forms: dict[str, _Form]) -> list[list[str]]:
    """One-word forms grouped by the word they spell (across sources, scripts, romanisations);
    "Al Mansoori" only with others that have the same particles."""
    words = _UnionFind(form.parsed.key for form in forms.values() if form.single)
    buckets: dict[tuple, list[_Form]] = defaultdict(list)
    for form in forms.values():
        if form.single:
            for match_key in _match_keys(form.parsed.alts[-1]):
                buckets[match_key].append(form)  # `lone_words_match` checks the particles
            chinese = class_key(form.parsed.words)
            if chinese is not None:
                buckets[f"zh:{chinese}"].append(form)
    for members in buckets.values():
        distinct = list({form.parsed.key: form for form in members}.values())
        for a, b in combinations(distinct, 2):
            if words.find(a.parsed.key) != words.find(b.parsed.key) and lone_words_match(a.parsed, b.parsed):
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



def spellings_naming_alone(cluster: Sequence[str]) -> list[str]:
    """The spellings of one article's cluster that name its entity wherever they are written.

    All of them but a single word that is a word of a fuller spelling in the cluster: "Chan"
    beside "Simon Chan Siu-ming", "Hanbit" beside "Hanbit Mobility" say who only in that
    article (elsewhere, "Chan" is anybody called Chan). "陳小明" beside "Simon Chan Siu-ming",
    or "Гянджа" beside "Ganja", name the same one anywhere: when the desk finds two such
    spellings of one article in two entities, the article says the entities are one.
    """
    fuller = [set(fold_words(spelling)) for spelling in cluster if parse_name(spelling).lone is None]
    return [
        spelling
        for spelling in cluster
        if parse_name(spelling).lone is None or not any(set(fold_words(spelling)) < words for words in fuller)
    ]
