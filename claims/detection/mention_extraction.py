"""Finding the proper names in a text: people, places, organisations, as written.

A name is a run of capitalised words ("Xi Jinping", "Shanghai Cooperation Organization"),
joined by spaces, hyphens ("Kassym-Jomart", "Nur-Sultan"), particles ("bin", "de") and,
after an organisation word, "of"/"for" ("Ministry of Foreign Affairs"). After a hyphen a
lower-case word stays in the name when it is a syllable of a Chinese or Korean given name
("Mao Tse-tung", "Park Jae-hyun": a Korean one only beside a family name) or the Persian
ezafe between two name words ("Naqsh-e Jahan Square"). Then:

* titles are cut out ("Deputy Prime Minister Zhenis Kasymbek" -> "Zhenis Kasymbek"); a
  title is a run of title words holding a head ("Minister"), so "Foreign Affairs" stays;
* a possessive ends a name and stays outside its span ("Tokayev’s" -> "Tokayev");
* a hyphen pair of names is split when every part is a name on its own, in the
  gazetteer or elsewhere in the text ("China-Kazakhstan", "Beijing-Nur-Sultan");
* capitals prove nothing at a sentence start: the first word is kept only if it is known
  (gazetteer, or capitalised mid-sentence elsewhere in the text, or elsewhere as a name
  alone, a surname, a family name written first as in "Pak Chae-in", a company's short
  form as "Hanbit" of "Hanbit Mobility"), or is not a common word and more name words
  follow, or looks like a surname of the region (-ov, -ev, -bek, ...);
* headlines (a line without a full stop whose words are all capitalised) prove nothing
  anywhere: there a word is kept only if the gazetteer or the body of the text knows it
  as a name. A name that appears only in a headline is missed, on purpose;
* Chinese characters, kana and the scripts without capitals (Georgian, Arabic, Hebrew,
  the Indian scripts, Thai, Burmese, Ethiopic, Hangul...) prove nothing by case: in a text
  mostly in another script a short run of them is a name ("Ennore (எண்ணூர்)"), in a text in
  that script nothing is taken.

The word rules live here; joining words into names lives in `name_chunks`.
"""

from __future__ import annotations

import re

from .name_chunks import TextContext, Word, name_chunks, raw_chunks, without_titles
from .name_lexicon import ADMINISTRATIVE_UNITS, GAZETTEER, OPENING_ABBREVIATIONS
from .sentences import split_sentences
from .types import MentionFact

# A letter with the combining marks after it: tone marks and dots written as separate
# characters ("Abẹ́òkúta", "Adébáyọ̀" in Yoruba, Vietnamese typed decomposed) are part of the word.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_LETTERS = rf"(?:[^\W\d_][{_MARKS}]*)+"
_WORD = re.compile(rf"(?<!\w)(?:(?:[A-Z]\.){{2,}}|{_LETTERS}(?:['’ʼ]{_LETTERS})*)")
_POSSESSIVE_END = re.compile(r"['’ʼ][sS]$")
# An opening quote: a straight one right after a comma or a stop closes a quotation instead
# ('...at home," Oyuntsetseg said': the name after it is not at a sentence start).
_OPENING_QUOTE = re.compile(r"(?:[“‘«]|(?<![,.!?])\")\s*$")
_GLUED_SENTENCE = re.compile(r"[.!?]+[”\"’)]*")  # "leadership.Accessibility": no space after the stop
_SMALL_WORDS = frozenset("a an the and or nor but of to in on at by for from with as into vs via per".split())
_NUMBER_SUFFIX = re.compile(r"-\d{1,4}\b(?![.,]\d)")  # "Khobi-2", "Enguri-1"
# Scripts without capitals: in a text mostly in another script, a short run is a name.
# Han and kana are written without spaces, so a run of two to six characters is the name; the
# others separate words with spaces, and a run of up to three words is. Their combining
# vowel signs (Tamil, Burmese, Arabic vowel marks) belong to the word.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_KANA = "\u3040-\u30ff\u31f0-\u31ff"
_SPACED_CASELESS = (
    "\u0590-\u05ff"  # Hebrew
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"  # Arabic, Persian, Urdu
    "\u0700-\u07bf"  # Syriac, Thaana
    "\u0900-\u0dff"  # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
    "\u0e00-\u0eff"  # Thai, Lao
    "\u0f00-\u0fff"  # Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u10d0-\u10ff"  # Georgian (Mkhedruli has no capitals)
    "\u1200-\u139f"  # Ethiopic
    "\u1780-\u18af"  # Khmer, Mongolian
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # Hangul
)
_SPACED_WORD = rf"[{_SPACED_CASELESS}][{_SPACED_CASELESS}\u200c\u200d]*"
_CASELESS_NAME = re.compile(
    rf"(?<![{_HAN}{_KANA}])[{_HAN}{_KANA}]{{2,6}}(?![{_HAN}{_KANA}])"
    rf"|(?<![{_SPACED_CASELESS}]){_SPACED_WORD}(?: {_SPACED_WORD}){{0,2}}(?![{_SPACED_CASELESS}])"
)
_CASELESS_LETTER = re.compile(rf"[{_HAN}{_KANA}{_SPACED_CASELESS}]")


