"""What a figure counts or measures, read from the words around it.

Rules (kept deliberately simple and conservative; an unknown noun is "" and a
figure without a noun is never compared):

* counts: the head of the noun run right after the number, singular and lower case:
  "15 joint Kazakh-Chinese projects" -> "project". Modifiers before the head are
  dropped so wordings from different sources meet ("55 investment projects" ->
  "project"). "five more projects" keeps "additional" as a modifier.
* people: the same head, when it names people ("people" -> "person", "workers",
  "citizens", a plural demonym such as "Kazakhs" or anything after "ethnic").
* a workforce: jobs a plant creates and the people, workers or staff it employs are one
  quantity, "people:worker:employed" ("will create 240 jobs", "would employ 180 people",
  "800 direct jobs", "employs up to 850 workers", "has taken on 80 workers", "would need
  300 staff"). Another kind of job ("permanent", "indirect", jobs "during construction",
  jobs "counting suppliers") stays apart, and so do jobs lost or cut and workers not said
  to be employed ("2,000 workers protested").
* modifiers: what happened to the things counted ("held in camps" -> "detained",
  "living in Xinjiang" -> "resident", "donated", "served", "added two ferries" ->
  "additional") and kinds that make another quantity ("permanent" jobs), so those figures
  never meet the others. A verb after the noun that acts on others makes the things
  counted its subject ("12,000 families would supply it" are not served), and a verb just
  before another number is that number's ("from 1,200 farmers and employ 70 people").
* money, percentages and measures: the measured thing, found by `figure_measures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figure_fates import NEWS_PEOPLE_ONLY, NEWS_STATES, state_in_run, state_of_phrase
from .numbers import COUNT_WORDS

# Letters of any Latin-script language count ("Hương", "Kénitra"); digits and "_" do not.
_LETTER = r"[^\W\d_]"
# A plural possessive keeps its apostrophe ("the Imereti Miners' Union", "workers' pay").
_WORD_RE = re.compile(rf"{_LETTER}(?:(?:{_LETTER}|['’-])*{_LETTER})?(?:['’]s|(?<=s)['’](?!{_LETTER}))?|[0-9]+(?:[.,][0-9]+)*")
# Only spaces (and "&" in names like "Belt & Road") may sit between the words of one phrase.
_GAP_RE = re.compile(r"[ \t]+(?:&[ \t]+)?|[ \t]*\n[ \t]*(?=[a-z])")
_PLAIN_GAP_RE = re.compile(r"[ \t]*(?:&[ \t]+)?")
_SPACES_RE = re.compile(r"[ \t]*")

DETERMINERS = frozenset("the a an this that these those its their his her our your my some all each every both".split())
STOP_WORDS = frozenset(
    """
    of in on at to for with by from into onto over under about as than per via within without between among
    across after before during since until through toward towards against upon including like
    and or but nor so yet if because while whereas although though when where which who whom whose that what once
    is are was were be been being am has have had having do does did will would shall should can could may might
    must not no never also already still just only even ever again then there here now
    it they them he she we you i us him me
    itself themselves himself herself ourselves yourself
    more most less least many much few several such same other another
    worth approximately roughly nearly almost around exactly some
    said says say told tells reported reports according
    a an the
    """.split()
)
# Words that may follow the counted noun without being part of it ("a dozen people dead").
_AFTER_HEAD = frozenset("dead killed injured wounded missing alive overall total".split())
# Words that end a noun phrase wherever they stand: "7.4 kilometres long", "$5 each".
_POST_MODIFIERS = frozenset("long wide high deep tall away apart old each apiece annually".split())
# Adjectives that describe, not distinguish, a measured thing ("total trade turnover").
_GENERIC = frozenset(
    """
    total bilateral annual overall new joint current estimated combined various several worldwide global
    further additional approximate approximately about own whole entire reported official
    final preliminary provisional initial original revised latest real actual true
    """.split()
)
_IRREGULAR = {"people": "person", "persons": "person", "men": "man", "women": "woman", "children": "child",
              "fishermen": "fisherman", "crewmen": "crewman", "firemen": "fireman", "policemen": "policeman"}
# Nouns in -s that are singular: a disease or a kind, never a plural ("measles cases").
_SINGULAR_IN_S = frozenset("measles mumps rabies diabetes herpes tetanus news series species".split())
# People counted only as people: "400,000 residents" and "400,000 people" served are one quantity.
PEOPLE_AS_PEOPLE = {"resident": "person", "inhabitant": "person", "individual": "person"}
_PEOPLE = frozenset(
    """
    person resident citizen worker employee protester demonstrator migrant refugee student child adult man woman
    inhabitant national civilian soldier troop prisoner detainee victim voter muslim activist official
    journalist teacher doctor patient tourist visitor pilgrim farmer miner labourer laborer member
    engineer specialist officer policeman police expert diplomat immigrant emigrant settler villager
    staff passenger participant delegate uyghur kazakh
    pupil nurse survivor volunteer supporter athlete rescuer spectator fan
    crew crewman firefighter fireman driver pilot sailor seafarer fisherman islander commuter player guard
    medic paramedic evacuee hostage inmate climber hiker swimmer
    """.split()
)
# Words that say what happened to the people counted; each maps to one state so wordings meet.
_STATES = {
    "held": "detained", "detained": "detained", "interned": "detained", "imprisoned": "detained",
    "jailed": "detained", "kept": "detained", "camps": "detained", "camp": "detained",
    "living": "resident", "live": "resident", "lived": "resident", "residing": "resident",
    "reside": "resident", "resident": "resident", "residents": "resident",
    "dead": "killed", "killed": "killed", "died": "killed",
    "injured": "injured", "wounded": "injured", "displaced": "displaced", "fled": "displaced",
    "arrested": "arrested", "employed": "employed", "working": "employed", "employ": "employed",
    "employs": "employed", "employing": "employed", "hire": "employed", "hires": "employed", "hired": "employed",
    "hiring": "employed", "added": "additional", "add": "additional", "adds": "additional",
    "adding": "additional", "donated": "donated", "donors": "donated", "donor": "donated", "gave": "donated",
    "serve": "served", "serves": "served", "served": "served", "serving": "served", "supply": "served",
    "supplies": "served", "supplied": "served", "detain": "detained", "detains": "detained", "kill": "killed",
    "killing": "killed",
    # What a disaster did to buildings: the destroyed and the damaged are counted apart.
    "destroyed": "destroyed", "flattened": "destroyed", "razed": "destroyed", "demolished": "destroyed",
    "smashed": "destroyed", "wrecked": "destroyed", "collapsed": "destroyed",
    "damaged": "damaged",
    # What a strike or a storm does to ships, flights and trains: those sent elsewhere, those
    # kept waiting and those called off are three counts ("12 ships were diverted", "31 ships
    # waiting off the port", "40 flights were cancelled").
    "diverted": "diverted", "rerouted": "diverted", "waiting": "waiting", "queued": "waiting",
    "queuing": "waiting", "queueing": "waiting", "anchored": "waiting", "stranded": "waiting",
    "cancelled": "cancelled", "canceled": "cancelled", "grounded": "cancelled",
    **NEWS_STATES,
}  # fmt: skip
# What only happens to people: a count of things is never employed, detained or killed.
_PEOPLE_ONLY = frozenset("employed detained killed injured displaced arrested resident".split()) | NEWS_PEOPLE_ONLY
PEOPLE_STATES = _PEOPLE_ONLY
# What only happens to things: "added two ferries" is an increment, like "two more ferries".
_THINGS_ONLY = frozenset(("additional", "destroyed", "damaged"))
# After the counted noun, an active verb that acts on others makes the things counted its
# subject: "12,000 families would supply it", "300 farms employ pickers". Participles ("homes
# supplied", "people employed") and verbs of the subject's own state ("Kazakhs live") still say
# what happened to them.
_ACTS_ON_OTHERS = frozenset(
    "employ employs employing hire hires hiring serve serves serving supply supplies supplying "
    "detain detains kill kills killing add adds adding".split()
)
# "has taken on 80 workers": hired.
_TAKE = frozenset("take takes taken took taking".split())
# "would need 300 staff": a plant's workforce, when the noun is one.
_NEED = frozenset("need needs needed needing require requires required".split())
# A state word right before another number is that figure's: "buy from 1,200 farmers and employ 70 people".
_NEXT_FIGURE_RE = re.compile(
    r"[ \t]+(?:(?:up[ \t]+to|about|around|some|nearly|over|more[ \t]+than|at[ \t]+least|as[ \t]+many[ \t]+as)[ \t]+)?"
    r"(?:[0-9]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"a[ \t]+dozen|dozens|hundreds|thousands)\b)",
    re.IGNORECASE,
)
# Things a plant serves ("supply 150,000 homes"); other things are supplied, not served.
_SERVED_THINGS = frozenset("home household house family customer consumer subscriber apartment flat business".split())
# Kinds of a counted thing that make it another quantity: permanent jobs are not construction jobs.
_KINDS = {
    "permanent": "permanent", "temporary": "temporary", "seasonal": "temporary", "full-time": "full-time",
    "part-time": "part-time", "direct": "direct", "indirect": "indirect",
    # "180 new cases last week" against "1,240 cases since October": a week's flow, not the total
    "new": "new",
}  # fmt: skip
# Common verbs in -s that follow a singular noun: "40 percent of the budget goes to defence".
_COMMON_VERBS = frozenset(
    """
    goes comes says makes takes gets has does remains stands seems shows rises falls grows includes means needs
    wants holds runs costs pays reaches accounts lies sits looks keeps gives puts sets covers employs serves
    follows belongs links connects crosses carries leads joins owns operates stretches passes
    """.split()
)
# Past participles that do not end in -ed: "a $1 trillion program known as ...".
_IRREGULAR_PARTICIPLES = frozenset(
    "known called named seen given made taken held kept built set put done paid spent sold won lost led run".split()
)
SYNONYMS = {"trade volume": "trade turnover", "trade": "trade turnover", "trade value": "trade turnover"}
# What a length or an area is measured on, by kind: one outlet's "52-metre vessel" is another's
# "46-metre ferry", and a "9,000-square-metre warehouse" is the "7,500-square-metre building".
# Only measures are keyed so: "12 ferries" and "30 vessels" may count different fleets.
MEASURED_KINDS = {
    **dict.fromkeys("ferry ship boat vessel freighter tanker trawler".split(), "vessel"),
    **dict.fromkeys("warehouse building shed".split(), "building"),
    # "the 14,000-square-metre plant" is "a 20,000-square-metre factory"
    **dict.fromkeys("plant factory mill".split(), "plant"),
}
# What a disaster costs, in the words outlets use for it: "put the initial damage at 450 million
# baht", "now put the losses at 780 million baht" are one estimate, revised.
MONEY_KINDS = {"damage": "loss"}
# Where a new clause, with its own subject, starts: what follows is not about the people counted.
# "connect eight berths and that 12 engineers were now working": "and" before a new subject
# opens another clause, whose verbs say nothing of the berths.
_NEXT_CLAUSE_RE = re.compile(
    r"[,;(]|\s--\s|—|\s+(?:while|whereas|but|although|though)\b"
    r"|\s+and\s+(?=(?:that|the|its|their|his|her|[0-9]|[A-Z])\w*\s)"
    # "One worker died and five workers were taken to hospital": a count opens the next clause too
    rf"|\s+and\s+(?=(?:{COUNT_WORDS})\s)"
    # "38 workers had been on the shift when the roof gave way": what the roof did is not theirs
    r"|\s+(?:when|because|until|unless)\s"
)
TIME_UNITS = frozenset("second minute hour day week month year decade century".split())


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def words_after(text: str, pos: int, limit: int = 8) -> list[Word]:
    """The words from `pos` on, as long as only spaces separate them (punctuation ends a phrase)."""
    words: list[Word] = []
    pos = _SPACES_RE.match(text, pos).end()  # type: ignore[union-attr]  (always matches)
    while len(words) < limit:
        match = _WORD_RE.match(text, pos)
        if not match:
            break
        words.append(Word(match.group(), match.start(), match.end()))
        gap = _GAP_RE.match(text, match.end())
        if not gap:
            break
        pos = gap.end()
    return words


def words_before(text: str, pos: int, limit: int = 8) -> list[Word]:
    """The words that end at `pos`, in text order, as long as only spaces separate them."""
    found = list(_WORD_RE.finditer(text, max(0, pos - 160), pos))
    chain: list[Word] = []
    end = pos
    for match in reversed(found):
        if not _PLAIN_GAP_RE.fullmatch(text, match.end(), end):
            break
        chain.insert(0, Word(match.group(), match.start(), match.end()))
        end = match.start()
        if len(chain) >= limit:
            break
    return chain


def lemma(word: str) -> str:
    """Singular, lower case: "facilities" -> "facility", "Kazakhs" -> "kazakh", "people" -> "person"."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _SINGULAR_IN_S:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes", "buses", "gases")):  # "buses", not "buse"
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def is_stop(word: Word) -> bool:
    return word.lower in STOP_WORDS or word.text[0].isdigit()


