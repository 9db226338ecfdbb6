"""A title word that is a family name too ("Ejaz Sheikh"): after a courtesy title ("Mr
Sheikh") it is that person's surname, not a title."""

import pytest

from claims.detection.names import cluster_mentions, courtesy_title, extract_mentions, same_name
from claims.detection.types import MentionRecord

SPANS = [
    pytest.param(
        'Relief minister Ejaz Sheikh said families were paid. "Every family," Mr Sheikh said.',
        ["Ejaz Sheikh", "Sheikh"],
        id="a courtesy title before a surname the text writes",
    ),
    pytest.param("The envoy met Mr Sheikh on Monday.", [], id="nothing in the text makes the title a surname"),
    pytest.param("Alison Judge runs it. Ms Judge said so.", ["Alison Judge", "Judge"], id="a woman's courtesy title"),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_a_title_word_is_a_surname_after_a_courtesy_title(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("Sheikh", "Ejaz Sheikh", True, id="the surname of a person"),
        pytest.param("King", "Burger King", False, id="King is left out: a company ends with it"),
        pytest.param("Sheikh", "Sheikh Zayed", False, id="a title before a name is no surname"),
    ],
)
def test_title_words_as_surnames(a, b, same):
    assert same_name(a, b) is same


def test_mr_sheikh_is_the_minister():
    text = 'Relief minister Ejaz Sheikh said families were paid. "Every family," Mr Sheikh said.'
    mentions = extract_mentions(text)
    records = [MentionRecord(ref, 1, m.text, title=courtesy_title(text, m.start)) for ref, m in enumerate(mentions)]
    assert cluster_mentions(records) == [[0, 1]]
