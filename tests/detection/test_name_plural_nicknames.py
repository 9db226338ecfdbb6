""""the Mariners" is the team its article names as "Port Klang Mariners"; a singular word,
a word without "the", or an article that names two such teams, is not."""

import pytest

from tests.name_clusters import clusters

CASES = [
    pytest.param(
        [(1, "Port Klang Mariners", False), (1, "Mariners", True)],
        [["Mariners@1", "Port Klang Mariners@1"]],
        id="the team's plural after the",
    ),
    pytest.param(
        [(1, "Port Klang Mariners", False), (2, "Mariners", True)],
        [["Mariners@2"], ["Port Klang Mariners@1"]],
        id="only in the article that names the team",
    ),
    pytest.param(
        [(1, "Port Klang Mariners", False), (1, "Mariners", False)],
        [["Mariners@1"], ["Port Klang Mariners@1"]],
        id="without the article",
    ),
    pytest.param(
        [(1, "Port Klang Mariners", False), (1, "Kedah Mariners", False), (1, "Mariners", True)],
        [["Kedah Mariners@1"], ["Mariners@1"], ["Port Klang Mariners@1"]],
        id="two teams of that name: neither",
    ),
    pytest.param(
        [(1, "Kvirila River", False), (1, "River", True)],
        [["Kvirila River@1"], ["River@1"]],
        id="a singular word is no nickname",
    ),
]


@pytest.mark.parametrize(("mentions", "expected"), CASES)
def test_a_plural_after_the_is_the_team_named_in_full(mentions, expected):
    assert clusters(*mentions) == expected
