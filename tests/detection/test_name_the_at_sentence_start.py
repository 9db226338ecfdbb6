""""The Kvirila, which carries..." opening a sentence is "the Kvirila": a river or a
landmark, not a company's short form; "The" inside a name is the name's own word."""

import pytest

from claims.detection.names import after_the, cluster_mentions
from claims.detection.types import MentionRecord


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        pytest.param("Barges moored on the Odra overnight.", "Odra", True, id="lower-case the"),
        pytest.param("Rain fell. The Kvirila runs black.", "Kvirila", True, id="The opening a sentence"),
        pytest.param("The Kvirila runs black.", "Kvirila", True, id="The opening the text"),
        pytest.param("Floods came.\nThe Kvirila rose.", "Kvirila", True, id="The opening a line"),
        pytest.param("Talks were held in The Hague.", "Hague", False, id="The inside a name"),
        pytest.param("Workers at Kvirila said no.", "Kvirila", False, id="no article"),
    ],
)
def test_a_name_after_the_article(text, name, expected):
    assert after_the(text, text.index(name)) is expected


def test_the_river_opening_a_sentence_stays_apart_from_the_company_named_after_it():
    text = "Kvirila Mining Company was fined. The Kvirila, which carries the washings, runs black."
    records = [
        MentionRecord(0, 1, "Kvirila Mining Company"),
        MentionRecord(1, 1, "Kvirila", after_the=after_the(text, text.index("Kvirila,"))),
        MentionRecord(2, 2, "Kvirila River"),
    ]
    assert [1] in cluster_mentions(records) or [1, 2] in cluster_mentions(records)
