"""Sentence boundaries, kept as offsets so every fact can point back into the text."""

from __future__ import annotations

import re

from .name_lexicon import NAME_ABBREVIATIONS, RANK_ABBREVIATIONS

# A full stop after one of these does not end a sentence ("St. Petersburg", "Dr. Ali", "Lt. Cmdr.
# Santos", the ferry "MV Sta. Ines"): the names' abbreviations and ranks are the lexicon's. Not
# "Ma." (Maria in Filipino copy): Ma is a surname too, and "said Jack Ma." ends its sentence;
# `mention_extraction` joins it to the name it opens.
_ABBREVIATIONS = (
    frozenset(
        """
        mr mrs ms dr prof sr jr gov sen rep pres vs etc inc ltd co corp
        jan feb mar apr jun jul aug sep sept oct nov dec no fig approx est dept univ
        """.split()
    )
    | NAME_ABBREVIATIONS
    | RANK_ABBREVIATIONS
)

_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+|$)|\n\s*\n|\n""")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith(".") and _ends_with_abbreviation(text, match.start()):
            continue
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z]+)$", text[max(0, dot - 12) : dot])
    if not word:
        # "1.5" never reaches here (no white space after the dot); "U.S." does.
        return bool(re.search(r"\b[A-Z]\.[A-Z]$", text[max(0, dot - 4) : dot]))
    token = word.group(1)
    return token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper())


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
