"""Spanish and Portuguese names with two surnames, printed whole once and with the first
surname after; legal forms that end a company's name. Names invented for these tests."""

import pytest

from claims.detection.names import blocking_keys, same_name
from tests.name_clusters import clusters

SAME = [
    pytest.param("Rosa Mamani Condori", "Rosa Mamani", id="the second surname dropped"),
    pytest.param("Julio Ccahuana Huillca", "Julio Ccahuana", id="Quechua surnames"),
    pytest.param("Andina Buses S.A.C.", "Andina Buses", id="a Peruvian legal form"),
    pytest.param("Fjord Fisk ehf.", "Fjord Fisk", id="an Icelandic legal form"),
]

DIFFERENT = [
    pytest.param("Rosa Mamani Condori", "Rita Mamani", id="another given name"),
    pytest.param("Bien Hoa Stevedoring", "Bien Hoa", id="a firm named after a place"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_name_printed_whole_and_short(a, b):
    assert same_name(a, b)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_other_names_stay_apart(a, b):
    assert not same_name(a, b)


def test_the_first_surname_alone_means_the_person_its_source_named_with_both():
    found = clusters((1, "Fernando Ttito Rivera"), (1, "Mr Ttito"), (3, "Lucia Rivera"))
    assert ["Fernando Ttito Rivera@1", "Mr Ttito@1"] in found


def test_a_source_that_names_two_such_people_joins_neither():
    found = clusters((1, "Fernando Ttito Rivera"), (1, "Ana Ttito Paz"), (1, "Mr Ttito"))
    assert ["Mr Ttito@1"] in found
