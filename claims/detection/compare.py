"""Figures about one quantity that cannot all be true at once, and why they may differ.

`find_figure_flags(records)` groups records by `fact.quantity_key` ("" is never
compared), splits each group into stories, and flags a story whose figures' intervals
have no common point.

Stories: "count:job" in a 2019 report from Kazakhstan is not "count:job" in a 2024
report from Libya. Records are split by publication date into windows of a year (a cost
announced in spring and revised at the opening in autumn is one story: revisions are what
the desk is for), each opened by the earliest record not yet placed; undated records form one story of
their own. The flag key is "figure:" + quantity_key, followed by "@" and the window's
first publication date when there is one: it depends on the figures, never on ids or
their order, and it stays put as later reports join the story.

Intervals (qualifiers read as words, not decoration):
    exactly X        X, give or take half its last printed digit ("7.4" is 7.35..7.45;
                     "4.6 miles" stays 7.32..7.48 km after conversion; integers are exact)
    about X          [X - 5 %, X + 5 %]
    at least X       [X, inf)           more than X   (X, inf)     just over X  (X, 1.1 X]
    nearly X         [0.9 X, X)         less than / fewer than / under / below X: [0, X)
    up to X          [0, X]             X to Y        [X, Y]

Explanations, in the order of priority that picks the label:
    BOUND               the disagreement disappears once each bound ("at least",
                        "more than", "nearly", "up to") gets 5 % of slack: the figures
                        differ in wording more than in value; also the label, last of
                        all, when nothing below explains a group holding a bound ("up to
                        12,000 passengers" vs. "15,000 passengers": a ceiling and a
                        figure past it, a question of wording before a contradiction);
    DIFFERENT_SCOPE     the disagreeing figures count different things (completed vs.
                        signed), or cover different extents (one plant vs. "across India",
                        the first phase vs. one "including a second phase"): the strongest
                        reason for two honest numbers to differ;
    DIFFERENT_DATES     they hold for different dates or periods: counts change; where a
                        sentence says a figure changed ("has risen to"), this comes before
                        a difference of stage (planned vs. being implemented), since the
                        revision is what happened;
    DIFFERENT_SPEAKERS  they come from different people: a reason to check, not to trust.
An attribute explains the group when the figures that agree with each other ("value
clusters") never share a value of it across clusters; unknown values (no scope, no
speaker, or a speaker without a name such as "the company", who may be the one named in
the other report) neither explain nor rule out. An extent is the exception: once one figure of the
group is said to cover a whole country or a later phase, a figure that says nothing of it
is taken to cover less ("extent not stated"), as such figures are printed. Revised figures
reported in different months are DIFFERENT_DATES even when different people give them:
dates rank above speakers. A figure without date words holds for the month its source was
published, but only where the text marks time (a word of change such as "has risen" or
"revised", or a date or period given with one of the figures): two reports months apart
that print different numbers with no word of change are not explained by their dates; nor
are values that do not follow each other in the order the reports came out (six, then eight,
then six again is a disagreement, not a revision). The word of change must stand in the figure's
own clause ("610,000 tickets sold, but the cost has risen" did not change the tickets), and a
count "since" a date runs to the day it is reported ("143 cases since December" holds for the
report's month). Speakers are one person when one name's words are part of the
other's, spelling aside ("Mabrouk", "Mohammed al-Mabrouk"). When nothing explains it:
CONTRADICTION. The reason names every explanation found, not just the label's.

Cost: O(n log n) for n records (one sort per group).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

from .figure_context import parts_of, split_scope
from .figure_dates import MONTHS
from .name_matching import blocking_keys, same_name
from .transliteration import fold_words
from .types import FigureFact, FigureFlag, FigureRecord, FlagLabel, Qualifier

STORY_WINDOW = timedelta(days=366)
_BLOCK_LIMIT = 8
_ABOUT = Decimal("0.05")
_NEARLY = Decimal("0.9")
_SLACK = Decimal("0.05")
_INFINITY = Decimal("Infinity")
_BOUNDS = frozenset((Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.NEARLY, Qualifier.UP_TO))
# "less than 1 percent" is any share below one, not "nearly one": the words decide, not the enum.
_BELOW_RE = re.compile(r"^(?:less than|fewer than|under|below)\b", re.IGNORECASE)
# "just over 5.4 percent" is close to 5.4, the mirror of "nearly".
_JUST_OVER_RE = re.compile(r"^(?:just over|just above|slightly more than)\b", re.IGNORECASE)
_NUMERAL_RE = re.compile(r"[0-9][0-9,]*(?:\.(?P<decimals>[0-9]+))?")
_MONTH_YEAR_RE = re.compile(rf"^({'|'.join(MONTHS)}) ([0-9]{{4}})$")


@dataclass(frozen=True, slots=True)
class Interval:
    low: Decimal
    high: Decimal
    low_open: bool = False
    high_open: bool = False


def interval(fact: FigureFact, *, slack: bool = False) -> Interval:
    """The values a figure allows; with `slack`, a bound is read loosely (see BOUND)."""
    low, high, q = fact.value_low, fact.value_high, fact.qualifier
    give = abs(high) * _SLACK if slack else Decimal(0)
    if q is Qualifier.ABOUT:
        return Interval(low - abs(low) * _ABOUT, high + abs(high) * _ABOUT)
    if q is Qualifier.AT_LEAST:
        return Interval(low - give, _INFINITY)
    if q is Qualifier.MORE_THAN:
        ceiling = high * (2 - _NEARLY) if _JUST_OVER_RE.match(fact.text) else _INFINITY
        return Interval(high - give, max(ceiling, high), low_open=not slack)
    if q is Qualifier.NEARLY:
        floor = Decimal(0) if _BELOW_RE.match(fact.text) else high * _NEARLY
        return Interval(min(floor, high), high + give, high_open=not slack)
    if q is Qualifier.UP_TO:
        return Interval(min(Decimal(0), high), high + give)
    rounding = _rounding(fact.text)
    return Interval(low - abs(low) * rounding, high + abs(high) * rounding)


def _rounding(text: str) -> Decimal:
    """Half the last printed digit, relative to the printed number: "7.4" -> 0.05 / 7.4."""
    match = _NUMERAL_RE.search(text)
    if not match or not match.group("decimals"):
        return Decimal(0)
    printed = Decimal(match.group().replace(",", ""))
    if printed == 0:
        return Decimal(0)
    return Decimal(5).scaleb(-len(match.group("decimals")) - 1) / printed


def all_overlap(intervals: Sequence[Interval]) -> bool:
    """True when one value lies in every interval (for intervals on a line: all pairs overlap)."""
    top_low = max(intervals, key=lambda i: (i.low, i.low_open))
    bottom_high = min(intervals, key=lambda i: (i.high, not i.high_open))
    if top_low.low != bottom_high.high:
        return top_low.low < bottom_high.high
    return not (top_low.low_open or bottom_high.high_open)


def find_figure_flags(records: Sequence[FigureRecord]) -> list[FigureFlag]:
    """One flag per story of a quantity whose figures disagree, sorted by key."""
    groups: dict[str, list[FigureRecord]] = defaultdict(list)
    for record in records:
        if record.fact.quantity_key:
            groups[record.fact.quantity_key].append(record)
    flags = []
    for quantity_key, group in groups.items():
        for suffix, story in _stories(group):
            flag = _flag(quantity_key, suffix, story)
            if flag:
                flags.append(flag)
    return sorted(flags, key=lambda f: f.key)


def _stories(group: list[FigureRecord]) -> list[tuple[str, list[FigureRecord]]]:
    """Split by publication date into one-year windows; undated records are a story of their own."""
    stories: list[tuple[str, list[FigureRecord]]] = []
    opened: date | None = None
    for record in sorted((r for r in group if r.published), key=lambda r: r.published):  # type: ignore[arg-type,return-value]
        if opened is None or record.published - opened > STORY_WINDOW:  # type: ignore[operator]
            opened = record.published
            stories.append((f"@{opened.isoformat()}", []))  # type: ignore[union-attr]
        stories[-1][1].append(record)
    undated = [r for r in group if not r.published]
    return stories + ([("", undated)] if undated else [])


def _flag(quantity_key: str, suffix: str, group: list[FigureRecord]) -> FigureFlag | None:
    if len(group) < 2 or all_overlap([interval(r.fact) for r in group]):
        return None
    ordered = sorted(group, key=lambda r: (interval(r.fact).low, r.fact.value_low, r.fact.value_high, r.ref))
    clusters = _value_clusters(ordered)
    explanations = _explanations(ordered, clusters)
    label = explanations[0][0] if explanations else FlagLabel.CONTRADICTION
    return FigureFlag(
        key=f"figure:{quantity_key}{suffix}",
        quantity_key=quantity_key,
        label=label,
        reason=_reason(ordered, explanations),
        refs=tuple(sorted(r.ref for r in group)),
    )


def _value_clusters(ordered: list[FigureRecord]) -> list[list[FigureRecord]]:
    """Split figures (sorted by low end) into runs that share a common value."""
    clusters: list[list[FigureRecord]] = []
    common: Interval | None = None
    for record in ordered:
        current = interval(record.fact)
        if common is not None and all_overlap([common, current]):
            clusters[-1].append(record)
            common = _intersection(common, current)
            continue
        clusters.append([record])
        common = current
    return clusters


def _intersection(a: Interval, b: Interval) -> Interval:
    low = max(a, b, key=lambda i: (i.low, i.low_open))
    high = min(a, b, key=lambda i: (i.high, not i.high_open))
    return Interval(low.low, high.high, low.low_open, high.high_open)


# An attribute: (label, phrase, joiner of its values, key of a record, what the reader sees for that key)
_Attribute = tuple[FlagLabel, str, str, Callable[[FigureRecord], str], Callable[[FigureRecord], str]]


def _explanations(ordered: list[FigureRecord], clusters) -> list[tuple[FlagLabel, str]]:
    """(label, phrase) of every explanation that holds, in priority order."""
    found: list[tuple[FlagLabel, str]] = []
    bounds = [r.fact.text for r in ordered if r.fact.qualifier in _BOUNDS]
    if bounds and all_overlap([interval(r.fact, slack=True) for r in ordered]):
        found.append((FlagLabel.BOUND, f"one side is only a bound ({', '.join(dict.fromkeys(bounds))})"))
    speakers = _speaker_names(ordered)
    extent_of = _extents(ordered)
    # A disaster's toll (the dead, the missing, the displaced) is counted again each day: reports
    # on different days differ by date, though no word says the count moved.
    runs_day_by_day = all(_runs_day_by_day(r) for r in ordered)
    toll = runs_day_by_day and not any(r.fact.quantity_key.startswith("currency") for r in ordered)
    changed = any(_says_changed(r.fact) for r in ordered) or toll
    dated_in_text = changed or any(r.fact.period or r.fact.as_of for r in ordered)
    date_key = _date_key if dated_in_text else _stated_date_key
    # Two reports days apart explain each other only for a toll, or for a sum estimated as the
    # damage is counted that the text says moves ("its first estimate"); else they are two
    # accounts of one month's figure.
    counted_to_date = any(_counted_to_date(r.fact) for r in ordered)  # "six deaths since October"
    by_day = (changed or counted_to_date) and runs_day_by_day
    date_key = _dates_of(ordered, date_key, by_day=by_day)
    stage = (FlagLabel.DIFFERENT_SCOPE, "different scope", " vs. ", _stage, _stage)
    extent = (FlagLabel.DIFFERENT_SCOPE, "different scope", " vs. ", extent_of, extent_of)
    dates = (FlagLabel.DIFFERENT_DATES, "different dates", ", ", date_key, partial(_date_label, to_the_day=by_day))
    attributes: list[_Attribute] = [
        # A figure that has risen since it was planned differs by date before stage: the
        # revision is the story ("will cost $38 million", then "has risen to $52 million").
        *((extent, dates, stage) if changed else (stage, extent, dates)),
        (FlagLabel.DIFFERENT_SPEAKERS, "different speakers", ", ", lambda r: speakers.get(r.fact.speaker, ""),
         lambda r: speakers.get(r.fact.speaker, "")),
    ]  # fmt: skip
    for label, phrase, joiner, key_of, label_of in attributes:
        keys = _separating_keys(clusters, key_of)
        if label is FlagLabel.DIFFERENT_DATES and keys and _comes_back(clusters):
            keys = []  # 500, then 350, then 500 again: not a revision, the accounts disagree
        if keys and all(label is not found_label for found_label, _ in found):  # one phrase per label
            shown = {key_of(r): label_of(r) for r in reversed(ordered) if key_of(r)}  # the first one in value order
            found.append((label, f"{phrase} ({joiner.join(shown[key] for key in keys)})"))
    if bounds and not found:
        # Nothing else explains it, but one side only gives a bound: a ceiling or floor the other
        # figure passes. Worth checking, yet a matter of wording first, not a plain contradiction.
        found.append((FlagLabel.BOUND, f"one side is only a bound ({', '.join(dict.fromkeys(bounds))}), "
                                       "which the other figure passes"))
    return found


def _comes_back(clusters) -> bool:
    """True when the values do not follow each other in the order they were reported: one
    value is printed, then another, then the first again. A revision replaces a figure once; a
    figure printed again after another was printed is a disagreement between accounts, which
    dates do not explain. What counts is when each report came out (a figure's own date may
    be a target, "when it opens in 2027"); records without a publication date are left out,
    and so are those of a source that prints several of the values, since it tells the change
    itself ("30 yuan at present, but the price will rise to 50 yuan next year")."""
    clusters_of_source: dict[int, set[int]] = defaultdict(set)
    for index, cluster in enumerate(clusters):
        for record in cluster:
            clusters_of_source[record.source_ref].add(index)
    spans = []
    for cluster in clusters:
        days = [r.published for r in cluster if r.published and len(clusters_of_source[r.source_ref]) == 1]
        if days:
            spans.append((min(days), max(days)))
    spans.sort()
    return any(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:], strict=False))


def _stage(record: FigureRecord) -> str:
    return split_scope(record.fact.scope)[0]


def _extents(ordered: list[FigureRecord]) -> Callable[[FigureRecord], str]:
    """A figure's extent; once one figure of the group names one, a figure without covers less."""
    if not any(split_scope(r.fact.scope)[1] for r in ordered):
        return lambda record: ""
    return lambda record: split_scope(record.fact.scope)[1] or "extent not stated"


