"""What a money sum, a percentage or a measure measures.

Rules, tried in this order (the first that finds a noun phrase wins):

1. percent "of" a thing: "20 percent of Kazakhstan's oil" -> "oil share",
   "16 percent of Kazakhstan's imports" -> "import share" (owners dropped, so two
   sources naming the owner differently still meet). "95 percent of them" -> the
   counted noun of the figure before it ("job share"), filled in by `figure_drafts`.
2. power and energy: "capacity" and "output" of the plant the story is about (a 120 MW
   hydropower plant, the park will have a capacity of 120 megawatts, total capacity of 210
   megawatts), unless the words name another thing: storage ("a battery station of 120
   megawatts" -> "storage capacity"), a source's capacity across a place ("installed
   solar capacity in Uzbekistan reached 2,400 megawatts" -> "solar capacity"), or a part
   of the plant ("each 30 MW turbine" -> "turbine"), or a whole country's ("the
   country's capacity" -> "national capacity"). The thing is read like any other: after
   the unit ("of wind capacity" too), before "of", or the subject of a linking verb.
2b. area: what covers it; a plant, factory or site is the site ("the factory covers 48
   hectares" and "the site covers 62 hectares" -> "site"), and so is the area something is
   built on ("build the terminal on 42 hectares of farmland"); anything else keeps its name
   ("a testing ground of 15 hectares", "1,800 hectares of walnut orchards").
3. "worth" a sum: the thing before "worth" ("the contract is worth" -> "contract
   value", "51 joint projects worth" -> "project value"); after a relative pronoun or
   at the start of a sentence, the counted noun of the nearest count.
4. what a thing costs: "X costs $N" and "the cost of X" -> "cost", the cost of what
   the story is about; a fee ("admission costs 30 yuan", "tickets cost") -> "admission cost".
5. "put/estimated the debt at $N" -> "debt".
6. a noun right after the unit: "$1 trillion worldwide infrastructure program" ->
   "infrastructure program", "a 5 percent stake" -> "stake", "a $9 million washing and
   grading plant" -> "grading plant" (two modifiers of one head); a time phrase ("last
   season") is not a thing.
7. money and percent "in"/"of" a thing: "$20 billion in trade volume" -> "trade
   turnover" (trade, trade volume and trade turnover are one quantity). For measures
   "of" names the stuff ("cubic meters of water"), not the quantity: skipped.
8. "into" a thing: "poured $100 billion a year into the ... megaproject" ->
   "investment in megaproject". A sum invested or spent ("will invest $1.2 billion in the
   plant", "had spent $1.6 billion on the site") is an investment in what follows "in",
   "on" or "into"; in the plant or site the story is about it is plain "investment",
   which is also what "the total investment in the plant had reached $1.6 billion" reads.
9. the subject of a linking verb before it: "Total trade turnover was $10.5 billion"
   -> "trade turnover", "Kazakhstan's debt to China in 2018 was about $12.3 billion"
   -> "debt", "a land border of some 1,700 kilometers" -> "land border",
   "the ... Highway, which will stretch 8,845 kilometers" -> the highway's name. A
   reporting verb opening the clause is passed over ("said the total investment had
   reached $1.6 billion" -> "investment").

10. what the project the story is about costs is one quantity however it is worded: "the
   plant will cost $145 million", "the budget for the plant rose to $180 million", "will
   invest $1.2 billion in the plant" and "a $145m bus factory" are all "cost". A sum put
   into the things the project buys ("invest VND1.1 trillion in eight ferries") is the
   project's too, and so is a sum before anything being built ("will build a €6.5 million
   cracking and sorting plant", "will build a $40 million bridge"). Fees, fares, revenue,
   loans and the value of a contract stay apart.

11. news wordings: one side's offer ("offered a 6 percent pay rise", "raised its offer to a
   7 percent rise") is "offer"; money that changes hands ("sell the striker for $3.2 million",
   "paying the club $2.4 million") is "price" when no noun says otherwise; a sum budgeted
   ("has budgeted Rp 120 billion for the work") is the cost; what a disruption costs someone
   ("the stoppage had cost the company VND 14bn") is a "loss"; a distance down ("380 metres
   below the surface", "a depth of 12 kilometres") is a "depth".

A bare "price", "cost", "sum" or "figure" that is not a fee takes the noun of the money
figure before it in the sentence ("Tickets cost 30 yuan, but the price will rise").
Anything else measures "" and is never compared.
"""

