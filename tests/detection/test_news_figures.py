"""Figures as news copy prints them outside a plant story: tolls, people in different roles, bare
numbers whose noun is elsewhere in the sentence.

The sentences are our own words, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.detection.figures import extract_figures

PUBLISHED = date(2024, 6, 12)


def reading(text: str, wanted: str):
    facts = {f.text: f for f in extract_figures(text, PUBLISHED)}
    assert wanted in facts, list(facts)
    return facts[wanted]


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("Rescuers said 40 people had died.", "40 people", "people:person:killed"),
        ("Officials said 15 people were still missing.", "15 people", "people:person:missing"),
        ("Medics treated about 200 injured people.", "about 200 injured people", "people:person:injured"),
        ("Some 9,000 people are sleeping in tents.", "Some 9,000 people", "people:person:displaced"),
        ("About 3,000 villagers are still living in temporary shelters.", "About 3,000 villagers",
         "people:villager:displaced"),
        ("Three children were in intensive care.", "Three children", "people:child:hospitalised"),
        ("Clinics vaccinated 800,000 children in a fortnight.", "800,000 children", "people:child:vaccinated"),
        ("Divers recovered 12 bodies from the river.", "12 bodies", "people:person:killed"),
        ("The ministry recorded nine deaths.", "nine deaths", "people:person:killed"),
        ("More than 2,000 people turned out for the march.", "More than 2,000 people", "people:person:attending"),
        ("Organisers said 6,000 people had come.", "6,000 people", "people:person:attending"),
    ],
)  # fmt: skip
def test_what_happened_to_the_people_counted_is_part_of_the_quantity(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The death toll rose to 27 on Friday.", "27", "people:person:killed"),
        ("The police gave a toll of 31.", "31", "people:person:killed"),
        ("The final toll of 45 was confirmed in May.", "45", "people:person:killed"),
        ("Dengue cases in the district have climbed to 410.", "410", "count:case"),
        ("Mumps cases have risen to 52.", "52", "count:case"),
        ("The number of residents evacuated has reached 5,200.", "5,200", "people:person:displaced"),
        ("Police put the crowd at about 8,000.", "about 8,000", "people:person:attending"),
        ("Organisers said a crowd of 20,000 filled the square.", "20,000", "people:person:attending"),
        ("The agency put the number of pupils vaccinated at 64,000.", "64,000", "people:pupil:vaccinated"),
        ("Four people drowned, 11 were injured and two are missing.", "11", "people:person:injured"),
        ("Four people drowned, 11 were injured and two are missing.", "two", "people:person:missing"),
        ("Five were killed when the bridge fell.", "Five", "people:person:killed"),
        ("Witnesses said 30 died in the fire.", "30", "people:person:killed"),
    ],
)
def test_a_bare_number_counts_what_its_sentence_names(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The ruling party won 40 seats and the opposition 22.", "22"),
        ("The population of the town is 40,000.", "40,000"),
        ("Teams reached 1.2 million, short of the target of 1.5 million.", "1.5 million"),
        ("Of the 9,000 ballots cast, 8,700 were valid.", "8,700"),
    ],
)
def test_a_bare_number_whose_sentence_names_no_count_is_never_compared(sentence, text):
    assert reading(sentence, text).quantity_key == ""


def test_things_that_came_from_donors_are_still_donated():
    assert reading("Some 200 posters came from private donors.", "Some 200 posters").quantity_key == (
        "count:poster:donated"
    )
