"""A currency code in capitals before an amount is the amount's unit, never a name word."""

import pytest

from claims.detection.names import extract_mentions

CASES = [
    pytest.param(
        "Inspectors fined Kvirila Mining Company GEL 1.5 million on Monday.",
        ["Kvirila Mining Company"],
        id="a code after a company's name ends the name",
    ),
    pytest.param("The club paid IDR3 billion to Brantas United.", ["Brantas United"], id="a code run into the amount"),
    pytest.param("Each family gets GEL 100,000 from the firm.", [], id="a code alone before an amount"),
    pytest.param("Ron Paul spoke in Nairobi.", ["Ron Paul", "Nairobi"], id="a code's letters as a given name stay a name"),
    pytest.param("Talks with the KES Group went on.", ["KES Group"], id="capitals not before an amount stay a name"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_currency_code_before_an_amount_is_no_name(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected
