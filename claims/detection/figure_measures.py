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

The money rules (3, 4, 5, 10 and 11) are written in `figure_money`, and the reading of a
clause's subject that several rules share in `figure_clauses`; this module tries them in order.
"""

from __future__ import annotations

import re

from .figure_clauses import COUNTED_BEFORE_RE, NEEDS_ANTECEDENT, NEEDS_OWNER, NEEDS_THING, OF_RE, subject_of_link
from .figure_money import (
    BUDGETED_RE,
    BUILD_A_RE,
    LOSS_RE,
    OFFER_RE,
    SALE_RE,
    changed_to,
    cost,
    put_at,
    unless_generic,
    worth,
)
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

_LOOKBACK = 200
_DEFAULT_NOUNS = {"power": "capacity", "energy": "output"}
# The money a project takes, however the copy words it (rule 10).
_CAPITAL = frozenset(("cost", "budget", "investment", "total investment", "total cost", "project cost"))
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

_PRONOUN_RE = re.compile(r"(?:them|these|those|it|this|that)\b", re.IGNORECASE)
# A figure set against the one before it: it measures what that one measures.
_INSTEAD_RE = re.compile(r"(?:,\s*|\b)(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# An area something is built on, or spreads over, is its site.
_BUILT_ON_RE = re.compile(
    r"\b(?:buil[dt]|put\s+up|erect|construct|locat|sit|stand|lie|spread|develop)\w*\b[^.;]{0,60}?"
    r"\b(?:on|over|across)\s+(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+)?$",
    re.IGNORECASE,
)
_FROM_RE = re.compile(r"\b(?:from|compared (?:with|to)|against)\s+$", re.IGNORECASE)
_IN_RE = re.compile(r"[ \t]+(?:in|of)[ \t]+")
_INTO_RE = re.compile(r"(?:[ \t]+(?:a|per|each|every)[ \t]+(?:year|month))?[ \t]+into[ \t]+")


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
        thing = _attributive(text, after, in_date) or _stuff(text, after, in_date) or subject_of_link(text, before, sentence)
        return _plant_measure(thing, _DEFAULT_NOUNS[dimension]), ""
    if dimension == "distance" and (_DEPTH_BEFORE_RE.search(text, max(sentence[0], before - 40), before)
                                    or _DEPTH_AFTER_RE.match(text, after)):
        return "depth", ""  # "at a depth of less than 10 kilometres", "380 metres below the surface"
    if dimension == "currency" and LOSS_RE.search(text, sentence[0], before):
        return "loss", ""  # "the state lost €31 million", "cost the state €48 million"
    if dimension in ("percent", "currency") and OFFER_RE.search(text, max(sentence[0], before - 80), before):
        return "offer", ""  # "offered a 6 percent pay rise", "raised its offer to a 7 percent rise"
    for rule in (worth, cost, put_at, changed_to):
        found = rule(text, before, sentence)
        if found:
            return found
    if _INSTEAD_RE.search(text, sentence[0], before):  # "no more than €9 million, not the €48 million claimed"
        return "", NEEDS_ANTECEDENT
    if dimension == "currency" and _INVEST_RE.search(text, sentence[0], before):
        return _investment_in(text, after), ""
    if dimension == "currency" and (BUILD_A_RE.search(text, sentence[0], before)
                                    or BUDGETED_RE.search(text, max(sentence[0], before - 40), before)):
        return "cost", ""
    if dimension == "area" and _BUILT_ON_RE.search(text, sentence[0], before):
        return "site", ""  # "build the terminal on 42 hectares of farmland": the site, not the farmland
    if dimension == "area" and (fate := _AREA_FATE_BEFORE_RE.search(text, max(sentence[0], before - 40), before)):
        return _fate_named(fate), ""  # "burned 300 hectares"
    for rule in _RULES_AFTER.get(dimension, (_attributive,)):
        noun = rule(text, after, in_date)
        if noun:
            return noun, ""
    if dimension == "currency" and SALE_RE.search(text, max(sentence[0], before - 160), before):
        return "price", ""
    if _FROM_RE.search(text, sentence[0], before):  # "down from 5.6 percent": what the sentence just measured
        return "", NEEDS_ANTECEDENT
    noun, need = unless_generic(subject_of_link(text, before, sentence))
    if dimension == "area" and (is_plant(noun) or (not noun and _BUILT_ON_RE.search(text, sentence[0], before))):
        return "site", need  # "the terminal will occupy 24 hectares", "build the terminal on 42 hectares"
    if not noun and not need and COUNTED_BEFORE_RE.search(text, max(sentence[0], before - 30), before):
        return "", NEEDS_THING  # "her staff had counted 6,500 hectares": what the last speaker measured
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
    match = OF_RE.match(text, after)
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


def _percent_of(text: str, after: int) -> tuple[str, str] | None:
    match = OF_RE.match(text, after)
    if not match:
        return None
    if _PRONOUN_RE.match(text, match.end()):
        return "", NEEDS_OWNER
    noun = normalise(phrase_after(text, match.end()))
    return (noun if noun.endswith(("share", "stake")) else f"{noun} share", "") if noun else None

# "380 metres below the surface", "10 kilometres beneath the sea", "a depth of 12 kilometres": a depth.
_DEPTH_AFTER_RE = re.compile(r"[ \t]+(?:below|beneath|underneath|under|underground|deep|down)\b", re.IGNORECASE)
_DEPTH_BEFORE_RE = re.compile(r"\bdepths?\s+of\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

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
    match = OF_RE.match(text, after)
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

# What a flood or a fire did to an area: "4,000 hectares were flooded", "the fire burned 300
# hectares of forest". The flooded land and the burned land are each one quantity of a disaster,
# whatever grew on it.
_AREA_FATES = {
    "flooded": "flooded", "inundated": "flooded", "submerged": "flooded", "swamped": "flooded",
    "under water": "flooded", "underwater": "flooded",
    "burned": "burned", "burnt": "burned", "scorched": "burned", "blackened": "burned",
}  # fmt: skip
_AREA_FATE_WORDS = "|".join(word.replace(" ", r"\s+") for word in sorted(_AREA_FATES, key=len, reverse=True))
_AREA_FATE_AFTER_RE = re.compile(
    r"(?:[ \t]+of(?:[ \t]+[a-z][\w-]*){1,3})?[ \t]+(?:were|was|are|is|had[ \t]+been|have[ \t]+been|has[ \t]+been|lay|lie|lies)"
    rf"(?:[ \t]+(?:now|still|already|left))?[ \t]+(?P<fate>{_AREA_FATE_WORDS})\b",
    re.IGNORECASE,
)
_AREA_FATE_BEFORE_RE = re.compile(rf"\b(?P<fate>{_AREA_FATE_WORDS})[ \t]+(?:an[ \t]+area[ \t]+of[ \t]+)?$", re.IGNORECASE)


def _area_fate(text: str, after: int, _in_date) -> str:
    match = _AREA_FATE_AFTER_RE.match(text, after)
    return _fate_named(match) if match else ""


def _fate_named(match: re.Match[str]) -> str:
    """ "flooded" for "were under  water", "burned" for "scorched"."""
    return _AREA_FATES[" ".join(match.group("fate").lower().split())]


# Rules that read the words after the unit, by dimension ("of water" is stuff, "of railway" the thing).
_RULES_AFTER = {
    "currency": (_attributive, _in_phrase, _into_phrase),
    "percent": (_attributive, _in_phrase, _into_phrase),
    "distance": (_attributive, _of_phrase, _fell_into),
    # "60,000 tonnes of carbon dioxide", "4 million tonnes of cement a year": the stuff weighed
    "mass": (_attributive, _of_phrase),
    "volume": (_attributive, _of_phrase),
    # "1,800 hectares of walnut orchards": what covers the area
    "area": (_area_fate, _attributive, _of_phrase),
}


