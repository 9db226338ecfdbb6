"""Date words in news copy, resolved against the publication date.

A figure holds for a date or a period: "last year" in a 2019 article is 2018,
"on September 5" is 2019-09-05, "the first three quarters of 2018" is a period of
2018. `find_dates` returns every such expression with its offsets; `figures` masks
them (a year is not a figure) and hands each figure the nearest one.

Convention: `as_of` is the first day of the period ("2018" -> 2018-01-01,
"April 2019" -> 2019-04-01); `period` is the human label, empty for a single day.
Without a publication date, relative words ("last year") keep their words as the
period and get no `as_of`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .numbers import parse_number_words

MONTHS = ("January February March April May June July August September October November December").split()
_MONTH_NUMBER = {name.lower(): i for i, name in enumerate(MONTHS, 1)}
_MONTH_NUMBER.update({name[:3].lower(): i for i, name in enumerate(MONTHS, 1)})
_MONTH_NUMBER["sept"] = 9
# Month names stay case-sensitive: "may" and "march" are also verbs.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"  # fmt: skip
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
_NUM_WORD = r"(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
_I = r"(?i:{})"  # case-insensitive island inside a case-sensitive pattern

# Alternatives, tried left to right at each position; the longest match wins overall.
_PATTERNS = {
    "day": rf"\b(?:{_I.format('on')}\s+)?(?P<d_month>{_MONTH})\.?\s+(?P<d_day>[0-9]{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<d_year>{_YEAR})\b)?",
    "day_first": rf"\b(?P<f_day>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<f_month>{_MONTH})\b"
    rf"(?:,?\s+(?P<f_year>{_YEAR})\b)?",
    "month_year": rf"\b(?:(?P<m_mod>{_I.format('early|mid|late')})[\s-]+)?(?P<m_month>{_MONTH})\.?,?\s+"
    rf"(?P<m_year>{_YEAR})\b",
    "bare_month": rf"\b(?P<b_prep>{_I.format('in|by|until|since|last|next|this')})\s+(?P<b_month>{_MONTH})\b"
    rf"(?!\.?\s+[0-9])",
    "part": rf"\b{
        _I.format(
            r'(?:the\s+)?(?P<p_part>(?:first|second|third|fourth|last)\s+'
            r'(?:(?:two|three|four|six|nine)\s+)?(?:quarters?|half|months?))\s+of'
        )
    }"
    rf"\s+(?P<p_year>{_YEAR})\b",
    "span": rf"\b{_I.format('(?:between|from)')}\s+(?P<s_from>{_YEAR})\s*(?:to|and|-|–)\s*(?P<s_to>{_YEAR})\b",
    "since": rf"\b(?P<n_prep>{_I.format('since')})\s+(?P<n_year>{_YEAR})\b",
    "decade": rf"\b(?:(?P<c_mod>{_I.format('early|mid|late')})[\s-]+)?(?P<c_decade>1[89][0-9]0|20[0-9]0)['’]?s\b",
    "relative": rf"\b(?P<r_rel>{_I.format('last|this|next|past')})\s+(?P<r_unit>{_I.format('year|month|week')})\b",
    "ago": rf"\b(?P<a_n>{_I.format(_NUM_WORD)})\s+(?P<a_unit>{_I.format('years?|months?')})\s+"
    rf"(?P<a_dir>{_I.format('ago|later|earlier')})\b",
    "year": rf"(?<![0-9A-Za-z$€£.,-])(?:(?P<y_mod>{_I.format('early|mid|late')})[\s-]+)?(?P<y_year>{_YEAR})"
    r"(?![0-9A-Za-z]|[.,][0-9]|\s*(?:%|percent|per cent|km|kilomet|miles|met(?:er|re)s|thousand|million|billion))",
}
_DATE_RE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _PATTERNS.items()))
# "by December" in a September article is ahead; "on December 5" in one is last year's.
_FUTURE_HINT = re.compile(r"\b(?:will|by|until|next|due|scheduled|expected|plans?)\b", re.IGNORECASE)
_PART_START = {"first": 1, "second": 4, "third": 7, "fourth": 10}  # x-th unit: index * unit length


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    as_of: date | None
    period: str
    year_based: bool = False  # a year the story names: "two years later" counts from it
    offset: bool = False  # "a year earlier", "three years ago": dates one event, the figure right by it


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against `published`."""
    mentions: list[DateMention] = []
    for match in _DATE_RE.finditer(text):
        kind = match.lastgroup
        resolver = _RESOLVERS[kind]  # type: ignore[index]
        as_of, period = resolver(match, text, published, mentions)
        year_based = kind in ("year", "month_year", "part")
        mentions.append(DateMention(match.start(), match.end(), as_of, period, year_based, kind == "ago"))
    return mentions


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # "February 30": a typo, not a date we can place
        return None


def _month(name: str) -> int:
    return _MONTH_NUMBER[name.lower().rstrip(".")]


