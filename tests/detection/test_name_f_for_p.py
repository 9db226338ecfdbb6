"""f and p in the fuzzy match of long words: Georgian ფ and Greek φ are p in one
romanisation and f in another, Turkmen writes p for the f of an Arabic name. Short words
and words that differ elsewhere stay apart."""

import pytest

from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Zestaponi", "Zestafoni", id="Georgian ph written p or f"),
    pytest.param("Saparov", "Safarov", id="Turkmen p for an Arabic f"),
    pytest.param("Stefanidis", "Stepanidis", id="Greek phi written f or p in a surname"),
]

DIFFERENT = [
    pytest.param("Fars", "Pars", id="a short word must fold equal"),
    pytest.param("Fanos", "Panos", id="a five-letter word must fold equal"),
    pytest.param("Fedorov", "Petrov", id="another skeleton"),
    pytest.param("Zestaponi", "Zestafoni-2", id="a numbered site of the town"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_f_and_p_are_one_letter_in_long_words(a, b):
    assert same_name(a, b)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_f_and_p_do_not_join_short_or_different_words(a, b):
    assert not same_name(a, b)
