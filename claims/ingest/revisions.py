"""What an outlet changed between two versions of an article, word by word."""

import difflib
import re
from dataclasses import dataclass

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Change:
    kind: str  # "same", "removed" or "added"
    text: str


def word_changes(before: str, after: str, *, context_words: int = 8) -> list[Change]:
    """The edits from `before` to `after`, with a few unchanged words around each for context
    (longer unchanged stretches are shortened to "…")."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    changes: list[Change] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            changes.append(Change("same", _shorten(old[i1:i2], context_words, first=not changes)))
            continue
        if i2 > i1:
            changes.append(Change("removed", "".join(old[i1:i2])))
        if j2 > j1:
            changes.append(Change("added", "".join(new[j1:j2])))
    if changes and changes[-1].kind == "same":
        changes[-1] = Change("same", _shorten(_TOKENS.findall(changes[-1].text), context_words, last=True))
    return changes


def _shorten(tokens: list[str], keep: int, *, first: bool = False, last: bool = False) -> str:
    keep_tokens = keep * 2  # words and the spaces between them
    if len(tokens) <= keep_tokens * 2:
        return "".join(tokens)
    head = "" if first else "".join(tokens[:keep_tokens])
    tail = "" if last else "".join(tokens[-keep_tokens:])
    return f"{head} … {tail}".strip() if head or tail else "…"
