"""Short names written after "the": a landmark, a team or a national body, named in full elsewhere.

"the Kvirila" is the Kvirila River, "The Mariners" the Port Klang Mariners: copy leaves out a
river's head word and calls a team by the plural its name ends with, and "the" before the
bare word says it is no person's surname nor a company's short form. "the Coast Guard" is the
Philippine Coast Guard, and "the City Hospital" the Jaffna City Hospital, in an article that
names it: a body without the place word its name opens with.
These rules run last in `name_clustering.cluster_mentions`, on forms nothing else has joined
to a full name.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .name_lexicon import LANDMARK_HEADS

if TYPE_CHECKING:
    from .name_clustering import _Form, _UnionFind


def landmark_word(words: tuple[str, ...]) -> str | None:
    """"Kvirila" of "Kvirila River": the name word of a landmark written with its head word, else None."""
    if len(words) == 2 and words[1].casefold() in LANDMARK_HEADS and words[0][:1].isupper():
        return words[0]
    return None


def attach_landmarks(forms: dict[str, _Form], union: _UnionFind) -> None:
    """"the Kvirila" (every use after "the", joined to nothing else) is the Kvirila River,
    named in full in any source, when one such river, lake or landform carries the word:
    "the" before a bare name marks a landmark, and its head word is what copy leaves out."""
    landmarks: dict[str, set[str]] = defaultdict(set)
    for key, form in forms.items():
        if landmark_word(form.parsed.words):
            landmarks[form.parsed.folded[0]].add(key)
    if not landmarks:
        return
    for key, form in _alone_after_the(forms, union):
        roots = {union.find(landmark) for landmark in landmarks.get(form.parsed.lone, ())}
        if len(roots) == 1:
            union.union(key, roots.pop())


def attach_plural_nicknames(forms: dict[str, _Form], union: _UnionFind) -> None:
    """"the Mariners" in an article that names "Port Klang Mariners": a plural after "the"
    is the team (or the islands, "the Maldives" of "Republic of the Maldives") whose name
    ends with it, when the article names exactly one such."""
    endings: dict[tuple[str, int], set[str]] = defaultdict(set)
    for key, form in forms.items():
        if not form.single and len(form.parsed.words) >= 2 and form.parsed.words[-1].endswith("s"):
            for source in form.sources:
                endings[(form.parsed.folded[-1], source)].add(key)
    if not endings:
        return
    for key, form in _alone_after_the(forms, union):
        if not form.parsed.words[-1].endswith("s"):
            continue
        (source,) = form.sources  # a one-word form is one source's (see `name_clustering._forms`)
        roots = {union.find(full) for full in endings.get((form.parsed.lone, source), ())}
        if len(roots) == 1:
            union.union(key, roots.pop())


def attach_short_forms_in_article(forms: dict[str, _Form], union: _UnionFind) -> None:
    """"the Coast Guard" in an article that names the "Philippine Coast Guard", "the City
    Hospital" in one that names the "Jaffna City Hospital": a name of two words or more, always
    after "the" and joined to nothing, is the one body of the same article whose name is one
    capitalised word (a country's, a place's) before it. Per article: another article's "the
    Coast Guard" may be another country's."""
    by_rest: dict[tuple[tuple[str, ...], int], set[str]] = defaultdict(set)
    for key, form in forms.items():
        words = form.parsed.words
        if len(words) >= 3 and words[0][:1].isupper():
            for source in form.sources:
                by_rest[(form.parsed.folded[1:], source)].add(key)
    if not by_rest:
        return
    sizes: dict[str, int] = defaultdict(int)
    for key in forms:
        sizes[union.find(key)] += 1
    for key, form in forms.items():
        words = form.parsed.words
        if form.single or len(words) < 2 or form.uses_after_the != len(form.refs) or sizes[union.find(key)] > 1:
            continue
        if not all(word[:1].isupper() for word in words):
            continue
        roots = {union.find(full) for source in form.sources for full in by_rest.get((form.parsed.folded, source), ())}
        if len(roots) == 1:
            union.union(key, roots.pop())


def _alone_after_the(forms: dict[str, _Form], union: _UnionFind) -> list[tuple[str, _Form]]:
    """The one-word forms always written after "the" and joined to no full name yet."""
    full_name_roots = {union.find(key) for key, form in forms.items() if not form.single}
    return [
        (key, form)
        for key, form in forms.items()
        if form.single
        and not form.parsed.particles
        and form.uses_after_the == len(form.refs)
        and union.find(key) not in full_name_roots
    ]
