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


AFTER_DATELINE = [
    pytest.param("SURABAYA - The club agreed to the sale.", ["SURABAYA"], id="an English word after the dash"),
    pytest.param("ASTANA - Tokayev said talks went well.", ["ASTANA", "Tokayev"], id="a name after the dash stays"),
    pytest.param(
        "CHIATURA, March 10 - Two miners died. Rescuers came.",
        ["CHIATURA"],
        id="a number word after a dateline with a date",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_DATELINE)
def test_the_word_after_a_dateline_opens_a_sentence(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected
