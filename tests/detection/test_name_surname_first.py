"""Family names written first in Malaysia and Singapore (Hokkien and Teochew spellings):
"Lim Wei Jie" is Mr Lim, not Mr Jie. Look-alikes must stay apart."""

import pytest

from claims.detection.names import cluster_mentions, extract_mentions, same_name
from claims.detection.types import MentionRecord

SAME = [
    pytest.param("Lim", "Lim Wei Jie", id="Lim written first"),
    pytest.param("Mr Tan", "Tan Cheng Bock", id="Tan with a courtesy title"),
    pytest.param("Ong", "Ong Ye Kung", id="Ong written first"),
    pytest.param("Goh", "Goh Chok Tong", id="Goh written first"),
    pytest.param("Jie", "Lim Wei Jie", id="the last word still answers, as for Chinese names"),
]

DIFFERENT = [
    pytest.param("Wei", "Lim Wei Jie", id="a middle syllable is no surname"),
    pytest.param("Lim", "Halim Tan", id="a surname inside a longer word"),
    pytest.param("Tan", "Tanner Lim", id="a longer given name that starts alike"),
    pytest.param("Lim", "Lima Ong", id="a place-like word one letter longer"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_family_name_written_first_is_the_surname(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_of_a_family_name_written_first_stay_apart(a, b):
    assert not same_name(a, b)


def test_mr_lim_is_the_chief_executive_named_before_him():
    text = "The club's chief executive, Lim Wei Jie, said on Monday. Mr Lim said the fee was fair."
    records = [MentionRecord(ref, 1, mention.text) for ref, mention in enumerate(extract_mentions(text))]
    texts = {record.ref: record.text for record in records}
    clusters = [sorted(texts[ref] for ref in cluster) for cluster in cluster_mentions(records)]
    assert ["Lim", "Lim Wei Jie"] in clusters
