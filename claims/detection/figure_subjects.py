"""What a bare number counts, when the copy names it elsewhere in the sentence.

News copy often prints a number without a noun after it. Three wordings say what it counts:

* the subject of a linking verb: "Measles cases in the province have risen to 143" counts cases,
  "the number of people killed has risen to 63" counts people killed, and a toll ("the death
  toll rose to 63", "a toll of 58", "the final toll of 72") counts the dead; "a crowd of 15,000"
  counts those who came. Only a plural subject says what is counted ("the population is 40,000"
  and "the number was 7" do not), besides a toll, a crowd and "the number of" things.
* whoever puts a number on something: "police put the crowd at about 15,000", "the ministry put
  the number of children vaccinated at 980,000".
* a number in a list whose own verb says what happened to the people: "63 people had died, 212
  had been injured and nine were still missing" counts 212 injured and nine missing people
  (`figure_drafts` lends them the noun of the figure before). Without such a verb ("won 15 seats
  and the opposition 11", "the state pays 60 percent and the city 40") the number is another
  holder's and keeps no noun: a wrong key is worse than none.
"""

from __future__ import annotations

import re

from .figure_clauses import CLAUSE_START_RE, LINK_RE, PUT_AT_RE, REPORTING_RE
from .figure_fates import FATE_NOUNS, TOLL_NOUNS
from .figure_nouns import (
    DETERMINERS,
    PEOPLE_AS_PEOPLE,
    Word,
    count_modifiers,
    is_people,
    lemma,
    noun_run,
    phrase_before,
    words_after,
)

_LOOKBACK = 200
_NUMBER_OF_RE = re.compile(r"\b(?:number|total|tally)\s+of\s+", re.IGNORECASE)
# Heads that name a count but not of what: "the number was 7".
_COUNT_WORDS = frozenset(("number", "total", "tally", "count", "figure"))

Count = tuple[str, str, list[str]]  # (unit, noun, modifiers)


def subject_count(text: str, start: int, sentence: tuple[int, int]) -> Count | None:
    """(unit, noun, modifiers) of a bare number at `start` (its qualifier included), or None."""
    floor = max(sentence[0], start - _LOOKBACK)
    put = PUT_AT_RE.search(text, floor, start)
    if put:  # "police put the crowd at about 15,000"
        return _named_count(text, put.start("np"), put.end("np"), sentence)
    link = LINK_RE.search(text, floor, start)
    if not link:
        return None
    verb_start = link.start("verb")
    if link.group("verb").lower() == "of":  # "a toll of 58", "a crowd of 15,000"; "the target of" names none
        phrase = phrase_before(text, verb_start)
        return _fate_count(lemma(phrase[-1].text)) if phrase else None
    return _named_count(text, _clause_start(text, floor, verb_start), verb_start, sentence)


def _clause_start(text: str, floor: int, verb_start: int) -> int:
    """Where the clause of the verb begins: after a comma, a dash or a dateline, and past "said"."""
    boundaries = [m for m in CLAUSE_START_RE.finditer(text, floor, verb_start) if m.group() != "("]
    start = boundaries[-1].end() if boundaries else floor
    reported = list(REPORTING_RE.finditer(text, start, verb_start))
    return reported[-1].end() if reported else start


def _named_count(text: str, start: int, end: int, sentence: tuple[int, int]) -> Count | None:
    number_of = _NUMBER_OF_RE.search(text, start, end)
    if number_of:  # "the number of people killed": what follows "of" is counted
        words = [w for w in words_after(text, number_of.end(), limit=8) if w.end <= end]
        while words and words[0].lower in DETERMINERS:
            words = words[1:]
        run = noun_run(words)
        return _count_of(text, run, number_of.start(), sentence) if run else None
    words = [w for w in words_after(text, start, limit=12) if w.end <= end]
    while words and words[0].lower in DETERMINERS:
        words = words[1:]
    run = noun_run(words)
    if not run:
        return None
    head = lemma(run[-1].text)
    fate = _fate_count(head)
    if fate or head in _COUNT_WORDS:
        return fate
    if lemma(run[-1].text) == run[-1].lower:
        return None  # a singular subject ("the population is 40,000") counts nothing
    return _count_of(text, run, start, sentence)


def _fate_count(head: str) -> Count | None:
    if head in TOLL_NOUNS:
        return "people", "person", ["killed"]
    fate = FATE_NOUNS.get(head)
    return ("people", "person", [fate]) if fate else None


def _count_of(text: str, run, start: int, sentence: tuple[int, int]) -> Count:
    head = run[-1]
    noun = lemma(head.text)
    fate = _fate_count(noun)
    if fate:
        return fate
    if head is run[0]:  # "Cases have risen to 140": a capital opening the clause is no demonym
        head = Word(head.text.lower(), head.start, head.end)
    unit = "people" if is_people(head, [head, *run[1:]]) else "count"
    modifiers = count_modifiers(text, run, start, head.end, sentence[1])
    return unit, PEOPLE_AS_PEOPLE.get(noun, noun) if unit == "people" else noun, modifiers
