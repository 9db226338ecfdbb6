"""Names as runs of words: joining, titles, connectors, hyphen pairs, sentence starts.

`mention_extraction` finds the words and what the whole text knows about them; this
module turns the words of one sentence into name chunks (see that module's notes).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import korean
from .chinese import syllables
from .name_lexicon import (
    COMMON_WORDS,
    CORPORATE_TAILS,
    CURRENCY_CODES,
    CYRILLIC_SURNAME_SUFFIXES,
    GAZETTEER,
    HYPHEN_PREFIXES,
    NAME_ABBREVIATIONS,
    NEVER_NAMES,
    OPENING_ABBREVIATIONS,
    ORG_HEADS,
    RANK_ABBREVIATIONS,
    ROLE_NOUNS,
    PARTICLES,
    PLACE_MODIFIERS,
    SHORT_HONORIFICS,
    SURNAME_FIRST,
    SURNAME_SUFFIXES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)

_HYPHEN = frozenset("-\u2010\u2011")
_GENERATIONAL_SUFFIXES = frozenset({"jr", "jnr", "sr", "snr", "ii", "iii", "iv"})
_SPACE = frozenset(" \u00a0")
_OF_CONNECTOR = re.compile(r" (?:of|for)(?: the)? ")
_AND_CONNECTOR = re.compile(r" (?:and|&) ")
_TITLES = TITLE_HEADS | TITLE_MODIFIERS
_ARABIC_ARTICLES = frozenset({"al", "el"})
_EZAFE = frozenset({"e", "ye", "i"})  # Persian "of", after a hyphen: "Naqsh-e Jahan", Dari "Mazar-i-Sharif"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
# Lower-case words after a hyphen that read as Chinese syllables but are English: "Mao-era".
_ENGLISH_AFTER_HYPHEN = frozenset("era led run long man men ban fan pan gang song sing ping ling hang bang age".split())


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int  # without a possessive ending
    full_end: int  # with it
    text: str
    upper: bool
    initial: bool  # capitals prove nothing here (sentence start, after an opening quote)

    @property
    def low(self) -> str:
        # "İzmir" casefolds to "i" and a combining dot: the Turkish capital İ is a plain i here,
        # so "İzmir" at a sentence start is known from "Izmir" mid-sentence.
        return self.text.casefold().replace("i\u0307", "i")

    @property
    def possessive(self) -> bool:
        return self.full_end != self.end


Group = list[Word]  # words joined by hyphens (or a slash between acronyms: RFE/RL)
Chunk = list[Group]  # groups joined by spaces, particles, "St." and connectors


@dataclass
class TextContext:
    """What the whole text says about its words, gathered before any name is taken."""

    lowercase: set[str]  # words the text also writes in lower case
    known_words: set[str]  # capitalised mid-sentence in the body, or in the gazetteer
    alone: Counter[str] = field(default_factory=Counter)  # body names of one (hyphen) word
    # One-word names the body vouches for away from a sentence start: alone ("Beijing") or
    # as a surname ("Kasymbek" of "Zhenis Kasymbek"), not as a part ("Coastal" of "Coastal
    # Water Authority").
    vouched: set[str] = field(default_factory=set)
    # First words of longer body names that are not institutions or named places: a person's
    # given name ("Meseret" of "Meseret Alemu"), a company's short form ("Gibe" of "Gibe
    # Coffee"), but not "Daesan" of "Daesan Foundation" nor "Gibe" of "Gibe River".
    leads: set[str] = field(default_factory=set)

    def known_alone(self, group_text: str) -> bool:
        return group_text in GAZETTEER or self.alone[group_text] > 0

    def learn(self, chunk: Chunk) -> None:
        """Take in one name of the body (titles already cut)."""
        texts = [group_text(group) for group in chunk]
        if len(chunk) == 1:
            self.alone[texts[0]] += 1
            if not chunk[0][0].initial:
                self.vouched.add(texts[0])
        else:
            self.vouched.add(texts[-1])
            if len(chunk) > 2 and texts[-1].rstrip(".") in _GENERATIONAL_SUFFIXES:
                self.vouched.add(texts[-2])  # "Delacruz" of "Rodolfo Delacruz Jr."
            if chunk[-1][-1].low not in ORG_HEADS:
                self.leads.add(texts[0])
            if texts[0] in SURNAME_FIRST or _east_asian_order(chunk):
                self.vouched.add(texts[0])  # "Pak" of "Pak Chae-in"
            elif len(chunk) == 3 and _east_asian_order(chunk[1:]):
                self.vouched.add(texts[1])  # "Wong" of "Maggie Wong Mei-ling"
            stem = _company_stem(chunk)
            if len(stem) == 1:
                self.vouched.add(texts[0])  # "Hanbit" of "Hanbit Mobility"
        self.known_words.update(word.low for group in chunk for word in group if not word.initial)


def hyphen_between(text: str, left: Word, right: Word) -> bool:
    return not left.possessive and text[left.full_end : right.start] in _HYPHEN


def group_text(group: Group) -> str:
    return "-".join(word.low for word in group)


def _nameable(word: Word, context: TextContext, headline: bool) -> bool:
    if not word.upper or word.low in NEVER_NAMES:
        return False
    return not headline or word.low in context.known_words


_AMOUNT_AFTER = re.compile(r"[ \u00a0]?\d")


def _currency_before_amount(text: str, word: Word) -> bool:
    """"GEL 1.5 million", "IDR3 billion": a currency code in capitals before a number is the
    amount's unit, not a word of the name it follows ("fined Kvirila Mining Company GEL ...")."""
    return word.text.isupper() and word.low in CURRENCY_CODES and bool(_AMOUNT_AFTER.match(text, word.full_end))


