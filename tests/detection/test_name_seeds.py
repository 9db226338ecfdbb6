"""The two real reports of September 2019, read together as the desk reads them.

The files stay in shared/seeds (they are not ours to copy); the test is skipped without them.
"""

from pathlib import Path

import pytest

from claims.detection.names import cluster_mentions, extract_mentions, house_spelling_for, name_flags, stated_aliases
from claims.detection.types import FlagLabel, MentionRecord

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SEED_FILES = {
    "diplomat": "diplomat-2019-09-tokayev-goes-to-beijing.txt",
    "rferl": "rferl-2019-09-toqaev-visits-beijing.txt",
}
SOURCE_REF = {"diplomat": 1, "rferl": 2}


@pytest.fixture(scope="module")
def seeds():
    paths = {name: SEEDS / file for name, file in SEED_FILES.items()}
    if not all(path.exists() for path in paths.values()):
        pytest.skip("the seed articles are not in shared/seeds")
    texts = {name: path.read_text(encoding="utf-8") for name, path in paths.items()}
    records: list[MentionRecord] = []
    for name, text in texts.items():
        for mention in extract_mentions(text):
            records.append(MentionRecord(len(records), SOURCE_REF[name], mention.text))
    aliases = [pair for text in texts.values() for pair in stated_aliases(text)]
    entities = [[records[ref] for ref in cluster] for cluster in cluster_mentions(records, aliases)]
    return records, entities


def _entity_of(entities, text):
    return next(entity for entity in entities if any(record.text == text for record in entity))


def _spellings(entity) -> set[str]:
    return {record.text for record in entity}


SAME_ENTITY = [
    pytest.param({"Kassym-Jomart Tokayev", "Tokayev", "Qasym-Zhomart Toqaev", "Toqaev"}, id="the president"),
    pytest.param({"Nursultan Nazarbayev", "Nazarbayev", "Nursultan Nazarbaev", "Nazarbaev"}, id="his predecessor"),
    pytest.param({"Nur-Sultan", "Astana"}, id="the renamed capital"),
    pytest.param({"Xi Jinping", "Xi"}, id="the Chinese president"),
]


@pytest.mark.parametrize("spellings", SAME_ENTITY)
def test_seed_spellings_of_one_name_are_one_entity(seeds, spellings):
    _, entities = seeds
    assert _spellings(_entity_of(entities, next(iter(spellings)))) == spellings


APART = [
    pytest.param("Nursultan Nazarbayev", "Nur-Sultan", id="the man is not the city"),
    pytest.param("Kazakh", "Kazakhs", id="a nationality is not its plural"),
    pytest.param("Kazakhs", "Kazakhstan", id="a people is not its country"),
    pytest.param("Kazakh", "Kazakhstan", id="an adjective is not the country"),
    pytest.param("China", "Chinese", id="a country is not its adjective"),
    pytest.param("Xi", "Xinjiang", id="a surname is not a region"),
    pytest.param("Nazarbayev", "Nazarbayev University", id="a man is not his university"),
    pytest.param("Avezov", "Kazakhstan", id="a diplomat is not his country"),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_seed_look_alikes_stay_apart(seeds, a, b):
    _, entities = seeds
    assert _entity_of(entities, a) is not _entity_of(entities, b)


ACROSS = [
    pytest.param("Tokayev", ("Tokayev", "Toqaev"), id="Tokayev against Toqaev"),
    pytest.param("Tokayev", ("Kassym-Jomart", "Qasym-Zhomart"), id="Kassym-Jomart against Qasym-Zhomart"),
    pytest.param("Nazarbayev", ("Nazarbaev", "Nazarbayev"), id="Nazarbayev against Nazarbaev"),
]


@pytest.mark.parametrize(("member", "spellings"), ACROSS)
def test_seed_variants_are_flagged_across_sources(seeds, member, spellings):
    _, entities = seeds
    entity = _entity_of(entities, member)
    house = house_spelling_for([record.text for record in entity])
    flags = name_flags(entity, house, "entity")
    across = [flag for flag in flags if flag.label is FlagLabel.SPELLING_ACROSS_SOURCES]
    assert sorted(spellings) in [sorted(flag.spellings) for flag in across]
    assert not [flag for flag in flags if flag.label is FlagLabel.SPELLING_WITHIN_SOURCE]


def test_seed_capital_is_not_flagged_as_a_misspelling(seeds):
    _, entities = seeds
    capital = _entity_of(entities, "Nur-Sultan")
    assert name_flags(capital, house_spelling_for([record.text for record in capital]), "astana") == []


def test_seed_nursultan_the_first_name_never_meets_the_city(seeds):
    records, entities = seeds
    city = _entity_of(entities, "Nur-Sultan")
    assert not any("Nursultan" in record.text for record in city)
    assert any(record.text == "Nursultan Nazarbaev" for record in records)
