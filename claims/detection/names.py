"""Names: find them, fold their spellings, cluster them into entities, flag their variants.

The public API of the names half of the detection engine. Plain Python, no Django.

    extract_mentions(text) -> list[MentionFact]
    after_the(text, start) -> bool                         # "the Odra": a river, not a company
    courtesy_title(text, start) -> str                     # "Dr Memon": "dr"
    is_general_place(spelling) -> bool                     # "Russia": says nothing of a story
    stated_aliases(text) -> list[tuple[str, str]]         # (name used, other name stated)
    fold(spelling) -> str                                  # "Тоқаев", "Tokayev" -> "tokaev"
    blocking_keys(spelling) -> frozenset[str]
    same_name(a, b) -> bool
    renames_for(spelling) -> list[NameSpan]
    cluster_mentions(records, aliases=()) -> list[list[int]]
    spellings_naming_alone(cluster) -> list[str]           # not "Chan" beside "Simon Chan"
    house_spelling_for(spellings) -> str
    name_flags(records, house_spelling, entity_key) -> list[NameFlag]
    outdated_names(records, published) -> list[OutdatedName]

Where the rules live: extraction in `mention_extraction` (words, headlines, sentence
starts) and `name_chunks` (joining words into names), folding in `transliteration`
(with the Uzbek Latin reading and the vowels Persian and Arabic romanisations trade),
Chinese romanisations in `chinese`, Korean ones in `korean`, Japanese in `japanese`, Polish
and Belarusian Latin in `slavic_latin`, reading one spelling in `name_parsing`, matching
and keys in `name_matching`, renamed places in `renames`, clustering and the house spelling in
`name_clustering` (one-word names after "the" in `name_landmarks`), flags in `name_flags`,
word lists in `name_lexicon`.

`outdated_names` finds a renamed place called by a name it did not hold on the source's
date ("Astana" in September 2019). It is not a `NameFlag` yet: the contract's FlagLabel
has no label for it, and adding one needs a migration of the Discrepancy label choices.
"""

from __future__ import annotations

import re

from .mention_extraction import after_the, courtesy_title, extract_mentions
from .name_lexicon import GENERAL_PLACES, LANGUAGES
from .name_clustering import cluster_mentions, house_spelling_for, spellings_naming_alone
from .name_flags import OutdatedName, name_flags, outdated_names
from .name_matching import blocking_keys, blocking_keys_fingerprint, same_name
from .renames import NameSpan, renames_for
from .transliteration import fold, script_of

__all__ = [
    "NameSpan",
    "after_the",
    "OutdatedName",
    "blocking_keys",
    "blocking_keys_fingerprint",
    "cluster_mentions",
    "courtesy_title",
    "extract_mentions",
    "fold",
    "house_spelling_for",
    "is_general_place",
    "name_flags",
    "outdated_names",
    "renames_for",
    "same_name",
    "spellings_naming_alone",
    "stated_aliases",
]

# What may stand between two names for the text to say they are one:
# "Nur-Sultan (formerly known as Astana)", "Almaty, formerly Alma-Ata", "Kyiv (also spelled Kiev)".
_SAME_AS = re.compile(
    r"['’]?s?\s*[(,—–-]?\s*(?:formerly|previously|once|also|a\.?k\.?a\.?)"
    r"(?:\s+(?:known\s+as|called|named|spelled|spelt|written))?\s+",
    re.IGNORECASE,
)
# "Solun, as Thessaloniki is called in Serbian", "the Vilcanota, as the upper Urubamba is known":
# the gap, then what follows the second name.
_AS_CALLED = re.compile(r",?\s+as\s+(?:the\s+(?:[a-z]+\s+)?)?")
# "Klaipėda, called Memel until 1923", "Cusco, known in Quechua as Qosqo", "Jaffna, or Yalpanam in
# Tamil": the first name is the one the copy uses, the second another name of the same place.
# Not "named after": a place named after a person is not that person.
_CALLED_ALSO = re.compile(r",\s+(?:(?:then|once|long|historically|still)\s+)?(?:called|known\s+as)\s+")
# The language's name is a name too, so this one is matched on the text, not between two names.
_KNOWN_IN_AS = re.compile(r",\s+(?:known|called)\s+in\s+(?P<language>[A-Z][a-z]+)\s+as\s+")
_OR_IN_LANGUAGE = re.compile(r",\s+or\s+")
_IN_LANGUAGE = re.compile(r"\s+in\s+(?P<language>[A-Z][a-z]+)\b")
_IS_CALLED = re.compile(r"\s+is\s+(?:also\s+|locally\s+|often\s+)?(?:called|known|named|spelled|spelt|written)\b")
# "Gelora Bung Tomo, the Surabaya stadium": an appositive that says what kind of place a name
# is, in lower case, names it with its head word ("Gelora Bung Tomo Stadium"), which copy
# elsewhere writes in full. Only "the" (the one such place), and only heads of named places.
_APPOSITIVE_HEAD = re.compile(
    r", the (?:[A-Z][\w’'-]* ){0,2}(stadium|river|lake|airport|bridge|dam|canal|hospital|university|museum)\b"
)
# "Astana (now Nur-Sultan)", "Madras, renamed Chennai": the second name is the current one.
_NOW = re.compile(r"\s*[(,—–-]?\s*(?:now|later|since\s+renamed|renamed)(?:\s+(?:known\s+as|called|named|to))?\s+", re.IGNORECASE)


