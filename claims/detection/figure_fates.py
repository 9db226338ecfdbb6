"""What happened to the people a figure counts, as news copy prints it.

The dead, the injured, the missing, the homeless, the arrested, the vaccinated and a crowd are
different quantities of people, even in one sentence ("63 people had died, 212 had been injured
and nine were still missing"), and copy prints each of them in several ways:

* a state word after the noun ("27 people were missing", "more than 50,000 people turned out") or
  before it as an adjective ("about 300 injured people", "missing climbers", "displaced families");
* where the people are: "sleeping in tents", "living in temporary shelters", "in the open" are the
  homeless (displaced), not residents; "in intensive care" and "in hospital" are the hospitalised;
* nouns that are a fate themselves: bodies, deaths and fatalities count the dead, a crowd counts
  those who came.

`figure_nouns` reads the state words with its own; this module holds the vocabulary and the
states that take more than one word to print.
"""

from __future__ import annotations

import re

# State words of news copy, merged into `figure_nouns`' table (each maps to one state).
NEWS_STATES = {
    "missing": "missing", "unaccounted": "missing",
    "homeless": "displaced", "evacuated": "displaced", "evacuees": "displaced",
    "vaccinated": "vaccinated", "vaccinate": "vaccinated", "vaccinating": "vaccinated",
    "immunised": "vaccinated", "immunized": "vaccinated", "immunise": "vaccinated", "immunize": "vaccinated",
    "inoculated": "vaccinated", "jabbed": "vaccinated",
    "hospitalised": "hospitalised", "hospitalized": "hospitalised", "admitted": "hospitalised",
    "admitting": "hospitalised", "discharged": "discharged",  # "admitted 905 patients", "62 were discharged"
    "attended": "attending", "attending": "attending", "gathered": "attending", "rallied": "attending",
    "marched": "attending",
    "injuries": "injured",  # "212 people have been treated for injuries"
    "hurt": "injured",  # "17 workers were hurt"
    "affected": "affected",  # "1.1 million people have been affected": not the dead, nor the displaced
    "rescued": "rescued", "saved": "rescued",  # "131 people were rescued": the living, never the toll
}  # fmt: skip
NEWS_PEOPLE_ONLY = frozenset(("missing", "vaccinated", "hospitalised", "attending"))

# An adjective before the counted noun that says what happened to them: "300 injured people".
_STATE_ADJECTIVES = {
    "injured": "injured", "wounded": "injured", "missing": "missing", "displaced": "displaced",
    "homeless": "displaced", "evacuated": "displaced", "dead": "killed", "detained": "detained",
    "jailed": "detained", "arrested": "arrested", "vaccinated": "vaccinated", "hospitalised": "hospitalised",
    "hospitalized": "hospitalised",
}  # fmt: skip

# Where the people counted are: the homeless and the hospitalised, whatever the verb.
_SHELTERED_RE = re.compile(
    r"\b(?:in|into|under|at)\s+(?:the\s+|makeshift\s+|temporary\s+|emergency\s+|relief\s+)*"
    r"(?:tents?|shelters?|evacuation\s+cent(?:re|er)s?|relief\s+camps?|displacement\s+camps?|open\b)"
    r"|\bleft\s+homeless\b|\b(?:lost|left|fled)\s+their\s+homes\b"
    # "forcing about 1,200 residents from their homes", "driven from their homes"
    r"|\bfrom\s+their\s+homes\b"
    # "about 800 people were moved out of the town": the evacuated
    r"|\b(?:moved|taken|ordered|evacuated|brought)\s+out\s+of\b"
    # "850 residents were moved to a temple and a school": sheltered elsewhere, not in hospital
    r"|\b(?:moved|relocated|evacuated|bussed)\s+to\s+(?!(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospitals?|clinics?)\b)",
    re.IGNORECASE,
)
# Those who came to an event: "had come", "turned out", "joined the march" (not "came from
# donors", nor "took part": a plain "came" says where things came from as often as who
# attended, and health workers "take part" in a campaign they work on).
_ATTENDING_RE = re.compile(
    r"\b(?:had|have|has)\s+come\b(?!\s+from)|\bturned\s+out\b"
    r"|\bjoined\s+(?:the\s+|a\s+)?(?:march|rally|protest|demonstration|procession|crowd)",
    re.IGNORECASE,
)
# "in intensive care", "in critical condition": the gravest of the hospitalised, counted apart.
_INTENSIVE_CARE_RE = re.compile(
    r"\b(?:in|into)\s+(?:an?\s+)?(?:intensive\s+care|ICU)\b|\bin\s+(?:a\s+)?critical\s+condition\b"
)
# "in hospital", "treated at Dr Soetomo General Hospital": the hospitalised.
_HOSPITALISED_RE = re.compile(
    r"\b(?:in|into)\s+(?:an?\s+)?(?:hospitals?)\b"
    r"|\b(?:treated|admitted|taken)\s+(?:at|to|in)\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,5}?(?i:hospitals?|clinics?)\b"
)

# Nouns that count people by their fate: "41 bodies", "five deaths", "a crowd of 15,000".
FATE_NOUNS = {"body": "killed", "corpse": "killed", "death": "killed", "fatality": "killed",
              "crowd": "attending"}  # fmt: skip
# The subject of a bare number that counts the dead: "the death toll rose to 63", "a toll of 58".
TOLL_NOUNS = frozenset(("toll",))


def state_in_run(words: list[str]) -> str:
    """The state an adjective in the noun run gives ("injured" in "300 injured people"), or ""."""
    for word in words:
        state = _STATE_ADJECTIVES.get(word.lower())
        if state:
            return state
    return ""


def state_of_phrase(text: str, start: int, end: int) -> str:
    """ "are sleeping in tents", "were in intensive care", "had come": a state that takes more
    than one word to print, or ""."""
    if _SHELTERED_RE.search(text, start, end):
        return "displaced"
    if _INTENSIVE_CARE_RE.search(text, start, end):
        return "intensive care"
    if _HOSPITALISED_RE.search(text, start, end):
        return "hospitalised"
    if _ATTENDING_RE.search(text, start, end):
        return "attending"
    return ""
