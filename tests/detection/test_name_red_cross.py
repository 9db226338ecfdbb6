"""The Red Cross and Red Crescent societies keep their country in their name."""

import pytest

from claims.detection.names import extract_mentions

CASES = [
    pytest.param("Volunteers from the Nepal Red Cross handed out tents.", ["Nepal Red Cross"], id="a country's Red Cross"),
    pytest.param("The Turkish Red Crescent sent food.", ["Turkish Red Crescent"], id="a people's Red Crescent"),
    pytest.param("Volunteers from the Red Cross came.", ["Red Cross"], id="the movement itself"),
    pytest.param("Trains at Kings Cross stopped.", ["Kings Cross"], id="a place named Cross stays whole"),
    pytest.param("Nepal sent troops to the border.", ["Nepal"], id="a country alone"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_national_red_cross_is_one_name(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected
