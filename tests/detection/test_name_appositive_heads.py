""""Gelora Bung Tomo, the Surabaya stadium": the appositive names the place with its head
word, which other copy writes in full ("Gelora Bung Tomo Stadium")."""

import pytest

from claims.detection.names import cluster_mentions, stated_aliases
from claims.detection.types import MentionRecord

CASES = [
    pytest.param(
        "He played at Gelora Bung Tomo, the Surabaya stadium named after Bung Tomo.",
        [("Gelora Bung Tomo", "Gelora Bung Tomo Stadium")],
        id="a stadium with a capitalised word before the head",
    ),
    pytest.param(
        "Barges sail on the Kali Brantas, the river of the delta.",
        [("Kali Brantas", "Kali Brantas River")],
        id="a river",
    ),
    pytest.param(
        "Barges sail on the Brantas, the river of the delta.",
        [],
        id="not a one-word name, a club's name elsewhere",
    ),
    pytest.param("Chiatura, a town in a gorge, mines manganese.", [], id="a town is no head word"),
    pytest.param("He met Lim Wei Jie, the club chief.", [], id="a person's appositive"),
    pytest.param("Fans reached Gelora Bung Tomo Stadium, the stadium of the club.", [], id="the head is written already"),
    pytest.param("He played at Gelora Bung Tomo, a stadium in Surabaya.", [], id="a stadium is not the stadium"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_appositive_head_names_the_place_in_full(text, expected):
    assert [pair for pair in stated_aliases(text) if pair in expected or "Stadium" in pair[1] or "River" in pair[1]] == expected


def test_the_short_name_joins_the_place_named_in_full_elsewhere():
    records = [MentionRecord(0, 1, "Gelora Bung Tomo Stadium"), MentionRecord(1, 2, "Gelora Bung Tomo")]
    aliases = stated_aliases("He played at Gelora Bung Tomo, the Surabaya stadium named after Bung Tomo.")
    assert cluster_mentions(records) == [[0], [1]]
    assert cluster_mentions(records, aliases) == [[0, 1]]