from __future__ import annotations

import re

from .figure_nouns import (
    DETERMINERS,
    Word,
    lemma,
    normalise,
    noun_run,
    phrase_after,
    phrase_before,
    words_after,
)

# What the figure still needs from its neighbours; `figure_drafts` fills these in.
NEEDS_OWNER = "owner"  # "percent of them"
NEEDS_WORTH = "worth"  # "that were worth $28 billion"
NEEDS_ANTECEDENT = "antecedent"  # "the price will rise to 50 yuan"
NEEDS_COUNT = "count"  # "Five more are due" (set by figure_drafts)
NEEDS_THING = "thing"  # "put its length at about 2 kilometres": the thing measured before

_LOOKBACK = 200
_DEFAULT_NOUNS = {"power": "capacity", "energy": "output"}
_FEES = {"admission": "admission cost", "ticket": "admission cost", "entry": "admission cost",
         "entrance": "admission cost", "fare": "fare", "fee": "fee"}  # fmt: skip
# Nouns that already are sums of money: "trade was worth $10.5 billion" is the trade, not its value.
_AMOUNTS = frozenset(
    ("trade turnover", "debt", "cost", "budget", "revenue", "loan", "investment", "output", "export", "import")
)
# The money a project takes, however the copy words it (rule 10).
_CAPITAL = frozenset(("cost", "budget", "investment", "total investment", "total cost", "project cost"))
_GENERIC = frozenset("price cost sum figure amount total value".split())
# The plant, park or site a story is about: its capacity is "capacity", its area "site".
FACILITIES = frozenset(
    "plant park farm station facility factory complex project dam site works mill terminal yard shipyard depot "
    "refinery smelter hub warehouse jetty".split()
)
# ... but a national park or a car park is a place of its own.
_NOT_PLANTS = frozenset("national nature natural theme amusement public city car safari industrial".split())
# What a plant's capacity or output is called; with another word before it, it is a source's
# capacity across a place ("solar capacity"), unless that word only describes the plant's.
_PLANT_MEASURES = frozenset("capacity output generation production power electricity".split())
# A whole country's or the world's capacity, whoever owns the plants.
_WIDE_OWNER_RE = re.compile(r"\b(?:country|nation|world|region)['’]s\b", re.IGNORECASE)
_PLANT_WORDS = frozenset("installed rated peak maximum designed nameplate planned generating".split())
_STORAGE = frozenset("battery storage".split())

