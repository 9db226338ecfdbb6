"""Numbers as printed in news copy, read into Decimals.

This module is purely lexical: it finds "4,000", "1.25 million", "$3.9 billon" (the
scale word, not the dollar sign), "two dozen", "a dozen", "dozens" and says what
value they spell. Whether a number is a figure at all (a year? part of a name?) is
decided by `figures`, which sees the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .figure_units import CURRENCY_CODES

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# "billon" is a real typo in our seed copy; it still means a billion.
# Lakh and crore are the Indian scales ("₹2,400 crore" is 24 billion rupees).
SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "billon": 10**9,
    "trillion": 10**12, "bn": 10**9, "lakh": 10**5, "crore": 10**7,
}  # fmt: skip
# A plural scale word is vague: "dozens" is at least two dozen, "millions" at least two million.
VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2 * 10**3,
    "millions": 2 * 10**6, "billions": 2 * 10**9, "trillions": 2 * 10**12,
}  # fmt: skip

_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", "dozen", *SCALES], key=len, reverse=True))
# Counts written in words that open a phrase: "five workers", "a dozen ships", "hundreds of people".
COUNT_WORDS = "|".join(
    sorted([*(word for word, value in _UNITS.items() if value > 1), *_TENS, "a dozen", *VAGUE], key=len, reverse=True)
)
_SCALE_WORD = "|".join(sorted(SCALES, key=len, reverse=True))

# Digits: "4,000", "1.25", "8845". The look-behind keeps "G20", "x9" and "1,2" out, but lets
# a currency code glued to a sum in ("VND1.1 trillion", "USD5m"); what follows (a letter, "st",
# "s", "x9") is judged by the caller.
_NUMERAL = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_GLUED_CODE = "|".join(sorted(c for c in CURRENCY_CODES if len(c) == 3))
_DIGITS_RE = re.compile(
    rf"(?:(?<![0-9A-Za-z.,])|(?<=(?<![A-Za-z])(?-i:{_GLUED_CODE})))(?P<num>{_NUMERAL})(?:[ \t]*-?[ \t]*(?P<scale>{_SCALE_WORD})\b)?",
    re.IGNORECASE,
)
# Words: "two dozen", "twenty-five", "a dozen", "one hundred and twenty", "five".
_FRACTION = r"half|(?:a|one|three)[\s-]+quarters?\s+of|(?:a|one|two)[\s-]+thirds?\s+of"
_FRACTIONS = {"half": Decimal(1) / 2, "quarter": Decimal(1) / 4, "quarters": Decimal(3) / 4,
              "third": Decimal(1) / 3, "thirds": Decimal(2) / 3}  # fmt: skip
_WORDS_RE = re.compile(
    rf"\b(?:(?:(?:{_FRACTION})\s+)?a\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"(?:{_WORD})(?:(?:\s+|-|(?<=hundred)\s+and\s+)(?:{_WORD}))*\b",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|multi-(?:million|billion)|" + "|".join(VAGUE) + r")\b",
    re.IGNORECASE,
)


# A longer run of digits is a code or noise, not a figure (and would strain Decimal's context).
_LONGEST_NUMERAL = 40


@dataclass(frozen=True, slots=True)
class NumberToken:
    """One number as printed: text[start:end] spells `value`."""

    start: int
    end: int
    value: Decimal
    kind: str  # "digits", "words" or "vague" (a plural like "dozens": value is the least it means)
    scale: int = 1  # the scale word it carries ("1.25 million": 10**6), so a range may share it


def tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros that scaling adds ("1.25" * 10**6 prints as 1250000, not 1250000.00)."""
    if value == value.to_integral_value():
        return Decimal(int(value))  # exact at any size, unlike quantize
    return value.normalize()


def parse_numeral(numeral: str, scale: str | None = None) -> Decimal:
    value = Decimal(numeral.replace(",", ""))
    if scale:
        value *= SCALES[scale.lower()]
    return tidy(value)


def parse_number_words(words: str) -> Decimal | None:
    """Value of a run of number words, or None when the run is not one number ("five six")."""
    fraction = re.match(rf"\s*(?:{_FRACTION})\s+", words, flags=re.IGNORECASE)
    if fraction:  # "half a million", "a quarter of a million", "two-thirds of a billion"
        whole = parse_number_words(words[fraction.end() :])
        part = _FRACTIONS[re.search(r"half|quarters?|thirds?", fraction.group(), re.IGNORECASE).group().lower()]
        if whole is None:
            return None
        value = whole * part
        return tidy(value) if value == value.to_integral_value() else None
    total = current = 0
    seen_any = False
    last = ""
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1
            continue
        if word in _UNITS or word in _TENS:
            value = _UNITS.get(word, _TENS.get(word, 0))
            # "five six" or "twenty thirty" is two numbers, not one; refuse it.
            if seen_any and last in _UNITS or (last in _TENS and word in _TENS):
                return None
            current += value
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen_any = True
        last = word
    return Decimal(total + current) if seen_any else None


def _vague_value(word: str) -> Decimal:
    word = word.lower()
    if word.startswith("multi-"):
        return Decimal(2 * SCALES[word.removeprefix("multi-")])
    if " of " in word:  # "tens of thousands": at least ten times "thousands"
        first, _, second = word.partition(" of ")
        return Decimal({"tens": 10, "hundreds": 100}[first] * VAGUE[second])
    return Decimal(VAGUE[word])


def find_numbers(text: str) -> list[NumberToken]:
    """Every numeral, number-word run and vague plural in `text`, in order, never overlapping."""
    tokens: list[NumberToken] = []
    for match in _DIGITS_RE.finditer(text):
        if len(match.group("num")) > _LONGEST_NUMERAL:
            continue
        scale = match.group("scale")
        value = parse_numeral(match.group("num"), scale)
        factor = SCALES[scale.lower()] if scale else 1
        tokens.append(NumberToken(match.start(), match.end(), value, "digits", factor))
    for match in _WORDS_RE.finditer(text):
        value = parse_number_words(match.group())
        if value is not None:
            last = match.group().split()[-1].lower()
            tokens.append(NumberToken(match.start(), match.end(), value, "words", SCALES.get(last, 1)))
    for match in _VAGUE_RE.finditer(text):
        tokens.append(NumberToken(match.start(), match.end(), _vague_value(match.group()), "vague"))
    return _without_overlaps(tokens)


def _without_overlaps(tokens: list[NumberToken]) -> list[NumberToken]:
    """Keep the longest token where two overlap ("1 million": the digits, not "million" alone)."""
    tokens.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[NumberToken] = []
    for token in tokens:
        if kept and token.start < kept[-1].end:
            continue
        kept.append(token)
    return kept
