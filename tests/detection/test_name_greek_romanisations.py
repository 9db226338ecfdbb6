"""Greek names in Latin letters: χ as ch or h, γκ as gk, g or ng, γ before i or e as g or y.

Only Greek-looking words (a Greek ending, or the prefix Chatzi-) are read so; the examples
are our own, look-alikes from other languages must stay apart.
"""

import pytest

from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Tsagkarakis", "Tsagarakis", id="gamma-kappa written gk or g"),
    pytest.param("Tsangarakis", "Tsagarakis", id="gamma-kappa written ng or g"),
    pytest.param("Τσαγκαράκης", "Tsagarakis", id="the Greek script against the older romanisation"),
    pytest.param("Chatzidaki", "Hatzidaki", id="chi written ch or h at the start"),
    pytest.param("Dr Eleni Chatzidaki", "Eleni Hatzidaki", id="chi in a full name with a title"),
    pytest.param("Vlachakis", "Vlahakis", id="chi written ch or h inside the word"),
    pytest.param("Giorgos Vlachakis", "Yiorgos Vlahakis", id="gamma before i written g or y, and chi"),
    pytest.param("Agios Nikolaos", "Ayios Nikolaos", id="gamma between vowels written g or y"),
    pytest.param("Angelopoulos", "Agelopoulos", id="gamma-gamma written ng or g"),
]

DIFFERENT = [
    pytest.param("Chan", "Han", id="a Chinese surname is no Greek word"),
    pytest.param("Chang", "Hang", id="ch and h in a word without a Greek ending"),
    pytest.param("Gates", "Yates", id="an English name that ends like nothing Greek"),
    pytest.param("Chatzidaki", "Chatzidakis", id="a woman's and a man's form of one family name"),
    pytest.param("Chatzidakis", "Hatzopoulos", id="two Greek names that share the prefix"),
    pytest.param("Vlachakis", "Vlachos", id="a surname and the shorter one it grew from"),
    pytest.param("Christou", "Hristov", id="a Greek and a Bulgarian surname of one root"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_two_romanisations_of_a_greek_name_are_one_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_of_greek_romanisations_stay_apart(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)
