import pytest

from claims.detection.stories import group_into_stories


@pytest.mark.parametrize(
    ("entities", "expected"),
    [
        # Two outlets on one visit share the president and the city.
        ({1: {10, 11, 12}, 2: {10, 11}}, {1: 1, 2: 1}),
        # A mine in Chile and a plant in Texas share nothing.
        ({1: {20}, 2: {30}}, {1: 1, 2: 2}),
        # One shared name (a country both mention in passing) is not a story.
        ({1: {10, 20}, 2: {10, 30}}, {1: 1, 2: 2}),
        # Stories join through a third source that shares two names with each.
        ({1: {1, 2}, 2: {3, 4}, 3: {1, 2, 3, 4}}, {1: 1, 2: 1, 3: 1}),
        # A source with no names is a story of its own.
        ({5: set(), 6: set()}, {5: 5, 6: 6}),
    ],
)
def test_sources_sharing_two_names_tell_one_story(entities, expected):
    assert group_into_stories(entities) == expected


def test_the_anchor_is_the_oldest_source_whatever_the_order():
    entities = {9: {1, 2}, 4: {1, 2}, 7: {1, 2}}
    assert set(group_into_stories(entities).values()) == {4}


def test_the_threshold_can_be_lowered():
    assert group_into_stories({1: {10, 20}, 2: {10, 30}}, min_shared=1) == {1: 1, 2: 1}
