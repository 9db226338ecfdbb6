"""The Persian ezafe as Dari and Urdu copy writes it, -i- between hyphens ("Mazar-i-Sharif"),
is the -e of "Mazar-e Sharif"."""

import pytest

from claims.detection.names import blocking_keys, cluster_mentions, extract_mentions, same_name
from claims.detection.types import MentionRecord


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A buyer in Mazar-i-Sharif paid.", ["Mazar-i-Sharif"], id="-i- between hyphens"),
        pytest.param("A buyer in Mazar-e Sharif paid.", ["Mazar-e Sharif"], id="-e and a space"),
        pytest.param("The Koh-i-Noor diamond is in London.", ["Koh-i-Noor", "London"], id="another name with the ezafe"),
    ],
)
def test_the_ezafe_keeps_a_name_whole(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected


def test_the_two_spellings_are_one_name_and_one_entity():
    assert same_name("Mazar-i-Sharif", "Mazar-e Sharif")
    assert blocking_keys("Mazar-i-Sharif") & blocking_keys("Mazar-e Sharif")
    assert not same_name("Mazar-i-Sharif", "Sharif")
    records = [MentionRecord(0, 1, "Mazar-i-Sharif"), MentionRecord(1, 2, "Mazar-e Sharif")]
    assert cluster_mentions(records) == [[0, 1]]