def _separating_keys(clusters, key_of: Callable[[FigureRecord], str]) -> list[str]:
    """The attribute's values in value order, if they tell the clusters apart; else []."""
    owner: dict[str, int] = {}
    for index, cluster in enumerate(clusters):
        for record in cluster:
            value = key_of(record)
            if value and owner.setdefault(value, index) != index:
                return []  # two figures that disagree share this value: it explains nothing
    return list(owner) if len(owner) > 1 else []


# Words that say a figure changed. Two reports' publication dates explain a difference only
# when the text marks time: a word of change, or a date or period given with a figure.
# Without that, a figure printed in June and another in September are two accounts of one
# thing, and the label says what else explains them, or that nothing does.
_CHANGE_RE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|revis\w*|rais\w*|increas\w*|grow|grows|grew|grown|fall|falls|fell|fallen|"
    r"cut|cuts|lower\w*|reduc\w*|trimm?\w*|expand\w*|add(?:s|ed|ing)?|extend\w*|doubl\w*|now|no longer|"
    r"up from|down from|bringing|brought|jump\w*|climb\w*|swell\w*|shr[iau]nk\w*|scal\w* (?:back|down|up)|"
    r"upgrad\w*|downgrad\w*|instead of|originally|initially|earlier plan\w*|previously|was first|"
    r"than (?:\w+ ){0,3}(?:planned|expected|budgeted|forecast)|more expensive|cheaper|over budget|overrun|"
    # a figure that will be, or has been, replaced: "preliminary turnout", "the final toll", "the
    # latest count" (not a report's: "according to a preliminary report" dates the report)
    r"(?:preliminary|provisional|final|latest|updated)(?!\s+(?:report|findings|inquiry|investigation|"
    r"hearing|ruling|judgment|verdict|review))|"
    # an estimate the text says was, or will be, replaced: "its first estimate", "the early estimate"
    r"(?:first|early|earlier|initial) (?:estimate|figure|count|assessment)s?|initial|"
    # a count that time has moved: "nine were still missing"
    r"still (?:missing|unaccounted|living|sleeping|homeless|displaced|trapped|in (?:hospital|tents|shelters)))\b",
    re.IGNORECASE,
)


