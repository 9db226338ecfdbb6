"""Figures: every number in a text, with what it counts, when, in what scope and who says so.

`extract_figures(text, published)` is the whole public API. It reads in three steps:

1. numbers (`numbers`) and date words (`figure_dates`) are found in one pass each;
   a number inside a date ("in 2017", "September 5", "two years later") is no figure;
2. each remaining number becomes a draft (`figure_drafts`): currency, range, unit
   (`figure_units`), qualifier and counted or measured noun (`figure_nouns`,
   `figure_measures`);
3. each draft takes its date, scope and speaker from its sentence (`figure_context`).

Units: "count" (a counted noun), "people" (a noun naming people), "currency:USD" (any
ISO code), "percent", measures in one base unit per dimension ("distance:km",
"power:MW", "energy:GWh", "volume:m3", "area:km2", "mass:t"; the text keeps what was
printed) with an optional rate ("volume:m3/day"), and "duration" ("six years"; keyed only
when the copy says what lasts: "duration:contract:year" for "a three-year contract",
"duration:trapped:hour" for "70 hours trapped"), and "age" ("a 71-year-old farmer" is
"age:farmer").

quantity_key = unit:noun[:modifier], e.g. "count:project", "count:project:additional",
"people:kazakh:resident", "currency:USD:trade turnover", "percent:import share". A
yearly rate of a measure is keyed as the yearly total it equals ("energy:GWh:output" for
"450 GWh a year" and for "400 GWh in 2023"); a yearly count meets only a count for a whole
year ("count/year:pack" for "200,000 packs a year" and "120,000 packs in 2023"); any other rate stays in the key ("people/day:visitor"),
so a daily rate never meets a total. A figure whose noun is unknown, or a duration of
nothing named, gets "" and is never compared.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date

from .figure_context import (
    Parts,
    extent_matches,
    find_attributions,
    join_scope,
    nearest,
    owns_only_the_next_figure,
    parts_of,
    scope_matches,
)
from .figure_dates import DateMention, find_dates
from .figure_drafts import Draft, drafts_from
from .figure_nouns import MEASURED_KINDS, MONEY_KINDS, TIME_UNITS, part_named_apart
from .numbers import find_numbers
from .sentences import split_sentences
from .transliteration import fold_words
from .types import FigureFact

# Dates and scope words further from a figure than this say nothing about it (and long "sentences"
# such as tables stay linear).
_WINDOW = 400
_OPENING_QUOTE_RE = re.compile(r"[\"“‘']")
_YEARLY = "/year"
_COUNTED = frozenset(("count", "people"))
_MEASURES_OF_THINGS = frozenset(("distance", "area"))  # a thing's length or floor area: keyed by its kind
_WHOLE_YEAR_RE = re.compile(r"^[0-9]{4}$")
# Verbs of making or moving things: what they count in a year is that year's output, not a stock.
_FLOW_RE = re.compile(
    r"\b(?:make|makes|made|making|produce[sd]?|producing|turn(?:s|ed)? out|manufacture[sd]?|assemble[sd]?|"
    r"build|builds|built|sell|sells|sold|export(?:s|ed)?|import(?:s|ed)?|ship(?:s|ped)?|deliver(?:s|ed)?|"
    r"handle[sd]?|carr(?:y|ies|ied)|process(?:es|ed)?|roll(?:s|ed)? out)\b(?:\s+\w+){0,3}\s+$",
    re.IGNORECASE,
)
_FLOW_REACH = 60
# "the lowest turnout since 1999", "the deadliest since 2015": a "since" after a superlative is
# the yardstick the figure is measured against, not the date it holds for.
_YARDSTICK_RE = re.compile(
    r"\b(?:lowest|highest|largest|biggest|smallest|worst|best|deadliest|strongest|weakest|fastest|slowest|"
    r"heaviest|wettest|driest|hottest|coldest|most|least|first|only)\b[^.;]{0,80}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Voice:
    """Who a sentence speaks for, and when they said it."""

    attributions: tuple[tuple[int, str], ...]  # (offset, speaker) in the sentence
    speaker: str  # the speaker a following quoted sentence inherits
    said_on: DateMention | None


def extract_figures(text: str, published: date | None = None) -> list[FigureFact]:
    """Every figure in `text`, in order. text[f.start:f.end] == f.text always."""
    spans = split_sentences(text)
    starts = [s for s, _ in spans]
    masks = find_dates(text, published)  # a number inside any date is no figure
    mask_starts = [m.start for m in masks]
    dates = [m for m in masks if not _is_yardstick(text, m)]
    date_starts = [m.start for m in dates]

    def in_date(offset: int) -> bool:
        i = bisect.bisect_right(mask_starts, offset) - 1
        return i >= 0 and masks[i].start <= offset < masks[i].end

    def sentence_of(offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, offset) - 1
        return spans[i] if i >= 0 else (0, len(text))

    def dates_in(sentence: tuple[int, int]) -> list[DateMention]:
        return dates[bisect.bisect_left(date_starts, sentence[0]) : bisect.bisect_left(date_starts, sentence[1])]

    drafts = drafts_from(text, find_numbers(text), in_date, sentence_of)
    voices = _voices(text, spans, dates_in)
    owners = _offset_owners(dates, drafts, sentence_of)
    contexts: dict[int, _Context] = {}
    facts = []
    for index, draft in enumerate(drafts):
        sentence = sentence_of(draft.number_start)
        context = contexts.get(sentence[0])
        if context is None:
            context = contexts[sentence[0]] = _context(text, sentence, dates_in(sentence), voices.get(sentence[0]))
        facts.append(_fact(text, draft, index, sentence, context, owners))
    return _speakers_in_full(facts)


def _speakers_in_full(facts: list[FigureFact]) -> list[FigureFact]:
    """One article calls its speaker "Dr Maxamed Cabdi Xasan", then "Dr Maxamed", then "Dr
    Xasan": each part is the one speaker it names in full, whose name holds all its words.
    Figures of one group may otherwise come only with the parts, which look like two people."""
    speakers = {fact.speaker for fact in facts if fact.speaker}
    words_of = {speaker: frozenset(fold_words(speaker)) for speaker in speakers}
    full: dict[str, str] = {}
    for speaker, words in words_of.items():
        fuller = {other for other, other_words in words_of.items() if words < other_words}
        if len(fuller) == 1:
            full[speaker] = fuller.pop()
    if not full:
        return facts
    return [replace(fact, speaker=full[fact.speaker]) if fact.speaker in full else fact for fact in facts]


# "... the deadliest since the 2015 earthquake, which killed ...", "the worst since 2010, when":
# what follows describes the event the story is measured against.
_YARDSTICK_EVENT_RE = re.compile(
    r"\b(?:lowest|highest|largest|biggest|smallest|worst|best|deadliest|strongest|weakest|heaviest|wettest|"
    r"driest|hottest|coldest)\b[^.;]{0,80}?\bsince\b[^.;]{0,80}?,\s+(?:which|when|that|in\s+which)\b[^.;]*$",
    re.IGNORECASE,
)


def _about_the_yardstick(text: str, sentence_start: int, figure_start: int) -> bool:
    """A figure in the clause that describes the yardstick of a superlative: another event's."""
    return bool(_YARDSTICK_EVENT_RE.search(text, max(sentence_start, figure_start - 240), figure_start))


