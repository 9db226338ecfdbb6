"""The clause a figure stands in: its subject, the verb that links it to the figure, and what
the figure still needs from its neighbours.

"Total trade turnover was $10.5 billion": the subject of a linking verb names what a figure
measures; "said the total investment had reached $1.6 billion": a reporting verb opening the
clause is passed over; "police put the crowd at about 15,000": whoever puts a number on a thing
names the thing. `figure_measures`, `figure_money` and `figure_subjects` read clauses so.
"""

from __future__ import annotations

import re

from .figure_dates import MONTHS
from .figure_nouns import DETERMINERS, normalise, noun_run, phrase_before, words_after

# What the figure still needs from its neighbours; `figure_drafts` fills these in.
NEEDS_OWNER = "owner"  # "percent of them"
NEEDS_WORTH = "worth"  # "that were worth $28 billion"
NEEDS_ANTECEDENT = "antecedent"  # "the price will rise to 50 yuan"
NEEDS_COUNT = "count"  # "Five more are due" (set by figure_drafts)
NEEDS_THING = "thing"  # "put its length at about 2 kilometres": the thing measured before

OF_RE = re.compile(r"[ \t]+of[ \t]+")

PUT_AT_RE = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|valued?|values|priced?|prices)\s+(?P<np>(?:[\w'’-]+\s+){1,8}?)at\s+$",
    re.IGNORECASE,
)

LINK_RE = re.compile(
    r"\b(?P<verb>(?:(?:will|would|could|has|have|had)\s+)?(?:(?:still|also|now|only|then|already)\s+)?(?:been\s+)?"
    # "The damage is now put at €35 million", "the cost has been estimated at": the subject's figure
    r"(?:(?:(?:be|was|were|is|are)\s+(?:(?:now|still|also|only|then|already)\s+)?)?"
    r"(?:put|estimated|valued|priced|assessed|calculated)\s+at|"
    r"be|was|were|is|are|amounted to|amounts to|amount to|reached|reaches|reach|totaled|totalled|totals|"
    r"stood at|stands at|stand at|hit|topped|tops|rose to|risen to|rise to|rises to|fell to|fallen to|grew to|"
    r"grown to|increased to|dropped to|declined to|climbed to|climb to|climbs to|jumped to|came to|come to|"
    r"comes to|go up to|goes up to|stay at|stays at|stayed at|remain at|remains at|remained at|"
    r"stretches|stretch|stretched|measures|measured|spans|spanned|runs|run|ran|covers|cover|covered|"
    r"occupies|occupy|occupied|of))\s+$",
    re.IGNORECASE,
)

# A second account of a figure just given, by whoever counted it: "the prefect said 4,000 hectares
# were flooded; the mayor said her staff had counted 6,500 hectares", "2,700 homes had been
# destroyed ... his teams had counted 4,000 homes". What was counted is what the first said.
COUNTED_BEFORE_RE = re.compile(
    r"\b(?:counted|recorded|tallied|registered|measured|mapped|surveyed)\s+$", re.IGNORECASE
)

# "... would cost Rp 2.4 trillion and the jetty would be 450 metres long": "and" or "but"
# before a determiner opens the next clause, with its own subject.
CLAUSE_START_RE = re.compile(
    r"[,;:(]|\s--?\s|[—–]|\b(?:that|which|who)\b|\b(?:and|but)\s+(?=(?:the|its|their|his|her)\s)", re.IGNORECASE
)  # " - " too: "YEREVAN, July 22 - The cost of ... has climbed to", a dateline before the subject

_RELATIVE = frozenset(("that", "which", "who"))

_CONJUNCTIONS = frozenset(("and", "but", "or", "yet", "so"))

# "said the total investment had reached": the reporting verb is not the subject.
_REPORTING = frozenset(
    "said says saying told tells added adds adding noted notes noting announced announces that".split()
)

REPORTING_RE = re.compile(r"\b(?:" + "|".join(sorted(_REPORTING)) + r")\b", re.IGNORECASE)

# A time phrase right after the reporting verb is not the subject: "said on Monday its cost".
_WHEN_WORDS = frozenset("on last this yesterday today earlier later in at".split())
_TIME_OPENERS = frozenset("by on in at since until".split())
_TIME_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night noon
    midnight dawn dusk weekend week month year
    """.split()
) | {month.lower() for month in MONTHS}


def _is_time_word(word: str) -> bool:
    """ "Wednesday", "dawn", "2024": a word that opens a time phrase after "by" or "on"."""
    return word.lower() in _TIME_WORDS or word.isdigit()


def auxiliaries_start(text: str, floor: int, pos: int) -> int:
    """Where "will", "had" and the like before a verb begin ("the plant will cost")."""
    aux = re.search(r"(?:\b(?:will|would|could|may|might|has|have|had|to|also|now)\s+)+$", text[floor:pos])
    return floor + aux.start() if aux else pos


def subject_of_link(text: str, before: int, sentence: tuple[int, int]) -> str:
    link = LINK_RE.search(text, sentence[0], before)
    if not link:
        return ""
    verb_start = link.start("verb")
    if link.group("verb").lower() == "of":
        return normalise(phrase_before(text, verb_start))
    return clause_subject(text, sentence, verb_start)


def clause_subject(text: str, sentence: tuple[int, int], verb_start: int, *, through_relative: bool = True) -> str:
    """The noun phrase that opens the clause of the verb at `verb_start`.

    With `through_relative`, "X, which will stretch" answers X; without, "" (the caller
    knows better what "that were worth" refers to).
    """
    boundary = next(
        (match for match in reversed(list(CLAUSE_START_RE.finditer(text, sentence[0], verb_start)))
         if not (match.group() == "(" and ")" in text[match.end() : verb_start])),
        None,
    )  # an aside closed before the verb ("the terminal in Niš (Ниш) has risen to") opens no clause
    clause_start = boundary.end() if boundary else sentence[0]
    words = [w for w in words_after(text, clause_start, limit=12) if w.end <= verb_start]
    # "Park said (that) the total investment had reached", "The developer of a plant in Darkhan
    # (Дархан) said on Monday its cost had risen": the reported clause's subject, even past an aside.
    reported = list(REPORTING_RE.finditer(text, clause_start, verb_start))
    if reported:
        told = reported[-1].group().lower() in ("told", "tells")
        words = [w for w in words_after(text, reported[-1].end(), limit=12) if w.end <= verb_start]
        if words and words[0].lower in _WHEN_WORDS:  # "said on Monday its cost had risen"
            words = next((words[i:] for i, w in enumerate(words[:5]) if w.lower in DETERMINERS), words)
        if told:  # "told reporters the cost had reached": the listeners are not the subject
            words = next((words[i:] for i, w in enumerate(words) if w.lower in DETERMINERS), [])
    if words and words[0].lower in _TIME_OPENERS and words[1:2] and _is_time_word(words[1].text):
        # "By Wednesday evening the new lava field covered 4 square kilometres": the subject
        # comes after the time phrase
        words = next((words[i:] for i, w in enumerate(words[:6]) if w.lower in DETERMINERS), words)
    while words and (words[0].lower in DETERMINERS or words[0].lower in _CONJUNCTIONS):
        words = words[1:]
    run = noun_run(words)
    if run:
        return normalise(run)
    if through_relative and boundary and boundary.group().lower() in _RELATIVE:
        # "the ... Highway, which will stretch": the thing is named before the relative pronoun.
        comma = text.rfind(",", sentence[0], boundary.start())
        end = comma if comma >= 0 and not text[comma + 1 : boundary.start()].strip() else boundary.start()
        return normalise(phrase_before(text, end))
    return ""
