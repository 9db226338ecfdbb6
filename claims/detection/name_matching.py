"""Are two spellings the same name, and which database keys find the candidates?

Rules (`same_name`), after titles and possessives are dropped and words are folded:
  1. equal folds, or two names of one renamed place, are the same; so are two spellings
     that differ only in an Arabic article written joined or apart ("Al-Mizan Capital" /
     "Al Mizan Capital");
  2. word for word: the same number of words (hyphens count as word breaks here, so
     "Nur Sultan" is "Nur-Sultan") and every pair matches (`tokens_match`, on any of the
     words' `readings`: Uzbek Latin "Buxoro" is "Bukhara");
  3. two person names with a middle name more or less: first and last words match, a
     hyphenated word part for part ("Park Jae-in" is not "Park Min-in" for sharing "in",
     "Jean-Pierre Dupont" not "Jean-Luc Dupont"), though a first word may be cut short
     ("Anne Dupont" / "Anne-Marie Dupont");
  3b. one Chinese name in pinyin and in Wade-Giles ("Mao Zedong" / "Mao Tse-tung"), see
     `chinese`;
  3c. one Korean name in Revised Romanization, McCune-Reischauer or Western order
     ("Park Jae-in" / "Pak Chae-in" / "Jaein Park"), see `korean`;
  3d. a two-word person name in either order ("Ohtsuka Tetsuya" / "Tetsuya Otsuka");
  3e. a two-word person name run into one word ("Senthil Kumar" / "Senthilkumar");
  3f. a name built on a renamed place's other name ("Rangoon River" / "Yangon River");
  4. a single word, or particles and a word ("Al Mansoori"), is a person's surname: it
     matches the surname of a full name that looks like a person's ("Tokayev" ~
     "Kassym-Jomart Tokayev", "Xi" ~ "Xi Jinping", "Pak" ~ "Pak Chae-in"), with the same
     particles before it. Never a place's last word: "Asia" is not "Central Asia";
  5. a company's short form: its name without the sector words at its end ("Hanbit" ~
     "Hanbit Mobility"), unless that is a place ("China" of "China Energy").
A place's generic word is read run into its name ("Zayandeh Rud" is "Zayanderud"), and an
airport's "International" is dropped ("Keflavik International Airport" is "Keflavik Airport"),
and so is a generational suffix ("Jose Cruz Jr." is "Jose Cruz", though never "Jose Cruz Sr.");
"dela Cruz", "De la Cruz" and "Delacruz" are one word; "Ma.", "Sta.", "Sto." before another word
are Maria, Santa, Santo.
Anything else is a different name, however alike it looks: "Kazakh"/"Kazakhs",
"China"/"Chinese", "Xi"/"Xinjiang", "Nursultan Nazarbayev"/"Nur-Sultan",
"Hossein"/"Hosseini".

`blocking_keys` holds, for every rule above, a key both sides share (a word's fold, the
consonant skeleton of a long word, the rename's key, the Korean sound classes), so a
lookup by key never misses a pair `same_name` would accept.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from .korean import looks_korean
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
from .chinese import class_key, same_chinese_name
from .renames import rename_key
from .transliteration import (
    FUZZY_MIN_LENGTH,
    H_FOR_G_LENGTH,
    fold_words,
    h_for_g,
    readings,
    readings_match,
    skeleton,
    soften,
    tokens_match,
    unvoiced,
    UNVOICED_MIN_LENGTH,
)

_POSSESSIVE = re.compile(r"['’ʼ]s$|['’ʼ]$", re.IGNORECASE)
_NOT_PERSON = (
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
    if _plain(words[0]) in SURNAME_FIRST:  # "Nguyễn" as "Nguyen"
        return (folded[0], folded[-1])
    if _hyphenated_given_name(words):
        return (folded[0],)  # Pak of "Pak Chae-in", Chou of "Chou En-lai"
    return (folded[-1],)


def _plain(word: str) -> str:
    """A word in lower case without its marks, as the word lists spell it: "Nguyễn" -> "nguyen"."""
    return anyascii(word).casefold() if not word.isascii() else word.casefold()


def name_gender_title(words: tuple[str, ...]) -> str:
    """The courtesy title a name itself implies: "ms" for a Vietnamese woman's name (Thị after
    the family name), "mr" for a man's (Văn); "" for any other name."""
    if len(words) < 3 or _plain(words[0]) not in SURNAME_FIRST:
        return ""
    return VIETNAMESE_MIDDLE_NAME_TITLES.get(_plain(words[1]), "")


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
_PARTICLE_ALIKE = {"el": "al"}


