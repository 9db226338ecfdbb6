"""A place's generic word run into its name inside a longer name ("Hari Rod Saffron" /
"Harirod Saffron"), and the Dari "rod" beside the Persian "rud"."""

import pytest

from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Hari Rod Saffron", "Harirod Saffron", id="a firm named after a river, generic apart or run in"),
    pytest.param("Hari Rod", "Harirud", id="Dari rod and Persian rud"),
    pytest.param("Zayandeh Rud Dam", "Zayanderud Dam", id="a dam named after a river"),
]

DIFFERENT = [
    pytest.param("Hari Rod Saffron", "Hari Saffron", id="the generic word is part of the name"),
    pytest.param("Amu Darya Bridge", "Syr Darya Bridge", id="two rivers' bridges"),
    pytest.param("Hari Rod Saffron", "Harirod Dates", id="another firm of that river"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_generic_word_inside_a_name_is_read_run_in(a, b):
    assert same_name(a, b)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_names_around_a_generic_word_stay_apart(a, b):
    assert not same_name(a, b)
