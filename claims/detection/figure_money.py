"""What a sum of money measures, as business and news copy word it (rules 3, 4, 5, 10 and 11
of `figure_measures`): what a thing is worth, what it costs, what someone put it at or changed
it to, a fee, a loss, an offer, a price paid, a sum budgeted.
"""

from __future__ import annotations

import re

from .figure_clauses import NEEDS_ANTECEDENT, NEEDS_THING, NEEDS_WORTH, OF_RE, PUT_AT_RE, auxiliaries_start, clause_subject
from .figure_nouns import lemma, normalise, phrase_after, phrase_before

FEES = {"admission": "admission cost", "ticket": "admission cost", "entry": "admission cost",
        "entrance": "admission cost", "fare": "fare", "fee": "fee"}  # fmt: skip

# Nouns that already are sums of money: "trade was worth $10.5 billion" is the trade, not its value.
_AMOUNTS = frozenset(
    ("trade turnover", "debt", "cost", "budget", "revenue", "loan", "investment", "output", "export", "import")
)

GENERIC_MONEY_NOUNS = frozenset("price cost sum figure amount total value".split())

_WORTH_RE = re.compile(
    r"(?:\b(?P<copula>is|was|were|are|be|been|being)\s+)?\bworth(?:\s+(?:a\s+total\s+of|in\s+total))?\s*$",
    re.IGNORECASE,
)

_COST_RE = re.compile(r"\b(?:costs?|costing)\s+$", re.IGNORECASE)

_BUILT_FOR_RE = re.compile(
    r"\b(?:buil[dt]|construct|erect|put\s+up|upgrad|moderni[sz]|renovat|refurbish)\w*\b[^.;]{0,100}?\bfor\s+"
    r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)

# A sum someone lost, or that something cost a payer who did not choose to pay it: a loss.
LOSS_RE = re.compile(
    r"\b(?:lost|lose|loses|losing|cost\s+(?:the\s+)?(?:state|taxpayers?|treasury|government|public\s+purse|economy))\s+$",
    re.IGNORECASE,
)

_COST_OF_RE = re.compile(r"\bcost\s+(?:of|at)\s+$", re.IGNORECASE)

# "raised the contract to ¥8.1 billion", "cut the fare to 300 kyat": the thing changed is named
# between the verb and "to".
_CHANGED_TO_RE = re.compile(
    r"\b(?:rais|increas|lift|cut|lower|reduc|hik|push|revis|adjust|doubl|trim|slash)\w*\s+"
    r"(?P<np>(?:[\w'’-]+\s+){1,6}?)(?:up\s+|down\s+)?to\s+$",
    re.IGNORECASE,
)

# "will build a €6.5 million cracking plant", "is building a $40 million bridge": a sum before
# the thing being built is what it costs, whatever the thing is called.
BUILD_A_RE = re.compile(
    r"\b(?:build|builds|building|built|construct(?:s|ed|ing)?|erect(?:s|ed|ing)?|put(?:s|ting)?\s+up)\s+"
    r"(?:a|an)\s+(?:new\s+)?$",
    re.IGNORECASE,
)


def unless_generic(noun: str) -> tuple[str, str]:
    """A bare "price" or "cost" names the money figure before it; failing that, only "cost" stands alone."""
    if noun in GENERIC_MONEY_NOUNS:
        return ("cost" if noun == "cost" else ""), NEEDS_ANTECEDENT
    return FEES.get(noun, noun), ""


def worth(text: str, before: int, sentence: tuple[int, int]) -> tuple[str, str] | None:
    match = _WORTH_RE.search(text, sentence[0], before)
    if not match:
        return None
    if match.group("copula"):  # "Trade between the two countries was worth $10.5 billion"
        owner = clause_subject(text, sentence, match.start(), through_relative=False)
    else:  # "a contract worth", "51 joint projects worth", "The project, worth $1.2bn, ..."
        owner = normalise(phrase_before(text, match.start()))
        aside = re.search(r",\s*$", text[sentence[0] : match.start()])
        if not owner and aside:
            owner = normalise(phrase_before(text, sentence[0] + aside.start()))
    if owner:
        return (owner if owner in _AMOUNTS else f"{owner} value"), ""
    return "", NEEDS_WORTH  # "Worth a total of $3.9 billion, the 15 projects ...", "projects that were worth"