def name_chunks(text: str, words: list[Word], context: TextContext, headline: bool) -> list[Chunk]:
    chunks = raw_chunks(text, words, context, headline)
    chunks = [
        part
        for chunk in chunks
        for title_free in (without_titles(chunk) or _surname_after_courtesy_title(chunk, context))
        for part in _split_leading_place(title_free)
    ]
    chunks = [_without_short_honorific(chunk, context) for chunk in chunks]
    chunks = _merge_connectors(text, chunks, context)
    chunks = [part for chunk in chunks for part in _split_hyphen_pairs(chunk, context)]
    return [chunk for chunk in (_trim_start(text, chunk, context) for chunk in chunks) if chunk]


def raw_chunks(text: str, words: list[Word], context: TextContext, headline: bool) -> list[Chunk]:
    chunks: list[Chunk] = []
    i = 0
    while i < len(words):
        if _is_article_before_name(text, words, i, context, headline):
            chunk: Chunk = [[words[i], words[i + 1]]]  # "al-Mabrouk"
            i += 2
        elif (
            not _nameable(words[i], context, headline)
            or _is_hyphen_prefix(text, words, i)
            or _currency_before_amount(text, words[i])
        ):
            i += 1
            continue
        else:
            chunk = [[words[i]]]
            i += 1
        while i < len(words) and (joiner := _joiner(text, words, i, context, headline)):
            if joiner == "hyphen":
                chunk[-1].append(words[i])
            else:
                chunk.append([words[i]])
            i += 1
        chunks.append(chunk)
    return chunks


# Particles that follow "de" in a Spanish name ("de los Santos"), never alone.
_SECOND_PARTICLES = frozenset({"los", "las"})

# Groups of people whose possessive opens many organisations' names: "People's Republic",
# "People's Unity Congress", "Women's League", "Children's Hospital".
_GROUPS_IN_NAMES = frozenset("people women children men citizens".split())


