import pytest

from claims.detection.names import is_general_place
from claims.detection.stories import common_names, group_into_stories, holders_per_name


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


@pytest.mark.parametrize(
    ("entities", "common", "expected"),
    [
        # Two unrelated reports that both name the president (1) and the capital (2).
        ({1: {1, 2, 30}, 2: {1, 2, 40}}, {1, 2}, {1: 1, 2: 2}),
        # The president and a district mayor only these two reports name: one story.
        ({1: {1, 30}, 2: {1, 30}}, {1, 2}, {1: 1, 2: 1}),
        # Two uncommon names, beside common ones.
        ({1: {1, 2, 30, 31}, 2: {1, 2, 30, 31}}, {1, 2}, {1: 1, 2: 1}),
        # Joined through a third report that shares a mayor with each, not through the president.
        ({1: {1, 30}, 2: {1, 40}, 3: {1, 30, 40}}, {1}, {1: 1, 2: 1, 3: 1}),
    ],
)
def test_two_common_names_alone_tie_no_two_reports(entities, common, expected):
    assert group_into_stories(entities, common=frozenset(common)) == expected


def test_a_name_is_common_when_more_sources_than_the_limit_hold_it():
    entities = {source: {1, source} if source <= 3 else {source} for source in range(1, 6)}
    holders = holders_per_name(entities)
    assert holders[1] == 3
    assert common_names(holders, limit=2) == {1}
    assert common_names(holders, limit=3) == frozenset()


def test_the_anchor_is_the_oldest_source_whatever_the_order():
    entities = {9: {1, 2}, 4: {1, 2}, 7: {1, 2}}
    assert set(group_into_stories(entities).values()) == {4}


def test_the_threshold_can_be_lowered():
    assert group_into_stories({1: {10, 20}, 2: {10, 30}}, min_shared=1) == {1: 1, 2: 1}


def test_a_name_every_source_holds_joins_only_the_pairs_sharing_a_second():
    # A country named by 3,000 reports; each pair of reports also names the same firm, and
    # every tenth report names the minister of the report after it too.
    entities = {source: {1, 1_000 + source // 2} for source in range(3_000)}
    for source in range(0, 2_998, 10):
        entities[source].add(10_000 + source)
        entities[source + 2].add(10_000 + source)
    stories = group_into_stories(entities)
    expected = {}
    for source in range(3_000):
        pair_anchor = source - source % 2
        # Reports 0-1 and 2-3 are joined through the minister (and the country): one story.
        expected[source] = pair_anchor - 2 if pair_anchor % 10 == 2 else pair_anchor
    assert stories == expected
    assert len(set(stories.values())) == 1_200


def _pairwise(entities_by_source, min_shared, common=frozenset()):
    """The definition, pair by pair: what the grouping must equal."""
    anchor = {source: source for source in entities_by_source}
    changed = True
    while changed:
        changed = False
        for a, names_a in entities_by_source.items():
            for b, names_b in entities_by_source.items():
                shared = set(names_a) & set(names_b)
                if len(shared) >= min_shared and shared - common and anchor[a] != anchor[b]:
                    low = min(anchor[a], anchor[b])
                    for source, current in anchor.items():
                        if current in (anchor[a], anchor[b]):
                            anchor[source] = low
                    changed = True
    return anchor


@pytest.mark.parametrize("common", [frozenset(), frozenset({1}), frozenset({1, 2, 3, 4})])
@pytest.mark.parametrize("min_shared", [1, 2, 3])
@pytest.mark.parametrize("seed", range(20))
def test_the_grouping_is_the_pairwise_definition_on_random_corpora(seed, min_shared, common):
    import random

    rng = random.Random(seed)
    entities = {
        rng.randrange(10_000): [rng.choice([1, 1, 1, 2, 3, *range(4, 30)]) for _ in range(rng.randrange(0, 7))]
        for _ in range(rng.randrange(1, 40))
    }
    assert group_into_stories(entities, common=common, min_shared=min_shared) == _pairwise(entities, min_shared, common)


@pytest.mark.parametrize(
    ("spelling", "general"),
    [
        # countries, their peoples and adjectives, and languages: named by any report from the region
        ("Slovakia", True),
        ("Slovak", True),
        ("Hungarians", True),
        ("Polish", True),
        ("Israeli", True),
        ("Hebrew", True),
        ("Pashto", True),
        ("Moldovan", True),
        # a city, a river or a company is where a story happens
        ("Brno", False),
        ("Vltava", False),
        ("Danube", False),
        ("Slovak Rail Cargo", False),
    ],
)
def test_peoples_and_languages_tie_no_two_reports_into_one_story(spelling, general):
    assert is_general_place(spelling) is general
