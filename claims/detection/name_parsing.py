"""What one spelling of a name says about itself, before it is compared with another.

`parse_name` reads a spelling once (it is cached) into a `ParsedName`: its words without titles,
possessives, generational suffixes or a quoted nickname; each word folded with its readings
(`transliteration`); whether it looks like a person's name, and which words are the surname; its
shorter forms ("Bong Villanueva" of 'Jose "Bong" Villanueva Jr.'); the stem of a company's name
(its words before the sector words). `name_matching` compares two parsed names by its rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from .korean import name_parts as korean_name_parts
from .name_lexicon import (
    ABBREVIATION_EXPANSIONS,
    COMMON_WORDS,
    CORPORATE_TAILS,
    GAZETTEER,
    GEORGIAN_SURNAME_ENDINGS,
    LEGAL_PREFIXES,
    NEVER_NAMES,
    ORG_HEADS,
    PARTICLES,
    PLACE_GENERICS,
    PLACE_NAME_PARTS,
    PLACE_MODIFIERS,
    SURNAME_FIRST,
    TEAM_PLURALS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLES_AS_SURNAMES,
    VIETNAMESE_MIDDLE_NAME_TITLES,
)
from .transliteration import fold_words, readings

_POSSESSIVE = re.compile(r"['’ʼ]s$|['’ʼ]$", re.IGNORECASE)
NOT_PERSON = (
    COMMON_WORDS
    | CORPORATE_TAILS
    | (GAZETTEER - PLACE_NAME_PARTS)
    | NEVER_NAMES
    | ORG_HEADS
    | PLACE_MODIFIERS
    | TITLE_HEADS
    | TITLE_MODIFIERS
)
_PLACE_NAME_PAIRS = frozenset((a, b) for a in PLACE_NAME_PARTS for b in PLACE_NAME_PARTS if a != b)


@dataclass(frozen=True, slots=True)
class ParsedName:
    """One spelling taken apart, once (`parse_name` is cached): everything a rule compares."""

    words: tuple[str, ...]  # as written, without leading titles or possessive endings
    folded: tuple[str, ...]  # one folded word per word ("kasim-jomart", "tokaev")
    person_like: bool  # 2-5 words, two not particles, none a title, place, organisation or common word
    # Every reading of each word, the usual fold first (Uzbek Latin adds some: `readings`).
    alts: tuple[tuple[str, ...], ...] = ()
    korean: tuple[int, str] | None = None  # (index of the family name, key): see `korean`
    stem: str = ""  # a company's name without its sector words: "hanbit" of "Hanbit Mobility"
    key: str = ""  # the folded words joined by spaces
    flat: tuple[str, ...] = ()  # folded words with hyphenated words split: "kasim", "jomart", "tokaev"
    flat_alts: tuple[tuple[str, ...], ...] = ()  # each flat part with its readings
    # The folded word of a name that is one word, or particles and one word ("Al Mansoori",
    # "bin Salman"): such a name may be a surname on its own. None for any other name.
    lone: str | None = None
    particles: tuple[str, ...] = ()  # the particles before that word: ("al",) of "Al Mansoori"
    # That word is written with the article joined by a hyphen ("Al-Mizan", "el-Idrissi"): the
    # article may then be read either way, as "Al Mizan" or as "Mizan".
    hyphen_article: bool = False
    surnames: tuple[str, ...] = ()  # the folded words a surname-only mention of this person may use
    # A Western given name before an East Asian name ("Maggie Wong Mei-ling"): the two shorter
    # names the person also goes by ("Maggie Wong", "Wong Mei-ling"); a quoted nickname with
    # the surname (Jose "Bong" Villanueva: "Bong Villanueva").
    shorter: tuple[str, ...] = ()
    # A generational suffix written after the name ("jr" of "Rodolfo Cruz Jr."), left out of
    # its words: the name is the same with or without it, but Jr. and Sr. are two people.
    suffix: str = ""

    def readings_of(self, folded_words) -> tuple[str, ...]:
        """Every reading of these folded words of the name: "chovdhuri" is also read "chudhuri"."""
        alts = dict(zip(self.folded, self.alts, strict=False))
        return tuple(reading for word in folded_words for reading in alts.get(word, (word,)))


def _western_before_east_asian(words: tuple[str, ...]) -> bool:
    """"Maggie Wong Mei-ling", "Simon Chan Siu-ming": an English given name, then a family
    name and a hyphenated given name (Hong Kong, Taiwan, Singapore usage)."""
    return len(words) == 3 and "-" not in words[0] and _hyphenated_given_name(words[1:])


def _surnames(words: tuple[str, ...], folded: tuple[str, ...], person_like: bool, korean: tuple[int, str] | None):
    if not person_like:
        return ()
    if _western_before_east_asian(words):
        return (folded[1],)
    if korean is not None:
        return (folded[korean[0]],)  # Park of "Park Jae-in" and of "Jaein Park"
    if plain_word(words[0]) in SURNAME_FIRST:  # "Nguyễn" as "Nguyen"
        return (folded[0], folded[-1])
    if _hyphenated_given_name(words):
        return (folded[0],)  # Pak of "Pak Chae-in", Chou of "Chou En-lai"
    return (folded[-1],)


def plain_word(word: str) -> str:
    """A word in lower case without its marks, as the word lists spell it: "Nguyễn" -> "nguyen"."""
    return anyascii(word).casefold() if not word.isascii() else word.casefold()


def name_gender_title(words: tuple[str, ...]) -> str:
    """The courtesy title a name itself implies: "ms" for a Vietnamese woman's name (Thị after
    the family name), "mr" for a man's (Văn); "" for any other name."""
    if len(words) < 3 or plain_word(words[0]) not in SURNAME_FIRST:
        return ""
    return VIETNAMESE_MIDDLE_NAME_TITLES.get(plain_word(words[1]), "")