# Time gone by, said anywhere in the sentence: "ten weeks after the quake", "the strike dragged
# into its third week on Friday, with 31 ships waiting": every count in it is a later one.
_TIME_GONE_BY_RE = re.compile(
    r"\b(?:(?:days|weeks|months) (?:after|later|on)|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) "
    r"(?:day|week|month)|drag\w* (?:on|into))\b",
    re.IGNORECASE,
)


def _says_changed(fact: FigureFact) -> bool:
    """A word of change in the figure's own clause: in "610,000 tickets sold, but the cost has
    risen to 1,450 million euros" the tickets did not rise."""
    sentence, offset = fact.sentence, fact.start - fact.sentence_start
    if _TIME_GONE_BY_RE.search(sentence):
        return True
    if sentence[offset : offset + len(fact.text)] != fact.text:  # no offsets to go by: the whole sentence
        return bool(_CHANGE_RE.search(sentence))
    parts = parts_of(sentence, 0, len(sentence))
    aside, index = parts.of(offset)
    if aside:
        low, high = parts.asides[index]
    else:
        bounds = (0, *parts.joints, len(sentence))
        low, high = bounds[index], bounds[index + 1]
    return bool(_CHANGE_RE.search(sentence, low, high))


def _counted_to_date(fact: FigureFact) -> bool:
    """ "143 cases since December": a count that runs up to the day it is reported."""
    return fact.period.startswith("since ")