def _year_for_month(month: int, day: int, text: str, start: int, published: date) -> int:
    """The publication year, or the year before when the date would lie ahead of a past-tense report."""
    candidate = _safe_date(published.year, month, min(day, 28))
    if candidate and candidate > published and not _FUTURE_HINT.search(text, max(0, start - 40), start):
        return published.year - 1
    return published.year


def _day(match, text, published, _mentions):
    month, day = _month(match["d_month"] or match["f_month"]), int(match["d_day"] or match["f_day"])
    year_text = match["d_year"] or match["f_year"]
    label = f"{MONTHS[month - 1]} {day}"
    if year_text:
        return _safe_date(int(year_text), month, day), ""
    if published is None:
        return None, label
    return _safe_date(_year_for_month(month, day, text, match.start(), published), month, day), ""


def _month_year(match, _text, _published, _mentions):
    month, year = _month(match["m_month"]), int(match["m_year"])
    modifier = f"{match['m_mod'].lower()} " if match["m_mod"] else ""
    return date(year, month, 1), f"{modifier}{MONTHS[month - 1]} {year}"


def _bare_month(match, text, published, _mentions):
    prep, month = match["b_prep"].lower(), _month(match["b_month"])
    name = MONTHS[month - 1]
    if published is None:
        return None, f"{prep} {name}"
    if prep == "last":
        year = published.year if month < published.month else published.year - 1
    elif prep == "next":
        year = published.year if month > published.month else published.year + 1
    elif prep in ("by", "until"):  # a deadline lies ahead of the story
        year = published.year if month >= published.month else published.year + 1
    else:
        year = _year_for_month(month, 1, text, match.start(), published)
    label = f"{name} {year}" if prep in ("in", "last", "next", "this") else f"{prep} {name} {year}"
    return date(year, month, 1), label


def _part(match, _text, _published, _mentions):
    """ "the first three quarters of 2018" starts in January; "the second half of 2018" in July."""
    part = " ".join(match["p_part"].lower().split())
    year = int(match["p_year"])
    words = part.split()
    ordinal, unit = words[0], words[-1].rstrip("s")
    count = int(parse_number_words(words[1]) or 1) if len(words) == 3 else 1
    months_per_unit = {"quarter": 3, "half": 6, "month": 1}[unit]
    if ordinal == "last":
        month = 13 - count * months_per_unit
    else:
        month = 1 + (_PART_START[ordinal] - 1) // 3 * months_per_unit if count == 1 else 1
    return date(year, max(1, month), 1), f"{part} of {year}"


def _span(match, _text, _published, _mentions):
    return date(int(match["s_from"]), 1, 1), f"{match['s_from']}–{match['s_to']}"


def _since(match, _text, _published, _mentions):
    return date(int(match["n_year"]), 1, 1), f"since {match['n_year']}"


def _decade(match, _text, _published, _mentions):
    modifier = f"{match['c_mod'].lower()} " if match["c_mod"] else ""
    return date(int(match["c_decade"]), 1, 1), f"{modifier}{match['c_decade']}s"


def _relative(match, _text, published, _mentions):
    rel, unit = match["r_rel"].lower(), match["r_unit"].lower()
    if published is None:
        return None, f"{rel} {unit}"
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        return date(published.year + step, 1, 1), str(published.year + step)
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        year, month = divmod(month_index, 12)
        return date(year, month + 1, 1), f"{MONTHS[month]} {year}"
    return published + timedelta(weeks=step), ""


def _ago(match, text, published, mentions):
    """ "three years ago" counts back from publication; "two years later" from the year just named."""
    amount = match["a_n"].lower()
    n = int(amount) if amount.isdigit() else int(parse_number_words("a" if amount == "an" else amount) or 1)
    unit, direction = match["a_unit"].lower(), match["a_dir"].lower()
    if not unit.startswith("year"):
        return None, " ".join(match.group().split())
    if direction == "ago":
        if published is None:
            return None, " ".join(match.group().split())
        return date(published.year - n, 1, 1), str(published.year - n)
    anchor = None
    for mention in reversed(mentions):  # the year named just before, within 120 characters
        if match.start() - mention.end >= 120:
            break
        if mention.year_based and mention.as_of:
            anchor = mention
            break
    # Without a year just named, "a year earlier" counts from the story's own time: its publication.
    base = anchor.as_of.year if anchor and anchor.as_of else published.year if published else None
    if base is None:
        return None, " ".join(match.group().split())
    year = base + (n if direction == "later" else -n)
    return date(year, 1, 1), str(year)


def _year(match, _text, _published, _mentions):
    year = int(match["y_year"])
    modifier = f"{match['y_mod'].lower()} " if match["y_mod"] else ""
    return date(year, 1, 1), f"{modifier}{year}"


_RESOLVERS = {
    "day": _day,
    "day_first": _day,
    "month_year": _month_year,
    "bare_month": _bare_month,
    "part": _part,
    "span": _span,
    "since": _since,
    "decade": _decade,
    "relative": _relative,
    "ago": _ago,
    "year": _year,
}
