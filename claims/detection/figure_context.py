"""The words around a figure that explain it: its scope, its speaker and its asides.

* scope: the nearest scope word in the figure's part of the sentence ("had been
  completed", "were implementing", "had signed", "to be launched"), and the extent the
  figure is said to cover, if any: a whole place ("across India", "nationwide" ->
  "country-wide", "worldwide", "the city's 270 trams" or "the city as a whole" ->
  "city-wide"), several plants at once ("four mills together", "across its plants and
  depots", "together with its older warehouse" -> "several combined") or a phase ("including two to be built in a second phase",
  "a second stage would bring total capacity to 210 megawatts" -> "second phase",
  "second stage"). Stored as "stage; extent" (see `join_scope`).
* speaker: who the sentence attributes its content to ("Kasymbek said", "According to
  Nazarbaev,", '"...," said Kasymbek'), titles dropped ("Deputy Prime Minister Zhenis
  Kasymbek" -> "Zhenis Kasymbek"), and whoever "put the cost at" a sum. Pronouns, a bare
  title ("the deputy minister said": the speaker last named, else the title) and quoted
  follow-up sentences are resolved by `figures`, which walks the sentences in order.
  A bare proper name followed by another ("across Assiut Governorate") is a region of the story,
  not a country; "nationally" is country-wide.
* parts: a dash or bracket aside ("-- who share a land border of some 1,700
  kilometers --") is its own part of the sentence, as is what a subject has between commas
  ("The stadium, with its 20,000 seats, will ..."), and so is each clause after a joint
  (";", ", but", ", while"). A figure takes the date or scope word nearest to it in its
  own part; failing that, one that stands before it in an earlier main part ("In 2017,
  ... 16 percent ..., while ... 12 percent": both 2017), never one from a later part
  ("30 yuan at present, but ... 50 yuan next year": only 50 is next year's).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .figure_nouns import STOP_WORDS, words_after, words_before
from .name_lexicon import GENERAL_PLACES

_SCOPE_RE = re.compile(
    r"\b(?:"
    r"(?P<planned>to be \w+ed|will(?: be \w+ed)?|would|plans? to|planned|planning|goals?|aims? to|aimed at|"
    r"targets?|expected to|intends? to|scheduled|proposed|pledged|vowed|(?:is|are) set to)"
    r"|(?P<implemented>being implemented|implementing|under way|underway|under construction|ongoing|"
    r"in progress|being built|(?:is|are|were|was) building|(?:counted|declared|reported) so far)"
    r"|(?P<signed>signed|inked|agreed|sealed|ordered|contracted|awarded)"
    r"|(?P<completed>completed|finished|launched|built|commissioned|put into operation|created|opened|"
    r"implemented|delivered|handed over|final (?:results?|count|tally|figures))"
    r")\b",
    re.IGNORECASE,
)
_SCOPE_LABEL = {"planned": "planned", "implemented": "being implemented", "signed": "signed", "completed": "completed"}

# The extent a figure covers. "across the Dnipro" is a crossing, not a place-wide count: only
# a bare proper name ("across India") or the country, nation or world counts.
_COUNTRIES = "|".join(sorted(word.capitalize() for word in GENERAL_PLACES))  # peoples too: no harm as a subject
_EXTENT_RE = re.compile(
    # "across the Lasithi regional unit", "across all of Ho Chi Minh City's ports": a named
    # place as a whole, by its designator or by all of its things
    r"\b(?:[Aa]cross|[Tt]hroughout|[Tt]hrough)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:[A-Z][\w-]+['’]s\s+)?"
    r"(?P<named_place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}?)"
    r"(?=['’]s\s+(?:[a-z]+\s+)?[a-z]+s\b|\s+(?i:regional\s+unit|region|province|county|district|state|"
    r"municipality|prefecture|governorate|oblast|island|islands|peninsula|valley|coast|delta|basin)\b)"
    # "hospitals across the district had admitted 905 patients": the whole unit the story is in
    # ("a dozen clinics in the county" too, right after what is counted; not "bearing in the district")
    r"|(?:\b[Aa]cross|\b[Tt]hroughout|(?<=[a-z]s)\s+in)\s+the\s+(?P<unit_wide>district|region|province|county|state|"
    r"island|municipality|prefecture|governorate)\b(?!['’-])"
    # "across western Hokkaido", "from across Eastern Visayas, or Region VIII": a part of a country
    # named by its compass point, or a place of several words, as a whole
    r"|\b[Aa]cross\s+(?:the\s+)?(?P<region>(?:(?:north|south|east|west)(?:ern)?|central|(?:north|south)-?(?:east|west)(?:ern)?)"
    r"\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3}(?=\s*[,.;)]|\s+or\s))"
    r"|\b(?:[Aa]cross|[Tt]hroughout|[Aa]ll over)\s+(?:(?P<country>the (?:country|nation)|[A-Z][a-z]+\b(?![-\w]|\s+[A-Z]))"
    r"|(?P<world>the (?:world|globe)))\b"
    r"|\b(?P<nationwide>(?i:nationwide|nation-wide|countrywide|country-wide|nationally))\b"
    # "Ethiopia exported 300,000 tonnes", "the country's exports": a whole country's figure
    rf"|\b(?P<country_subject>(?:{_COUNTRIES})\s+(?:exported|exports|imported|imports|produced|produces|"
    r"harvested|harvests|consumed|consumes|spent|spends|generated|generates))\b"
    r"|\b(?P<country_owner>(?i:the\s+(?:country|nation)['’]s))"
    # "the city's roughly 270 trams", "the city as a whole runs 270 trams": the whole place's figure
    r"|\b(?i:the\s+(?P<place_owner>city|town|region|province|state)['’]s)(?=\s+(?:[a-z]+\s+)?[0-9])"
    r"|\b(?:(?i:the\s+(?P<whole_of>[a-z]+))|(?P<whole_name>[A-Z][\w-]+))\s+as\s+a\s+whole\b"
    # "across its plants and depots", "together with its older warehouse": the company's sites at once
    r"|\b(?P<sites>(?i:across\s+(?:all\s+(?:of\s+)?)?(?:its|their|the\s+(?:company|group|firm)['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?[a-z]+s\b|together\s+with\s+(?:its|their)\b|between\s+them\b))"
    r"|\b(?P<worldwide>(?i:worldwide|world-wide|globally))\b"
    r"|\b(?P<phase>(?i:(?:first|second|third|fourth|fifth|next|later|final|further)\s+(?:phase|stage)"
    r"|(?:phase|stage)\s+(?:one|two|three|four|five|[1-5]|I{1,3})))\b"
    # "Stepova Nyva's four mills together process": several plants at once, not the one.
    r"|\b(?P<combined>(?i:(?:all|both|[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:[a-z-]+\s+)?"
    r"[a-z]+s\s+(?:together|combined)))\b"
)
EXTENT_SEPARATOR = "; "


def join_scope(stage: str, extent: str) -> str:
    """ "planned; second phase", "; country-wide", or the stage alone."""
    return f"{stage}{EXTENT_SEPARATOR}{extent}" if extent else stage


def split_scope(scope: str) -> tuple[str, str]:
    """(stage, extent) of a stored scope."""
    stage, _, extent = scope.partition(EXTENT_SEPARATOR)
    return stage, extent


_SPEECH_RE = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|claimed|claims|wrote|writes|"
    r"noted|notes|added|adds|declared|declares|confirmed|insisted|warned|warns|argued|explained|estimated|"
    r"estimates|repeated|repeats|stressed|stresses|predicted|predicts|promised|promises|pledged|"
    # "Faadumo Warsame disputed the staffing figure": who disputes a figure speaks
    r"disputed|disputes|denied|denies|countered|counters|contested|contests|rejected|rejects|dismissed|dismisses|"
    # "a legal aid group ... counted more than 70 people detained": whoever counts gives the count
    r"counted|counts)\b"
    # "Al Mansoori put the total cost at $7 million": whoever puts a figure on it gives it.
    r"|\bput(?:s|ting)?\b(?=[^.;]{1,80}?\bat\s+(?:about\s+|around\s+|some\s+|roughly\s+|magnitude\s+)?[$€£¥₸₴₽0-9A-Z])"
)
_ACCORDING_RE = re.compile(
    r"\b[Aa]ccording to\s+(?P<who>[^,.;:!?\"“”()]+)(?:,\s+(?P<name>[^,.;:!?\"“”()]+?)\s*(?=[.;:!?]|$))?"
)
_QUOTE_END_RE = re.compile(r"[\"”’],?\s*$|,[\"”’]\s*$")
_PAREN_RE = re.compile(r"\([^()]*\)")
_TRAILING_BRACKET_RE = re.compile(r"[ \t]*\([^()]{1,60}\)[ \t]*$")
# An apposition that describes rather than names: "a spokesperson for ...", "who oversees ...".
_DESCRIPTION_STARTS = frozenset("a an the who which its his her their".split())
_PARTICLE_RE = re.compile(r"(?:al|el|ad|as|at|ash|bin|ibn|bint|van|von|de|da|del|der|di|du|le|la)(?:-|$)")
_PRONOUNS = frozenset("he she they".split())
_POSSESSIVES = frozenset("his her their its".split())
_OWNER_PREPOSITIONS = frozenset("of for at".split())
_ADVERBS = frozenset(
    "also later previously recently earlier further then reportedly once has have had publicly".split()
)
# Words that say what a speaker is, not who: stripped so "President Nursultan Nazarbaev" meets "Nazarbaev".
_TITLES = frozenset(
    """
    president prime minister deputy vice foreign former influential ambassador spokesman spokeswoman
    spokesperson chairman chairwoman chair head director secretary general governor mayor senator mr mrs ms
    dr prof professor chief executive ceo analyst expert senior acting leader premier envoy commissioner
    representative adviser advisor official engineer councillor councilor curator project city
    administration department ministry authority
    manager managing owner coordinator commander prefect administrator officer inspector
    superintendent chairperson treasurer
    """.split()
)
# Titles that name a body, not a person: "the ministry said" is not the minister last named.
_INSTITUTIONS = frozenset("city administration department ministry authority project".split())
# Dashes, brackets, and a relative clause between commas ("Pak, who announced the project in
# 2015 as vice-president, said ...", "a budget for the Games, which the city will host in
# September, ..."): its date is not the main clause's.
_ASIDE_RE = re.compile(
    r"\s--\s.*?(?:\s--\s|$)|\s?—.*?(?:—|$)|\([^()]*\)|,\s+(?:who|whom|whose|which)\b[^,;]*,"
    # "Kári Sigurðsson, a volcanologist who has followed the crater row since December 2023, said":
    # a description of the speaker dates the speaker, not what is said
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:who|whom|whose|which)\b[^,;]*,"
    # "The stadium, with its 20,000 seats, will hold the ceremony on September 6": what the
    # subject has is not dated by what it will do
    r"|,\s+with\s+(?:its|their|his|her)\b[^,;]*,"
    # "The quake, centred 12 kilometres below the seabed, damaged 1,260 buildings across the
    # region": how the subject is described is not what its verb covers
    r"|(?<=[a-z]),\s+(?:centred|centered|located|based|situated|built|founded|measured)\s[^,;]*,"
)
# Where a new main clause starts inside a sentence. A second reported clause ("said that A
# and that B") or a trailing ", with ..." carries its own date: "15 completed, with five
# more by December" does not date the 15 to December.
_JOINT_RE = re.compile(
    r";|,\s*(?:but|while|whereas|although|though|yet|with)\b|\s+but\s|,?\s+and\s+that\b"
    # "would handle 600 trucks a day and would serve shops across Guangdong": a second verb, its own extent
    r"|\s+and\s+(?=(?:would|will|could|can|should|may|might)\s+[a-z]+)"
    # "would be 120 metres long, and the work would be finished next year": a new subject, its own date
    r"|,\s*and\s+(?=(?:the|its|their|his|her|with)\s)"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    start: int  # where the attribution verb (or "according to") stands
    speaker: str  # "" with `pronoun` set when the sentence says only "he said" or "the minister said"
    pronoun: bool = False
    role: str = ""  # "deputy minister": what the speaker is, when the sentence names no one


@dataclass(frozen=True, slots=True)
class Parts:
    """A sentence's asides and the offsets where its main clauses start."""

    asides: tuple[tuple[int, int], ...]
    joints: tuple[int, ...]

    def of(self, offset: int) -> tuple[bool, int]:
        """(inside an aside?, index of the aside or of the main part)."""
        for index, (lo, hi) in enumerate(self.asides):
            if lo <= offset < hi:
                return True, index
        return False, bisect.bisect_right(self.joints, offset)


