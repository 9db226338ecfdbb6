"""One administrative unit in English and in the country's word: "Kirovohrad Oblast" is the
"Kirovograd region"; the town alone, or another region, is not."""

import pytest

from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Kirovohrad Oblast", "Kirovograd region", id="oblast kept or translated, Ukrainian h and Russian g"),
    pytest.param("Navoi Viloyati", "Navoi Region", id="the Uzbek word"),
    pytest.param("Almaty Oblys", "Almaty Region", id="the Kazakh word"),
]

DIFFERENT = [
    pytest.param("Kirovohrad Oblast", "Kirovohrad", id="the region is not its town"),
    pytest.param("Kirovohrad Oblast", "Poltava region", id="another region"),
    pytest.param("Kirovohrad Oblast", "Kirovohrad District", id="a district is no region"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_unit_in_two_languages_is_one_name(a, b):
    assert same_name(a, b)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_other_places_stay_apart(a, b):
    assert not same_name(a, b)
