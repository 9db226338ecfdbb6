"""An airport's "International" is left out as often as it is printed: "Kansai International
Airport" is "Kansai Airport". Other words of the name still count."""

import pytest

from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Kansai International Airport", "Kansai Airport", id="the word left out"),
    pytest.param("Sangster International Airport", "Sangster Intl Airport", id="the word abbreviated"),
    pytest.param("Kotoka International Airport's", "Kotoka Airport", id="with a possessive"),
    pytest.param("Mactan-Cebu International Airport", "Mactan-Cebu Airport", id="a hyphenated name"),
]

DIFFERENT = [
    pytest.param("Kansai International Airport", "Kansai", id="the region is not its airport"),
    pytest.param("Ninoy Aquino International Airport", "Ninoy Aquino", id="the man is not the airport named after him"),
    pytest.param("Kansai International Airport", "Itami Airport", id="two airports of one city"),
    pytest.param("International Airport", "Airport", id="no name left to compare"),
    pytest.param("Kansai International", "Kansai", id="International before anything but an airport stays"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_an_airport_with_and_without_international_is_one_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_other_words_of_an_airport_name_still_count(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)
