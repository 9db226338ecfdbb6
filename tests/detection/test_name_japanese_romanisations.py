"""Japanese names in Latin letters: passport Hepburn's oh, doubled and ou vowels, Kunrei-shiki
si/ti/tu/zi, and m before b/p/m all read as plain Hepburn without long vowels.

Only words that read as Japanese syllables get the reading; the examples are our own, and
look-alikes from other languages must stay apart.
"""

import pytest

from claims.detection.japanese import looks_japanese, reading
from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Kohno", "Kono", id="passport oh before a consonant"),
    pytest.param("Satoh", "Sato", id="passport oh at the end"),
    pytest.param("Ōkubo", "Ohkubo", id="a macron against passport oh"),
    pytest.param("Oohashi", "Ohashi", id="a long o written oo at the start"),
    pytest.param("Yousuke Katou", "Yosuke Kato", id="a long o written ou, in both names"),
    pytest.param("Yuusuke", "Yusuke", id="a long u written uu"),
    pytest.param("Sizuka Hukuda", "Shizuka Hukuda", id="Kunrei si"),
    pytest.param("Matida", "Machida", id="Kunrei ti"),
    pytest.param("Tutomu Matumoto", "Tsutomu Matsumoto", id="Kunrei tu, twice"),
    pytest.param("Fuzita", "Fujita", id="Kunrei zi"),
    pytest.param("Syouta", "Shota", id="Kunrei sya-row and a long o"),
    pytest.param("Tyouhu", "Chouhu", id="Kunrei tya-row; hu is kept as written"),
    pytest.param("Namba", "Nanba", id="m before b"),
    pytest.param("Gumma", "Gunma", id="m before m"),
    pytest.param("Sampei Ohtani", "Sanpei Ōtani", id="m before p and a long o in one name"),
]

DIFFERENT = [
    pytest.param("John", "Jon", id="oh before a final n is English, not a long o"),
    pytest.param("Moore", "More", id="oo inside an English name"),
    pytest.param("Hunan", "Funan", id="Kunrei hu is not read as fu"),
    pytest.param("Ono", "Onoe", id="two Japanese surnames a vowel apart"),
    pytest.param("Sato", "Saito", id="two Japanese surnames a letter apart"),
    pytest.param("Fujita", "Fukita", id="ji and ki are different syllables"),
    pytest.param("Kato", "Kado", id="t and d stay apart"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_two_romanisations_of_a_japanese_name_are_one_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_of_japanese_romanisations_stay_apart(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)


@pytest.mark.parametrize(
    ("word", "japanese"),
    [("matsumoto", True), ("shinnosuke", True), ("hattori", True), ("ohta", True), ("kutchan", True),
     ("santos", False), ("john", False), ("zhang", False), ("oh", False), ("smith", False)],
)
def test_only_words_made_of_japanese_syllables_look_japanese(word, japanese):
    assert looks_japanese(word) is japanese


def test_the_reading_of_a_hyphenated_word_is_made_part_by_part():
    assert reading("simo-kitazawa") == "shimo-kitazawa"
    assert reading("kasprzak-tuzi") == "kasprzak-tsuji"
