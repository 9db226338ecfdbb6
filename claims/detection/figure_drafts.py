"""Step 2 of figure extraction: each printed number becomes a draft figure.

A draft knows its span, values, qualifier, unit and noun; `figures` then adds the
date, scope and speaker from the sentence. What is *not* a figure is decided here
too: codes ("16x9", "COVID-19"), ordinals ("5th"), clock times, names ("One Belt,
One Road"), "one" used as a pronoun ("one of the most ...", "no one"), number
words inside adjectives ("two-way"), the idiom "one day" ("one day soon", "One day,
the port will open") and ratios ("1 in 5 children", "one out of three"): a ratio is
neither of its two numbers, and the engine has no unit to compare ratios in, so it
leaves them out rather than report "5 children" (a wrong figure is worse than none).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, localcontext

from .figure_clauses import COUNTED_BEFORE_RE, NEEDS_ANTECEDENT, NEEDS_COUNT, NEEDS_OWNER, NEEDS_THING, NEEDS_WORTH
from .figure_fates import FATE_NOUNS
from .figure_measures import measured_noun
from .figure_nouns import (
    DETERMINERS,
    STOP_WORDS,
    PEOPLE_AS_PEOPLE,
    PEOPLE_STATES,
    TIME_UNITS,
    WORKFORCE,
    count_modifiers,
    workforce,
    is_people,
    lemma,
    noun_run,
    state_after,
    words_after,
    words_before,
)
from .figure_holders import assign_holders
from .figure_subjects import subject_count
from .figure_units import (
    currency_after,
    currency_before,
    measure_after,
    money_scale,
    rate_after,
)
from .numbers import NumberToken, tidy
from .types import Qualifier

Span = tuple[int, int]

_QUALIFIER_RE = re.compile(
    r"\b(?:(?P<more_than>just over|well over|more than|over|above|upwards of|in excess of)"
    r"|(?P<at_least>at least|no fewer than|no less than|a minimum of)"
    r"|(?P<nearly>nearly|almost|close to|just under|less than|fewer than|under|below|just shy of)"
    r"|(?P<up_to>up to|as many as|as much as|no more than|at most|a maximum of)"
    r"|(?P<about>approximately|an estimated|estimated|about|around|roughly|some|circa|nearer|closer to|in the region of)"
    r"|(?P<exactly>exactly|precisely))[ \t]+$",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(r"\bbetween[ \t]+$", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(r"[ \t]*(?P<join>to|-|–|and)[ \t]*(?:US\$|[$€£¥₸₴₽])?", re.IGNORECASE)
_COMPOUND_RE = re.compile(r"-(?P<word>[A-Za-z]+)\b")
_TRAILING_LETTERS_RE = re.compile(r"[A-Za-z]+")
_CODE_BEFORE_RE = re.compile(r"[A-Za-z]-$|[:/#]$")
_CODE_AFTER_RE = re.compile(r"[:/][0-9]")
# Phone and reference numbers: digit groups joined by dashes, one of four digits or more ("555-1234").
_PHONE_RE = re.compile(r"[0-9]{2,}(?:[-–][0-9]{2,})*[-–][0-9]{4,}(?![0-9,.])|[0-9]{4,}[-–][0-9]{2,}(?![0-9,.])")
# "two-way", "three-fold", "one-time": number words inside adjectives, not counts.
# Words after a number that say it is not a count: "two-way", "at 5 pm" (a time of day).
_NOT_COUNTS = frozenset("way sided fold time off odd plus gmt utc o'clock".split())
_CLOCK_RE = re.compile(r"\s?[ap]\.?\s?m\b\.?", re.IGNORECASE)
# How far a figure looks for the neighbour it borrows a noun from.
_REACH = 400
# "1 in 5", "one out of three": the two numbers of a ratio.
_RATIO_JOIN_RE = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+", re.IGNORECASE)
# "one day soon", "One day, ...": the idiom for "some day", not a duration of one day.
_ONE_DAY_RE = re.compile(r"[ \t]+day\b(?P<idiom>[ \t]+(?:soon|perhaps|maybe)\b)?", re.IGNORECASE)
# "212 had been injured": a bare number whose verb says what happened to the people counted
# borrows the noun of the figure before it and keeps its own state (see `figure_subjects`).
NEEDS_KIN = "kin"
# "no one", "the one that": "one" as a pronoun.
_ONE_AS_PRONOUN_AFTER = frozenset("no any every each the this that which someone".split())


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    number_start: int
    low: Decimal
    high: Decimal
    qualifier: Qualifier
    unit: str
    noun: str = ""
    modifier: str = ""
    need: str = ""  # what the noun still needs from a neighbour (see figure_clauses)
    # The counted word as printed, when `noun` names its quantity otherwise ("jobs" counted as a
    # workforce): "95 percent of them" is a share of those jobs, not of any workers.
    printed: str = ""
    holder: str = ""  # whose tally it is ("Adebayo had 54 percent"): see `figure_holders`


def drafts_from(
    text: str, tokens: list[NumberToken], in_date: Callable[[int], bool], sentence_of: Callable[[int], Span]
) -> list[Draft]:
    """Every figure among `tokens`, in order, with ranges merged and nouns resolved."""
    drafts: list[Draft] = []
    i = 0
    while i < len(tokens):
        token, following = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
        i += 1
        sentence = sentence_of(token.start)
        if in_date(token.start) or not _is_figure_token(text, token, sentence[0]):
            continue
        if following is not None and not in_date(following.start) and _is_ratio(text, token, following):
            i += 1  # both numbers of the ratio are left out
            continue
        draft, used_following = _draft(text, token, following, in_date, sentence)
        if used_following:
            i += 1
        if draft is not None:
            drafts.append(draft)
    _fill_needs(drafts, sentence_of)
    _borrow_counted_state(text, drafts)
    assign_holders(text, drafts, sentence_of)
    return drafts


def _borrow_counted_state(text: str, drafts: list[Draft]) -> None:
    """A count a second speaker "counted" is of what the first said happened to those things
    (`COUNTED_BEFORE_RE`): "2,700 homes had been destroyed ... his teams had counted 4,000 homes"."""
    for index, draft in enumerate(drafts):
        if draft.modifier or not draft.noun or draft.unit not in ("count", "people"):
            continue
        if not COUNTED_BEFORE_RE.search(text, max(0, draft.start - 20), draft.start):
            continue
        earlier = next(
            (
                other
                for other in reversed(drafts[:index])
                if other.unit == draft.unit and other.noun == draft.noun and draft.start - other.end <= _REACH
            ),
            None,
        )
        if earlier is not None and earlier.modifier:
            draft.modifier = earlier.modifier


def _is_figure_token(text: str, token: NumberToken, sentence_start: int) -> bool:
    """Leave out codes ("16x9", "COVID-19", "555-1234"), ordinals ("5th"), times and names ("One Belt")."""
    before, after = text[max(0, token.start - 2) : token.start], text[token.end : token.end + 2]
    if token.kind == "digits" and _PHONE_RE.match(text, _dash_run_start(text, token.start)):
        return False
    if token.kind == "digits":
        if _TRAILING_LETTERS_RE.match(text, token.end) and not _glued_unit(text, token):
            return False
        return not (_CODE_BEFORE_RE.search(before) or _CODE_AFTER_RE.match(after))
    if _is_one_day_idiom(text, token, sentence_start):
        return False
    word = text[token.start : token.end]
    if word[0].isupper():
        following = words_after(text, token.end, limit=1)
        capital_next = bool(following) and following[0].text[0].isupper()
        # "One Belt, One Road" mid-sentence or at its start: a name, not a count.
        if capital_next and (token.start > sentence_start or token.value == 1):
            return False
    return True


def _is_ratio(text: str, token: NumberToken, following: NumberToken) -> bool:
    """ "1 in 5 children", "one out of three": a plain number, "in" or "out of", a larger plain number."""
    if currency_before(text, token.start)[1] or not _RATIO_JOIN_RE.fullmatch(text, token.end, following.start):
        return False
    return token.scale == following.scale == 1 and token.value < following.value


def _is_one_day_idiom(text: str, token: NumberToken, sentence_start: int) -> bool:
    """ "will come one day soon", "One day the port will open" (a clause opens with it); not "lasted one day"."""
    match = _ONE_DAY_RE.match(text, token.end)
    if not (_is_one(token) and match):
        return False
    opens_clause = not text[sentence_start : token.start].strip() or text[:token.start].rstrip().endswith(",")
    return bool(match.group("idiom")) or opens_clause


def _dash_run_start(text: str, offset: int) -> int:
    """Where the run of digits and dashes holding `offset` begins (looking back 40 characters at most)."""
    floor = max(0, offset - 40)
    while offset > floor and (text[offset - 1] in "0123456789-–"):
        offset -= 1
    return offset


def _glued_unit(text: str, token: NumberToken) -> bool:
    """ "5km", "120MW" and "$310m" are figures; "16x9", "5th" and "1990s" are not."""
    if measure_after(text, token.end):
        return True
    return bool(currency_before(text, token.start)[1]) and money_scale(text, token.end)[1] != 1


def _draft(text, token, following, in_date, sentence) -> tuple[Draft | None, bool]:
    start, currency = currency_before(text, token.start)
    low = high = token.value
    end, used_following, qualifier = token.end, False, None
    if following is not None and _joins_range(text, token, following, start):
        low, high = _range_values(token, following)
        end, used_following, qualifier = following.end, True, Qualifier.RANGE
    if currency:
        end, factor = money_scale(text, end)  # "$310m"
        low, high = tidy(low * factor), tidy(high * factor)
    unit = ""
    magnitude_start = _magnitude_start(text, token, start, end)
    if magnitude_start is not None and not currency and qualifier is None:
        start, unit = magnitude_start, "magnitude"
    measure = None if unit else measure_after(text, end)
    if measure:
        end, unit, factor = measure
        low, high = _convert(low, factor), _convert(high, factor)
    else:
        word_end, code = currency_after(text, end)
        if code:
            end, currency = word_end, currency or code
    if currency:
        unit = f"currency:{currency}"
    start, qualifier = _qualifier(text, start, qualifier, token)
    draft = Draft(start, end, token.start, low, high, qualifier, unit)
    if unit == "magnitude":
        if after := _MAGNITUDE_AFTER_RE.match(text, end):  # "6.4-magnitude": the word belongs to it
            draft.end = after.end()
        draft.noun = _shaken_by(text, sentence[0], token.start)
        return draft, used_following
    if unit:
        draft.noun, draft.need = measured_noun(text, start, end, sentence, unit, in_date)
        draft.end, rate = rate_after(text, end, after_stuff=not currency)
        draft.unit += rate
        return draft, used_following
    return _counted(text, draft, token, sentence), used_following


# An earthquake's magnitude: "magnitude 6.1", "a magnitude-5.8 quake", "a 6.1-magnitude quake",
# "6.1 on the Richter scale". It is the quake's own measure, never a count.
_MAGNITUDE_BEFORE_RE = re.compile(r"\bmagnitude(?:[ \t]+of)?[ \t]*[- \t][ \t]*$", re.IGNORECASE)
_MAGNITUDE_AFTER_RE = re.compile(r"[ \t]*-?[ \t]*magnitude\b|[ \t]+on[ \t]+the[ \t]+Richter[ \t]+scale\b", re.IGNORECASE)
_AFTERSHOCK_RE = re.compile(r"\baftershocks?\b", re.IGNORECASE)


def _magnitude_start(text: str, token: NumberToken, start: int, end: int) -> int | None:
    """Where a magnitude's span starts ("magnitude 6.1" holds the word), or None if it is none."""
    if token.kind != "digits":
        return None
    before = _MAGNITUDE_BEFORE_RE.search(text, max(0, start - 20), start)
    if before:
        return before.start()
    return start if _MAGNITUDE_AFTER_RE.match(text, end) else None


