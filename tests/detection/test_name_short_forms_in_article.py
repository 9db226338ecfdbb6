""""the Coast Guard" in an article that names the "Philippine Coast Guard", "the City Hospital" in
one that names the "Jaffna City Hospital", is that body: copy drops the country's or the place's
word once the article has named it. Per article only, and only where the article names one such
body. The examples are our own."""

import pytest

from tests.name_clusters import clusters

CASES = [
    pytest.param(
        [(1, "Philippine Coast Guard", False), (1, "Coast Guard", True)],
        [["Coast Guard@1", "Philippine Coast Guard@1"]],
        id="the body without its country in the same article",
    ),
    pytest.param(
        [(1, "Kenyan Wildlife Service", False), (1, "Wildlife Service", True)],
        [["Kenyan Wildlife Service@1", "Wildlife Service@1"]],
        id="a demonym ending in -an",
    ),
    pytest.param(
        [(1, "Philippine Coast Guard", False), (2, "Coast Guard", True)],
        [["Coast Guard@2"], ["Philippine Coast Guard@1"]],
        id="another article's coast guard may be another country's",
    ),
    pytest.param(
        [(1, "Philippine Coast Guard", False), (1, "Coast Guard", False)],
        [["Coast Guard@1"], ["Philippine Coast Guard@1"]],
        id="without the article the short name may be anything",
    ),
    pytest.param(
        [(1, "Philippine Coast Guard", False), (1, "Japanese Coast Guard", False), (1, "Coast Guard", True)],
        [["Coast Guard@1"], ["Japanese Coast Guard@1"], ["Philippine Coast Guard@1"]],
        id="two such bodies in one article: neither",
    ),
    pytest.param(
        [(1, "Seattle Harbor Patrol", False), (1, "Harbor Patrol", True)],
        [["Harbor Patrol@1", "Seattle Harbor Patrol@1"]],
        id="a city's body without the city",
    ),
    pytest.param(
        [(1, "Kandy General Hospital", False), (1, "Galle General Hospital", False), (1, "General Hospital", True)],
        [["Galle General Hospital@1"], ["General Hospital@1"], ["Kandy General Hospital@1"]],
        id="two cities' hospitals in one article: neither",
    ),
]


@pytest.mark.parametrize(("mentions", "expected"), CASES)
def test_a_national_body_without_its_country_is_the_one_the_article_names(mentions, expected):
    assert clusters(*mentions) == expected