def _is_yardstick(text: str, mention: DateMention) -> bool:
    """ "the lowest in a governorship election since 1999": a since-date after a superlative."""
    if not mention.period.startswith("since"):
        return False
    return bool(_YARDSTICK_RE.search(text, max(0, mention.start - 80), mention.start))


@dataclass(frozen=True, slots=True)
class _Context:
    """What a sentence offers its figures, computed once per sentence."""

    parts: Parts
    dates: list[tuple[int, int, DateMention]]
    scopes: list[tuple[int, int, str]]
    extents: list[tuple[int, int, str]]
    voice: _Voice | None


def _context(text: str, sentence: tuple[int, int], dates: list[DateMention], voice: _Voice | None) -> _Context:
    return _Context(
        parts_of(text, *sentence), [(m.start, m.end, m) for m in dates], scope_matches(text, *sentence),
        extent_matches(text, *sentence), voice
    )


def _near[T](items: list[tuple[int, int, T]], span: tuple[int, int]) -> list[tuple[int, int, T]]:
    """The items within `_WINDOW` characters of the span (items are in text order)."""
    starts = [item[0] for item in items]
    return items[bisect.bisect_left(starts, span[0] - _WINDOW) : bisect.bisect_right(starts, span[1] + _WINDOW)]


def _offset_owners(dates: list[DateMention], drafts: list[Draft], sentence_of) -> dict[int, int]:
    """ "from €4.1bn a year earlier": an offset date belongs to the one figure nearest to it."""
    owners = {}
    for mention in dates:
        if not mention.offset:
            continue
        sentence = sentence_of(mention.start)
        near = [
            (max(0, mention.start - d.end, d.start - mention.end), i)
            for i, d in enumerate(drafts)
            if sentence_of(d.number_start) == sentence
        ]
        if near:
            owners[mention.start] = min(near)[1]
    return owners