def _shaken_by(text: str, sentence_start: int, offset: int) -> str:
    """ "aftershock" when the sentence speaks of aftershocks before the figure: "Aftershocks went
    on, the strongest of magnitude 5.2" is not the quake's magnitude."""
    return "aftershock" if _AFTERSHOCK_RE.search(text, sentence_start, offset) else "quake"


def _joins_range(text: str, token: NumberToken, following: NumberToken, start: int) -> bool:
    """ "1.25 million to 1.5 million", "10-12", "between 10 and 12" (only "between" allows "and")."""
    join = _RANGE_JOIN_RE.fullmatch(text, token.end, following.start)
    if not join:
        return False
    word = join.group("join").lower()
    if word in ("-", "–") and following.value < token.value:
        return False  # "passed 52-48": a tally, two figures
    return word != "and" or bool(_BETWEEN_RE.search(text, max(0, start - 10), start))


def _range_values(token: NumberToken, following: NumberToken) -> tuple[Decimal, Decimal]:
    low, high = token.value, following.value
    if token.scale == 1 and following.scale > 1:  # "1.25 to 1.5 million": the scale serves both
        low = tidy(low * following.scale)
    return min(low, high), max(low, high)


def _convert(value: Decimal, factor: Decimal) -> Decimal:
    """To the base unit, at twelve significant digits (a local context: no overflow on long numerals)."""
    if factor == 1:
        return value
    with localcontext() as context:
        context.prec = 12
        return tidy(+(value * factor))