def cost(text: str, before: int, sentence: tuple[int, int]) -> tuple[str, str] | None:
    """ "Admission costs 30 yuan" is a fee; "the plant will cost $310 million" is the cost,
    and so is "will build a plant ... for $23 million"."""
    if _COST_OF_RE.search(text, sentence[0], before) or _BUILT_FOR_RE.search(text, sentence[0], before):
        return "cost", ""
    match = _COST_RE.search(text, sentence[0], before)
    someone = None if match else _COST_SOMEONE_RE.search(text, max(sentence[0], before - 60), before)
    if not (match or someone):
        return None
    payer_end = auxiliaries_start(text, sentence[0], (match or someone).start())
    payer = normalise(phrase_before(text, payer_end), head_only=True)
    if not payer:  # "Tickets for the match on January 31 will cost": the clause's subject pays
        payer = clause_subject(text, sentence, payer_end).rpartition(" ")[2]
    if someone and payer in _DISRUPTIONS:
        return "loss", ""  # "the stoppage had cost the company VND 14bn"
    return FEES.get(payer, "cost"), ""

# What a disruption costs someone is a loss, not a price: "the stoppage had cost the company VND 14bn".
_COST_SOMEONE_RE = re.compile(r"\bcost(?:s|ing)?\s+(?:it|them|us|him|her|(?:the\s+|its\s+|their\s+)?[\w'’-]+)\s+$",
                              re.IGNORECASE)

_DISRUPTIONS = frozenset(
    "strike stoppage walkout shutdown closure fire flood flooding quake earthquake outage blockade delay attack "
    "collapse war protest lockdown dispute drought storm cyclone typhoon hurricane blackout".split()
)

# What changes hands: "agreed to sell the striker to a Malaysian club for $3.2 million", "paying
# the club $2.4 million", "bought the mill for €4 million": the price, when no noun says otherwise.
SALE_RE = re.compile(
    r"\b(?:sell|sells|sold|selling|buy|buys|bought|buying|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\b"
    r"[^.;]{0,80}?\bfor\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|a\s+reported\s+)?$"
    r"|\b(?:pay|pays|paid|paying)\s+(?:[A-Z][\w'’-]*\s+){1,4}$",
    re.IGNORECASE,
)

# One side's offer in a negotiation is not what is agreed, nor what the other side asks for.
OFFER_RE = re.compile(
    r"\boffer(?:s|ed|ing)?\s+(?:(?:a|an|them|workers|staff|the\s+\w+)\s+)?$"
    r"|\boffer\b[^.;,]{0,40}?\bto\s+(?:a|an)\s+$",
    re.IGNORECASE,
)

# "The city has budgeted Rp 120 billion for the work": what the work will cost.
BUDGETED_RE = re.compile(r"\bbudget(?:s|ed|ing)?\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$",
                          re.IGNORECASE)


def _named_by(pattern: re.Pattern[str]):
    """A rule for a thing named between a verb and the figure: "put the cost at", "raised the
    fare to". The pattern's group "np" holds the noun phrase."""

    def rule(text: str, before: int, sentence: tuple[int, int]) -> tuple[str, str] | None:
        match = pattern.search(text, sentence[0], before)
        if not match:
            return None
        # The verb nearest the figure: in "the early estimate put the damage at", "estimate" is no verb.
        while nearer := pattern.search(text, match.start() + 1, before):
            if phrase_after(text, nearer.start("np")):  # not "estimate of the damage at"
                match = nearer
            else:
                break
        words = phrase_after(text, match.start("np"))
        noun = normalise(words)
        if noun in _ATTRIBUTES and _OWNED_RE.match(text, match.start("np")):
            return "", NEEDS_THING  # "its length": the length of what the copy measured before
        if words and lemma(words[-1].text) in _ESTIMATES:
            # "put its first estimate of the damage at": the estimate is of the damage
            of = OF_RE.match(text, words[-1].end)
            noun = normalise(phrase_after(text, of.end())) if of else noun
        return unless_generic(noun) if noun else None

    return rule

_ESTIMATES = frozenset("estimate assessment valuation figure".split())

_ATTRIBUTES = frozenset("length width height depth size area extent".split())

_OWNED_RE = re.compile(r"(?:its|their)\s", re.IGNORECASE)


put_at = _named_by(PUT_AT_RE)


changed_to = _named_by(_CHANGED_TO_RE)