def _is_possessive(word: Word) -> bool:
    return word.lower.endswith(("'s", "’s", "s'"))


def noun_run(words: list[Word]) -> list[Word]:
    """The noun phrase at the start of `words`: "joint Kazakh-Chinese projects had" -> the first three."""
    run: list[Word] = []
    for index, word in enumerate(words):
        if is_stop(word) or word.lower in _POST_MODIFIERS or (run and word.lower in _AFTER_HEAD):
            break
        if run and word.lower in DETERMINERS:  # "road every year": a determiner opens the next phrase
            break
        # A participle after the first word starts the verb: "projects launched", "Kazakhs residing";
        # unless a plural noun follows it: "electric refrigerated trucks" is one phrase.
        if run and (_is_participle(word.lower) or word.lower in _IRREGULAR_PARTICIPLES or word.lower in _COMMON_VERBS):
            following = words[index + 1] if index + 1 < len(words) else None
            if not (_is_participle(word.lower) and following and not is_stop(following)
                    and _is_plural(following.lower) and not _is_participle(following.lower)):
                break
        run.append(word)
        if _is_possessive(word):  # "Kazakhstan's oil": the owner is not the thing
            run.clear()
        # A plural ends the phrase: "Kazakhs live abroad", "imports came" (the verb is not told apart).
        if len(run) >= 4 or (run and _is_plural(word.lower)):
            break
    return run


