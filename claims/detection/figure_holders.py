"""Whose tally a figure is: "Adebayo had 54 percent and Abiola 40 percent".

Election copy prints each side's votes, seats or share beside the other's. Two sides' tallies
are different quantities, never to be flagged against each other, while one side's tally is
one quantity across reports ("54 percent of the votes counted so far", then "388,016 votes, or
52.3 percent"). The holder is read from three wordings:

* the subject of a verb of winning or having: "Adebayo had 54 percent", "the Green Party also
  won 17 seats", "Ama Owusu of the Unity Congress took 40 percent";
* whom a result gives it to: "the count gave Kofi Mensah 388,016 votes";
* "for X" after the figure: "310,116 votes, or 41.8 percent, for Owusu".

A share printed as ", or 52.3 percent" right after a tally is that tally's share, of the same
holder; a bare share whose holder is named ("and Owusu had 40 percent") borrows the noun of the
share before it in the sentence. The holder is keyed by the folded last word of a person's
name, or the first word of a party's name without its generic head ("Green" of "Green Party"),
so outlets' spellings meet ("Adébáyọ̀", "Adebayo"). Only votes, seats and shares have a
holder: a company that "has 18 vessels" owns the same fleet whoever reports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .transliteration import fold_words

# A capitalised word (Latin capitals with their accented and dotted forms), as names are printed.
_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u1e00-\u1eff][\w'’\u0300-\u036f.-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})"
_AFFILIATION = rf"(?:\s+(?:of|from)\s+the\s+{_WORD}(?:\s+{_WORD}){{0,3}})?"
_WIN = (
    r"(?:had|has|have|won|wins|took|takes|got|gets|received|receives|secured|secures|polled|polls|"
    r"garnered|obtained|captured|claimed|led\s+with|leads\s+with)"
)
_SUBJECT_RE = re.compile(rf"(?<![\w'’]){_NAME}{_AFFILIATION}\s+(?:also\s+|only\s+|now\s+|still\s+)?{_WIN}\s+$")
_RECIPIENT_RE = re.compile(rf"\b(?:gave|gives|give|giving|handed)\s+(?:the\s+)?{_NAME}{_AFFILIATION}\s+$")
_FOR_AFTER_RE = re.compile(rf"(?:,\s*or\s+[^,;]{{1,30}},)?\s+for\s+(?:the\s+)?{_NAME}")
_OR_SHARE_RE = re.compile(r",\s*or\s+$")
_HELD_NOUNS = frozenset(("vote", "seat", "ballot", "mandate"))
# The generic head of a party's or a bloc's name: "Green Party" is keyed by "Green".
_ORG_HEADS = frozenset(
    "party congress alliance movement front union league coalition bloc council group list platform".split()
)
_REACH = 160


def assign_holders(text: str, drafts: list, sentence_of: Callable[[int], tuple[int, int]]) -> None:
    """Set each held draft's holder into its modifier, and give a held bare share its noun."""
    for index, draft in enumerate(drafts):
        sentence = sentence_of(draft.number_start)
        previous = drafts[index - 1] if index and sentence_of(drafts[index - 1].number_start) == sentence else None
        share = draft.unit.startswith("percent")
        if share and previous is not None and previous.noun in _HELD_NOUNS and getattr(previous, "holder", ""):
            if _OR_SHARE_RE.fullmatch(text, previous.end, draft.start):  # "388,016 votes, or 52.3 percent"
                draft.noun, draft.holder = f"{previous.noun} share", previous.holder
                _key_holder(draft)
                continue
        if not (share or draft.noun in _HELD_NOUNS):
            continue
        holder = _holder(text, draft, sentence)
        if not holder:
            continue
        if share and not draft.noun:  # "and Owusu had 40 percent": the share just printed
            draft.noun = next(
                (d.noun for d in reversed(drafts[:index]) if sentence_of(d.number_start) == sentence
                 and d.unit.startswith("percent") and d.noun), "",
            )  # fmt: skip
        if share and "vote" not in draft.noun:
            continue  # a share of something else: a stake, a cost, a coverage
        draft.holder = holder
        _key_holder(draft)


def _key_holder(draft) -> None:
    draft.modifier = " ".join(part for part in (draft.modifier, draft.holder) if part)


def _holder(text: str, draft, sentence: tuple[int, int]) -> str:
    floor = max(sentence[0], draft.start - _REACH)
    for pattern in (_SUBJECT_RE, _RECIPIENT_RE):
        match = pattern.search(text, floor, draft.start)
        if match:
            return holder_key(match.group("name"))
    after = _FOR_AFTER_RE.match(text, draft.end, min(sentence[1], draft.end + _REACH))
    return holder_key(after.group("name")) if after else ""


def holder_key(name: str) -> str:
    """ "Olaoluwa Adébáyọ̀" -> "adebao"; "the Green Party" -> "green"; "" unless a proper name."""
    words = name.split()
    while words and not words[-1][:1].isupper():  # "The Green Party also": an adverb ends it
        words.pop()
    # only the capitalised run that ends the name: "the count gave Kofi Mensah" -> "Kofi Mensah"
    tail: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        tail.insert(0, word)
    words = [w for w in tail if w.casefold() != "the"]
    if not words:
        return ""
    if len(words) > 1 and words[-1].casefold() in _ORG_HEADS:
        chosen = words[0]
    else:
        chosen = words[-1]
    folded = fold_words(chosen)
    return folded[0] if folded else ""