def extract_mentions(text: str) -> list[MentionFact]:
    """Every proper name in `text`, in order; text[m.start:m.end] == m.text always."""
    after_datelines = {dateline.end() for dateline in _DATELINE.finditer(text)}
    sentences = [(start, end, _words(text, start, end, after_datelines)) for start, end in _sentences(text)]
    headline = [_is_headline(text[start:end], words) for start, end, words in sentences]
    context = _context(text, sentences, headline)
    mentions = []
    caseless_names = _mostly_other_script(text)
    for (start, end, words), is_headline in zip(sentences, headline, strict=True):
        for chunk in name_chunks(text, words, context, is_headline):
            first, last = chunk[0][0], chunk[-1][-1]
            stop = last.end
            if not last.possessive and (number := _NUMBER_SUFFIX.match(text, stop)):
                stop = number.end()
            mentions.append(MentionFact(text[first.start : stop], first.start, stop, text[start:end], start))
        if caseless_names:
            mentions += _caseless_names(text, start, end)
    return sorted(_with_administrative_units(text, mentions), key=lambda mention: mention.start)


# A sentence that ends in "Ma." (Maria), the next name word one space on: "said Ma." + "Lourdes
# Santos", only after no other name word. `split_sentences` itself keeps the other names'
# abbreviations and the ranks inside their sentence ("MV Sta. Ines", "Lt. Cmdr. Ariel Santos").
_ABBREVIATION_END = re.compile(r"(?:^|(?<=[\s(\"“]))([A-Z][a-z]{1,3})\.$")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")


def _sentences(text: str) -> list[tuple[int, int]]:
    """`split_sentences`, with a sentence cut after an opening "Ma." joined to the next."""
    spans: list[tuple[int, int]] = []
    for start, end in split_sentences(text):
        if spans and _cut_after_abbreviation(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _cut_after_abbreviation(text: str, previous: tuple[int, int], start: int) -> bool:
    if text[previous[1] : start] != " " or not text[start : start + 1].isupper():
        return False
    match = _ABBREVIATION_END.search(text, previous[0], previous[1])
    if match is None:
        return False
    word = match.group(1).casefold()
    return word in OPENING_ABBREVIATIONS and not _NAME_WORD_BEFORE.search(text, previous[0], match.start())


_UNIT_AFTER = re.compile(rf"[ \u00a0]({'|'.join(unit.replace(' ', '[ \u00a0]') for unit in ADMINISTRATIVE_UNITS)})\b")


def _with_administrative_units(text: str, mentions: list[MentionFact]) -> list[MentionFact]:
    """"Ierapetra municipality" beside "Ierapetra": where the text names a place alone and
    also with a lower-case administrative unit after it, the unit is part of that second
    name, a wider place than the town. A place the text only ever writes with the unit
    ("the Oromia region") keeps its bare name: there the unit is the place itself."""
    units = {id(mention): match for mention in mentions if (match := _UNIT_AFTER.match(text, mention.end))}
    if not units:
        return mentions
    alone = {mention.text.casefold() for mention in mentions if id(mention) not in units}
    result = []
    for mention in mentions:
        match = units.get(id(mention))
        if match is not None and mention.text.casefold() in alone:
            stop = match.end()
            mention = MentionFact(text[mention.start : stop], mention.start, stop, mention.sentence, mention.sentence_start)
        result.append(mention)
    return result


# "the Odra" mid-sentence, or "The Kvirila, which carries..." opening a sentence: the
# capital is only the sentence's. Elsewhere "The" is a name's own word ("The Hague").
_THE_BEFORE = re.compile(r"(?:(?<![A-Za-z])the|(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))The)\s+$", re.MULTILINE)


# A courtesy title before a name, as British and Commonwealth copy writes a surname after
# the first mention: "Dr Memon", "Mr Hassan", "Ms Moura". Women's titles are one.
_COURTESY_TITLE = re.compile(r"(?<![A-Za-z])(Dr|Mr|Mrs|Ms|Miss|Mme|Madam)\.?\s+$")
_TITLE_KIND = {"dr": "dr", "mr": "mr", "mrs": "ms", "ms": "ms", "miss": "ms", "mme": "ms", "madam": "ms"}


def courtesy_title(text: str, start: int) -> str:
    """The courtesy title written before the name at `start`: "dr", "mr", "ms" or ""."""
    match = _COURTESY_TITLE.search(text, max(0, start - 8), start)
    return _TITLE_KIND[match.group(1).lower()] if match else ""


def after_the(text: str, start: int) -> bool:
    """Is the name at `start` written after "the" ("from the Odra"), lower-case or opening a sentence?"""
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start))


