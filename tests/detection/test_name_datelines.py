"""A town a dateline names in capitals ("SURABAYA - ") is a name at a sentence start too."""

import pytest

from claims.detection.names import extract_mentions

CASES = [
    pytest.param(
        "SURABAYA - The club agreed.\n\nSurabaya, the capital of East Java, loves football.",
        "Surabaya",
        True,
        id="the dateline's town opening a later sentence",
    ),
    pytest.param(
        "CHIATURA, March 10 - Two miners died.\n\nChiatura, a town in a gorge, lives from manganese.",
        "Chiatura",
        True,
        id="a dateline with a date",
    ),
    pytest.param(
        "Surabaya, the capital of East Java, loves football.",
        "Surabaya",
        False,
        id="without a dateline nothing vouches for it",
    ),
    pytest.param(
        "SURABAYA - The club agreed.\n\nMalang, the city nearby, loves football.",
        "Malang",
        False,
        id="the dateline vouches for its own town only",
    ),
]


@pytest.mark.parametrize(("text", "name", "found"), CASES)
def test_a_dateline_town_is_a_name_at_a_sentence_start(text, name, found):
    assert (name in [mention.text for mention in extract_mentions(text)]) is found