def _is_plural(word: str) -> bool:
    return word in _IRREGULAR or (lemma(word) != word and not word.endswith(("'s", "’s")))


def _is_participle(word: str) -> bool:
    return word.endswith(("ed", "ing")) and word not in ("building", "housing", "funding", "spending")


def phrase_after(text: str, pos: int) -> list[Word]:
    """A noun phrase after a preposition: determiners and owners dropped ("the Central Asian state's exports")."""
    words = words_after(text, pos)
    while words and words[0].lower in DETERMINERS:
        words = words[1:]
    return noun_run(words)


def phrase_before(text: str, pos: int) -> list[Word]:
    """The noun phrase that ends at `pos` ("a land border" before "of"), determiners dropped."""
    run: list[Word] = []
    for word in reversed(words_before(text, pos)):
        if is_stop(word) or _is_possessive(word) or word.lower in DETERMINERS:
            break
        run.insert(0, word)
        if len(run) >= 5:
            break
    return run


def normalise(words: list[Word], *, head_only: bool = False) -> str:
    """A comparable name for a phrase: generic adjectives dropped, singular, at most two words.

    Proper names ("Western Europe-Western China Highway") are kept whole: every word says which.
    """
    kept = [w for w in words if w.lower not in _GENERIC]
    if not kept:
        return ""
    if head_only:
        return lemma(kept[-1].text)
    if len(kept) > 2 and all(w.text[0].isupper() for w in kept):
        phrase = " ".join(w.lower for w in kept)
    else:
        phrase = " ".join(lemma(w.text) for w in kept[-2:])
    return SYNONYMS.get(phrase, phrase)


