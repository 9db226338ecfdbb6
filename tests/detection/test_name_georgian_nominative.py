"""Georgian given names with and without the nominative -i ("Tamaz" / "Tamazi"), beside a
Georgian surname only; a short given name never swallows a different one."""

import pytest

from claims.detection.names import blocking_keys, same_name

SAME = [
    pytest.param("Tamaz Khurtsidze", "Tamazi Khurtsidze", id="the nominative i written or left off"),
    pytest.param("Levani Beridze", "Levan Beridze", id="the other way round"),
    pytest.param("Zurabi Chanturia", "Zurab Chanturia", id="beside a surname in -ia"),
    pytest.param("Vakhtangi Gelashvili", "Vakhtang Gelashvili", id="beside a surname in -shvili"),
]

DIFFERENT = [
    pytest.param("Tamaz Khurtsidze", "Tamar Khurtsidze", id="two given names one letter apart"),
    pytest.param("Tamazi Khurtsidze", "Tamaz Beridze", id="another family"),
    pytest.param("Hossein Karimi", "Hosseini Karimi", id="a Persian surname is not Georgian"),
    pytest.param("Gia Beridze", "G Beridze", id="a short given name is not cut"),
    pytest.param("Ilia Beridze", "Il Beridze", id="a given name ending in a vowel and i is not cut"),
    pytest.param("Tamazi", "Tamaz", id="two words alone have no surname to tell"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_georgian_given_name_with_or_without_its_i_is_one_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_the_georgian_i_joins_nothing_else(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)