def _qualifier(text: str, start: int, qualifier: Qualifier | None, token: NumberToken):
    """The qualifier words before the figure; the span grows to hold them."""
    match = _QUALIFIER_RE.search(text, max(0, start - 30), start)
    between = _BETWEEN_RE.search(text, max(0, start - 10), start)
    if qualifier is Qualifier.RANGE:
        found = between or match  # "between 10 and 12", "an estimated 1.25 million to 1.5 million"
        return (found.start() if found else start), qualifier
    if match:
        return match.start(), Qualifier(match.lastgroup)
    # A vague plural ("dozens") means at least its value.
    return start, Qualifier.AT_LEAST if token.kind == "vague" else Qualifier.EXACTLY


def _counted(text: str, draft: Draft, token: NumberToken, sentence: Span) -> Draft | None:
    """Counts and people: the noun run after the number names what is counted."""
    if _CLOCK_RE.match(text, draft.end):
        return None  # "at 5 pm", "by 10 a.m.": a time of day
    compound = _COMPOUND_RE.match(text, draft.end)
    if compound:  # "two-day", "two-way"
        word = compound.group("word")
        if word.lower() in _NOT_COUNTS:
            return None
        if lemma(word.lower()) == "year" and (age := _AGE_RE.match(text, compound.end())):
            return _aged(text, draft, age.end())
        draft.unit = "duration" if lemma(word) in TIME_UNITS else "count"
        draft.noun, draft.end = lemma(word), compound.end()
        if draft.unit == "duration":
            _how_long_what_lasts(text, draft, compound.end(), sentence)
        return draft
    words = words_after(text, draft.end, limit=9)
    additional = bool(words) and words[0].lower == "more"  # "five more projects": an increment
    if additional:
        more, words = words[0], words[1:]
    if len(words) > 1 and words[0].lower == "of" and not _is_one(token):  # "200 of the posters"
        words = words[1:]
        while words and words[0].lower in DETERMINERS:
            words = words[1:]
    run = noun_run(words)
    if run and run[0].lower in _NOT_COUNTS:
        return None
    if len(run) == 1 and _is_verb(run[0].lower) and (len(words) == 1 or words[1].lower in STOP_WORDS):
        run = []  # "a crowd of 20,000 filled the square", "12 died": a verb, not what is counted
    if _is_one(token) and (not run or _one_as_pronoun(text, token)):
        return None  # "one of", "no one": not a count
    if not run:
        draft.unit = "count"
        if additional:  # "Five more are due by December": more of what the text just counted
            draft.end, draft.need, draft.modifier = more.end, NEEDS_COUNT, "additional"
            return draft
        named = subject_count(text, draft.start, sentence)  # "cases have risen to 143", "a toll of 58"
        if named:
            draft.unit, draft.noun, modifiers = named
            draft.modifier = " ".join(modifiers)
            return draft
        state = state_after(text, draft.end, sentence[1])
        if state in PEOPLE_STATES:  # "... and nine were still missing"
            draft.unit, draft.need, draft.modifier = "people", NEEDS_KIN, state
        return draft
    return _with_noun(text, draft, run, sentence, additional)


