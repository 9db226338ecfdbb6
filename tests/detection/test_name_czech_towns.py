"""Czech and Slovak town names hold a lower-case "nad" (on) or "pod" (under)."""

import pytest

from claims.detection.names import extract_mentions, same_name

SPANS = [
    pytest.param("Barges reach Ústí nad Labem daily.", ["Ústí nad Labem"], id="nad between two name words"),
    pytest.param("The Ústí nad Labem Region pays.", ["Ústí nad Labem Region"], id="inside a longer name"),
    pytest.param("Hikers climb Rožnov pod Radhoštěm often.", ["Rožnov pod Radhoštěm"], id="pod between two name words"),
    pytest.param("Ships from Labem nad the river.", ["Labem"], id="nad not followed by a name word"),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_a_czech_town_name_keeps_its_preposition(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected


def test_the_town_with_and_without_marks_is_one_name_and_not_its_river():
    assert same_name("Ústí nad Labem", "Usti nad Labem")
    assert not same_name("Labe", "Ústí nad Labem")