def _joiner(text: str, words: list[Word], i: int, context: TextContext, headline: bool) -> str | None:
    """How words[i] continues the name that ends at words[i - 1]: "hyphen", "space" or None."""
    left, word = words[i - 1], words[i]
    if _quoted_nickname(text, words, i, context, headline) or _quoted_nickname(text, words, i - 1, context, headline):
        return "space"  # Jose "Bong" Villanueva: the nickname and the name after it
    if left.possessive and not (left.low in _GROUPS_IN_NAMES and word.upper):
        return None  # "Tokayev's Beijing": an owner; but "People's Unity Congress" is one name
    gap = text[left.full_end : word.start]
    if gap in _PLURAL_POSSESSIVE and _plural_possessive_in_name(left, words, i):
        return "space"  # "Imereti Miners' Union", "Workers' Party"
    if gap in _HYPHEN and (
        _is_romanised_syllable(left, word, after_name=_after_name_word(text, words, i - 1))
        or _is_korean_given_name(text, words, i)
    ):
        return "hyphen"  # "Mao Tse-tung", "Chou En-lai", "Park Jae-hyun"
    if gap in _HYPHEN and _is_ezafe(text, words, i, context, headline):
        return "hyphen"  # "Naqsh-e Jahan Square"
    if _currency_before_amount(text, word):
        return None
    if not _nameable(word, context, headline):
        # "Mohammed bin Salman", "Bashar al-Assad": a particle between two name words.
        if word.low in PARTICLES | _SECOND_PARTICLES and gap in _SPACE and i + 1 < len(words):
            after = text[word.full_end : words[i + 1].start]
            if (after in _SPACE or after in _HYPHEN) and _nameable(words[i + 1], context, headline):
                return "space" if word.low in PARTICLES or left.low == "de" else None
            # "Rodolfo de la Cruz", "Ludwig van der Rohe": two particles, then the name word.
            if (
                after in _SPACE
                and word.low in PARTICLES
                and words[i + 1].low in _SECOND_PARTICLES | PARTICLES
                and _joiner(text, words, i + 1, context, headline) == "space"
            ):
                return "space"
        return None
    if gap in _HYPHEN:
        return "hyphen"
    if gap == "/" and left.text.isupper() and word.text.isupper():
        return "hyphen"  # RFE/RL
    if gap in _SPACE:
        return None if _case_break(left, word) else "space"
    if gap in (". ", ".") and (left.low in NAME_ABBREVIATIONS or len(left.text) == 1):
        return "space"  # "St. Petersburg", "John F. Kennedy"
    if gap == ". " and left.low in RANK_ABBREVIATIONS:
        return "space"  # "Lt. Cmdr. Ariel Santos": a title run that `without_titles` cuts
    if gap == ". " and left.low in OPENING_ABBREVIATIONS and not _after_name_word(text, words, i - 1):
        return "space"  # "Ma. Lourdes Santos", but not "Jack Ma. Alibaba ..."
    return None


_NICKNAME_OPENS = frozenset({' "', " “"})
_NICKNAME_CLOSES = frozenset({'" ', "” "})


def _quoted_nickname(text: str, words: list[Word], i: int, context: TextContext, headline: bool) -> bool:
    """words[i] is a nickname in double quotes inside a name: Jose "Bong" Villanueva,
    Joseph "Erap" Estrada. A name word on both sides, each one space and a quote away."""
    if not 0 < i < len(words) - 1:
        return False
    left, word, right = words[i - 1], words[i], words[i + 1]
    return (
        text[left.full_end : word.start] in _NICKNAME_OPENS
        and text[word.full_end : right.start] in _NICKNAME_CLOSES
        and not left.possessive
        and not word.possessive
        and all(_nameable(w, context, headline) for w in (left, word, right))
    )


_PLURAL_POSSESSIVE = frozenset(f"{mark}{space}" for mark in "'’ʼ" for space in _SPACE)


def _plural_possessive_in_name(left: Word, words: list[Word], i: int) -> bool:
    """"Imereti Miners' Union", "Workers' Party of Korea": a plural possessive inside an
    organisation's name, which goes on to its head word at once or one word later; anywhere
    else the apostrophe ends the name ("the Beridzes' house")."""
    if not (left.upper and left.text.endswith("s") and words[i].upper):
        return False
    return any(word.upper and word.low in ORG_HEADS for word in words[i : i + 2])


def _is_cyrillic_surname(low: str) -> bool:
    return len(low) >= 5 and bool(_CYRILLIC.fullmatch(low)) and low.endswith(CYRILLIC_SURNAME_SUFFIXES)


def _case_break(left: Word, word: Word) -> bool:
    """ "В Пекине Токаев": a Russian word in the locative (-е) and a surname in the nominative
    are two names side by side; the words of one name agree in case ("о Нурсултане Назарбаеве")."""
    return bool(_CYRILLIC.fullmatch(left.low)) and left.low.endswith("е") and _is_cyrillic_surname(word.low)


def _is_article_before_name(text: str, words: list[Word], i: int, context: TextContext, headline: bool) -> bool:
    return (
        words[i].text in _ARABIC_ARTICLES
        and i + 1 < len(words)
        and hyphen_between(text, words[i], words[i + 1])
        and _nameable(words[i + 1], context, headline)
    )


def _after_name_word(text: str, words: list[Word], i: int) -> bool:
    """words[i] follows a capitalised word across a space: "Wong Mei" of "Wong Mei-ling"."""
    if i < 1:
        return False
    before = words[i - 1]
    if not before.upper or before.possessive or before.low in COMMON_WORDS | NEVER_NAMES | _TITLES:
        return False
    return text[before.full_end : words[i].start] in _SPACE


