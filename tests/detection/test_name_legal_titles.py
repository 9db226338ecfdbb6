"""Titles of the courts and councils are cut from a name like any other title."""

import pytest

from claims.detection.names import extract_mentions

CASES = [
    pytest.param("The case was opened by Prosecutor Goncalo Magalhaes in May.", ["Goncalo Magalhaes"], id="prosecutor"),
    pytest.param("The depot was backed by Councillor Tomasz Wojcik on Friday.", ["Tomasz Wojcik"], id="councillor"),
    pytest.param("They spoke to Prosecutor General Ivan Petrov on Friday.", ["Ivan Petrov"], id="a title of two words"),
    pytest.param("The case went to the Crown Prosecution Service.", ["Crown Prosecution Service"], id="an office of that trade stays"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_legal_or_council_title_is_cut(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected
