"""Polish, Russian, Ukrainian and Belarusian administrative units in their own words: "Gmina
Wąsosz" is the rural commune, not a person nor the village Wąsosz; "Oblast", "Raion", "Krai",
"Voivodeship" are the region, district, territory and province copy also writes in English.
The examples are our own."""

import pytest

from claims.detection.name_parsing import parse_name
from claims.detection.names import blocking_keys, same_name

UNITS = ["Gmina Wąsosz", "Powiat Sejneński", "Kherson Oblast", "Bilhorod Raion", "Altai Krai", "Lubusz Voivodeship"]


@pytest.mark.parametrize("unit", UNITS)
def test_a_unit_in_its_own_word_is_not_a_person(unit):
    assert not parse_name(unit).person_like


SAME = [
    pytest.param("Kherson Oblast", "Kherson region", id="oblast is region"),
    pytest.param("Bilhorod Raion", "Bilhorod district", id="raion is district"),
    pytest.param("Bilhorod Rayon", "Bilhorod Raion", id="two romanisations of the district"),
    pytest.param("Altai Krai", "Altai region", id="krai is region"),
    pytest.param("Lubusz Voivodeship", "Lubusz Province", id="voivodeship is province"),
]

DIFFERENT = [
    pytest.param("Gmina Wąsosz", "Wąsosz", id="the commune is not its seat"),
    pytest.param("Kherson Oblast", "Kherson Raion", id="a region is not a district"),
    pytest.param("Lubusz Voivodeship", "Lubusz County", id="a province is not a county"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_unit_in_its_own_word_and_in_english_is_one_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_units_stay_apart(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)
