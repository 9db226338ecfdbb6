"""East Slavic names in Polish and Belarusian Latin letters, read the way Russian-style
English spellings write them: Żukowicz is Zhukovich, Siarhei Hrynkievich is Sergei Grinkevich.

A Belarusian or Ukrainian name reaches English copy three ways: through Russian (Sergei
Grinkevich, the Russian form), through Belarusian Latin (Siarhei Hrynkievich, where
Belarusian writes я and е as ia and ie after a consonant and has h where Russian has g),
or through Polish (Siergiej Hrynkiewicz: cz, sz, rz/ż, w, ie, a final j). `readings` gives the
Russian-style spelling of a word that shows it is Polish or Belarusian Latin; the reading
is then matched exactly, never fuzzily.

Guards: a word is read as Polish only when it has a Polish letter (ł ż ź ś ć ń ó ą ę) or a
Polish digraph (cz, sz, rz) or ends in a vowel and j (Siergiej, Maciej); as Belarusian Latin when it has ŭ, č, š or ž, or a consonant and
ia/ie/io before another consonant and a later vowel ("Aliaksandr", "Nioman"), never
in the last syllable ("Julia", "Mario", "Daniel", "Diana", "Pietro" keep their vowels), and
never after g or c, where Italian writes the i as part of the consonant ("Giovanni"). And the
Russian adjective ending -oy/-oi, which Polish and Belarusian write -y (Lesnoy, Leśny,
Liasny), is also read -y.

Left alone: Belarusian's v before a word-initial o and its h for g in a few roots (Volha /
Olga, Hrodna / Grodno: "Volha" read so would be the river Volga), and Polish ie before
a Russian a (Niemen / Neman); they need a list of names, not a rule.
"""

from __future__ import annotations

import re
import unicodedata

# Polish letters and digraphs, a final j after a vowel (Siergiej, Mikołaj), -owski/-ewski.
_POLISH_MARK = re.compile(r"[łżźśćńóąę]|cz|sz|rz|(?<=[aeiouy])j$|[oe]wsk[aiy]$")
_BELARUSIAN_LETTER = re.compile(r"[ŭčšž]")
_CONSONANT = "bcdfghjklmnpqrstvwxzłżźśćńčšž"
# Consonant (not g or c, Italian's gi/ci), then ia/ie/io, a consonant, and a vowel further on,
# but not just a consonant or two and a final a, e or o: Diana, Fiona, Brianna, Pietro, Siena.
_BELARUSIAN_VOWEL = re.compile(
    rf"(?<=[{_CONSONANT.replace('g', '').replace('c', '')}])i[aeo]"
    rf"(?=[{_CONSONANT}]\w*[aeiouyó])(?![{_CONSONANT}]+[aeo]$)"
)
_LONE_H = re.compile(r"(?<![cszk])h")
_FINAL_J = re.compile(r"j$")
_POLISH_J = re.compile(r"j(?=[aeiouó])")  # Polish j is the English y: Jaroszewicz, Yaroshevich

_POLISH_LETTERS: tuple[tuple[str, str], ...] = (
    ("ch", "kh"),  # Polish ch is Russian х, written kh; before cz becomes ch
    ("szcz", "shch"),
    ("cz", "ch"),
    ("sz", "sh"),
    ("rz", "zh"),
    ("ż", "zh"),
)
_POLISH_SOFT_E = re.compile(rf"(?<=[{_CONSONANT}])ie")  # Siergiej, Hrynkiewicz
_BELARUSIAN_LETTERS = {"č": "ch", "š": "sh", "ž": "zh", "ŭ": "v"}  # -oŭ is the -ov of Russian spelling
_RUSSIAN_ADJECTIVE = re.compile(rf"(?<=[{_CONSONANT}])o[yi]$")  # Lesnoy, Donskoi
_ADJECTIVE_MIN_LENGTH = 6


def readings(word: str) -> tuple[str, ...]:
    """Russian-style spellings of one lower-case word, if it looks Polish or Belarusian Latin
    or ends like a Russian adjective; each still to be folded."""
    word = unicodedata.normalize("NFC", word).casefold()
    found = []
    if _POLISH_MARK.search(word):
        found.append(_polish(word))
    if _BELARUSIAN_LETTER.search(word) or _BELARUSIAN_VOWEL.search(word):
        found.append(_belarusian(word))
    if len(word) >= _ADJECTIVE_MIN_LENGTH and _RUSSIAN_ADJECTIVE.search(word):
        found.append(_RUSSIAN_ADJECTIVE.sub("y", word))
    return tuple(dict.fromkeys(reading for reading in found if reading != word))


def _polish(word: str) -> str:
    for written, russian in _POLISH_LETTERS:
        word = word.replace(written, russian)
    word = _POLISH_J.sub("y", _POLISH_SOFT_E.sub("e", word))
    return _FINAL_J.sub("i", _LONE_H.sub("g", word))


def _belarusian(word: str) -> str:
    word = _BELARUSIAN_VOWEL.sub("e", word)
    word = "".join(_BELARUSIAN_LETTERS.get(char, char) for char in word)
    return _FINAL_J.sub("i", _LONE_H.sub("g", word))
