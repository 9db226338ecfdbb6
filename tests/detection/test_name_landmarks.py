""""the Kvirila" is the Kvirila River named in full in any source, when one such river or
landform carries the word; a bare name without "the", or with two such landmarks, is not."""

import pytest

from tests.name_clusters import clusters

CASES = [
    pytest.param(
        [(1, "Kvirila River", False), (2, "Kvirila", True)],
        [["Kvirila River@1", "Kvirila@2"]],
        id="the river named in full in another source",
    ),
    pytest.param(
        [(1, "Indus River", False), (2, "Indus", True), (3, "Indus", True)],
        [["Indus River@1", "Indus@2", "Indus@3"]],
        id="two sources that write the river's name alone",
    ),
    pytest.param(
        [(1, "Kvirila River", False), (2, "Kvirila", False)],
        [["Kvirila River@1"], ["Kvirila@2"]],
        id="without the article the bare word may be anything",
    ),
    pytest.param(
        [(1, "Kvirila River", False), (2, "Kvirila Gorge", False), (3, "Kvirila", True)],
        [["Kvirila Gorge@2"], ["Kvirila River@1"], ["Kvirila@3"]],
        id="two landmarks of that word: neither",
    ),
    pytest.param(
        [(1, "Kvirila River", False), (2, "Kvirila Mining", False), (2, "Kvirila", True)],
        [["Kvirila Mining@2"], ["Kvirila River@1", "Kvirila@2"]],
        id="a company of that word is no landmark",
    ),
]


@pytest.mark.parametrize(("mentions", "expected"), CASES)
def test_a_bare_name_after_the_is_the_landmark_named_in_full(mentions, expected):
    assert clusters(*mentions) == expected
