"""Are two spellings the same name, and which database keys find the candidates?

Rules (`same_name`), after titles and possessives are dropped and words are folded:
  1. equal folds, or two names of one renamed place, are the same;
  2. word for word: the same number of words (hyphens count as word breaks here, so
     "Nur Sultan" is "Nur-Sultan") and every pair matches (`tokens_match`);
  3. two person names with a middle name more or less: first and last words match;
  3b. one Chinese name in pinyin and in Wade-Giles ("Mao Zedong" / "Mao Tse-tung"), see
     `chinese`;
  4. a single word is a person's surname: it matches the surname of a full name that
     looks like a person's ("Tokayev" ~ "Kassym-Jomart Tokayev", "Xi" ~ "Xi Jinping").
     Never a place's last word: "Asia" is not "Central Asia".
Anything else is a different name, however alike it looks: "Kazakh"/"Kazakhs",
"China"/"Chinese", "Xi"/"Xinjiang", "Nursultan Nazarbayev"/"Nur-Sultan".

`blocking_keys` holds, for every rule above, a key both sides share (a word's fold, the
consonant skeleton of a long word, the rename's key), so a lookup by key never misses a
pair `same_name` would accept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .name_lexicon import (
    COMMON_WORDS,
    GAZETTEER,
    NEVER_NAMES,
    ORG_HEADS,
    PARTICLES,
    PLACE_MODIFIERS,
    SURNAME_FIRST,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from .chinese import class_key, same_chinese_name
from .renames import rename_key
from .transliteration import FUZZY_MIN_LENGTH, fold_words, skeleton, tokens_match

_POSSESSIVE = re.compile(r"['’ʼ]s$|['’ʼ]$", re.IGNORECASE)
_NOT_PERSON = COMMON_WORDS | GAZETTEER | NEVER_NAMES | ORG_HEADS | PLACE_MODIFIERS | TITLE_HEADS | TITLE_MODIFIERS


@dataclass(frozen=True, slots=True)
class ParsedName:
    words: tuple[str, ...]  # as written, without leading titles or possessive endings
    folded: tuple[str, ...]  # one folded word per word ("kasim-jomart", "tokaev")
    person_like: bool  # 2-5 words, none of them a title, place, organisation or common word

    @property
    def key(self) -> str:
        return " ".join(self.folded)

    @property
    def flat(self) -> tuple[str, ...]:
        """Folded words with hyphenated words split: "kasim", "jomart", "tokaev"."""
        return tuple(part for word in self.folded for part in word.split("-") if part)

    @property
    def surnames(self) -> tuple[str, ...]:
        """The folded words a surname-only mention of this person may use."""
        if not self.person_like:
            return ()
        if self.words[0].casefold() in SURNAME_FIRST:
            return (self.folded[0], self.folded[-1])
        return (self.folded[-1],)


@lru_cache(maxsize=65536)
def parse_name(spelling: str) -> ParsedName:
    words = [_POSSESSIVE.sub("", word) for word in spelling.split()]
    words = _without_leading_titles([word for word in words if word])
    pairs = [(word, fold_words(word)) for word in words]
    pairs = [(word, folded[0]) for word, folded in pairs if folded]
    kept = tuple(word for word, _ in pairs)
    return ParsedName(kept, tuple(folded for _, folded in pairs), _looks_like_person(kept))


def _without_leading_titles(words: list[str]) -> list[str]:
    """"President Tokayev" -> "Tokayev"; a name that is only titles is kept as it is."""
    start = 0
    while start < len(words) - 1 and words[start].casefold().rstrip(".") in (
        TITLE_HEADS | TITLE_MODIFIERS | {"the"}
    ):
        start += 1
    return words[start:]


def _looks_like_person(words: tuple[str, ...]) -> bool:
    if not 2 <= len(words) <= 5:
        return False
    for word in words:
        parts = [part for part in word.split("-") if part.casefold() not in PARTICLES]  # "al-Qaddafi"
        if not parts:
            continue
        if not parts[0][:1].isupper() or word.casefold().rstrip(".") in _NOT_PERSON:
            return False
        if any(part.casefold() in _NOT_PERSON for part in parts):
            return False
    return True


def same_name(a: str, b: str) -> bool:
    """Are these two spellings the same name? See the module notes for the rules."""
    pa, pb = parse_name(a), parse_name(b)
    if not pa.folded or not pb.folded:
        return False
    if pa.key == pb.key:
        return True
    group = rename_key(a)
    if group is not None and group == rename_key(b):
        return True
    return forms_match(pa, pb) or is_surname_of(pa, pb) or is_surname_of(pb, pa)


def words_match(a: str, b: str) -> bool:
    """Two single words (as written) are one word: folded alike, or one Chinese syllable string."""
    fa, fb = fold_words(a), fold_words(b)
    return (bool(fa) and fa == fb) or (len(fa) == len(fb) == 1 and tokens_match(fa[0], fb[0])) or same_chinese_name((a,), (b,))


def forms_match(pa: ParsedName, pb: ParsedName) -> bool:
    """Rules 2, 3 and 3b: two written-out forms of one name."""
    if same_chinese_name(pa.words, pb.words):
        return True
    fa, fb = pa.flat, pb.flat
    if not fa or not fb:
        return False
    if len(fa) == len(fb) and all(tokens_match(x, y) for x, y in zip(fa, fb, strict=True)):
        return True
    return (
        pa.person_like
        and pb.person_like
        and tokens_match(fa[0], fb[0])
        and tokens_match(fa[-1], fb[-1])
    )


def is_surname_of(single: ParsedName, full: ParsedName) -> bool:
    """Rule 4: `single` is one word that is the surname of the person `full`."""
    if len(single.folded) != 1 or len(full.folded) < 2:
        return False
    return any(tokens_match(single.folded[0], surname) for surname in full.surnames)


@lru_cache(maxsize=65536)
def blocking_keys(spelling: str) -> frozenset[str]:
    """Keys for an indexed lookup: two spellings `same_name` accepts always share one.

    Only the words a rule compares become keys, so "Bank of China" does not land in the
    bucket of every text that mentions China: the first word (rules 2 and 3 need it to
    match), a one-word name's word (rule 4), and a person's surname (rule 4 again).
    "w:" a folded word, "s:" the skeleton of a long one (for the fuzzy match), "z:" the
    sound classes of a Chinese name, "r:" a renamed place.
    """
    parsed = parse_name(spelling)
    words = [word for word in parsed.flat if word not in PARTICLES][:1]
    if len(parsed.folded) == 1:
        words.append(parsed.folded[0])
    words += parsed.surnames
    keys: set[str] = set()
    for word in words:
        keys.add(f"w:{word}")
        if len(word) >= FUZZY_MIN_LENGTH:
            keys.add(f"s:{skeleton(word)}")
    chinese = class_key(parsed.words)
    if chinese is not None:
        keys.add(f"z:{chinese}")  # Mao Zedong and Mao Tse-tung share no folded word
    if not keys and parsed.key:  # a name made of particles only still needs a key
        keys.add(f"w:{parsed.key}")
    group = rename_key(spelling)
    if group is not None:
        keys.add(f"r:{group}")
    return frozenset(keys)
