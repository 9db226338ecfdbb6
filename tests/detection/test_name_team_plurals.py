"""A town and a team's plural ("Tacloban Sharks", "Osaka Tigers") name a team, never a person:
the plural is no surname and the town no given name. "the Sharks" is still the team in the
article that names it (`name_landmarks`). The examples are our own."""

import pytest

from claims.detection.name_parsing import parse_name
from tests.name_clusters import clusters


@pytest.mark.parametrize("team", ["Tacloban Sharks", "Osaka Tigers", "Port Moresby Vipers Rangers", "Reno Aces Mariners"])
def test_a_team_is_not_a_person(team):
    assert not parse_name(team).person_like


@pytest.mark.parametrize("person", ["Peter Rivers", "Anna Hawks", "Tom Knights"])
def test_a_plural_that_is_a_family_name_still_makes_a_person(person):
    assert parse_name(person).person_like


CASES = [
    pytest.param(
        [(1, "Tacloban Sharks", False), (1, "Tacloban", False)],
        [["Tacloban Sharks@1"], ["Tacloban@1"]],
        id="the town is not the team's given name",
    ),
    pytest.param(
        [(1, "Tacloban Sharks", False), (1, "Sharks", False)],
        [["Sharks@1"], ["Tacloban Sharks@1"]],
        id="the plural without the article is no surname of the team",
    ),
    pytest.param(
        [(1, "Tacloban Sharks", False), (1, "Sharks", True)],
        [["Sharks@1", "Tacloban Sharks@1"]],
        id="the plural after the article is the team the article names",
    ),
]


@pytest.mark.parametrize(("mentions", "expected"), CASES)
def test_a_team_joins_neither_its_town_nor_a_bare_plural(mentions, expected):
    assert clusters(*mentions) == expected