def _hyphen_article(word: str) -> bool:
    head, sep, tail = word.partition("-")
    return bool(sep and tail) and head.casefold() in _PARTICLE_ALIKE.keys() | _PARTICLE_ALIKE.values()


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
        particles=tuple(_PARTICLE_ALIKE.get(word.casefold(), word.casefold()) for word in kept[:-1]) if lone else (),
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
        if not parts[0][:1].isupper() or word.casefold().rstrip(".") in _NOT_PERSON:
            return False
        # A lower-case syllable of a given name ("Jae-in", "Tse-tung") is no English word.
        if any(part.casefold() in _NOT_PERSON for part in parts if part[:1].isupper()):
            return False
    return True


@lru_cache(maxsize=131072)  # the desk asks again and again of the same names (a story's people, its speakers)
def same_name(a: str, b: str) -> bool:
    """Are these two spellings the same name? See the module notes for the rules."""
    pa, pb = parse_name(a), parse_name(b)
    if not pa.folded or not pb.folded or generations_differ(pa, pb):
        return False
    if pa.key == pb.key or _article_apart(a) == _article_apart(b):
        return True
    group = rename_key(a)
    if group is not None and group == rename_key(b):
        return True
    if known_place_apart(pa, pb):
        return False
    return (
        forms_match(pa, pb)
        or lone_words_match(pa, pb)
        or is_surname_of(pa, pb)
        or is_surname_of(pb, pa)
        or is_short_form_of(pa, pb)
        or is_short_form_of(pb, pa)
    )


# "al-" joined to the word after it; "Al-Mizan Capital" is "Al Mizan Capital" apart.
_ARTICLE_JOINED = re.compile(r"\b(al|el|ul|ad|ar|as|ash|at|az|an)[-‐‑]", re.IGNORECASE)


def _article_apart(spelling: str) -> str:
    return " ".join(fold_words(_ARTICLE_JOINED.sub(r"\1 ", spelling)))


def lone_words_match(pa: ParsedName, pb: ParsedName) -> bool:
    """Two one-word names (`ParsedName.lone`, with the same particles) spell one word."""
    if pa.lone is None or pb.lone is None or not particles_agree(pa, pb):
        return False
    if pa.key == pb.key:
        return True
    if known_place_apart(pa, pb):
        return False
    if readings_match(pa.alts[-1], pb.alts[-1]):
        return True
    return same_chinese_name(pa.words[-1:], pb.words[-1:])


def known_place_apart(pa: ParsedName, pb: ParsedName) -> bool:
    """One word is a country, city or people the desk knows (`GAZETTEER`), the other is not,
    and they begin with different letters: "Emirati" and "Imereti" are a vowel apart once
    softened, but a known name is spelled with its own first letter ("Toshkent" is still
    Tashkent)."""
    if pa.lone is None or pb.lone is None:
        return False
    if (_plain(pa.words[-1]) in GAZETTEER) == (_plain(pb.words[-1]) in GAZETTEER):
        return False
    return not {x[:1] for x in pa.alts[-1]} & {y[:1] for y in pb.alts[-1]}  # in any reading: Oʻzbekiston


def _word_agrees(a: tuple[str, ...], b: tuple[str, ...], *, shortened: bool = False) -> bool:
    """Two folded words (with their readings) agree part for part: "kasim-jomart" and
    "kasim-jomart", never "jae-in" and "jae-hyun" (one part in common is not the name).
    With `shortened`, a word of one part may be the first part of the other ("Anne" of
    "Anne-Marie"): a given name in Western order is often cut so."""
    xs, ys = a[0].split("-"), b[0].split("-")
    if shortened and min(len(xs), len(ys)) == 1:
        xs, ys = xs[:1], ys[:1]
    if len(xs) == len(ys) and all(tokens_match(x, y) for x, y in zip(xs, ys, strict=True)):
        return True
    return any(x == y for x in a for y in b)


