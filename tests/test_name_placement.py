"""How an import places a source's new spellings: as the engine reads one article, in text order."""

import datetime

import pytest

from claims.models import Entity
from claims.services.imports import SourceInput, import_source

pytestmark = pytest.mark.django_db


def import_text(text, publisher="Zarafshan Daily"):
    return import_source(SourceInput(text=text, publisher=publisher, published_on=datetime.date(2024, 5, 2))).source


def entity_of(text):
    return Entity.objects.filter(mentions__text=text).distinct().get()


def test_a_place_named_twice_before_a_person_of_that_surname_stays_a_place():
    import_text(
        "The regional council in Navoi approved a second water line on Tuesday. Navoi has grown fast since "
        "the mining plants opened. The new library, named after the poet Alisher Navoi, opens next year."
    )
    assert entity_of("Navoi") != entity_of("Alisher Navoi")


def test_a_surname_after_the_full_name_is_that_person():
    import_text(
        "Hossein Karimi, the conservator, said the dome would be finished by autumn. "
        "Karimi added that the tiles were being fired in the old kilns."
    )
    assert entity_of("Karimi") == entity_of("Hossein Karimi")


def test_a_surname_after_two_people_of_that_surname_joins_neither():
    import_text(
        "Architect Mahnaz Rostami and her brother Dariush Rostami signed the plans on Monday. "
        "Rostami said the courtyard would reopen in June."
    )
    assert entity_of("Rostami") not in {entity_of("Mahnaz Rostami"), entity_of("Dariush Rostami")}