def stated_aliases(text: str) -> list[tuple[str, str]]:
    """Pairs of names the text itself says are one: (the name it uses now, the other name).

    Only two names next to each other in one sentence count, joined by "formerly
    (known as)", "previously", "also known as", "a.k.a." (then the first name is the
    current one), or "now", "renamed", or "Solun, as Thessaloniki is called in Serbian"
    (then the second is), or ", called", ", known in Quechua as", ", or ... in Tamil" (then
    the first is). A name followed by ", the ... stadium" (or river, airport...) is
    the name with that head word ("Gelora Bung Tomo, the Surabaya stadium": "Gelora Bung Tomo
    Stadium"). A name followed by its initials in brackets ("Independent National
    Electoral Commission (INEC)") is one name, as English copy introduces an acronym. A name
    followed by the same name in another script in brackets,
    "Niš (Ниш)", "Chennai (சென்னை)", "陈小明 (Chen Xiaoming)", is one name written twice:
    English-language outlets print a name in its own script only that way, and no
    transliteration table can join the Burmese or Arabic spelling to the English one.
    """
    mentions = extract_mentions(text)
    pairs: list[tuple[str, str]] = []
    for mention in mentions:
        # "Gelora Bung Tomo, the Surabaya stadium named after ...": the name with its head word.
        # Not a one-word name: aliases join every source's use of a spelling, and "Brantas"
        # is a river in one article and a club in the next.
        if (
            " " in mention.text.strip()
            and (head := _APPOSITIVE_HEAD.match(text, mention.end))
            and not mention.text.casefold().endswith(head.group(1))
        ):
            pairs.append((mention.text, f"{mention.text} {head.group(1).capitalize()}"))
    pairs.extend(_acronyms_of_names_in_the_text(mentions))
    starting_at = {mention.start: mention for mention in mentions}
    for mention in mentions:
        known_in = _KNOWN_IN_AS.match(text, mention.end)
        other = starting_at.get(known_in.end()) if known_in and _is_language(known_in) else None
        if other is not None and other.sentence_start == mention.sentence_start:
            pairs.append((mention.text, other.text))  # "Cusco, known in Quechua as Qosqo"
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.sentence_start != second.sentence_start:
            continue
        gap = text[first.end : second.start]
        if _SAME_AS.fullmatch(gap):
            pairs.append((first.text, second.text))
        elif _NOW.fullmatch(gap):
            pairs.append((second.text, first.text))
        elif _AS_CALLED.fullmatch(gap) and _IS_CALLED.match(text, second.end):
            pairs.append((second.text, first.text))
        elif _CALLED_ALSO.fullmatch(gap) or (
            _OR_IN_LANGUAGE.fullmatch(gap) and _is_language(_IN_LANGUAGE.match(text, second.end))
        ):
            pairs.append((first.text, second.text))
        elif gap == " (" and text.startswith(")", second.end) and (
            _scripts(first.text) != _scripts(second.text) or _is_acronym_of(second.text, first.text)
        ):
            pairs.append((first.text, second.text))
    return pairs


def _acronyms_of_names_in_the_text(mentions) -> list[tuple[str, str]]:
    """ "the Dockers' Solidarity Union ... the DSU said": an acronym is the one name of the
    same article whose initials it spells, brackets or none. Two such names: neither."""
    full_names = {mention.text for mention in mentions if " " in mention.text.strip()}
    pairs = []
    for acronym in sorted({mention.text for mention in mentions if _ACRONYM.fullmatch(mention.text)}):
        spelled = {name for name in full_names if _is_acronym_of(acronym, name)}
        if len({" ".join(name.split()).casefold() for name in spelled}) == 1:
            pairs.extend((name, acronym) for name in sorted(spelled))
    return pairs


def _is_language(match: re.Match[str] | None) -> bool:
    return match is not None and match.group("language").casefold() in LANGUAGES  # "in Tamil", not "in May"


_ACRONYM = re.compile(r"[A-Z]{2,8}")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NOT_INITIALS = frozenset("of for the and de du des la le el al".split())


def _is_acronym_of(acronym: str, name: str) -> bool:
    """ "INEC" of "Independent National Electoral Commission", "PUC" of "People's Unity
    Congress": the capitals are the initials of the name's words, small words left out."""
    if not _ACRONYM.fullmatch(acronym):
        return False
    words = [w for w in _NAME_WORD.findall(name) if w.casefold() not in _NOT_INITIALS]
    return len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym


def is_general_place(spelling: str) -> bool:
    """A country, continent, broad region or people ("Russia", "Asia", "Chinese"): too common
    to tie two reports into one story (see `stories`)."""
    words = spelling.casefold().split()
    return bool(words) and " ".join(words) in GENERAL_PLACES


def _scripts(spelling: str) -> frozenset[str]:
    return frozenset(script_of(word) for word in spelling.split())
