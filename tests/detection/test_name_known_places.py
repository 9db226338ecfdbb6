"""A country, city or people the desk knows is spelled with its own first letter: it never
matches a word it does not know that begins otherwise ("Emirati" / "Imereti")."""

import pytest

from claims.detection.names import cluster_mentions, same_name
from claims.detection.types import MentionRecord


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Emirati", "Imereti", False, id="a known people and an unknown region a vowel apart"),
        pytest.param("Tashkent", "Toshkent", True, id="the Uzbek spelling of a known city"),
        pytest.param("Uzbekistan", "Oʻzbekiston", True, id="the first letter of the Uzbek reading agrees"),
        pytest.param("Kazakhstan", "Qazaqstan", True, id="q and k fold to one letter"),
        pytest.param("Esfahan", "Isfahan", True, id="two unknown words keep the e/i rule"),
    ],
)
def test_a_known_place_matches_only_words_with_its_first_letter(a, b, same):
    assert same_name(a, b) is same
    assert same_name(b, a) is same


def test_the_people_and_the_region_are_two_entities():
    records = [MentionRecord(0, 1, "Emirati"), MentionRecord(1, 2, "Imereti")]
    assert cluster_mentions(records) == [[0], [1]]
