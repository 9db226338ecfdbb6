"""Other names of one city, from the GeoNames list: exonyms, old names, other romanisations.

Real cities, since the list is the point; the people beside them are our own.
"""

import pytest

from claims.detection.names import blocking_keys, cluster_mentions, same_name
from claims.detection.place_names import city_ids, is_main_city_name, same_city
from claims.detection.types import MentionRecord

SAME_CITY = [
    pytest.param("Kovno", "Kaunas", id="a Russian and Yiddish name of a Lithuanian city"),
    pytest.param("Wilno", "Vilnius", id="the Polish name"),
    pytest.param("Memel", "Klaipėda", id="the German name, and the city's with its diacritic"),
    pytest.param("Aussig", "Ústí nad Labem", id="a German exonym of a Czech town of three words"),
    pytest.param("Cuzco", "Cusco", id="an older spelling"),
    pytest.param("Pressburg", "Bratislava", id="a German exonym"),
    pytest.param("Fiume", "Rijeka", id="an Italian exonym"),
    pytest.param("Bombay", "Mumbai", id="a colonial name"),
]


@pytest.mark.parametrize(("a", "b"), SAME_CITY)
def test_two_names_of_one_city_match_and_share_a_blocking_key(a, b):
    assert same_city(a, b) and same_name(a, b) and same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


DIFFERENT = [
    pytest.param("Victoria", "Rabat", id="a name that is a dozen cities' own names joins none"),
    pytest.param("Scutari", "Shkodër", id="a name of two cities joins neither"),
    pytest.param("Kaunas", "Kaunas", id="one spelling is left to the other rules"),
    pytest.param("Zestafoni-2", "Zestafoni", id="a numbered site is not its town"),
    pytest.param("Kovno", "Vilnius", id="two cities"),
]


def test_a_name_that_reads_as_a_person_is_not_the_city_called_after_him():
    assert same_city("Ho Chi Minh", "Ho Chi Minh City")
    assert not same_name("Ho Chi Minh", "Ho Chi Minh City")
    assert same_name("Aussig", "Ústí nad Labem")  # which reads as a person's name, but is the city's own


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_names_of_no_one_city_in_common_do_not_join(a, b):
    assert not same_city(a, b)


def test_only_whole_names_are_looked_up():
    assert city_ids("Kaunas Free Economic Zone") == ()
    assert city_ids("Kaunas")
    assert is_main_city_name("Ústí nad Labem") and not is_main_city_name("Aussig")


def _records(*sources: list[str], titles: dict[str, str] | None = None) -> list[MentionRecord]:
    titles = titles or {}
    return [
        MentionRecord(ref=ref, source_ref=source, text=text, title=titles.get(text, ""))
        for ref, (source, text) in enumerate((source, text) for source, texts in enumerate(sources) for text in texts)
    ]


def test_an_exonym_in_one_source_joins_the_city_named_in_another():
    records = _records(["Kaunas", "Vilnius"], ["Kovno", "Wilno"])
    assert cluster_mentions(records) == [[0, 2], [1, 3]]


def test_a_city_name_that_is_a_surname_never_joins_two_people():
    # Santos is a Brazilian port and, here, two people's surname; neither joins the other.
    records = _records(["Ariel Santos", "Santos"], ["Lourdes Santos", "Santos"])
    assert cluster_mentions(records) == [[0, 1], [2, 3]]


def test_a_person_named_like_a_city_is_not_the_city():
    # "Ho Chi Minh" is the man, though GeoNames lists it as a name of the city called after him.
    records = _records(["Ho Chi Minh"], ["Ho Chi Minh City"])
    assert city_ids("Ho Chi Minh") == city_ids("Ho Chi Minh City")
    assert cluster_mentions(records) == [[0], [1]]