# --- step 3: date, scope and speaker ------------------------------------------------------


def _voices(text: str, spans, dates_in) -> dict[int, _Voice]:
    """Each sentence's speakers, resolving "he said" and quoted follow-up sentences in order."""
    voices: dict[int, _Voice] = {}
    last_named, previous = "", None
    for start, end in spans:
        resolved = []
        for attribution in find_attributions(text, start, end):
            speaker = attribution.speaker or (last_named if attribution.pronoun else "") or attribution.role
            if attribution.speaker:
                last_named = attribution.speaker
            if speaker:
                resolved.append((attribution.start, speaker))
        if resolved:
            verb = resolved[-1][0]
            said_on = min(dates_in((start, end)), key=lambda m: abs(m.start - verb), default=None)
            voice = _Voice(tuple(resolved), resolved[-1][1], said_on)
        elif previous is not None and previous.speaker and _OPENING_QUOTE_RE.match(text, start):
            voice = _Voice((), previous.speaker, previous.said_on)  # a quote carrying on the last speaker's words
        else:
            voice = _Voice((), "", None)
        voices[start] = previous = voice
    _carry_back_into_open_quotes(text, spans, voices)
    return voices


_QUOTE_MARKS_RE = re.compile(r"[\"“”]")


def _carry_back_into_open_quotes(text: str, spans, voices: dict[int, _Voice]) -> None:
    """'"We will need about 18,000 tonnes. Farmers should hear it," Mamedov said.': a quotation
    opened in one sentence and closed, with its attribution, in a later one is all the
    speaker's. Walks back from each attributed sentence through the quote's open sentences."""
    ordered = list(spans)
    for index in range(len(ordered) - 1, 0, -1):
        start, end = ordered[index]
        voice = voices[start]
        if not voice.speaker or _OPENING_QUOTE_RE.match(text, start):
            continue  # only a sentence that closes a quote opened earlier hands its speaker back
        back = index - 1
        while back >= 0:
            b_start, b_end = ordered[back]
            earlier = voices[b_start]
            opens = bool(_OPENING_QUOTE_RE.match(text, b_start))
            marks = len(_QUOTE_MARKS_RE.findall(text, b_start, b_end))
            if earlier.speaker or marks != (1 if opens else 0):
                break  # attributed already, or not inside one open quotation
            back -= 1
            if opens:  # the sentence that opened the quote: it and all after it are the speaker's
                for o_start, _ in ordered[back + 1 : index]:
                    voices[o_start] = _Voice((), voice.speaker, voice.said_on)
                break


def _key_unit(unit: str, period: str, flow: bool) -> str:
    """A yearly rate is the total for a year: "200,000 packs a year" meets "120,000 packs this year".

    A measure (energy, mass, ...) printed without a rate is taken to be yearly ("the dam will
    generate 450 GWh"), as such copy prints it. A count or a number of people is not: "an order
    for 90 buses" never meets "1,500 buses a year"; only a count for a whole year ("made 1,200
    buses in 2023", a verb of making or moving before it) does; a stock counted in a year
    ("had 15 projects in 2018") stays a count. Any other rate stays in the key, so a daily rate never meets a yearly total.
    """
    dimension = unit.split("/")[0]
    if dimension in _COUNTED:
        if flow and "/" not in unit and _WHOLE_YEAR_RE.match(period):
            return unit + _YEARLY
        return unit
    return unit.removesuffix(_YEARLY)


