"""Korean names in Revised Romanization, McCune-Reischauer and Western order.

Park Jae-in (Revised Romanization, family name first), Pak Chae-in (McCune-Reischauer)
and Jaein Park (Western order, given name run together) are one name. The systems
differ the way Wade-Giles and pinyin do: McCune-Reischauer writes the plain stops k/t/p/ch
where Revised Romanization writes g/d/b/j, and ŏ/ŭ (which lose their breves in plain text)
where it writes eo/eu. So each syllable becomes (initial class, vowel class, final class),
and a name's key is its family name's classes beside its given name's.

A name is read as Korean only when it is two words, a family name of one syllable and
a given name of exactly two ("Jae-in", "Chae-in", "Jaein"), in either order. A pair of
names that both read as pinyin is left to `chinese` (Li Wenjun and Li Wenchun are two
people) unless one of them has a spelling pinyin never has (`looks_korean`: Lee, Jae, Kim).
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Initials, longest first; "" is the zero initial ("in" of Jae-in).
_INITIAL_CLASS = {
    "kk": "K", "tt": "T", "pp": "P", "ss": "S", "jj": "J", "ch": "J", "sh": "S",
    "g": "K", "k": "K", "d": "T", "t": "T", "b": "P", "p": "P", "j": "J", "s": "S",
    "r": "L", "l": "L", "n": "N", "m": "M", "h": "H", "": "",
}
# Vowels, with the spellings English-language papers use for names (oo, ee, oi) and
# McCune-Reischauer's ŏ, ŭ after their breves are lost (o, u).
_VOWEL_CLASS = {
    "a": "a", "ae": "ae", "ya": "ya", "yae": "yae",
    "eo": "o", "o": "o", "yeo": "yo", "yo": "yo",
    "e": "e", "ye": "ye",
    "wa": "wa", "wae": "we", "oe": "we", "we": "we", "oi": "we",
    "u": "u", "eu": "u", "oo": "u", "yu": "yu",
    "wo": "wo", "weo": "wo", "wi": "wi", "ui": "ui",
    "i": "i", "ee": "i",
}
# Final consonants; "rk" is the English-style spelling of a final k (Park for Pak, Bak).
_FINAL_CLASS = {"ng": "ng", "rk": "k", "k": "k", "n": "n", "t": "t", "l": "l", "m": "m", "p": "p", "": ""}
_INITIALS = sorted(_INITIAL_CLASS, key=len, reverse=True)
_VOWELS = sorted(_VOWEL_CLASS, key=len, reverse=True)
_FINALS = sorted(_FINAL_CLASS, key=len, reverse=True)
_APOSTROPHES = re.compile(r"['’ʼ`ʻ‘]")  # McCune-Reischauer's aspiration mark: Ch'oe
_LETTERS = re.compile(r"[a-z]+")
_LONGEST_WORD = 12

Syllable = tuple[str, str, str]


@lru_cache(maxsize=65536)
def syllables(word: str) -> tuple[Syllable, ...] | None:
    """The syllables of one written word (hyphens allowed), or None if it is not Korean.

    Each syllable is (initial class, vowel class, final class); a word with no reading
    into syllables (letters Korean never writes, such as f, v, x, z, or a vowel pair
    Korean has not) is None. Of several readings the one with the fewest syllables wins.
    """
    letters = anyascii(_APOSTROPHES.sub("", word)).lower()
    result: list[Syllable] = []
    for part in letters.split("-"):
        if not _LETTERS.fullmatch(part) or len(part) > _LONGEST_WORD:
            return None
        parsed = _segment(part)
        if parsed is None:
            return None
        result += parsed
    return tuple(result) or None


@lru_cache(maxsize=65536)
def _segment(text: str) -> tuple[Syllable, ...] | None:
    if not text:
        return ()
    best: tuple[Syllable, ...] | None = None
    for initial in _INITIALS:
        if not text.startswith(initial):
            continue
        after_initial = text[len(initial) :]
        for vowel in _VOWELS:
            if not after_initial.startswith(vowel):
                continue
            after_vowel = after_initial[len(vowel) :]
            for final in _FINALS:
                if not after_vowel.startswith(final):
                    continue
                rest = _segment(after_vowel[len(final) :])
                if rest is None:
                    continue
                candidate = ((_INITIAL_CLASS[initial], _VOWEL_CLASS[vowel], _FINAL_CLASS[final]), *rest)
                if best is None or len(candidate) < len(best):
                    best = candidate
    return best


def _key(parsed: tuple[Syllable, ...]) -> str:
    """Classes without syllable breaks, so "Jaein" and "Jae-in" read alike however they split."""
    return ".".join(part for syllable in parsed for part in syllable if part)


@lru_cache(maxsize=65536)
def name_parts(words: tuple[str, ...]) -> tuple[int, str] | None:
    """(index of the family name, key) of a two-word Korean name, or None.

    "Park Jae-in" -> (0, ...), "Jaein Park" -> (1, ...): the family name is the word of
    one syllable, the given name the word of two.
    """
    if len(words) != 2 or not all(word[:1].isupper() for word in words):
        return None
    parsed = [syllables(word) for word in words]
    if parsed[0] is None or parsed[1] is None:
        return None
    counts = (len(parsed[0]), len(parsed[1]))
    if counts == (1, 2):
        family = 0
    elif counts == (2, 1):
        family = 1
    else:
        return None
    return family, f"{_key(parsed[family])} {_key(parsed[1 - family])}"


# Spellings pinyin never has: Korean vowels (ae, eo, eu, oe), the papers' ee and oo, a final
# k, t, p, l or m.
_KOREAN_ONLY = re.compile(r"ae|eo|eu|oe|ee|oo|[ktplm](?![aeiouwy])")


def looks_korean(word: str) -> bool:
    """"Lee", "Jae", "Kim": a spelling no pinyin syllable string has."""
    return bool(_KOREAN_ONLY.search(anyascii(_APOSTROPHES.sub("", word)).lower()))


def is_syllable(word: str) -> bool:
    """One Korean syllable: "Jae", "hyun", "in", "Chae"."""
    parsed = syllables(word)
    return parsed is not None and len(parsed) == 1


def same_word(a: str, b: str) -> bool:
    """Two written words that are one Korean word in two romanisations ("Park"/"Pak", "Jae-in"/"Chae-in")."""
    pa, pb = syllables(a), syllables(b)
    return pa is not None and pb is not None and _key(pa) == _key(pb)
