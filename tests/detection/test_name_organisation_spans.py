"""An organisation's name runs through a plural possessive ("Miners' Union") and through
"of" after a confederation, so the acronym the text gives in brackets joins the whole name."""

import pytest

from claims.detection.names import extract_mentions, stated_aliases

SPANS = [
    pytest.param(
        "The Imereti Miners' Union said 52 workers were underground.",
        ["Imereti Miners' Union"],
        id="a plural possessive before the organisation's head",
    ),
    pytest.param(
        "The Workers' Party of Korea met on Monday.",
        ["Workers' Party of Korea"],
        id="a plural possessive, then the head and of",
    ),
    pytest.param(
        "The Farmers' Cooperative Society opened a shop.",
        ["Farmers' Cooperative Society"],
        id="the head one word after the possessive",
    ),
    pytest.param(
        "They met at the Beridzes' house in Chiatura.",
        ["Beridzes", "Chiatura"],
        id="a family's possessive before a common noun ends the name",
    ),
    pytest.param(
        "The Khurtsidzes' Toyota Land Cruiser was found.",
        ["Khurtsidzes", "Toyota Land Cruiser"],
        id="a possessive before a name that is no organisation ends the name",
    ),
    pytest.param(
        "The Vietnam General Confederation of Labour backed the strike.",
        ["Vietnam General Confederation of Labour"],
        id="of after a confederation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_organisation_names_keep_their_possessives_and_of(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "The Imereti Miners' Union (IMU) said 52 workers were underground.",
            ("Imereti Miners' Union", "IMU"),
            id="the initials of a name with a plural possessive",
        ),
        pytest.param(
            "The Vietnam General Confederation of Labour (VGCL) backed the strike.",
            ("Vietnam General Confederation of Labour", "VGCL"),
            id="the initials of a confederation",
        ),
    ],
)
def test_an_acronym_in_brackets_names_the_whole_organisation(text, pair):
    assert pair in stated_aliases(text)