def _speaker(voice: _Voice | None, offset: int) -> str:
    if voice is None:
        return ""
    before = [speaker for at, speaker in voice.attributions if at < offset]
    if before:
        return before[-1]
    return voice.attributions[0][1] if voice.attributions else voice.speaker


# "23 people were injured when a landslide derailed a train, after a night of rain across western
# Hokkaido": what a clause of time or cause says covers its own nouns, not the figure before it.
_SUBORDINATE_RE = re.compile(r"\b(?:after|when|because|before|until|since|as)\b")


def _extent_of(text: str, draft: Draft, span: tuple[int, int], context: _Context) -> str:
    """The extent nearest the figure that can be its own. Not one that only owns the next figure
    ("the state's 2,688,305 voters"), nor one in a clause of time or cause after the figure, nor,
    for a part named after "including", the whole's extent before it."""
    including = part_named_apart(text, draft.start)

    def may_cover(extent: tuple[int, int, str]) -> bool:
        if owns_only_the_next_figure(text, extent, draft.start):
            return False
        if extent[0] >= draft.end and _SUBORDINATE_RE.search(text, draft.end, extent[0]):
            return False
        return including is None or extent[0] >= including.end()

    candidates = [extent for extent in _near(context.extents, span) if may_cover(extent)]
    local = _LOCAL_EXTENT_RE.match(text, draft.end)
    if local and candidates and all(extent[0] >= local.end() for extent in candidates):
        # "31 sites in the city and 118 sites across the region": the wider extent is the next
        # figure's; this one names its own, narrower one.
        return " ".join((local.group("place") or "").split())
    return nearest(candidates, span, context.parts, from_earlier_parts=including is None) or ""


# Where the things just counted are, right after them, when a wider extent follows for another
# figure: "six factories in Phnom Penh and 19 factories across Cambodia", "850 homes in the city
# of Shkodër itself and 2,300 homes across the county".
_LOCAL_EXTENT_RE = re.compile(
    r"[ \t]+in[ \t]+(?P<place>the[ \t]+(?:city|town|capital|district|village|port)(?:[ \t]+of[ \t]+[A-Z][\w'’-]+)?"
    r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?:[ \t]+itself)?\b"
)


def _fact(text: str, draft: Draft, index: int, sentence, context: _Context, owners: dict[int, int]) -> FigureFact:
    span = (draft.start, draft.end)
    dates = [item for item in _near(context.dates, span) if owners.get(item[0], index) == index]
    mention = nearest(dates, span, context.parts)
    voice = context.voice
    if mention is None and voice is not None and not voice.attributions:
        mention = voice.said_on  # a quoted sentence holds for the day its speaker spoke
    noun = draft.noun
    dimension = draft.unit.split(":")[0]
    # A thing's length or area by its head word: the "floating pontoon" is the "Dala pontoon".
    head = noun.rsplit(" ", 1)[-1]
    measured = MEASURED_KINDS.get(head, head) if dimension in _MEASURES_OF_THINGS else noun
    measured = MONEY_KINDS.get(measured, measured) if dimension == "currency" else measured
    flow = bool(_FLOW_RE.search(text, max(sentence[0], draft.start - _FLOW_REACH), draft.start))
    parts = (_key_unit(draft.unit, mention.period if mention else "", flow), measured, draft.modifier)
    unnamed = not noun or (draft.unit == "duration" and noun in TIME_UNITS)  # "six years" of what?
    key = "" if unnamed else ":".join(p for p in parts if p)
    if key and _about_the_yardstick(text, sentence[0], draft.start):
        key = ""  # "the deadliest since the 2015 earthquake, which killed nearly 9,000 people"
    return FigureFact(
        text=text[draft.start : draft.end],
        start=draft.start,
        end=draft.end,
        value_low=draft.low,
        value_high=draft.high,
        unit=draft.unit,
        noun=noun,
        qualifier=draft.qualifier,
        sentence=text[sentence[0] : sentence[1]],
        sentence_start=sentence[0],
        as_of=mention.as_of if mention else None,
        period=mention.period if mention else "",
        scope=join_scope(
            nearest(_near(context.scopes, span), span, context.parts) or "",
            _extent_of(text, draft, span, context),
        ),
        speaker=_speaker(voice, draft.start),
        quantity_key=key,
    )
