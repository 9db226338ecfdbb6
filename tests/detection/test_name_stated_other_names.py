"""A place's other name, as the copy itself states it: called, known in a language as, or in a
language. The sentences are our own."""

import pytest

from claims.detection.names import stated_aliases


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ships queued off Liepaja, called Libau until 1919, all week.", ("Liepaja", "Libau")),
        ("Marchers filled Puno, known in Aymara as Punu, on Monday.", ("Puno", "Punu")),
        ("Clinics in Trincomalee, or Thirukonamalai in Tamil, stayed open.", ("Trincomalee", "Thirukonamalai")),
        ("The firm is named after the Apurimac, as the upper Amazon is known, by its founder.", ("Amazon", "Apurimac")),
    ],
)
def test_the_copy_names_a_place_twice(text, pair):
    assert pair in stated_aliases(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kirov Stadium, named after Sergei Kirov, reopened.",  # named after someone is not the same
        "The tour goes to Lagos, or Abuja in May, then home.",  # a month is no language
        "She met Ana, known in Lima as Anita, at the port.",  # a city is no language
    ],
)
def test_other_pairs_are_not_one_name(text):
    assert stated_aliases(text) == []


def test_an_acronym_is_the_one_name_of_its_article_whose_initials_it_spells():
    text = "Members of the Harbour Pilots' Association walked out. The HPA said talks had failed."
    assert ("Harbour Pilots' Association", "HPA") in stated_aliases(text)


def test_an_acronym_two_names_of_its_article_could_spell_is_neither():
    text = "The Harbour Workers Union and the Hotel Workers Union met on Monday. The HWU said no."
    assert stated_aliases(text) == []