def is_people(head: Word, run: list[Word]) -> bool:
    """People nouns, plural demonyms ("Kazakhs", "Uyghurs") and anything "ethnic"."""
    if lemma(head.text) in _PEOPLE:
        return True
    if any(w.lower == "ethnic" for w in run):
        return True
    return head.text[0].isupper() and head.lower.endswith("s") and "-" not in head.text


# Nouns for a workforce (see the module's rules).
WORKFORCE = frozenset("job person worker employee staff labourer laborer".split())
_JOB_LOSS = frozenset("cut cuts cutting lost lose loses losing shed sheds shedding axe axed axes eliminate eliminated "
                      "eliminates slash slashed slashes scrap scrapped threatened".split())
_CONSTRUCTION_RE = re.compile(r"\b(?:construction|building)\b", re.IGNORECASE)
# Jobs counted with the suppliers' ("3,000 jobs, counting suppliers", "jobs in the supply chain")
# are the indirect jobs too, not the plant's own workforce.
_WITH_SUPPLIERS_RE = re.compile(
    r"\b(?:including|counting|among|at|with)\s+(?:(?:its|their|the)\s+)?(?:local\s+)?suppliers\b"
    r"|\bsupply\s+chains?\b|\bindirect(?:ly)?\b",
    re.IGNORECASE,
)


