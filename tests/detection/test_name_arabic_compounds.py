"""The Arabic article run into a name ("Elsayed" / "El-Sayed") and Abd al- compounds written
joined or hyphenated ("Abdelrahman" / "Abdel-Rahman"); look-alikes stay apart."""

import pytest

from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Mona El-Sayed", "Mona Elsayed", id="the article hyphenated or run in"),
    pytest.param("Sherif al-Sayed", "Sherif Elsayed", id="al and el, hyphenated and run in"),
    pytest.param("Alsharif", "Al-Sharif", id="a one-word name"),
    pytest.param("Abdel-Rahman", "Abdelrahman", id="an Abd al- compound hyphenated or joined"),
    pytest.param("Abdul-Wahab Rahmani", "Abdulwahab Rahmani", id="in a full name"),
]

DIFFERENT = [
    pytest.param("Almaty", "Maty", id="a city whose first letters are no article"),
    pytest.param("Elbrus", "Brus", id="too little left after the letters"),
    pytest.param("Elena Petrova", "Lena Petrova", id="a vowel after the letters"),
    pytest.param("Alexander", "Xander", id="a given name that starts with al"),
    pytest.param("Nur-Sultan", "Nursultan", id="a hyphen between two words stays"),
    pytest.param("Abdel-Rahman", "Abdelrahim", id="two different compounds"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_arabic_compounds_written_two_ways_are_one_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_of_arabic_compounds_stay_apart(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)