def _stated_date_key(record: FigureRecord) -> str:
    """When a figure holds, only if its text says so: the publication date alone is no date.
    A count "since" a date holds for the day it is reported."""
    fact = record.fact
    if _counted_to_date(fact) and record.published:
        return record.published.isoformat()
    if fact.period:
        return _period_label(fact.period)
    return fact.as_of.isoformat() if fact.as_of else ""


def _date_key(record: FigureRecord) -> str:
    """When a figure holds, to the day where known ("2026-03-10"): as stated, else as published."""
    fact = record.fact
    if fact.period and not (_counted_to_date(fact) and record.published):
        return _period_label(fact.period)
    day = record.published if _counted_to_date(fact) else fact.as_of or record.published
    return day.isoformat() if day else ""


def _dates_of(ordered: list[FigureRecord], key_of: Callable[[FigureRecord], str], *, by_day: bool):
    """`key_of` to the month: a day and its month are one date. With `by_day`, a day stays a day
    ("2026-03-10" and "2026-03-14" are two: a toll of two on the Tuesday, three by the Saturday),
    unless a figure of the group is dated only to that month ("March 2026")."""
    keys = {id(record): key_of(record) for record in ordered}
    months = {key for key in keys.values() if _YEAR_MONTH_RE.fullmatch(key)} if by_day else None

    def date_of(record: FigureRecord) -> str:
        key = keys[id(record)]
        return key[:7] if _DAY_RE.fullmatch(key) and (months is None or key[:7] in months) else key

    return date_of


