"""Romanisations of scripts that do not tell t from d or ch from j the way English does (Tamil,
Thai), a consonant doubled as a digraph, and a given name cut to its initial. The names are our
own, made up for these tests."""

import pytest

from claims.detection.names import blocking_keys, same_name
from tests.name_clusters import clusters

SAME = [
    pytest.param("Selvarajah Thiruchelvam", "Selvarajah Tiruchelvam", id="Tamil th or t"),
    pytest.param("Muthulingam Devanandan", "Muthulingam Thevanandan", id="Tamil d or th at the start"),
    pytest.param("Pradeep Nadarajan", "Pradeep Natarajan", id="Tamil d or t inside"),
    pytest.param("Somchai Charoenphon", "Somchai Jaroenphon", id="Thai ch or j"),
    pytest.param("Point Pedro Kachcheri", "Point Pedro Kacheri", id="a doubled ch"),
    pytest.param("S. Ganeshalingam", "Sivakumar Ganeshalingam", id="an initial with its stop"),
]

DIFFERENT = [
    pytest.param("Fedorov", "Petrov", id="a vowel apart as well"),
    pytest.param("Li Wenjun", "Li Wenchun", id="pinyin tells j from ch"),
    pytest.param("Dorothea", "Torotea", id="an eight-letter word with vowels apart too"),
    pytest.param("S Ganeshalingam", "Sivakumar Ganeshalingam", id="a bare letter is no initial"),
    pytest.param("S. Ganeshalingam", "Kumar Ganeshalingam", id="another initial"),
    pytest.param("S. Ganeshalingam", "Sivakumar Ganesan", id="another surname"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_name_in_two_romanisations_is_one_name(a, b):
    assert same_name(a, b)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_stay_apart(a, b):
    assert not same_name(a, b)


def test_an_initialled_name_and_a_tamil_spelling_join_their_full_name_when_clustered():
    found = clusters((1, "Sivakumar Ganeshalingam"), (2, "S. Ganeshalingam"), (3, "Pradeep Nadarajan"),
                     (4, "Pradeep Natarajan"), (4, "Priya Ganesan"))
    assert ["S. Ganeshalingam@2", "Sivakumar Ganeshalingam@1"] in found
    assert ["Pradeep Nadarajan@3", "Pradeep Natarajan@4"] in found


def test_khun_before_a_given_name_is_the_person_its_source_named():
    found = clusters((1, "Somsak Wongsa"), (1, "Khun Somsak"), (2, "Anan Wongsa"), (2, "Mr Wongsa"))
    assert ["Khun Somsak@1", "Somsak Wongsa@1"] in found


@pytest.mark.parametrize(
    ("a", "b"),
    [("Xamarweyne", "Xamarweeyne"), ("Caasha Cabdi", "Casha Cabdi"), ("Baardheere", "Bardhere")],
)
def test_a_long_vowel_written_double_or_single_is_one_name(a, b):
    assert same_name(a, b)
    assert blocking_keys(a) & blocking_keys(b)


def test_a_name_written_with_and_without_its_marks_is_read_by_its_marked_spelling():
    found = clusters((1, "Vytautas Zemaitis"), (2, "Vytautas Žemaitis"), (3, "Vytautas Zhemaitis"))
    assert ["Vytautas Zemaitis@1", "Vytautas Zhemaitis@3", "Vytautas Žemaitis@2"] in found