def _caseless_names(text: str, start: int, end: int) -> list[MentionFact]:
    """刘文君, გიორგი ლომთაძე, சென்னை: a short run in a script without capitals, in a text
    mostly in another script, is a name; in a text in that script it proves nothing."""
    return [
        MentionFact(match.group(), match.start(), match.end(), text[start:end], start)
        for match in _CASELESS_NAME.finditer(text, start, end)
    ]


def _mostly_other_script(text: str) -> bool:
    caseless = len(_CASELESS_LETTER.findall(text))
    return 0 < caseless and caseless * 2 < sum(1 for char in text if char.isalpha())


def _words(text: str, start: int, end: int, after_datelines: set[int] = frozenset()) -> list[Word]:
    words = []
    for match in _WORD.finditer(text, start, end):
        full_end = match.end()
        core_end = full_end - 2 if _POSSESSIVE_END.search(match.group()) and len(match.group()) > 2 else full_end
        gap = text[words[-1].full_end : match.start()] if words else ""
        # The first word after a dateline ("SURABAYA - The club...") opens the sentence.
        initial = not words or bool(_OPENING_QUOTE.search(gap) or _GLUED_SENTENCE.fullmatch(gap)) or match.start() in after_datelines
        words.append(Word(match.start(), core_end, full_end, text[match.start() : core_end], match.group()[0].isupper(), initial))
    return words


def _is_headline(sentence: str, words: list[Word]) -> bool:
    if sentence.rstrip(" \"'”’)").endswith("."):
        return False
    content = [word for word in words if word.low not in _SMALL_WORDS]
    return bool(content) and all(word.upper for word in content)


# A dateline opening a paragraph: "SURABAYA - ", "CHIATURA, March 10 - ".
_DATELINE = re.compile(r"^([A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]+)*)(?:,[^\n]{0,40}?)? [-–—] ", re.MULTILINE)


def _context(text: str, sentences, headline: list[bool]) -> TextContext:
    lowercase = {match.group().casefold() for match in _WORD.finditer(text) if match.group()[0].islower()}
    context = TextContext(lowercase, set(GAZETTEER))
    for dateline in _DATELINE.finditer(text):
        # The town a dateline names in capitals is a name at a sentence start too
        # ("Surabaya, the capital of East Java, ..." beside "SURABAYA - ").
        context.vouched.add(dateline.group(1).casefold().replace(" ", "-"))
    for (_, _, words), is_headline in zip(sentences, headline, strict=True):
        if is_headline:
            continue
        for raw in raw_chunks(text, words, context, headline=False):
            for chunk in without_titles(raw):
                context.learn(chunk)
    return context