def _is_romanised_syllable(left: Word, word: Word, *, after_name: bool = False) -> bool:
    """A lower-case syllable after a hyphen that continues a Chinese name (Wade-Giles, or
    Cantonese "Mei-ling"). A syllable that is also an English word ("Mao-era", "Xi-led")
    continues a name only inside a name of more words ("Wong Mei-ling", "Lee Kuan-long")."""
    if word.upper or not left.upper or left.possessive or (word.low in _ENGLISH_AFTER_HYPHEN and not after_name):
        return False
    if len(left.text) > 5 or len(word.text) > 5:
        return False
    return syllables(left.text) is not None and syllables(word.text) is not None


def _is_korean_given_name(text: str, words: list[Word], i: int) -> bool:
    """"Park Jae-hyun", "Jae-hyun Park": two Korean syllables joined by a hyphen, the second
    in lower case, inside a name of more words (a family name before or after)."""
    left, word = words[i - 1], words[i]
    if word.upper or not left.upper or left.possessive or word.low in _ENGLISH_AFTER_HYPHEN:
        return False
    if not (korean.is_syllable(left.text) and korean.is_syllable(word.text)):
        return False
    before = i >= 2 and words[i - 2].upper and text[words[i - 2].full_end : left.start] in _SPACE
    after = i + 1 < len(words) and words[i + 1].upper and text[word.full_end : words[i + 1].start] in _SPACE
    return before or after


def _is_ezafe(text: str, words: list[Word], i: int, context: TextContext, headline: bool) -> bool:
    """"Naqsh-e Jahan", "Takht-e Jamshid", "Mazar-i-Sharif": the Persian ezafe ("of") joins
    two name words; Dari and Urdu copy writes it -i- between hyphens."""
    left, word = words[i - 1], words[i]
    if word.low not in _EZAFE or word.upper or not left.upper or left.possessive or word.possessive:
        return False
    return (
        i + 1 < len(words)
        and text[word.full_end : words[i + 1].start] in _SPACE | _HYPHEN
        and _nameable(words[i + 1], context, headline)
    )


def _east_asian_order(chunk: Chunk) -> bool:
    """"Pak Chae-in", "Chou En-lai": a hyphenated given name whose second syllable is in
    lower case comes after the family name."""
    return len(chunk) == 2 and len(chunk[0]) == 1 and len(chunk[1]) == 2 and chunk[1][0].upper and not chunk[1][1].upper


def _company_stem(chunk: Chunk) -> Chunk:
    """"Hanbit Mobility" -> "Hanbit": the name without the sector words at its end, or []."""
    end = len(chunk)
    while end > 0 and len(chunk[end - 1]) == 1 and chunk[end - 1][0].low in CORPORATE_TAILS:
        end -= 1
    return chunk[:end] if 0 < end < len(chunk) else []


def _is_hyphen_prefix(text: str, words: list[Word], i: int) -> bool:
    """"Anti-Chinese": the prefix is not part of the name."""
    return words[i].low in HYPHEN_PREFIXES and i + 1 < len(words) and hyphen_between(text, words[i], words[i + 1])


def without_titles(chunk: Chunk) -> list[Chunk]:
    """Cut title runs out: "Kazakh Foreign Minister Beibut Atamkulov" -> "Kazakh", "Beibut Atamkulov".

    A run at the end of a name that is not a place stays ("Stephen King", "Burger King").
    """
    parts: list[Chunk] = [[]]
    i = 0
    while i < len(chunk):
        j = i
        while j < len(chunk) and _is_title(chunk[j]):
            j += 1
        run = chunk[i:j]
        if not run:
            parts[-1].append(chunk[i])
            i += 1
            continue
        name_before = [g for g in parts[-1] if group_text(g) not in GAZETTEER and not _is_title(g)]
        at_end_of_name = j == len(chunk) and bool(name_before)
        if any(_is_title_head(group) for group in run) and not at_end_of_name:
            parts.append([])
        else:
            parts[-1].extend(run)
        i = j
    return [part for part in parts if part]


_COURTESY_TITLES = frozenset("mr mrs ms miss dr mme".split())