def flat_readings(parsed: ParsedName) -> tuple[tuple[str, ...], ...]:
    """Each flat part of a name with its readings."""
    return parsed.flat_alts


def forms_match(pa: ParsedName, pb: ParsedName) -> bool:
    """Rules 2, 3, 3b and 3c: two written-out forms of one name; a name with a Western given
    name before an East Asian one ("Maggie Wong Mei-ling") also as either shorter name."""
    if generations_differ(pa, pb):
        return False
    if _forms_match(pa, pb):
        return True
    for x, y in ((pa, pb), (pb, pa)):
        if len(y.words) == 2 and any(_forms_match(parse_name(short), y) for short in x.shorter):
            return True
    return False


def _forms_match(pa: ParsedName, pb: ParsedName) -> bool:
    if same_chinese_name(pa.words, pb.words) or same_korean_name(pa, pb):
        return True
    fa, fb = flat_readings(pa), flat_readings(pb)
    if not fa or not fb:
        return False
    if len(fa) == len(fb) and all(readings_match(x, y) for x, y in zip(fa, fb, strict=True)):
        return True
    if _renamed_part(pa, pb):
        return True
    if _reversed_order(pa, pb) or _run_together(pa, pb) or _run_together(pb, pa):
        return True
    if _initial_for_given_name(pa, pb) or _initial_for_given_name(pb, pa):
        return True
    if _second_surname_dropped(pa, pb) or _second_surname_dropped(pb, pa):
        return True
    return (
        pa.person_like
        and pb.person_like
        and _word_agrees(pa.alts[0], pb.alts[0], shortened=True)
        and _word_agrees(pa.alts[-1], pb.alts[-1])
    )


def _renamed_part(pa: ParsedName, pb: ParsedName) -> bool:
    """Rule 3f: a name built on a renamed place's name, word for word with the place's other
    name ("Rangoon River" / "Yangon River", "Bombay High Court" / "Mumbai High Court")."""
    if len(pa.words) != len(pb.words) or len(pa.words) < 2 or len(pa.alts) != len(pb.alts):
        return False
    renamed = False
    for word_a, word_b, alts_a, alts_b in zip(pa.words, pb.words, pa.alts, pb.alts, strict=True):
        if readings_match(alts_a, alts_b):
            continue
        key = rename_key(word_a)
        if key is None or key != rename_key(word_b):
            return False
        renamed = True
    return renamed


def _second_surname_dropped(short: ParsedName, full: ParsedName) -> bool:
    """Rule 3h: "Edwin Quispe" is "Edwin Quispe Torres": Spanish and Portuguese copy print both
    surnames once and the first after. Both names look like people's, neither has particles."""
    if not (short.person_like and full.person_like and len(short.flat) == 2 and len(full.flat) == 3):
        return False
    if short.particles or full.particles or any("-" in word for word in full.flat):
        return False
    if full.flat[-1].endswith("ing"):
        return False  # an -ing word ends a firm's name ("Dong Nai Stevedoring"), never a Spanish surname
    return all(readings_match(a, b) for a, b in zip(short.flat_alts, full.flat_alts[:2], strict=True))


def _initial_for_given_name(initialled: ParsedName, full: ParsedName) -> bool:
    """Rule 3g: "K. Thevarajah" is "Kandiah Thevarajah": a given name cut to its initial, the
    surname spelled alike (South Asian and wire copy print a first mention so)."""
    if not (initialled.person_like and full.person_like and len(initialled.flat) == len(full.flat) == 2):
        return False
    initial, given = initialled.flat[0], full.flat[0]
    return (
        len(initial) == 1
        and initialled.words[0].endswith(".")  # an initial is printed with its stop: "G Beridze" is no one's
        and len(given) > 1
        and given[0] == initial
        and readings_match(initialled.flat_alts[-1], full.flat_alts[-1])
    )