# A disaster's or an outbreak's tolls, which rise (or fall) from one day to the next.
_RUNNING_STATES = frozenset(
    "killed injured missing displaced hospitalised detained arrested vaccinated waiting diverted cancelled".split()
)  # the last three: what a strike or a storm holds up, counted again each day
_RUNNING_NOUNS = frozenset(("case", "death"))


# What a disaster costs, estimated and re-estimated as the damage is counted: "its first estimate
# of repair costs", then a week later "now expects repairs to cost" three times as much. A sum
# is such an estimate only when its sentence says so; a budget's cost printed twice in a month
# is two accounts of one figure.
_RUNNING_SUMS = frozenset(("cost", "damage", "loss"))
_ESTIMATED_RE = re.compile(
    r"\b(?:estimat\w*|expect\w*|puts?\b[^.;]{0,40}\bat|could (?:now )?reach|(?:has|have) (?:now )?reached|so far)",
    re.IGNORECASE,
)


def _runs_day_by_day(record: FigureRecord) -> bool:
    parts = record.fact.quantity_key.split(":")
    if parts[0] == "currency":
        return parts[-1] in _RUNNING_SUMS and bool(_ESTIMATED_RE.search(record.fact.sentence))
    return parts[-1] in _RUNNING_STATES or (len(parts) == 2 and parts[1] in _RUNNING_NOUNS)


