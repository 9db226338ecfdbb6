"""A football club's short form: "Brantas United" is "Brantas" in the article that names it,
but "the Brantas" there is the river the club is named after."""

import pytest

from claims.detection.names import cluster_mentions, same_name
from claims.detection.types import MentionRecord


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        pytest.param("Brantas", "Brantas United", True, id="without United"),
        pytest.param("Persija", "Persija FC", True, id="without FC"),
        pytest.param("Brantas FC", "Brantas United", False, id="two clubs of one town"),
        pytest.param("United", "Brantas United", False, id="the tail alone is nobody"),
    ],
)
def test_a_club_without_its_tail_is_the_club(short, full, same):
    assert same_name(short, full) is same


def test_the_river_after_the_stays_apart_from_the_club_named_after_it():
    records = [
        MentionRecord(0, 1, "Brantas United"),
        MentionRecord(1, 1, "Brantas"),
        MentionRecord(2, 2, "Brantas United"),
        MentionRecord(3, 2, "Brantas", after_the=True),
    ]
    assert cluster_mentions(records) == [[0, 1, 2], [3]]