def _reversed_order(pa: ParsedName, pb: ParsedName) -> bool:
    """Rule 3d: one person's two names in the two orders, family name first or last
    ("Ohtsuka Tetsuya" / "Tetsuya Otsuka", Hungarian "Nagy Péter" / "Péter Nagy")."""
    if not (pa.person_like and pb.person_like and len(pa.alts) == len(pb.alts) == 2):
        return False
    return readings_match(pa.alts[0], pb.alts[1]) and readings_match(pa.alts[1], pb.alts[0])


def _run_together(spaced: ParsedName, joined: ParsedName) -> bool:
    """Rule 3e: a person's name written in two words or run into one ("Senthil Kumar" /
    "Senthilkumar"); hyphenated words are not run together ("Nur-Sultan" is not "Nursultan")."""
    if not spaced.person_like or len(spaced.words) != 2 or any("-" in word for word in spaced.folded):
        return False
    if rename_key(" ".join(spaced.words)) is not None or rename_key("-".join(spaced.words)) is not None:
        return False  # "Nur Sultan" is the city Nur-Sultan, not the given name "Nursultan"
    return joined.lone is not None and not joined.particles and joined.lone == "".join(spaced.folded)


def same_korean_name(pa: ParsedName, pb: ParsedName) -> bool:
    """Rule 3c: one Korean name in two romanisations or two orders (see `korean`). Two names
    that both read as pinyin are Chinese names, compared by `chinese` alone, unless one of
    them is spelled as pinyin never is ("Lee Min-ji")."""
    if pa.korean is None or pb.korean is None or pa.korean[1] != pb.korean[1]:
        return False
    if class_key(pa.words) is None or class_key(pb.words) is None:
        return True
    return any(looks_korean(word) for word in pa.words + pb.words)


def is_surname_of(single: ParsedName, full: ParsedName) -> bool:
    """Rule 4: `single` is one word (after particles) that is the surname of the person `full`.

    With particles, the full name has the same ones before its surname: "Al Mansoori" is
    "Hussein Al Mansoori", but "Al Gore" is not "Tipper Gore".
    """
    if single.lone is None or len(full.folded) < 2:
        return False
    surnames = full.surnames
    if single.particles:
        count = len(single.particles)
        before = tuple(_PARTICLE_ALIKE.get(word.casefold(), word.casefold()) for word in full.words[-1 - count : -1])
        if before != single.particles:
            return False
        surnames = surnames[-1:] if surnames and surnames[-1] == full.folded[-1] else ()
    # Each surname in all its readings, as two single words are compared: "Choudhury" is the
    # surname of "Md Rafiqul Islam Chowdhury" as it is the word "Chowdhury".
    return any(readings_match(single.alts[-1], full.readings_of((surname,))) for surname in surnames)


def is_short_form_of(short: ParsedName, org: ParsedName) -> bool:
    """Rule 5: `short` is a company's name without its sector words ("Hanbit", "Hanbit Mobility"),
    or without only the last of them ("Kvirila Mining", "Kvirila Mining Company")."""
    if not org.stem:
        return False
    return short.key == org.stem or is_shorter_tail_of(short, org)


def is_shorter_tail_of(short: ParsedName, org: ParsedName) -> bool:
    """"Kvirila Mining" of "Kvirila Mining Company": one company's name, cut after some of its
    sector words. Both keep the same stem; "Hanbit Energy" is not "Hanbit Mobility"."""
    return (
        bool(short.stem)
        and short.stem == org.stem
        and len(short.folded) < len(org.folded)
        and org.folded[: len(short.folded)] == short.folded
    )