def _surname_after_courtesy_title(chunk: Chunk, context: TextContext) -> list[Chunk]:
    """"Mr Sheikh" beside "Ejaz Sheikh", "Ms Judge" beside "Alison Judge": a word that is
    also a title is a surname after a courtesy title, where the text writes it as one."""
    if len(chunk) == 2 and group_text(chunk[0]).rstrip(".") in _COURTESY_TITLES and group_text(chunk[1]) in context.vouched:
        return [chunk[1:]]
    return []


def _without_short_honorific(chunk: Chunk, context: TextContext) -> Chunk:
    """"Pak Umar" -> "Umar" where the text names "Umar Wirjosubroto": the Indonesian
    honorific before a given name (`SHORT_HONORIFICS`). Before anything else it stays, as a
    Korean family name ("Pak Chae-in") is written the same."""
    if len(chunk) == 2 and len(chunk[0]) == 1 and len(chunk[1]) == 1 and chunk[0][0].low in SHORT_HONORIFICS:
        if group_text(chunk[1]) in context.leads:
            return chunk[1:]
    return chunk


def _split_leading_place(chunk: Chunk) -> list[Chunk]:
    """"Ambassador to China Murat Avezov" leaves "China Murat Avezov": two names, unless the
    rest is an organisation of that place ("Kazakh Service", "Russian Federation")."""
    k = 0
    while k < len(chunk) and group_text(chunk[k]) in GAZETTEER:
        k += 1
    rest = chunk[k:]
    if k == 0 or not rest or rest[-1][-1].low in ORG_HEADS:
        return [chunk]
    if any(group_text(group) in GAZETTEER | PLACE_MODIFIERS for group in rest):
        return [chunk]
    return [chunk[:k], rest]


def _is_title(group: Group) -> bool:
    return group_text(group) in _TITLES or all(word.low.rstrip(".") in _TITLES for word in group)


def _is_title_head(group: Group) -> bool:
    return group_text(group) in TITLE_HEADS or any(word.low.rstrip(".") in TITLE_HEADS for word in group)


def _merge_connectors(text: str, chunks: list[Chunk], context: TextContext) -> list[Chunk]:
    """"Ministry" + "of" + "Foreign Affairs", "Belt" + "and" + "Road Initiative"."""
    merged: list[Chunk] = []
    for chunk in chunks:
        if merged and _connected(text, merged[-1], chunk, context):
            merged[-1] = merged[-1] + chunk
        else:
            merged.append(chunk)
    return merged


def _connected(text: str, left: Chunk, right: Chunk, context: TextContext) -> bool:
    last = left[-1][-1]
    if last.possessive:
        return False
    gap = text[last.full_end : right[0][0].start]
    if _OF_CONNECTOR.fullmatch(gap):
        return last.low in ORG_HEADS
    if _AND_CONNECTOR.fullmatch(gap):
        # Only a lone word that is no name by itself: "Belt and Road Initiative", never
        # "Kazakhstan and Shanghai Cooperation Organization".
        lone = len(left) == 1 and len(left[0]) == 1 and context.alone[last.low] <= 1 and last.low not in GAZETTEER
        return lone and right[-1][-1].low in ORG_HEADS
    return False


def _split_hyphen_pairs(chunk: Chunk, context: TextContext) -> list[Chunk]:
    """"Beijing-Nur-Sultan" -> "Beijing", "Nur-Sultan" when every part is a name alone."""
    parts: list[Chunk] = [[]]
    for group in chunk:
        segments = _known_segments(group, context) if len(group) > 1 else None
        if not segments:
            parts[-1].append(group)
            continue
        parts[-1].append(segments[0])
        parts += [[segment] for segment in segments[1:]]
    return [part for part in parts if part]


def _known_segments(group: Group, context: TextContext) -> list[Group] | None:
    """The fewest (at least two) hyphen segments that are each a known name, or None."""
    best: list[Group] | None = None
    for cut in range(1, len(group)):
        head = group[:cut]
        if not context.known_alone(group_text(head)):
            continue
        tail = group[cut:]
        rest = [tail] if context.known_alone(group_text(tail)) else _known_segments(tail, context)
        if rest and (best is None or 1 + len(rest) < len(best)):
            best = [head, *rest]
    return best


