"""The short Indonesian honorifics Pak and Bu before a given name the text also writes as a
full name's first word; Pak stays a Korean family name everywhere else."""

import pytest

from claims.detection.names import cluster_mentions, extract_mentions
from claims.detection.types import MentionRecord

SPANS = [
    pytest.param(
        "The club's president, Umar Wirjosubroto, spoke. Pak Umar said tickets sold out.",
        ["Umar Wirjosubroto", "Umar"],
        id="Pak before the given name of a person the text names in full",
    ),
    pytest.param(
        "Sri Wahyuni runs the clinic. Bu Sri said beds were short.",
        ["Sri Wahyuni", "Sri"],
        id="Bu before a woman's given name",
    ),
    pytest.param(
        "The president, Pak Chae-in, spoke. Pak said sales rose.",
        ["Pak Chae-in", "Pak"],
        id="a Korean family name before a hyphenated given name stays",
    ),
    pytest.param(
        "Pak Umar said tickets sold out.",
        ["Pak Umar"],
        id="nothing in the text says the next word is a given name",
    ),
    pytest.param(
        "Umar Wirjosubroto spoke. Pak Umar Said and Pak Chae-in left.",
        ["Umar Wirjosubroto", "Pak Umar Said", "Pak Chae-in"],
        id="only before a lone given name: a longer name stays whole",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_a_short_honorific_is_cut_before_a_known_given_name(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected


def test_pak_and_the_given_name_join_the_person_named_in_full():
    text = "The club's president, Oemar Wirjosoebroto, spoke. Pak Oemar said tickets sold out."
    records = [MentionRecord(ref, 1, mention.text) for ref, mention in enumerate(extract_mentions(text))]
    assert cluster_mentions(records) == [[0, 1]]
