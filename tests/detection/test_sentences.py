"""Sentence boundaries: a full stop after a title or an abbreviation inside a name ends nothing."""

import pytest

from claims.detection.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry MV Sta. Ines left the port at noon with 80 people aboard.",
        "Lt. Cmdr. Rosa Lim said the search would go on.",
        "Maj. Gen. Okafor and Supt. Bello toured the camp.",
        "Pilgrims crossed to Sto. Niño church by boat.",
    ],
)
def test_an_abbreviation_inside_a_name_does_not_end_the_sentence(text):
    assert sentences(text) == [text]


def test_a_surname_that_is_also_an_abbreviation_elsewhere_still_ends_its_sentence():
    assert sentences("The fund was backed by Jack Ma. It opened in May.") == [
        "The fund was backed by Jack Ma.",
        "It opened in May.",
    ]