# "Stojanović said", "Enkhjargal, the deputy minister, told": who speaks is a person.
_SPEECH_VERBS = r"(?:said|says|told|tells|added|adds|explained|noted|stated|argued|insisted|warned|wrote|replied|recalled|announced)\b"
_APPOSITIVE = r",\s+[a-z][^,.;:!?\"“”]{0,80}"  # ", the deputy minister", ", head of the board"
_SPEAKS_NEXT = re.compile(rf"\s+{_SPEECH_VERBS}|{_APPOSITIVE}(?:{_APPOSITIVE})?,\s+{_SPEECH_VERBS}")
# "Gibe has trained": a short form of a name the text gives in full, acting.
_ACTS_NEXT = re.compile(r"\s+(?:has|have|had|is|was|will|would|plans|expects|hopes|wants|owns|runs|employs|opened|built|signed)\b")
# "Residents said", "Economists told": people speak in the plural too.
_PLURAL_PEOPLE = ("ers", "ors", "ists", "ians", "ents", "ants", "ees", "ives", "ies", "men", "women", "people")


# A bracket holding letters of a script other than Latin ("Assiut (أسيوط)", "Niš (Ниш)").
_OWN_SCRIPT_NEXT = re.compile(r"\s*\((?=[^()]{0,40}[^\W\d_\u0041-\u024f\u1e00-\u1eff])")


# The generic word English puts before a landform's name: "Lake Shkodër", "Mount Yōtei", "Cape
# Horn". At a sentence start it is part of the name, even in a text that says "lake" elsewhere.
_GENERIC_BEFORE_NAME = frozenset(("lake", "mount", "cape"))


def _trim_start(source_text: str, chunk: Chunk, context: TextContext) -> Chunk:
    """At a sentence start capitals prove nothing: keep the first word only on other evidence."""
    first = chunk[0]
    if not first[0].initial:
        return chunk
    text = group_text(first)
    if len(chunk) > 1 and text.casefold() in _GENERIC_BEFORE_NAME:
        return chunk  # "Lake Shkodër, the largest lake in the Balkans": the lake's own name
    if _ordinary_word(text, context) or (len(chunk) > 1 and _role_noun(text)):
        return chunk[1:]  # "The ...", "Survivor Cristina Pacaña said"
    if (
        len(chunk) > 1
        and group_text(chunk[1]) in GAZETTEER
        and text not in PLACE_MODIFIERS | context.known_words | SURNAME_FIRST
    ):
        return chunk[1:]  # "Ethnic Kazakhs", "Neighbouring China": an adjective, then the name
    if len(chunk) > 1 or text in GAZETTEER or text in context.vouched:
        return chunk
    if chunk[-1][-1].possessive and not text.endswith("s"):
        return chunk  # "Karachi's port and airport were working": an ordinary word is rarely an owner
    if _OWN_SCRIPT_NEXT.match(source_text, chunk[-1][-1].full_end):
        return chunk  # "Assiut (أسيوط), the largest city": a name beside its own script
    if all(len(word.text) > 1 and word.text.isupper() for word in first):
        return chunk  # an acronym: "RFE/RL", "BRI"
    if len(text) >= 5 and text.endswith(SURNAME_SUFFIXES) or _is_cyrillic_surname(text):
        return chunk  # "Tokayev said ...", "Токаев прибыл ..."
    after = chunk[-1][-1].full_end
    if (
        text not in context.known_words  # "Daesan" of "Daesan Foundation" stays unproven
        and not text.endswith(_PLURAL_PEOPLE)
        and _SPEAKS_NEXT.match(source_text, after)
    ):
        return chunk  # a word the text uses nowhere else, speaking: a person
    if len(chunk) == 1 and text in context.leads and (
        _SPEAKS_NEXT.match(source_text, after) or _ACTS_NEXT.match(source_text, after)
    ):
        return chunk  # "Meseret said", "Gibe has trained": the short form of a name the body gives in full
    return []


def _role_noun(text: str) -> bool:
    """"Survivor", "Passengers", "Fishermen": who the people named next are, singular or plural."""
    singular = text[:-3] + "man" if text.endswith("men") else text[:-1] if text.endswith("s") else text
    return text in ROLE_NOUNS or singular in ROLE_NOUNS


def _ordinary_word(text: str, context: TextContext) -> bool:
    """"The", "Lately", "Visiting": an English word, not a name, at a sentence start."""
    if text in GAZETTEER:
        return False
    if text in COMMON_WORDS or text in context.lowercase:
        return True
    if text in context.known_words:
        return False
    return text.endswith("ing") or (text.endswith("ly") and not text.endswith("uly"))