@lru_cache(maxsize=65536)
def blocking_keys(spelling: str) -> frozenset[str]:
    """Keys for an indexed lookup: two spellings `same_name` accepts always share one.

    Only the words a rule compares become keys, so "Bank of China" does not land in the
    bucket of every text that mentions China: the first word (rules 2, 3 and 5 need it to
    match), a one-word name's word (rule 4), and a person's surname (rule 4 again), each
    in all its readings. "w:" a folded word, "s:" the skeleton of a long one (for the
    fuzzy match), "z:" the sound classes of a Chinese name, "k:" those of a Korean name,
    "r:" a renamed place.
    """
    parsed = parse_name(spelling)
    words: list[str] = list(next((alts for alts in flat_readings(parsed) if alts[0] not in PARTICLES), ()))
    if parsed.lone is not None:
        words += parsed.alts[-1]
    words += parsed.readings_of(parsed.surnames)  # in all their readings, as `is_surname_of` compares them
    for short in parsed.shorter:
        words += next((alts for alts in flat_readings(parse_name(short)) if alts[0] not in PARTICLES), ())
    if parsed.person_like and len(parsed.folded) == 2 and not any("-" in word for word in parsed.folded):
        words.append("".join(parsed.folded))  # rule 3e: "Senthil Kumar" is found as "Senthilkumar"
    keys: set[str] = set()
    for word in words:
        keys.add(f"w:{word}")
        if len(word) >= FUZZY_MIN_LENGTH:
            keys.add(f"s:{skeleton(word)}")
            if len(soften(word)) >= UNVOICED_MIN_LENGTH:
                keys.add(f"v:{unvoiced(soften(word))}")  # Thevarajah / Devarajah share no skeleton
        elif len(word) == H_FOR_G_LENGTH:
            keys.add(f"h:{h_for_g(word)}")
    chinese = class_key(parsed.words)
    if chinese is not None:
        keys.add(f"z:{chinese}")  # Mao Zedong and Mao Tse-tung share no folded word
    lone_chinese = class_key(parsed.words[-1:]) if parsed.lone is not None else None
    if lone_chinese is not None:
        keys.add(f"z:{lone_chinese}")  # rule 4 compares a lone word alone: "Al Zedong", "Al Tse-tung"
    if parsed.korean is not None:
        keys.add(f"k:{parsed.korean[1]}")  # nor do Park Jae-in and Pak Chae-in
    if not keys and parsed.key:  # a name made of particles only still needs a key
        keys.add(f"w:{parsed.key}")
    group = rename_key(spelling)
    if group is not None:
        keys.add(f"r:{group}")
    elif len(parsed.words) > 1 and (first := rename_key(parsed.words[0])) is not None:
        keys.add(f"r:{first}")  # rule 3f: "Rangoon River" is found as "Yangon River"
    return frozenset(keys)


# Spellings whose keys stand for the whole key scheme: every script, order and rule that makes
# keys. Stored keys built by an engine whose fingerprint differs are stale (see the desk's check).
_FINGERPRINT_PROBES = (
    "Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev", "Тоқаев", "Nur-Sultan", "Astana", "Mao Zedong",
    "Mao Tse-tung", "毛泽东", "Park Jae-in", "Pak Chae-in", "Al Tse-tung", "al-Qaddafi", "Muammar Gaddafi",
    "Hryhorenko", "Григоренко", "Senthil Kumar", "Bank of China", "Hanbit Mobility", "Rangoon River",
    "Zestaponi", "Zestafoni", "Nguyễn Thị Hồng Nhung", "Sài Gòn", "Ιεράπετρα", "Μανώλης Τσαγκαράκης",
    "ჭიათურა", "Tamazi Khurtsidze", "Lim Wei Jie", "Ústí nad Labem", "Bălți", "Abẹ́òkúta", "Oemar Wirjosoebroto",
    "Þórunn Guðmundsdóttir", "Kılıçoğlu İnşaat", "Zayandeh Rud", "Naqsh-e Jahan Square", "Oʻzbekiston",
    "Hirosi Tuzi", "Kenji Ohta", "Siergiej Hrynkiewicz", "Siarhei Hrynkievich", "Lesnoy", "Gmina Kuźnica",
    "Keflavik International Airport", "Rodolfo dela Cruz Jr.", 'Jose "Bong" Villanueva', "Ma. Lourdes Santos",
    "Seattle Mariners",
)  # fmt: skip


@lru_cache(maxsize=1)
def blocking_keys_fingerprint() -> str:
    """A short digest of the keys this engine gives a fixed set of spellings: when a change to
    the rules changes stored keys, the digest changes, and the desk knows its keys are stale."""
    lines = "\n".join(f"{probe}\t{' '.join(sorted(blocking_keys(probe)))}" for probe in _FINGERPRINT_PROBES)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()[:16]
