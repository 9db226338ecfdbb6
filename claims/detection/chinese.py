"""Chinese names in two romanisations: pinyin (Mao Zedong) and Wade-Giles (Mao Tse-tung).

Wade-Giles writes pinyin's voiced-looking initials as unvoiced ones (d/t, g/k, b/p, z/ts,
zh-j/ch, x/hs) and drops the apostrophe that kept the pairs apart, so the two can only be
compared by *sound class*: each syllable becomes its initial's class and a normalised final.
That merges real pinyin pairs (Dong/Tong), so a class match only counts when one of the
two spellings is recognisably Wade-Giles (a hyphenated lower-case syllable, hs-, ts-, tz-,
-ung, -ieh, ...) and both read as Chinese syllables from end to end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

# Initials, longest first so "zh" wins over "z"; "" is the zero initial (En-lai).
_INITIAL_CLASS = {
    "zh": "J", "ch": "J", "sh": "SH", "hs": "X", "ts": "Z", "tz": "Z",
    "b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K", "z": "Z", "c": "Z",
    "j": "J", "q": "J", "x": "X", "s": "S", "r": "R", "h": "H", "f": "F", "m": "M",
    "n": "N", "l": "L", "y": "Y", "w": "W", "": "",
}
_INITIALS = sorted(_INITIAL_CLASS, key=len, reverse=True)
# Pinyin finals plus the Wade-Giles ones, each mapped to its pinyin form.
_FINALS = {
    final: final
    for final in (
        "a o e i u ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong "
        "ua uo uai ui uan un uang ue ueng"
    ).split()
} | {"ung": "ong", "iung": "iong", "ien": "ian", "ieh": "ie", "ueh": "ue", "ih": "i", "uei": "ui", "uen": "un", "eh": "e"}
_FINAL_LIST = sorted(_FINALS, key=len, reverse=True)
_WADE_GILES_MARK = re.compile(r"-[a-zü]|\w['’]\w|(?:ung|ieh|ih)$")  # "Tse-tung", "Ch'en", "Tung"
_WADE_GILES_START = re.compile(r"hs|ts|tz")
_NOT_LETTER = re.compile(r"[^a-z-]")
_LONGEST_NAME = 30  # letters; longer is no name, and the segmentation recurses per syllable


@lru_cache(maxsize=65536)
def syllables(word: str) -> tuple[tuple[str, str], ...] | None:
    """(initial class, pinyin final) of each syllable, or None if `word` is not Chinese."""
    letters = _NOT_LETTER.sub("", anyascii(word).lower())
    if len(letters) > _LONGEST_NAME:
        return None
    result: list[tuple[str, str]] = []
    for part in letters.split("-"):
        parsed = _segment(part)
        if parsed is None:
            return None
        result += parsed
    return tuple(result) or None


@lru_cache(maxsize=65536)
def _segment(text: str) -> list[tuple[str, str]] | None:
    """The segmentation into the fewest syllables; on a tie, the fewest syllables that open
    with a vowel ("Hu-nan", not "Hun-an"), as pinyin's own spelling rules read it."""
    if not text:
        return []
    best: list[tuple[str, str]] | None = None
    for initial in _INITIALS:
        if not text.startswith(initial):
            continue
        for final in _FINAL_LIST:
            syllable = initial + final
            rest = _segment(text[len(syllable) :]) if text.startswith(syllable) else None
            if rest is None:
                continue
            candidate = [(_INITIAL_CLASS[initial], _FINALS[final]), *rest]
            if best is None or _cost(candidate) < _cost(best):
                best = candidate
    return best


def _cost(parsed: list[tuple[str, str]]) -> tuple[int, int]:
    return len(parsed), sum(1 for initial, _ in parsed if not initial)


def looks_wade_giles(word: str) -> bool:
    """"Tse-tung", "Hsiangtan", "Ch'en": features pinyin never has."""
    return bool(_WADE_GILES_MARK.search(word)) or bool(_WADE_GILES_START.match(anyascii(word).lower()))


def class_key(words: tuple[str, ...]) -> str | None:
    """One key per name, equal for its pinyin and Wade-Giles spellings; None if not Chinese."""
    keys = []
    for word in words:
        parsed = syllables(word)
        if parsed is None:
            return None
        keys.append(".".join(initial + final for initial, final in parsed))
    return " ".join(keys)


def same_chinese_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names (their words as written) are one Chinese name in two romanisations."""
    if len(a) != len(b) or not (any(map(looks_wade_giles, a)) or any(map(looks_wade_giles, b))):
        return False
    key = class_key(a)
    return key is not None and key == class_key(b)