# "a 71-year-old farmer": a person's age, keyed by who is described ("age:farmer"). One victim's
# age printed two ways is a classic slip of copy; "a 31-year-old from Rayong" names no one.
_AGE_RE = re.compile(r"-old\b")


def _aged(text: str, draft: Draft, after: int) -> Draft:
    draft.unit, draft.noun, draft.end = "age", "", after
    run = noun_run(words_after(text, after, limit=4))
    if run and not _is_verb(run[-1].lower):
        draft.noun, draft.end = lemma(run[-1].text), run[-1].end
    return draft


def _with_noun(text: str, draft: Draft, run, sentence: Span, additional: bool) -> Draft:
    head = run[-1]
    draft.noun, draft.end = lemma(head.text), head.end
    if draft.noun in TIME_UNITS:
        draft.unit = "duration"
        _how_long_what_lasts(text, draft, head.end, sentence, attributive=False)
        return draft
    fate = FATE_NOUNS.get(draft.noun)
    if fate:  # "41 bodies", "five deaths": the people, counted by what happened to them
        draft.unit, draft.noun, draft.modifier = "people", "person", fate
        if any(word.lower in _ROAD_TOLLS for word in run[:-1]):
            # "41 road deaths so far this year": a year's road toll, not the toll of the crash
            draft.modifier = f"{fate}:road"
        draft.end, rate = rate_after(text, head.end)
        draft.unit += rate
        return draft
    if is_people(head, run):
        draft.unit, draft.noun = "people", PEOPLE_AS_PEOPLE.get(draft.noun, draft.noun)
    else:
        draft.unit = "count"
    draft.end, rate = rate_after(text, head.end)
    draft.unit += rate
    modifiers = count_modifiers(text, run, draft.start, head.end, sentence[1])
    if draft.unit == "people" and not modifiers:
        modifiers = _fate_of_the_subject(text, draft.start, sentence)
    if draft.unit in ("people", "count") and draft.noun in WORKFORCE:
        draft.printed = draft.noun
        draft.unit, draft.noun, modifiers = workforce(text, draft, run, modifiers, sentence)
    draft.modifier = " ".join((["additional"] if additional else []) + modifiers)
    return draft