def workforce(text: str, draft, run: list[Word], modifiers: list[str], sentence: tuple[int, int]):
    """(unit, noun, modifiers) of a job or employed person counted as a plant's workforce.

    Anything else keeps what `count_modifiers` read: ("count", "job", ...) or ("people", "worker", ...).
    """
    unit, noun = draft.unit, draft.noun
    kinds = [m for m in modifiers if m in _KINDS.values() and m != "direct"]  # direct jobs are the plant's own
    if noun == "job":
        before = [w.lower for w in words_before(text, draft.start, limit=3)]
        if _JOB_LOSS.intersection(before):
            return unit, noun, modifiers
        clause = text[draft.start : min(sentence[1], draft.end + 60)]
        if _CONSTRUCTION_RE.search(clause) or any(w.lower == "construction" for w in run):
            kinds.append("construction")
        if "indirect" not in kinds and _WITH_SUPPLIERS_RE.search(clause):
            kinds.append("indirect")
        return "people", "worker", [*kinds, "employed"]
    if "employed" not in modifiers and not (modifiers == [] and _owned_workforce(text, draft.start, run)):
        return unit, noun, modifiers
    return "people", "worker", [*kinds, "employed"]


# "the company's 4,100 workers", "its 300 staff": the people a company or plant has on its books.
_OWNERS = frozenset("its their our his her".split())
_ON_THE_BOOKS = WORKFORCE - {"job", "person"}  # jobs are not people, and "its 300 people" may be anyone


def _owned_workforce(text: str, figure_start: int, run: list[Word]) -> bool:
    """Workers an owner has ("KMC's 4,100 workers", "its 300 staff") are its workforce, whatever
    the sentence goes on to say they do."""
    if not run or lemma(run[-1].text) not in _ON_THE_BOOKS:
        return False
    before = words_before(text, figure_start, limit=1)
    return bool(before) and (before[-1].lower in _OWNERS or _is_possessive(before[-1]))


