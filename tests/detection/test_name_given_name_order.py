"""A given name alone means the one person of that given name its article named before it;
a namesake named only later does not make it undecided, one named between its uses does."""

import pytest

from claims.detection.names import cluster_mentions
from claims.detection.types import MentionRecord


def _clusters(*texts: str) -> list[list[str]]:
    records = [MentionRecord(ref, 1, text) for ref, text in enumerate(texts)]
    return sorted(sorted(f"{records[ref].text}#{ref}" for ref in cluster) for cluster in cluster_mentions(records))


CASES = [
    pytest.param(
        ("Budi Sucipto", "Budi", "Budi Santoso"),
        [["Budi Santoso#2"], ["Budi Sucipto#0", "Budi#1"]],
        id="a namesake named after the use",
    ),
    pytest.param(
        ("Budi Sucipto", "Budi Santoso", "Budi"),
        [["Budi Santoso#1"], ["Budi Sucipto#0"], ["Budi#2"]],
        id="two of that name before the use: neither",
    ),
    pytest.param(
        ("Budi Sucipto", "Budi", "Budi Santoso", "Budi"),
        [["Budi Santoso#2"], ["Budi Sucipto#0"], ["Budi#1", "Budi#3"]],
        id="a namesake named between two uses: neither",
    ),
    pytest.param(
        ("Budi", "Budi Sucipto"),
        [["Budi Sucipto#1"], ["Budi#0"]],
        id="the full name only after the use",
    ),
]


@pytest.mark.parametrize(("texts", "expected"), CASES)
def test_a_given_name_means_the_one_person_named_before_it(texts, expected):
    assert _clusters(*texts) == expected