def _flat_alts(alts: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """Each flat part with its readings (a reading that splits differently is left out)."""
    flat: list[tuple[str, ...]] = []
    for word_alts in alts:
        split = [alt.split("-") for alt in word_alts]
        usual = split[0]
        same_shape = [parts for parts in split if len(parts) == len(usual)]
        for i, part in enumerate(usual):
            if part:
                flat.append(tuple(dict.fromkeys(parts[i] for parts in same_shape)))
    return tuple(flat)


# The Arabic article written either way is one particle: "El Mansoori", "Al Mansoori".
PARTICLE_ALIKE = {"el": "al"}


def _hyphen_article(word: str) -> bool:
    head, sep, tail = word.partition("-")
    return bool(sep and tail) and head.casefold() in PARTICLE_ALIKE.keys() | PARTICLE_ALIKE.values()


def particles_agree(pa: ParsedName, pb: ParsedName) -> bool:
    """The articles before two one-word names agree: the same particles, or one written
    joined by a hyphen ("Al-Mizan") beside the same name with the article apart or without."""
    if pa.particles == pb.particles:
        return True
    for x, y in ((pa, pb), (pb, pa)):
        if x.hyphen_article and not x.particles and y.particles == ("al",):
            return True
    return False


def _hyphenated_given_name(words: tuple[str, ...]) -> bool:
    """"Pak Chae-in", "Mao Tse-tung": a given name of two syllables joined by a hyphen, the
    second in lower case, is East Asian, and its family name comes first."""
    if len(words) != 2 or "-" not in words[1]:
        return False
    head, _, tail = words[1].partition("-")
    return bool(head) and head[0].isupper() and tail[:1].islower() and "-" not in tail


@lru_cache(maxsize=65536)
def parse_name(spelling: str) -> ParsedName:
    words = [_POSSESSIVE.sub("", word) for word in spelling.split()]
    words = [ABBREVIATION_EXPANSIONS.get(word.casefold(), word) if i < len(words) - 1 else word for i, word in enumerate(words)]
    words, nickname = _without_quoted_nickname(words)
    words = _without_airport_filler(_without_leading_titles([word for word in words if word]))
    words, suffix = _without_generation(words)
    words = _with_compound_particles_joined(words)
    pairs = [(word, fold_words(word)) for word in words]
    pairs = [(word, folded[0]) for word, folded in pairs if folded]
    pairs = _with_generic_joined(pairs)
    kept = tuple(word for word, _ in pairs)
    folded = tuple(word for _, word in pairs)
    alts = tuple((word, *readings(written)[1:]) if " " not in written else (word,) for written, word in pairs)
    person_like = _looks_like_person(kept)
    if person_like:
        alts = _with_georgian_nominative(folded, alts)
    korean = korean_name_parts(kept)
    lone = folded[-1] if folded and all(word.casefold() in PARTICLES for word in kept[:-1]) else None
    return ParsedName(
        words=kept,
        folded=folded,
        person_like=person_like,
        alts=alts,
        korean=korean,
        stem=_stem(kept, folded),
        key=" ".join(folded),
        flat=tuple(part for word in folded for part in word.split("-") if part),
        flat_alts=_flat_alts(alts),
        lone=lone,
        particles=tuple(PARTICLE_ALIKE.get(word.casefold(), word.casefold()) for word in kept[:-1]) if lone else (),
        hyphen_article=bool(lone) and _hyphen_article(kept[-1]),
        surnames=_surnames(kept, folded, person_like, korean),
        shorter=_shorter_names(kept, person_like, nickname),
        suffix=suffix,
    )


_ONE_WORD_PARTICLES = frozenset({"dela", "delos", "delas"})
_AFTER_DE = frozenset({"la", "los", "las"})


def _with_compound_particles_joined(words: list[str]) -> list[str]:
    """"dela Cruz", "De la Cruz", "Delacruz" -> "Delacruz": Filipino and Spanish copy writes
    de la/de los/de las apart, as one particle, or run into the surname, and the surname
    is never used without it. A single "de" or "del" is left apart ("Charles de Gaulle")."""
    joined: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.casefold() in _ONE_WORD_PARTICLES and i + 1 < len(words) and words[i + 1][:1].isupper():
            parts, i = [word, words[i + 1]], i + 2
        elif word.casefold() == "de" and i + 2 < len(words) and words[i + 1].casefold() in _AFTER_DE and words[i + 2][:1].isupper():
            parts, i = [word, words[i + 1], words[i + 2]], i + 3
        else:
            joined.append(word)
            i += 1
            continue
        run = "".join(parts)
        joined.append(run[:1].upper() + run[1:].casefold())
    return joined


_QUOTES = "\"“”"


def _without_quoted_nickname(words: list[str]) -> tuple[list[str], str]:
    """Jose "Bong" Villanueva -> (["Jose", "Villanueva"], "Bong"): a nickname in quotes
    inside a name of two words or more is not one of its words."""
    quoted = [i for i, word in enumerate(words) if len(word) > 2 and word[0] in _QUOTES and word[-1] in _QUOTES]
    if len(quoted) != 1 or not 0 < quoted[0] < len(words) - 1:
        return words, ""
    i = quoted[0]
    return words[:i] + words[i + 1 :], words[i].strip(_QUOTES)


def _shorter_names(words: tuple[str, ...], person_like: bool, nickname: str) -> tuple[str, ...]:
    """The shorter names a person also goes by: "Maggie Wong" and "Wong Mei-ling" of "Maggie
    Wong Mei-ling", "Bong Villanueva" of Jose "Bong" Villanueva."""
    if not person_like:
        return ()
    if nickname:
        return (f"{nickname} {words[-1]}",)
    return (" ".join(words[:2]), " ".join(words[1:])) if _western_before_east_asian(words) else ()


# "Jr.", "Sr.", "III" after a name of two words or more: Filipino, American and Latin
# American copy writes them on first mention and drops them on the next.
_GENERATIONS = {"jr": "jr", "jnr": "jr", "sr": "sr", "snr": "sr"}
_ROMAN_GENERATIONS = frozenset({"II", "III", "IV"})


def _without_generation(words: list[str]) -> tuple[list[str], str]:
    """"Rodolfo Cruz Jr." -> (["Rodolfo", "Cruz"], "jr"); "Elizabeth II" keeps its numeral."""
    if len(words) < 3:
        return words, ""
    last = words[-1].rstrip(".,")
    suffix = _GENERATIONS.get(last.casefold()) or (last.casefold() if last in _ROMAN_GENERATIONS else "")
    if not suffix:
        return words, ""
    words = words[:-1]
    if words[-1].endswith(","):  # "Rodolfo Cruz, Jr."
        words = [*words[:-1], words[-1].rstrip(",")]
    return words, suffix


def generations_differ(pa: ParsedName, pb: ParsedName) -> bool:
    """"Rodolfo Cruz Jr." and "Rodolfo Cruz Sr.": father and son."""
    return bool(pa.suffix and pb.suffix and pa.suffix != pb.suffix)


_DOUBLED = re.compile(r"([^a])\1+")
_CONSONANT_THEN_I = re.compile(r"[^aeiou]i$")
# A given name shorter than this is not cut: "Ilia" is no "Il", "Gia" no "G".
_GEORGIAN_STEM_MIN = 4


def _with_georgian_nominative(folded: tuple[str, ...], alts: tuple[tuple[str, ...], ...]):
    """Beside a Georgian surname, a given name ending in consonant + i is also read without
    the i: Georgian adds the nominative -i to a name ending in a consonant, and copy writes it
    or leaves it off ("Tamazi Khurtsidze" / "Tamaz Khurtsidze", "Levani" / "Levan"). The first
    word only, and only as an exact reading: "Tamazi" is never "Tamar"."""
    if len(folded) < 2 or not folded[-1].endswith(GEORGIAN_SURNAME_ENDINGS):
        return alts
    first = folded[0]
    if "-" in first or not _CONSONANT_THEN_I.search(first) or len(first) - 1 < _GEORGIAN_STEM_MIN:
        return alts
    return ((*alts[0], first[:-1]), *alts[1:])


def _with_generic_joined(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"Zayandeh Rud" / "Zayanderud", "Issyk-Kul" / "Issykkul": a place's generic word
    (`PLACE_GENERICS`) is read run into the name, so every way of writing it folds alike."""
    for i in range(1, len(pairs)):
        # In a longer name too: "Hari Rod Saffron" is "Harirod Saffron", a firm named after the river.
        if pairs[i][0].casefold() in PLACE_GENERICS and pairs[i - 1][0][:1].isupper():
            (first, folded_first), (generic, folded_generic) = pairs[i - 1], pairs[i]
            joined = (f"{first} {generic}", _DOUBLED.sub(r"\1", folded_first + folded_generic))
            return [*pairs[: i - 1], joined, *pairs[i + 1 :]]
    if len(pairs) == 1:
        written, folded = pairs[0]
        parts = folded.split("-")
        if len(parts) == 2 and written.rsplit("-", 1)[-1].casefold() in PLACE_GENERICS:
            return [(written, _DOUBLED.sub(r"\1", "".join(parts)))]
    return pairs


def _stem(words: tuple[str, ...], folded: tuple[str, ...]) -> str:
    """The key of a company's short form: its name without the sector words at its end."""
    end = len(words)
    while end > 0 and words[end - 1].casefold().replace(".", "") in CORPORATE_TAILS:  # "S.A.C.", "ehf."
        end -= 1
    if end == len(words) or end == 0:
        return ""
    if all(word.casefold() in GAZETTEER | PLACE_MODIFIERS for word in words[:end]):
        return ""  # "China" of "China Energy" is the country
    return " ".join(folded[:end])


# "Keflavik International Airport" is "Keflavik Airport": copy drops the word as often as
# it keeps it, and no city has two airports told apart by it alone.
_AIRPORT_FILLERS = frozenset({"international", "intl", "intl."})
_AIRPORT_HEADS = frozenset({"airport", "airfield"})


def _without_airport_filler(words: list[str]) -> list[str]:
    """"Keflavik International Airport" -> "Keflavik Airport"; "International Airport" alone stays."""
    return [
        word
        for i, word in enumerate(words)
        if not (
            0 < i < len(words) - 1
            and word.casefold() in _AIRPORT_FILLERS
            and words[i + 1].casefold() in _AIRPORT_HEADS
        )
    ]


def _without_leading_titles(words: list[str]) -> list[str]:
    """"President Tokayev" -> "Tokayev", "PT Cahaya Bumi" -> "Cahaya Bumi"; a name that is
    only titles is kept as it is."""
    start = 0
    while start < len(words) - 1 and words[start].casefold().rstrip(".") in (
        TITLE_HEADS | TITLE_MODIFIERS | {"the"}
    ):
        start += 1
    if start < len(words) - 1 and words[start].isupper() and words[start].casefold() in LEGAL_PREFIXES:
        start += 1  # "PT Cahaya Bumi" is "Cahaya Bumi"
    return words[start:]


def _looks_like_person(words: tuple[str, ...]) -> bool:
    if not 2 <= len(words) <= 5:
        return False
    if sum(1 for word in words if word.casefold() not in PARTICLES) < 2:
        return False  # "Al Mansoori", "El Salvador": one name word
    if any((a.casefold(), b.casefold()) in _PLACE_NAME_PAIRS for a, b in zip(words, words[1:])):
        return False  # "Hong Kong": its words name a person only apart
    if words[-1].casefold() in TEAM_PLURALS:
        return False  # "Seattle Mariners": a team, and Seattle is no given name
    for position, word in enumerate(words):
        parts = [part for part in word.split("-") if part.casefold() not in PARTICLES]  # "al-Qaddafi"
        if not parts:
            continue
        if position == len(words) - 1 and position and word.casefold() in TITLES_AS_SURNAMES:
            continue  # "Ejaz Sheikh": a title word as the family name
        if not parts[0][:1].isupper() or word.casefold().rstrip(".") in NOT_PERSON:
            return False
        # A lower-case syllable of a given name ("Jae-in", "Tse-tung") is no English word.
        if any(part.casefold() in NOT_PERSON for part in parts if part[:1].isupper()):
            return False
    return True