_DAY_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR_MONTH_RE = re.compile(r"[0-9]{4}-[0-9]{2}")


def _date_label(record: FigureRecord, *, to_the_day: bool = False) -> str:
    """ "2018", "2019-04" for April 2019, "2019-09-05", the period's own words, or "published
    2024-10" ("published 2024-10-07" `to_the_day`)."""
    fact = record.fact
    published = "" if not record.published else record.published.isoformat()[: None if to_the_day else 7]
    if _counted_to_date(fact) and published:
        return f"{fact.period}, published {published}"
    if fact.period:
        return _period_label(fact.period)
    if fact.as_of:
        return fact.as_of.isoformat()
    return f"published {published}" if published else ""


def _period_label(period: str) -> str:
    month_year = _MONTH_YEAR_RE.match(period)
    if month_year:
        return f"{month_year.group(2)}-{MONTHS.index(month_year.group(1)) + 1:02d}"
    return period


def _speaker_names(ordered: list[FigureRecord]) -> dict[str, str]:
    """Map each speaker to the fullest form of the same name: "Kasymbek" -> "Zhenis Kasymbek".

    One person: a name whose words are all in the other's, or one the names half's `same_name`
    accepts (Hryhorenko / Grigorenko, al-Mabrouk / al-Mabruk). Candidates come from an index
    of folded words and the names half's blocking keys; a key shared by more than
    `_BLOCK_LIMIT` different speakers tells nobody apart and stops taking new ones, so this
    stays linear.
    """
    names = sorted({r.fact.speaker for r in ordered if _named(r.fact.speaker)}, key=lambda n: (-len(n), n))
    full: dict[str, str] = {}
    by_word: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)  # for "Kasymbek" in "Zhenis Kasymbek"
    by_key: dict[str, list[str]] = defaultdict(list)  # for same_name, which is dearer
    for name in names:
        words = frozenset(fold_words(name))
        keys = blocking_keys(name)
        same = next((kept for word in words for kept, kept_words in by_word.get(word, ()) if words <= kept_words), None)
        if same is None:
            same = next((kept for key in keys for kept in by_key.get(key, ()) if same_name(name, kept)), None)
        full[name] = same or name
        if same is None:
            _add_capped(by_word, words, (name, words))
            _add_capped(by_key, keys, name)
    return full


def _named(speaker: str) -> bool:
    """A speaker with a name ("Dragana Stojanović", "al-Mabrouk") or a public body ("the
    transport ministry"). "The company", "its chairman", "a brochure handed out at the event"
    may be the very person or body named in the other report, so they neither explain a
    difference nor rule one out."""
    words = speaker.split()
    if any(part[:1].isupper() for word in words for part in word.split("-")):
        return True
    return any(_POSSESSIVE_RE.sub("", word.lower()) in _BODIES_NAMED_BY_ROLE for word in words)


# A body that speaks for the state, never the company a story is about; and the sides of a
# dispute, a trial or a disaster that copy names by their role ("the organisers said", "the
# defence said", "the union said"): none of them is the company or person named on the other side.
_BODIES_NAMED_BY_ROLE = frozenset(
    "ministry government authority authorities council agency police army court parliament municipality "
    "administration commission regulator governor mayor "
    "organisers organizers organiser organizer union unions opposition protesters activists prosecutors "
    "prosecution prosecutor defence defense inspectors inspectorate hospital rescuers".split()
)
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def _add_capped(index: dict, keys, item) -> None:
    for key in keys:
        if len(index[key]) < _BLOCK_LIMIT:
            index[key].append(item)


def _reason(ordered: list[FigureRecord], explanations: list[tuple[FlagLabel, str]]) -> str:
    if not explanations:
        values = " vs. ".join(dict.fromkeys(r.fact.text for r in ordered))
        return (
            f"The figures disagree ({values}) and nothing in the text explains it: "
            "no difference of date, scope or speaker was found."
        )
    phrases = [phrase for _, phrase in explanations]
    sentence = phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} and {phrases[-1]}"
    return f"{sentence[0].upper()}{sentence[1:]}."
