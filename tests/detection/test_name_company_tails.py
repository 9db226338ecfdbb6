"""A company's name cut after some of its sector words ("Kvirila Mining" of "Kvirila Mining
Company") is the company; two companies of one stem stay apart."""

import pytest

from claims.detection.names import blocking_keys, cluster_mentions, same_name
from claims.detection.types import MentionRecord

SAME = [
    pytest.param("Kvirila Mining", "Kvirila Mining Company", id="without Company"),
    pytest.param("Kvirila", "Kvirila Mining Company", id="without every sector word"),
    pytest.param("Daesan Motors", "Daesan Motors Co.", id="without the legal form"),
]

DIFFERENT = [
    pytest.param("Kvirila Mining", "Kvirila Shipping Company", id="another sector of one group"),
    pytest.param("Hanbit Energy", "Hanbit Mobility", id="two companies of one group"),
    pytest.param("East India", "East India Company", id="a place is no company's short form"),
    pytest.param("Mining Company", "Kvirila Mining Company", id="the tail alone"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_company_cut_after_some_sector_words_is_the_company(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_companies_of_one_stem_stay_apart(a, b):
    assert not same_name(a, b)


def test_the_cut_name_joins_the_company_named_in_another_source():
    records = [MentionRecord(0, 1, "Kvirila Mining Company"), MentionRecord(1, 2, "Kvirila Mining")]
    assert cluster_mentions(records) == [[0, 1]]


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        pytest.param("Halda Jute", "Halda Jute Fibres", True, id="without Fibres"),
        pytest.param("Beijing", "Beijing Textiles", False, id="a known city is no company's short form"),
        pytest.param("Halda Jute", "Halda Textiles", False, id="another company of the group"),
        pytest.param("Cilacap", "Cilacap Cement", False, id="a plant named after its town keeps its product word"),
        pytest.param("John", "John Mills", False, id="Mills is a surname, not a sector word"),
    ],
)
def test_sector_words_of_mills_and_factories(short, full, same):
    assert same_name(short, full) is same