_OF_RE = re.compile(r"[ \t]+of[ \t]+")
_PRONOUN_RE = re.compile(r"(?:them|these|those|it|this|that)\b", re.IGNORECASE)
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
_LOSS_RE = re.compile(
    r"\b(?:lost|lose|loses|losing|cost\s+(?:the\s+)?(?:state|taxpayers?|treasury|government|public\s+purse|economy))\s+$",
    re.IGNORECASE,
)
# A figure set against the one before it: it measures what that one measures.
_INSTEAD_RE = re.compile(r"(?:,\s*|\b)(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_COST_OF_RE = re.compile(r"\bcost\s+(?:of|at)\s+$", re.IGNORECASE)
_PUT_AT_RE = re.compile(
    r"\b(?:put|puts|putting|estimated?|estimates|valued?|values|priced?|prices)\s+(?P<np>(?:[\w'’-]+\s+){1,8}?)at\s+$",
    re.IGNORECASE,
)
# "raised the contract to ¥8.1 billion", "cut the fare to 300 kyat": the thing changed is named
# between the verb and "to".
_CHANGED_TO_RE = re.compile(
    r"\b(?:rais|increas|lift|cut|lower|reduc|hik|push|revis|adjust|doubl|trim|slash)\w*\s+"
    r"(?P<np>(?:[\w'’-]+\s+){1,6}?)(?:up\s+|down\s+)?to\s+$",
    re.IGNORECASE,
)
# "will build a €6.5 million cracking plant", "is building a $40 million bridge": a sum before
# the thing being built is what it costs, whatever the thing is called.
_BUILD_A_RE = re.compile(
    r"\b(?:build|builds|building|built|construct(?:s|ed|ing)?|erect(?:s|ed|ing)?|put(?:s|ting)?\s+up)\s+"
    r"(?:a|an)\s+(?:new\s+)?$",
    re.IGNORECASE,
)
# An area something is built on, or spreads over, is its site.
_BUILT_ON_RE = re.compile(
    r"\b(?:buil[dt]|put\s+up|erect|construct|locat|sit|stand|lie|spread|develop)\w*\b[^.;]{0,60}?"
    r"\b(?:on|over|across)\s+(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$",
    re.IGNORECASE,
)
_FROM_RE = re.compile(r"\b(?:from|compared (?:with|to)|against)\s+$", re.IGNORECASE)
_IN_RE = re.compile(r"[ \t]+(?:in|of)[ \t]+")
_INTO_RE = re.compile(r"(?:[ \t]+(?:a|per|each|every)[ \t]+(?:year|month))?[ \t]+into[ \t]+")
_LINK_RE = re.compile(
    r"\b(?P<verb>(?:(?:will|would|could|has|have|had)\s+)?(?:(?:still|also|now|only|then|already)\s+)?(?:been\s+)?"
    r"(?:be|was|were|is|are|amounted to|amounts to|amount to|reached|reaches|reach|totaled|totalled|totals|"
    r"stood at|stands at|stand at|hit|topped|tops|rose to|risen to|rise to|rises to|fell to|fallen to|grew to|"
    r"grown to|increased to|dropped to|declined to|climbed to|climb to|climbs to|jumped to|came to|come to|"
    r"comes to|go up to|goes up to|stay at|stays at|stayed at|remain at|remains at|remained at|"
    r"stretches|stretch|stretched|measures|measured|spans|spanned|runs|run|ran|covers|cover|covered|"
    r"occupies|occupy|occupied|of))\s+$",
    re.IGNORECASE,
)
# "... would cost Rp 2.4 trillion and the jetty would be 450 metres long": "and" or "but"
# before a determiner opens the next clause, with its own subject.
_CLAUSE_START_RE = re.compile(
    r"[,;:(]|\s--?\s|[—–]|\b(?:that|which|who)\b|\b(?:and|but)\s+(?=(?:the|its|their|his|her)\s)", re.IGNORECASE
)  # " - " too: "YEREVAN, July 22 - The cost of ... has climbed to", a dateline before the subject
_RELATIVE = frozenset(("that", "which", "who"))
_CONJUNCTIONS = frozenset(("and", "but", "or", "yet", "so"))
# "said the total investment had reached": the reporting verb is not the subject.
_REPORTING = frozenset(
    "said says saying told tells added adds adding noted notes noting announced announces that".split()
)
_REPORTING_RE = re.compile(r"\b(?:" + "|".join(sorted(_REPORTING)) + r")\b", re.IGNORECASE)
# A time phrase right after the reporting verb is not the subject: "said on Monday its cost".
_WHEN_WORDS = frozenset("on last this yesterday today earlier later in at".split())


def measured_noun(text: str, before: int, after: int, sentence: tuple[int, int], unit: str, in_date) -> tuple[str, str]:
    """(noun, need) for the figure whose qualifier starts at `before` and whose unit ends at `after`.

    `in_date(offset)` says whether an offset lies inside a date expression ("in 2017" is not a thing).
    """
    noun, need = _measured_noun(text, before, after, sentence, unit, in_date)
    if unit.startswith("currency") and (noun in _CAPITAL or is_plant(noun)):
        return "cost", need  # see rule 10
    return noun, need


def _measured_noun(text: str, before: int, after: int, sentence: tuple[int, int], unit: str, in_date):
    # Only the words shortly before the figure can name it; the bound keeps huge "sentences" (tables) linear.
    sentence = (max(sentence[0], before - _LOOKBACK), sentence[1])
    dimension = unit.split(":")[0].split("/")[0]
    if dimension == "percent":
        found = _percent_of(text, after) or _held_share(text, before, sentence)
        if found:
            return found
    if dimension in _HELD:
        found = _capacity_of(text, before, sentence) or _throughput(text, before, after)
        if found:
            return found, ""
    if dimension == "speed":
        return _speed_of(text, before, after, sentence), ""
    if dimension in _DEFAULT_NOUNS:
        if _WIDE_OWNER_RE.search(text, max(sentence[0], before - 80), before):
            return f"national {_DEFAULT_NOUNS[dimension]}", ""  # "the country's capacity reached 20 GW"
        thing = _attributive(text, after, in_date) or _stuff(text, after, in_date) or _subject(text, before, sentence)
        return _plant_measure(thing, _DEFAULT_NOUNS[dimension]), ""
    if dimension == "distance" and (_DEPTH_BEFORE_RE.search(text, max(sentence[0], before - 40), before)
                                    or _DEPTH_AFTER_RE.match(text, after)):
        return "depth", ""  # "at a depth of less than 10 kilometres", "380 metres below the surface"
    if dimension == "currency" and _LOSS_RE.search(text, sentence[0], before):
        return "loss", ""  # "the state lost €31 million", "cost the state €48 million"
    if dimension in ("percent", "currency") and _OFFER_RE.search(text, max(sentence[0], before - 80), before):
        return "offer", ""  # "offered a 6 percent pay rise", "raised its offer to a 7 percent rise"
    for rule in (_worth, _cost, _put_at, _changed_to):
        found = rule(text, before, sentence)
        if found:
            return found
    if _INSTEAD_RE.search(text, sentence[0], before):  # "no more than €9 million, not the €48 million claimed"
        return "", NEEDS_ANTECEDENT
    if dimension == "currency" and _INVEST_RE.search(text, sentence[0], before):
        return _investment_in(text, after), ""
    if dimension == "currency" and (_BUILD_A_RE.search(text, sentence[0], before)
                                    or _BUDGETED_RE.search(text, max(sentence[0], before - 40), before)):
        return "cost", ""
    if dimension == "area" and _BUILT_ON_RE.search(text, sentence[0], before):
        return "site", ""  # "build the terminal on 42 hectares of farmland": the site, not the farmland
    for rule in _RULES_AFTER.get(dimension, (_attributive,)):
        noun = rule(text, after, in_date)
        if noun:
            return noun, ""
    if dimension == "currency" and _SALE_RE.search(text, max(sentence[0], before - 160), before):
        return "price", ""
    if _FROM_RE.search(text, sentence[0], before):  # "down from 5.6 percent": what the sentence just measured
        return "", NEEDS_ANTECEDENT
    noun, need = _unless_generic(_subject(text, before, sentence))
    if dimension == "area" and (is_plant(noun) or (not noun and _BUILT_ON_RE.search(text, sentence[0], before))):
        return "site", need  # "the terminal will occupy 24 hectares", "build the terminal on 42 hectares"
    return noun, need


# "raised its stake to 49 percent", "a holding of 35 percent": the share is named before the figure.
_HELD_SHARE_RE = re.compile(r"\b(?P<np>(?:[\w'’-]+\s+){0,2}?(?:stake|holding|shareholding|share))\s+(?:to|of|at|from)\s+$",
                            re.IGNORECASE)
# Measures that fill something: "a silo with a capacity of 48,000 tonnes", "a grain silo for 84,000 tonnes".
_HELD = frozenset(("mass", "volume"))
_WITH_CAPACITY_RE = re.compile(
    r"\b(?:with|has|have|had|having)\s+(?:a|an|the)?\s*(?:total\s+|storage\s+)?capacity\s+(?:of|for)\s+$",
    re.IGNORECASE,
)
_CONTAINER_FOR_RE = re.compile(r"\s+for\s+$", re.IGNORECASE)
_CONTAINERS = frozenset("silo warehouse tank reservoir elevator store depot shed hold bunker".split())


def _held_share(text: str, before: int, sentence: tuple[int, int]) -> tuple[str, str] | None:
    match = _HELD_SHARE_RE.search(text, sentence[0], before)
    if not match:
        return None
    noun = normalise(phrase_before(text, match.end("np")))
    if not noun:
        return None
    return (noun if noun.endswith(("share", "stake")) else f"{noun} share"), ""


def _capacity_of(text: str, before: int, sentence: tuple[int, int]) -> str:
    """ "A silo with a capacity of 48,000 tonnes" -> "silo capacity"; the plant's own is "capacity"."""
    match = _WITH_CAPACITY_RE.search(text, sentence[0], before)
    if match:
        owner = normalise(phrase_before(text, match.start()), head_only=True)
        return "capacity" if not owner or is_plant(owner) else f"{owner} capacity"
    match = _CONTAINER_FOR_RE.search(text, sentence[0], before)
    if match:
        owner = normalise(phrase_before(text, match.start()), head_only=True)
        if owner in _CONTAINERS:
            return f"{owner} capacity"
    return ""


# "will process 600 tonnes of grain a day": what a plant takes in or turns out in a day is its capacity.
_THROUGHPUT_RE = re.compile(
    r"\b(?:process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|treat(?:s|ed|ing)?|produc(?:e|es|ed|ing)|mill(?:s|ed|ing)?|"
    r"crush(?:es|ed|ing)?|refin(?:e|es|ed|ing)|desalinat(?:e|es|ed|ing)|turn(?:s|ed|ing)?\s+out|"
    r"load(?:s|ed|ing)?|ship(?:s|ped|ping)?|mov(?:e|es|ed|ing)|pack(?:s|ed|ing)?)\s+(?:(?:up\s+to|about|some|around|nearly|"
    r"more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def _throughput(text: str, before: int, after: int) -> str:
    if not _THROUGHPUT_RE.search(text, max(0, before - 40), before):
        return ""
    # A mass or volume without a rate is read as yearly (see `figures._key_unit`), so a
    # site that "handles 11,000 tonnes" meets a plant that "processes 4,000 tonnes a year".
    return "capacity"


def is_plant(noun: str) -> bool:
    """ "plant", "hydropower plant", "site": the plant or site a story is about; not "national park"."""
    words = noun.split()
    return bool(words) and words[-1] in FACILITIES and not _NOT_PLANTS.intersection(words)


def _stuff(text: str, after: int, in_date) -> str:
    """ "2,000 MW of wind capacity" -> "wind capacity"."""
    match = _OF_RE.match(text, after)
    if not match or in_date(match.end()):
        return ""
    return normalise(_until_date(phrase_after(text, match.end()), in_date))


def _plant_measure(thing: str, default: str) -> str:
    """ "capacity" of the plant, or the other thing the words name (see rule 2)."""
    words = thing.split()
    if not words:
        return default
    if _STORAGE.intersection(words):
        return "storage capacity"
    head, modifiers = words[-1], [w for w in words[:-1] if w not in _PLANT_WORDS]
    if is_plant(thing) or (head in _PLANT_MEASURES and not modifiers):
        return default
    return " ".join([*modifiers, head])


def _speed_of(text: str, before: int, after: int, sentence: tuple[int, int]) -> str:
    """ "travelling at 90 km/h", "put the speed at 60 km/h": plain "speed", so one vehicle's speed
    in two accounts meets; the wind's and its gusts' are their own ("gusts of up to 40 knots")."""
    near = _WIND_RE.findall(text, max(sentence[0], before - 60), min(sentence[1], after + 30))
    return lemma(near[-1]) if near else "speed"


_WIND_RE = re.compile(r"\b(winds?|gusts?)\b", re.IGNORECASE)


def _unless_generic(noun: str) -> tuple[str, str]:
    """A bare "price" or "cost" names the money figure before it; failing that, only "cost" stands alone."""
    if noun in _GENERIC:
        return ("cost" if noun == "cost" else ""), NEEDS_ANTECEDENT
    return _FEES.get(noun, noun), ""


def _percent_of(text: str, after: int) -> tuple[str, str] | None:
    match = _OF_RE.match(text, after)
    if not match:
        return None
    if _PRONOUN_RE.match(text, match.end()):
        return "", NEEDS_OWNER
    noun = normalise(phrase_after(text, match.end()))
    return (noun if noun.endswith(("share", "stake")) else f"{noun} share", "") if noun else None


def _worth(text: str, before: int, sentence: tuple[int, int]) -> tuple[str, str] | None:
    match = _WORTH_RE.search(text, sentence[0], before)
    if not match:
        return None
    if match.group("copula"):  # "Trade between the two countries was worth $10.5 billion"
        owner = _clause_subject(text, sentence, match.start(), through_relative=False)
    else:  # "a contract worth", "51 joint projects worth", "The project, worth $1.2bn, ..."
        owner = normalise(phrase_before(text, match.start()))
        aside = re.search(r",\s*$", text[sentence[0] : match.start()])
        if not owner and aside:
            owner = normalise(phrase_before(text, sentence[0] + aside.start()))
    if owner:
        return (owner if owner in _AMOUNTS else f"{owner} value"), ""
    return "", NEEDS_WORTH  # "Worth a total of $3.9 billion, the 15 projects ...", "projects that were worth"


def _cost(text: str, before: int, sentence: tuple[int, int]) -> tuple[str, str] | None:
    """ "Admission costs 30 yuan" is a fee; "the plant will cost $310 million" is the cost,
    and so is "will build a plant ... for $23 million"."""
    if _COST_OF_RE.search(text, sentence[0], before) or _BUILT_FOR_RE.search(text, sentence[0], before):
        return "cost", ""
    match = _COST_RE.search(text, sentence[0], before)
    someone = None if match else _COST_SOMEONE_RE.search(text, max(sentence[0], before - 60), before)
    if not (match or someone):
        return None
    payer_end = _auxiliaries_start(text, sentence[0], (match or someone).start())
    payer = normalise(phrase_before(text, payer_end), head_only=True)
    if not payer:  # "Tickets for the match on January 31 will cost": the clause's subject pays
        payer = _clause_subject(text, sentence, payer_end).rpartition(" ")[2]
    if someone and payer in _DISRUPTIONS:
        return "loss", ""  # "the stoppage had cost the company VND 14bn"
    return _FEES.get(payer, "cost"), ""


# What a disruption costs someone is a loss, not a price: "the stoppage had cost the company VND 14bn".
_COST_SOMEONE_RE = re.compile(r"\bcost(?:s|ing)?\s+(?:it|them|us|him|her|(?:the\s+|its\s+|their\s+)?[\w'’-]+)\s+$",
                              re.IGNORECASE)
_DISRUPTIONS = frozenset(
    "strike stoppage walkout shutdown closure fire flood flooding quake earthquake outage blockade delay attack "
    "collapse war protest lockdown dispute drought storm cyclone typhoon hurricane blackout".split()
)


# What changes hands: "agreed to sell the striker to a Malaysian club for $3.2 million", "paying
# the club $2.4 million", "bought the mill for €4 million": the price, when no noun says otherwise.
_SALE_RE = re.compile(
    r"\b(?:sell|sells|sold|selling|buy|buys|bought|buying|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\b"
    r"[^.;]{0,80}?\bfor\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|a\s+reported\s+)?$"
    r"|\b(?:pay|pays|paid|paying)\s+(?:[A-Z][\w'’-]*\s+){1,4}$",
    re.IGNORECASE,
)
# "380 metres below the surface", "10 kilometres beneath the sea", "a depth of 12 kilometres": a depth.
_DEPTH_AFTER_RE = re.compile(r"[ \t]+(?:below|beneath|underneath|under|underground|deep|down)\b", re.IGNORECASE)
_DEPTH_BEFORE_RE = re.compile(r"\bdepths?\s+of\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# One side's offer in a negotiation is not what is agreed, nor what the other side asks for.
_OFFER_RE = re.compile(
    r"\boffer(?:s|ed|ing)?\s+(?:(?:a|an|them|workers|staff|the\s+\w+)\s+)?$"
    r"|\boffer\b[^.;,]{0,40}?\bto\s+(?:a|an)\s+$",
    re.IGNORECASE,
)
# "The city has budgeted Rp 120 billion for the work": what the work will cost.
_BUDGETED_RE = re.compile(r"\bbudget(?:s|ed|ing)?\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$",
                          re.IGNORECASE)

_INVEST_RE = re.compile(
    r"\b(?:invest(?:s|ed|ing)?|spen(?:d|ds|t|ding)|pour(?:s|ed|ing)?|sink(?:s|ing)?|sank|sunk)\s+$", re.IGNORECASE
)
# What the sum goes into: "in the plant", "on the site", "into the megaproject" (a rate or a span of years between).
_TARGET_RE = re.compile(
    r"(?:[ \t]+(?:a|per|each|every)[ \t]+(?:year|month))?(?:[ \t]+over[ \t]+[\w-]+[ \t]+years)?"
    r"[ \t]+(?:in|on|into)[ \t]+",
    re.IGNORECASE,
)

_COUNTED_TARGET_RE = re.compile(r"(?:[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"twenty|thirty|forty|fifty|a dozen|dozens of|hundreds of)\s", re.IGNORECASE)


def _investment_in(text: str, after: int) -> str:
    """ "investment" in the plant or site the story is about; "investment in X" in anything else."""
    target = _TARGET_RE.match(text, after)
    if target and _COUNTED_TARGET_RE.match(text, target.end()):
        return "investment"  # "in eight electric ferries and 11 piers": what the project buys
    head = normalise(phrase_after(text, target.end()), head_only=True) if target else ""
    return f"investment in {head}" if head and not is_plant(head) else "investment"


def _auxiliaries_start(text: str, floor: int, pos: int) -> int:
    """Where "will", "had" and the like before a verb begin ("the plant will cost")."""
    aux = re.search(r"(?:\b(?:will|would|could|may|might|has|have|had|to|also|now)\s+)+$", text[floor:pos])
    return floor + aux.start() if aux else pos


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
            of = _OF_RE.match(text, words[-1].end)
            noun = normalise(phrase_after(text, of.end())) if of else noun
        return _unless_generic(noun) if noun else None

    return rule


_ESTIMATES = frozenset("estimate assessment valuation figure".split())
_ATTRIBUTES = frozenset("length width height depth size area extent".split())
_OWNED_RE = re.compile(r"(?:its|their)\s", re.IGNORECASE)


_put_at = _named_by(_PUT_AT_RE)
_changed_to = _named_by(_CHANGED_TO_RE)


def _until_date(words: list[Word], in_date) -> list[Word]:
    """The words before the first one of a date: "road last year" -> "road" (a year is not the thing)."""
    return next((words[:i] for i, word in enumerate(words) if in_date(word.start)), words)


_CONVERSION_RE = re.compile(r"[ \t]*\([^()]{1,40}\)")  # "€86 million (about $93 million) cost"


# "packed 30,000 tonnes last season": a time phrase, not the thing.
_TIME_OPENERS = frozenset("last next previous coming".split())
_AND_OR = frozenset(("and", "or"))


def _is_plural_word(word: str) -> bool:
    return lemma(word) != word.lower().replace("’", "'").removesuffix("'s")


def _attributive(text: str, after: int, in_date) -> str:
    aside = _CONVERSION_RE.match(text, after)
    words = _until_date(words_after(text, aside.end() if aside else after, limit=6), in_date)
    if not words or words[0].lower in DETERMINERS or not words[0].text[0].islower() or words[0].lower in _TIME_OPENERS:
        return ""  # "50 yuan next year": a date, not a thing
    run = noun_run(words)
    rest = words[len(run) + 1 :]
    if len(run) == 1 and len(words) > 1 and words[1].lower in _AND_OR and not _is_plural_word(run[0].text) and rest:
        # "a €6.5 million cracking and sorting plant": two modifiers of one head, which follows them
        run = noun_run(rest) or run
    return normalise(run)


def _in_phrase(text: str, after: int, in_date) -> str:
    match = _IN_RE.match(text, after)
    if not match or in_date(match.end()):
        return ""
    words = _until_date(phrase_after(text, match.end()), in_date)
    if not words or words[-1].text[0].isupper():
        return ""  # "fell 3 percent in Frankfurt": a capitalised head names a place, not what is measured
    return normalise(words)


def _of_phrase(text: str, after: int, in_date) -> str:
    """ "300 km of new railway" -> "railway"; "900 km of road this year" -> "road"."""
    match = _OF_RE.match(text, after)
    if not match or in_date(match.end()):
        return ""
    return normalise(_until_date(phrase_after(text, match.end()), in_date), head_only=True)


def _into_phrase(text: str, after: int, _in_date) -> str:
    match = _INTO_RE.match(text, after)
    if not match:
        return ""
    head = normalise(phrase_after(text, match.end()), head_only=True)
    if not head:
        return ""
    return f"investment in {head}" if not is_plant(head) else "investment"


# "fell 200 metres into a ravine", "plunged 30 metres down a gorge": the drop is the ravine's depth.
_FELL_INTO_RE = re.compile(r"[ \t]+(?:into|down)[ \t]+(?:a|an|the)[ \t]+")


_FELL_RE = re.compile(r"\b(?:fell|falls?|falling|plunged?|plunging|dropped|tumbled|rolled|slid|plummet(?:ed|s)?)\b",
                      re.IGNORECASE)


def _fell_into(text: str, after: int, _in_date) -> str:
    match = _FELL_INTO_RE.match(text, after)
    if not match or not _FELL_RE.search(text, max(0, after - 60), after):
        return ""  # "the road runs 40 kilometres into the mountains" measures the road
    return normalise(phrase_after(text, match.end()), head_only=True)


# Rules that read the words after the unit, by dimension ("of water" is stuff, "of railway" the thing).
_RULES_AFTER = {
    "currency": (_attributive, _in_phrase, _into_phrase),
    "percent": (_attributive, _in_phrase, _into_phrase),
    "distance": (_attributive, _of_phrase, _fell_into),
    # "60,000 tonnes of carbon dioxide", "4 million tonnes of cement a year": the stuff weighed
    "mass": (_attributive, _of_phrase),
    "volume": (_attributive, _of_phrase),
    # "1,800 hectares of walnut orchards": what covers the area
    "area": (_attributive, _of_phrase),
}


def _subject(text: str, before: int, sentence: tuple[int, int]) -> str:
    link = _LINK_RE.search(text, sentence[0], before)
    if not link:
        return ""
    verb_start = link.start("verb")
    if link.group("verb").lower() == "of":
        return normalise(phrase_before(text, verb_start))
    return _clause_subject(text, sentence, verb_start)


def _clause_subject(text: str, sentence: tuple[int, int], verb_start: int, *, through_relative: bool = True) -> str:
    """The noun phrase that opens the clause of the verb at `verb_start`.

    With `through_relative`, "X, which will stretch" answers X; without, "" (the caller
    knows better what "that were worth" refers to).
    """
    boundary = next(
        (match for match in reversed(list(_CLAUSE_START_RE.finditer(text, sentence[0], verb_start)))
         if not (match.group() == "(" and ")" in text[match.end() : verb_start])),
        None,
    )  # an aside closed before the verb ("the terminal in Niš (Ниш) has risen to") opens no clause
    clause_start = boundary.end() if boundary else sentence[0]
    words = [w for w in words_after(text, clause_start, limit=12) if w.end <= verb_start]
    # "Park said (that) the total investment had reached", "The developer of a plant in Darkhan
    # (Дархан) said on Monday its cost had risen": the reported clause's subject, even past an aside.
    reported = list(_REPORTING_RE.finditer(text, clause_start, verb_start))
    if reported:
        told = reported[-1].group().lower() in ("told", "tells")
        words = [w for w in words_after(text, reported[-1].end(), limit=12) if w.end <= verb_start]
        if words and words[0].lower in _WHEN_WORDS:  # "said on Monday its cost had risen"
            words = next((words[i:] for i, w in enumerate(words[:5]) if w.lower in DETERMINERS), words)
        if told:  # "told reporters the cost had reached": the listeners are not the subject
            words = next((words[i:] for i, w in enumerate(words) if w.lower in DETERMINERS), [])
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