def parts_of(text: str, start: int, end: int) -> Parts:
    asides = tuple((m.start(), m.end()) for m in _ASIDE_RE.finditer(text, start, end))
    joints = tuple(
        m.start() for m in _JOINT_RE.finditer(text, start, end) if not any(lo <= m.start() < hi for lo, hi in asides)
    )
    return Parts(asides, joints)


def nearest[T](
    items: Iterable[tuple[int, int, T]], figure: tuple[int, int], parts: Parts, *, from_earlier_parts: bool = True
) -> T | None:
    """The item nearest the figure in its part; else the last one before it in an earlier main
    part, unless `from_earlier_parts` is False."""
    home = parts.of(figure[0])
    best: T | None = None
    best_distance = None
    fallback: tuple[int, T] | None = None
    for lo, hi, value in items:
        part = parts.of(lo)
        if part == home:
            distance = max(0, lo - figure[1], figure[0] - hi)
            if best_distance is None or distance < best_distance:
                best, best_distance = value, distance
        elif from_earlier_parts and not home[0] and not part[0] and part[1] < home[1] and hi <= figure[0]:
            if fallback is None or lo > fallback[0]:
                fallback = (lo, value)
    if best_distance is not None:
        return best
    return fallback[1] if fallback else None


def scope_matches(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every scope word in text[start:end] as (start, end, scope)."""
    return [
        (m.start(), m.end(), _SCOPE_LABEL[m.lastgroup])  # type: ignore[index]
        for m in _SCOPE_RE.finditer(text, start, end)
    ]


_PLACE_OWNER_RE = re.compile(r"the\s+(?:city|town|region|province|state)['’]s", re.IGNORECASE)


def owns_only_the_next_figure(text: str, extent: tuple[int, int, str], figure_start: int) -> bool:
    """ "Turnout was 28.4 percent of the state's 2,688,305 registered voters": "the state's" makes
    the registered voters state-wide, not the turnout. True when the extent is such an owner and
    the figure is another one than the number right after it."""
    if not _PLACE_OWNER_RE.fullmatch(text, extent[0], extent[1]):
        return False
    return not 0 <= figure_start - extent[1] <= 24


def extent_matches(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every extent in text[start:end] as (start, end, extent): "country-wide", "worldwide", "second phase"."""
    found = []
    for m in _EXTENT_RE.finditer(text, start, end):
        if m.group("world") or m.group("worldwide"):
            extent = "worldwide"
        elif m.group("phase"):
            extent = " ".join(m.group("phase").lower().split())
        elif m.group("combined") or m.group("sites"):
            extent = "several combined"
        elif m.group("place_owner"):
            extent = f"{m.group('place_owner').lower()}-wide"
        elif m.group("whole_of"):
            place = m.group("whole_of").lower()
            extent = "country-wide" if place in ("country", "nation") else f"{place}-wide"
        elif m.group("unit_wide"):
            extent = f"{m.group('unit_wide')}-wide"
        elif m.group("region"):
            extent = " ".join(m.group("region").split())
        elif m.group("named_place"):
            name = m.group("named_place")
            extent = "country-wide" if name.lower() in GENERAL_PLACES else f"all of {name}"
        elif m.group("whole_name"):
            name = m.group("whole_name")
            extent = "country-wide" if name.lower() in GENERAL_PLACES else f"all of {name}"
        else:
            extent = "country-wide"
        found.append((m.start(), m.end(), extent))
    return found


def find_attributions(text: str, start: int, end: int) -> list[Attribution]:
    """Every "X said" and "according to X" in the sentence text[start:end], in order."""
    found: list[Attribution] = []
    for match in _ACCORDING_RE.finditer(text, start, end):
        # "according to the authority's chairman, Mohamed Mabrouk": the name, not the title.
        name = _name_in(match.group("name") or "")
        speaker = name or _strip_titles(match.group("who").split())
        if speaker:
            found.append(Attribution(match.start(), speaker))
    for match in _SPEECH_RE.finditer(text, start, end):
        attribution = _subject_of(text, start, match)
        if attribution:
            found.append(attribution)
    found.sort(key=lambda a: a.start)
    return found


def _subject_of(text: str, sentence_start: int, verb: re.Match[str]) -> Attribution | None:
    # "The Imereti Miners' Union (IMU) said": the subject ends before its bracketed short form.
    subject_end = verb.start()
    bracket = _TRAILING_BRACKET_RE.search(text, sentence_start, subject_end)
    if bracket:
        subject_end = bracket.start()
    before = [w for w in words_before(text, subject_end) if w.start >= sentence_start]
    head_end = verb.start()
    while before and before[-1].lower in _ADVERBS:
        head_end = before.pop().start  # "X, the director, has said": the apposition ends before "has"
    if before and before[-1].lower in _PRONOUNS:
        return Attribution(verb.start(), "", pronoun=True)
    run: list[str] = []
    for word in reversed(before):
        if word.lower in _POSSESSIVES and run:
            # "The mayor said her staff had counted 6,500 hectares": whose staff counted is
            # who gives the count, the one who said so
            return None
        if word.lower in STOP_WORDS or word.text[0].isdigit() or len(run) >= 6:
            break
        run.insert(0, word.text)
    if run:
        speaker = _strip_titles(run)
        if speaker and _is_role(speaker):  # "the deputy minister said": the one just named, as "he said"
            return Attribution(verb.start(), "", pronoun=True, role=speaker)
        return Attribution(verb.start(), speaker) if speaker else None
    head = text[max(sentence_start, verb.start() - 200) : head_end]
    if _QUOTE_END_RE.search(head) and verb.group() not in ("told", "tells"):
        return _inverted_subject(text, verb)
    if head.rstrip().endswith(","):
        # "The venture will invest VND1.1 trillion ..., said Nguyễn Thị Thanh Hương, its director."
        after = words_after(text, verb.end(), limit=1)
        if after and after[0].text[0].isupper() and verb.group() not in ("told", "tells"):
            return _inverted_subject(text, verb)
        return _appositive_subject(head, verb.start())
    return None


def _appositive_subject(head: str, verb_start: int) -> Attribution | None:
    """The name among the comma-separated pieces before the verb.

    "The deputy premier, Zhenis Kasymbek, said"; "Claire Dumont, a spokesperson for the
    consortium, said"; "Its curator, Liu Wenjun (刘文君), told": the nearest piece that is a
    name, passing over descriptions ("a spokesperson ...", "who oversees ...").
    """
    pieces = [_PAREN_RE.sub("", piece).strip() for piece in head.rstrip().rstrip(",").split(",")]
    for piece in reversed(pieces[-3:]):
        name = _name_in(piece)
        if name:
            return Attribution(verb_start, name)
        if piece and not _is_description(piece):
            return None
    return None


def _inverted_subject(text: str, verb: re.Match[str]) -> Attribution | None:
    """'"...," said Kasymbek.' or '"...," he said.'"""
    after = words_after(text, verb.end(), limit=6)
    if after and after[0].lower in _PRONOUNS:
        return Attribution(verb.start(), "", pronoun=True)
    run = []
    for word in after:
        if not _is_name_word(word.text):
            break
        run.append(word.text)
    speaker = _strip_titles(run)
    return Attribution(verb.start(), speaker) if speaker else None


def _is_role(speaker: str) -> bool:
    """ "deputy minister", "the company's president": a person's titles only, no name (not "the ministry")."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in speaker.split()]
    return all(w in _TITLES for w in words) and not _INSTITUTIONS.intersection(words)


def _is_name_word(word: str) -> bool:
    """ "Kasymbek", "al-Mabrouk", "bin": the words a person's name is made of."""
    return word[:1].isupper() or bool(_PARTICLE_RE.match(word))


def _is_description(piece: str) -> bool:
    """ "a spokesperson for ...", "who oversees ...", "Kaveri's managing director": what, not who."""
    words = piece.split()
    owner = any(word.endswith(("'s", "’s")) for word in words[:-1])  # "Lagos Marine's chief engineer"
    return piece[0].islower() or words[0].lower() in _DESCRIPTION_STARTS or owner


def _name_in(piece: str) -> str:
    """The person named by a short piece of text ("Mohamed Mabrouk", "Deputy mayor Zhang Hongmei"), or ""."""
    words = piece.split()
    if not words or len(words) > 6:
        return ""
    name = _strip_titles(words).split()
    described = name and (name[0].lower() in _DESCRIPTION_STARTS or name[0][:1].islower())
    if described and not all(_is_name_word(w) for w in name[1:]):
        # "His son Andriy Hnatiuk", "the firm's founder Vasyl Hnatiuk", "the opposition party Kok
        # Asaba": the name that ends the description
        tail = list(itertools.takewhile(_is_name_word, reversed(name)))[::-1]
        # ... but "founder of Harirod Saffron" describes a person by an organisation: no name of his
        before_tail = [w.lower() for w in name[: len(name) - len(tail)] if w.lower() not in ("the", "a", "an")]
        of_an_organisation = bool(before_tail) and before_tail[-1] in _OWNER_PREPOSITIONS
        if tail and tail[0][0].isupper() and not of_an_organisation:
            name = tail
    if not name or len(name) > 4 or not all(_is_name_word(w) for w in name):
        return ""
    return " ".join(name) if any(w[0].isupper() for w in name) else ""


def _unquoted(word: str) -> str:
    """A word without the quotes around it; a plural possessive keeps its apostrophe ("Miners'")."""
    word = word.strip(" \t\n\"").lstrip("'’")
    return word if word.endswith(("s'", "s’")) else word.rstrip("'’")


def _strip_titles(words: list[str]) -> str:
    """Drop what a speaker is ("influential former President") and keep who ("Nursultan Nazarbaev")."""
    words = [_unquoted(w) for w in words if w.strip()]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    last_title = max((i for i, w in enumerate(words) if w.lower().removesuffix("'s") in _TITLES), default=-1)
    named = words[last_title + 1 :]
    if last_title >= 0 and named and all(_is_name_word(w) for w in named):
        words = named
    # "Bruce Pannier of RFE/RL": the person, not the employer.
    if "of" in words[2:] and all(w[0].isupper() for w in words[: words.index("of")]):
        words = words[: words.index("of")]
    return " ".join(words)
