"""Japanese words in Latin letters, in one romanisation: Ohta, Ōta and Ota are one name.

English-language copy writes a Japanese name in plain Hepburn without marks ("Ota",
"Tsuji"), in passport Hepburn that writes a long o as oh ("Ohta", "Itoh"), with the
vowel doubled or written ou ("Oono", "Satou"), or, in older or official texts, in
Kunrei-shiki ("Hirosi Tuzi" for Hiroshi Tsuji) and with m before b, p and m ("Shimbashi",
"Homma"). `reading` writes such a word in plain Hepburn with no long vowels, which the
other spellings then match exactly.

Only a word that looks Japanese gets the reading (`looks_japanese`): every letter belongs to
a syllable of (consonant)(y)vowel, a syllabic n, the first of a doubled consonant, or the
h of a long oh. "John", "Moore" and "Santos" do not ("Moore" would be read "More"), and a
word of three letters or fewer is left alone (Korean "Oh" is not "O"). Kunrei hu is kept:
read as fu it would turn the Chinese province Hunan into a different word.
"""

from __future__ import annotations

import re

_ONSET = r"(?:ch|sh|ts|[kgsztdnhbpmrwfj])"
# A syllable: (consonant)(y)vowel, the vowel may be a long oh, then a syllabic n may follow.
_SYLLABLE = rf"(?:{_ONSET}y?|y|w)?(?:oh(?=$|{_ONSET}y?[aeiou])|[aeiou])(?:n(?![aeiouy]))?"
_WORD = re.compile(rf"(?:{_SYLLABLE})+")
_MIN_LENGTH = 4

# Before the syllable test only: a doubled consonant, tch and m before b/p/m are one onset.
_GEMINATE = re.compile(r"([kgsztdbpcfjr])\1|t(?=ch)|n(?=n[aeiouy])|m(?=[bpm])")

_TO_HEPBURN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"m(?=[bpm])", "n"),  # Shimbashi / Shinbashi, Homma / Honma
        # Kunrei-shiki and Nihon-shiki: sya/tya/zya/dya, si, ti, tu, zi, di, du
        (r"sy(?=[aou])", "sh"),
        (r"ty(?=[aou])", "ch"),
        (r"[zd]y(?=[aou])", "j"),
        (r"si", "shi"),
        (r"ti", "chi"),
        (r"tu", "tsu"),
        (r"[zd]i", "ji"),
        (r"du", "zu"),
        # Long vowels, written plain: oh before a consonant or at the end, ou, a leading oo, uu
        (r"oh(?![aeiouy])", "o"),
        (r"ou", "o"),
        (r"^oo", "o"),
        (r"uu", "u"),
    )
)


def looks_japanese(word: str) -> bool:
    """A lower-case ASCII word part that reads as a run of Japanese syllables."""
    if len(word) < _MIN_LENGTH:
        return False
    return _WORD.fullmatch(_GEMINATE.sub(lambda m: m.group()[-1] if m.group(1) else "", word)) is not None


def reading(word: str) -> str:
    """A lower-case ASCII word in plain Hepburn without long vowels, part by part for a
    hyphenated word; a part that does not look Japanese is left as it is."""
    return "-".join(_hepburn(part) if looks_japanese(part) else part for part in word.split("-"))


def _hepburn(part: str) -> str:
    for pattern, replacement in _TO_HEPBURN:
        part = pattern.sub(replacement, part)
    return part
