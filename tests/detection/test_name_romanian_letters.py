"""Romanian and Moldovan ș and ț, which Russian-style spellings of Moldovan names write sh and
ts (with a hard c as k), and which the wire drops to s and t. The examples are our own."""

import pytest

from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Vasile Țăranu", "Vasile Tsaranu", id="ț written ts"),
    pytest.param("Ştefan Rusu", "Shtefan Rusu", id="ş with a cedilla written sh"),
    pytest.param("Ion Bulgaru", "Ion Bulgaru", id="no special letter"),
    pytest.param("Ion Cazacu", "Ion Kazaku", id="a hard c as k (already read so)"),
    pytest.param("Doina Cucoș", "Doina Kukosh", id="ș and two hard c's"),
    pytest.param("Cucoș", "Cucos", id="the wire drops the comma"),
]

DIFFERENT = [
    pytest.param("Țăranu", "Taranov", id="a Russian surname of another ending"),
    pytest.param("Cucoș", "Kukish", id="a vowel apart in a short word"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_romanian_letters_match_their_russian_style_spelling(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_stay_apart(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)
