"""A lower-case administrative unit after a place ("Ierapetra municipality") is part of the
name where the text also names the town alone; otherwise the unit is the place itself."""

import pytest

from claims.detection.names import cluster_mentions, extract_mentions
from claims.detection.types import MentionRecord

SPANS = [
    pytest.param(
        "Ierapetra was hit hardest. The Ierapetra municipality said 40 homes fell.",
        ["Ierapetra", "Ierapetra municipality"],
        id="the town alone, then its municipality",
    ),
    pytest.param(
        "Floods reached the Dadu district on Monday. In Dadu itself, shops closed.",
        ["Dadu district", "Dadu"],
        id="the district first, then the town",
    ),
    pytest.param(
        "Farmers in the Oromia region grow coffee. The Oromia region exports most of it.",
        ["Oromia", "Oromia"],
        id="a place only ever written with its unit keeps its bare name",
    ),
    pytest.param(
        "The quake hit Ierapetra. Quakes shook the Lasithi regional unit.",
        ["Ierapetra", "Lasithi"],
        id="a unit after another place than the one named alone",
    ),
    pytest.param(
        "Rain is rare in Herat. Farms in Herat Province grow saffron.",
        ["Herat", "Herat Province"],
        id="a capitalised unit was part of the name already",
    ),
    pytest.param(
        "Voters in Setúbal came out. In Setúbal regionally the count is close.",
        ["Setúbal", "Setúbal"],
        id="a word that only begins like a unit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_an_administrative_unit_joins_the_name_beside_the_town_alone(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected


def test_the_municipality_and_the_town_are_two_entities():
    text = "Ierapetra was hit hardest. The Ierapetra municipality said 40 homes fell in Ierapetra."
    records = [MentionRecord(ref, 1, mention.text) for ref, mention in enumerate(extract_mentions(text))]
    assert cluster_mentions(records) == [[0, 2], [1]]