# Durations are compared only when the copy says what lasts. A state that lasts ("more than 80
# hours trapped", "switched off for 11 days", "out of service for 16 days"), each wording mapped
# to one state so that two accounts meet; or the thing a hyphenated length describes ("a
# three-year contract", "an eight-day strike"), or how often a thing comes round ("every 15
# minutes", a headway). The time unit stays in the key (a "36-month contract" is left apart
# from a "three-year" one rather than risk a rounding flag).
_LASTING_STATES = {
    "trapped": "trapped", "missing": "missing", "stranded": "stranded", "underground": "trapped",
    "off": "out of service", "offline": "out of service", "idle": "out of service",
    "out of service": "out of service", "out of action": "out of service", "shut down": "out of service",
    "switched off": "out of service", "turned off": "out of service", "down": "out of service",
    "closed": "closed", "shut": "closed", "on strike": "on strike",
    # how long a fire burned: "burned for less than 10 hours", "raged for 11 hours"
    "burned": "burning", "burnt": "burning", "burning": "burning", "raged": "burning", "blazed": "burning",
}  # fmt: skip
_EVERY_RE = re.compile(r"\bevery[ \t]+$", re.IGNORECASE)
_STATE_AFTER_RE = re.compile(
    r"[ \t]+(?P<state>trapped|missing|stranded|underground|on[ \t]+strike)\b", re.IGNORECASE
)
_STATE_FOR_RE = re.compile(
    r"\b(?P<state>trapped|missing|stranded|underground|offline|idle|closed|shut(?:[ \t]+down)?|"
    r"(?:switched|turned)[ \t]+off|off|down|out[ \t]+of[ \t]+(?:service|action)|on[ \t]+strike|"
    r"burned|burnt|burning|raged|blazed)"
    r"[ \t]+for[ \t]+(?:(?:about|some|nearly|almost|more[ \t]+than|less[ \t]+than|fewer[ \t]+than|over|under|"
    r"at[ \t]+least|up[ \t]+to|around|roughly)[ \t]+)?$",
    re.IGNORECASE,
)