def count_modifiers(text: str, run: list[Word], figure_start: int, head_end: int, sentence_end: int) -> list[str]:
    """What sets these things apart from others of their kind: "permanent" jobs, people "detained".

    The kind of a job comes from the noun phrase; what happened to the things counted from
    the verb right before the figure ("serve half a million people") or the words after
    the noun up to the next comma ("Uyghurs ... were being held").
    """
    modifiers = [_KINDS[w.lower] for w in run if w.lower in _KINDS]
    state = (
        _state_before(text, figure_start)
        or state_in_run([w.text for w in run[:-1]])
        or state_after(text, head_end, sentence_end)
        or _state_of_the_whole(text, figure_start)
    )
    if not state and run and lemma(run[-1].text) in WORKFORCE and _verb_before(text, figure_start) in _NEED:
        state = "employed"  # "the plant would need 300 staff"
    if state == "served" and run and not (is_people(run[-1], run) or lemma(run[-1].text) in _SERVED_THINGS):
        state = ""  # "supply 8 ferries", "handle 600 trucks ... and serve shops": things delivered, not served
    if state in _PEOPLE_ONLY and run and not is_people(run[-1], run):
        state = ""  # "run nine saws and employ 40 stonemasons": saws are not employed
    if state in _THINGS_ONLY and run and is_people(run[-1], run):
        state = ""
    return modifiers + ([state] if state else [])


_INCLUDING_RE = re.compile(r",\s*including\s+$")


def part_named_apart(text: str, figure_start: int) -> re.Match[str] | None:
    """ "2,400 people have left their homes, including about 800 from the town itself": the
    ", including" before a figure that counts part of the whole before it."""
    return _INCLUDING_RE.search(text, max(0, figure_start - 20), figure_start)


def _state_of_the_whole(text: str, figure_start: int) -> str:
    """A part named after "including" shares what happened to the whole; not its extent (`figures`)."""
    including = part_named_apart(text, figure_start)
    if not including:
        return ""
    whole_start = max(text.rfind(". ", 0, including.start()) + 2, text.rfind("\n", 0, including.start()) + 1)
    place = state_of_phrase(text, whole_start, including.start())
    if place:
        return place
    words = (_STATES.get(m.group().lower(), "") for m in _WORD_RE.finditer(text, whole_start, including.start()))
    return next((state for state in words if state), "")


def _verb_before(text: str, figure_start: int) -> str:
    before = words_before(text, figure_start, limit=2)
    verb = before[-1].lower if before else ""
    if verb == "to" and len(before) > 1:  # "enough to supply 150,000 homes"
        verb = before[-2].lower
    return verb


# Who estimates a crowd puts it at a number: "police put the crowd (at the rally) at 3,000".
_CROWD_AT_RE = re.compile(
    r"\b(?:crowds?|turnout|attendance)\b(?:[^.;:!?\d]{0,80}?\s)?at\s+$", re.IGNORECASE
)


def _state_before(text: str, figure_start: int) -> str:
    before = words_before(text, figure_start, limit=2)
    verb = _verb_before(text, figure_start)
    if verb == "on" and len(before) > 1 and before[-2].lower in _TAKE:
        return "employed"  # "has taken on 80 workers"
    if verb == "at" and _CROWD_AT_RE.search(text, max(0, figure_start - 120), figure_start):
        return "attending"  # "police put the crowd at the rally at about 3,000 people"
    if [w.lower for w in before] == ["home", "to"]:
        return "resident"  # "the town was home to about 3,700 people": its population, not its evacuees
    return _STATES.get(verb, "")


# "Police said two people, among them a site supervisor, had been detained": who is among those
# counted is an aside, and what happened to them is said after it.
_AMONG_THEM_RE = re.compile(
    r",\s+(?:among\s+(?:them|whom)|(?:most|many|some|all|several)\s+of\s+(?:them|whom))\s[^,;.]*,\s"
)


def state_after(text: str, pos: int, sentence_end: int) -> str:
    if among := _AMONG_THEM_RE.match(text, pos, sentence_end):
        pos = among.end()
    limit = min(sentence_end, pos + 160)
    clause_end = _NEXT_CLAUSE_RE.search(text, pos, limit)
    end = clause_end.start() if clause_end else limit
    place = state_of_phrase(text, pos, end)  # "are sleeping in tents": the homeless, not residents
    if place:
        return place
    for match in _WORD_RE.finditer(text, pos, end):
        word = match.group().lower()
        state = _STATES.get(word)
        if not state:
            continue
        if word in _ACTS_ON_OTHERS or _NEXT_FIGURE_RE.match(text, match.end()):
            return ""  # the things counted act on others, or the verb is another figure's
        return state
    return ""
