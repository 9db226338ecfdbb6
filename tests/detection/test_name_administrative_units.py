"""An administrative unit named after its town ("Malang Regency", "Garissa County") is no
person: the town alone is not his given name."""

import pytest

from claims.detection.name_parsing import parse_name
from claims.detection.names import cluster_mentions
from claims.detection.types import MentionRecord

UNITS = ["Malang Regency", "Garissa County", "Ierapetra Municipality", "Kyoto Prefecture", "Assiut Governorate"]


@pytest.mark.parametrize("unit", UNITS)
def test_an_administrative_unit_is_not_a_person(unit):
    assert not parse_name(unit).person_like


def test_the_town_stays_apart_from_the_regency_named_after_it():
    records = [MentionRecord(0, 1, "Malang Regency"), MentionRecord(1, 1, "Malang")]
    assert cluster_mentions(records) == [[0], [1]]


def test_a_given_name_still_joins_a_person_named_before_it():
    records = [MentionRecord(0, 1, "Malang Diallo"), MentionRecord(1, 1, "Malang")]
    assert cluster_mentions(records) == [[0, 1]]