def _how_long_what_lasts(text: str, draft: Draft, after: int, sentence: Span, *, attributive: bool = True) -> None:
    """Name what a duration measures, if the copy says (see `_LASTING_STATES`); else leave it unnamed."""
    time_unit = draft.noun
    if _EVERY_RE.search(text, max(sentence[0], draft.start - 10), draft.start):
        draft.noun, draft.modifier = "interval", time_unit  # "would run every 15 minutes": a headway
        return
    state = _STATE_AFTER_RE.match(text, after) or _STATE_FOR_RE.search(text, max(sentence[0], draft.start - 60),
                                                                         draft.start)
    if state:
        draft.noun = _LASTING_STATES[" ".join(state.group("state").lower().split())]
        draft.modifier = time_unit
        return
    if not attributive:
        return
    run = noun_run(words_after(text, after, limit=4))
    if run and lemma(run[-1].text) not in TIME_UNITS and not _is_verb(run[-1].lower):
        draft.noun, draft.modifier, draft.end = lemma(run[-1].text), time_unit, run[-1].end


def _fate_of_the_subject(text: str, start: int, sentence: Span) -> list[str]:
    """ "The death toll has risen to seven people": the people a toll names are the dead."""
    named = subject_count(text, start, sentence)
    if named and named[0] == "people" and named[1] == "person" and named[2]:
        return named[2]
    return []


_ROAD_TOLLS = frozenset(("road", "traffic"))

# Words in -ed or -ing that are nouns after a number.
_NOUNS_LIKE_VERBS = frozenset("hundred thousand seed speed breed steed building housing funding spending".split())


def _is_verb(word: str) -> bool:
    """ "filled", "died", "working": a past tense or participle right after a bare number."""
    if word in ("died", "fled"):  # short past tenses; most short words in -ed are nouns ("bed", "seed")
        return True
    return len(word) > 4 and word.endswith(("ed", "ing")) and word not in _NOUNS_LIKE_VERBS


def _is_one(token: NumberToken) -> bool:
    return token.value == 1 and token.kind == "words"


def _one_as_pronoun(text: str, token: NumberToken) -> bool:
    before = words_before(text, token.start, limit=1)
    return bool(before) and before[0].lower in _ONE_AS_PRONOUN_AFTER


def _fill_needs(drafts: list[Draft], sentence_of: Callable[[int], Span]) -> None:
    """Borrow a noun from a neighbour: "95 percent of them", "worth $28 billion", "the price", "five more"."""
    for index, draft in enumerate(drafts):
        if not draft.need:
            continue
        candidates = [o for o in _neighbours(drafts, index, sentence_of) if _can_lend(o, draft)]
        if candidates:
            nearest = min(candidates, key=lambda o: abs(o.number_start - draft.number_start))
            draft.noun = _borrowed_noun(draft.need, nearest)
            if draft.need in (NEEDS_COUNT, NEEDS_KIN):
                draft.unit = nearest.unit
        elif draft.need == NEEDS_KIN:  # "Three were killed": a state only people have
            draft.noun = "person"
        draft.need = ""


def _neighbours(drafts: list[Draft], index: int, sentence_of: Callable[[int], Span]) -> list[Draft]:
    """Drafts with a noun in the same sentence, or for "five more" also before it, within `_REACH` characters."""
    draft = drafts[index]
    sentence = sentence_of(draft.number_start)
    found = []
    for step in (-1, 1):
        other_index = index + step
        while 0 <= other_index < len(drafts):
            other = drafts[other_index]
            if abs(other.number_start - draft.number_start) > _REACH:
                break
            same_sentence = sentence_of(other.number_start) == sentence
            if not (same_sentence or (draft.need in (NEEDS_COUNT, NEEDS_THING) and step == -1)):
                break
            if other.noun and not other.need:
                found.append(other)
            other_index += step
    return found


def _can_lend(other: Draft, draft: Draft) -> bool:
    if draft.need in (NEEDS_ANTECEDENT, NEEDS_THING):  # "Tickets cost 30 yuan, but the price will rise to 50 yuan"
        return other.unit == draft.unit and other.start < draft.start
    if draft.need == NEEDS_KIN:  # "63 people had died, 212 had been injured": people, before it
        return other.unit == "people" and other.start < draft.start
    if other.unit not in ("count", "people"):
        return False
    return other.start < draft.start if draft.need in (NEEDS_OWNER, NEEDS_COUNT) else True


def _borrowed_noun(need: str, source: Draft) -> str:
    return {
        NEEDS_OWNER: f"{source.printed or source.noun} share",
        NEEDS_WORTH: f"{source.noun} value",
    }.get(need, source.noun)
