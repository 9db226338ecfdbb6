"""The values the detection engine hands to the rest of the desk.

These dataclasses are the contract between the pure analysis modules
(`figures`, `names`, `compare`) and the service layer that stores them.
Offsets are Python string indices into the source text: text[start:end]
is always exactly what the source printed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


class Qualifier(enum.StrEnum):
    EXACTLY = "exactly"
    ABOUT = "about"  # about, approximately, around, roughly, some, an estimated
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    NEARLY = "nearly"  # nearly, almost, less than, fewer than, under, just under
    UP_TO = "up_to"
    RANGE = "range"  # "1.25 million to 1.5 million", "between 10 and 12"


class FlagLabel(enum.StrEnum):
    """Why two figures, or two spellings, may differ."""

    # figures
    CONTRADICTION = "contradiction"  # nothing explains the difference
    DIFFERENT_DATES = "different_dates"
    DIFFERENT_SCOPE = "different_scope"
    DIFFERENT_SPEAKERS = "different_speakers"
    BOUND = "bound"  # one side is only a bound ("at least", "up to")
    # names
    SPELLING_ACROSS_SOURCES = "spelling_across_sources"
    SPELLING_WITHIN_SOURCE = "spelling_within_source"
    AGAINST_HOUSE_SPELLING = "against_house_spelling"
    OUTDATED_NAME = "outdated_name"  # a renamed place called by a name it did not hold then


@dataclass(frozen=True, slots=True)
class FigureFact:
    """One number found in a text, with everything needed to compare it."""

    text: str  # exactly as written, e.g. "at least 51 joint projects"
    start: int
    end: int
    value_low: Decimal
    value_high: Decimal  # equal to value_low for a single value
    unit: str  # "count", "currency:USD", "percent", "distance:km", "people", ...
    noun: str  # what is counted or measured, normalised: "project", "trade turnover"
    qualifier: Qualifier
    sentence: str
    sentence_start: int
    as_of: date | None = None  # the date the figure holds for, resolved against publication
    period: str = ""  # human label of the period: "2017", "first three quarters of 2018"
    scope: str = ""  # "completed", "signed", "planned", "being implemented", ""; then "; " and an extent
    # the figure is said to cover, if any: "planned; second phase", "; country-wide" (see figure_context)
    speaker: str = ""  # who the sentence attributes the figure to, "" if nobody
    quantity_key: str = ""  # figures with the same key measure the same quantity


@dataclass(frozen=True, slots=True)
class MentionFact:
    """One proper name found in a text."""

    text: str  # exactly as written: "Qasym-Zhomart Toqaev", "Toqaev", "Nur-Sultan"
    start: int
    end: int
    sentence: str
    sentence_start: int


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """A stored figure, as the comparison sees it (ref is the caller's id)."""

    ref: int
    source_ref: int
    fact: FigureFact
    published: date | None = None


@dataclass(frozen=True, slots=True)
class FigureFlag:
    """A group of figures about one quantity whose intervals do not all overlap."""

    key: str  # stable across re-analysis: an editor's decision is stored under it
    quantity_key: str
    label: FlagLabel
    reason: str  # one or two sentences a reader understands
    refs: tuple[int, ...]  # FigureRecord.ref of every figure the flag holds


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """A stored mention, as clustering sees it (ref is the caller's id)."""

    ref: int
    source_ref: int
    text: str
    # Written after a lower-case "the" ("the Odra", "the Kaveri delta"): a river, a region or
    # a landmark, never a company's short name or a person's surname.
    after_the: bool = False
    # The courtesy title before it ("dr", "mr", "ms"; `names.courtesy_title`): "Dr Memon" is
    # the doctor of that surname, "Mr Hassan" not the one called Dr.
    title: str = ""


@dataclass(frozen=True, slots=True)
class NameFlag:
    key: str  # stable across re-analysis
    label: FlagLabel
    reason: str
    refs: tuple[int, ...]  # MentionRecord.ref of every mention the flag holds
    spellings: tuple[str, ...] = field(default=())
