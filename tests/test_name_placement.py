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


def crowd_first_name(first, n):
    """`n` other people who share a first name, as a desk covering a region for years holds."""
    for number in range(n):
        import_text(f"{first} Testname{chr(97 + number % 26)}{chr(97 + number // 26)} opened a clinic on Monday.",
                    publisher=f"Outlet {number}")


def test_a_crowded_first_name_does_not_hide_the_person_a_surname_finds(monkeypatch):
    monkeypatch.setattr("claims.services.name_analysis.KEY_CANDIDATES", 3)
    import_text("Muhammad Haddadi, the port director, said the quay would reopen in May.", publisher="Gulf Wire")
    crowd_first_name("Mohammed", 6)
    import_text("Mohammed Haddadi said on Friday that the quay was ready.", publisher="Harbour Daily")
    assert entity_of("Mohammed Haddadi") == entity_of("Muhammad Haddadi")


def test_a_crowded_key_is_read_only_as_far_as_its_newest_entities(monkeypatch):
    from claims.services.name_analysis import _entities_by_key

    monkeypatch.setattr("claims.services.name_analysis.KEY_CANDIDATES", 3)
    crowd_first_name("Mohammed", 6)
    read = _entities_by_key({"w:mohamed"})["w:mohamed"]
    newest = set(Entity.objects.filter(name__startswith="Mohammed").order_by("-pk").values_list("pk", flat=True)[:4])
    assert read == newest


def test_a_name_with_only_crowded_keys_is_still_placed(monkeypatch):
    monkeypatch.setattr("claims.services.name_analysis.KEY_CANDIDATES", 3)
    crowd_first_name("Mohammed", 6)
    source = import_text("Reporters asked Mohammed about the quay.", publisher="Late Edition")
    assert source.mentions.get(text="Mohammed").entity_id is not None


def test_a_surname_alone_joins_the_person_named_in_full_in_the_same_source_not_a_namesake():
    import_text("Elshan Mamedov, the mill's director, said the looms were ready. Mamedov thanked the staff.",
                publisher="Ganja Daily")
    source = import_text("Rauf Mamedov, the founder, opened the second hall on Friday. Mamedov said it cost less than planned.",
                         publisher="Caspian Business")
    assert source.mentions.get(text="Mamedov").entity == source.mentions.get(text="Rauf Mamedov").entity
    assert entity_of("Rauf Mamedov") != entity_of("Elshan Mamedov")


def test_a_full_name_does_not_join_a_namesake_through_a_surname_some_report_used_alone():
    import_text("Elshan Mamedov, the mill's director, said the looms were ready. Mamedov thanked the staff.",
                publisher="Ganja Daily")
    import_text("Rauf Mamedov opened the second hall on Friday.", publisher="Caspian Business")
    assert entity_of("Rauf Mamedov") != entity_of("Elshan Mamedov")
    import_text("Elshan Mammadov visited the mill on Monday.", publisher="Baku Wire")  # the same Elshan, spelled otherwise
    assert entity_of("Elshan Mammadov") == entity_of("Elshan Mamedov")


def test_a_surname_with_a_title_joins_the_person_the_source_called_so():
    import_text(
        "Dr Anita Kowalczyk, who runs the clinic, and the mayor, Piotr Kowalczyk, opened the ward on Friday. "
        "Dr Kowalczyk said it would take 40 patients."
    )
    assert entity_of("Kowalczyk") == entity_of("Anita Kowalczyk")
    assert entity_of("Piotr Kowalczyk") != entity_of("Anita Kowalczyk")


def test_one_surname_the_source_gives_two_people_is_placed_with_each():
    source = import_text(
        "Dr Anita Kowalczyk, who runs the clinic, and the mayor, Piotr Kowalczyk, opened the ward on Friday. "
        "Dr Kowalczyk said it would take 40 patients. Mr Kowalczyk said the town had paid for the beds."
    )
    surname_entities = [
        mention.entity
        for mention in source.mentions.filter(text="Kowalczyk").select_related("entity").order_by("start")
    ]
    assert surname_entities == [entity_of("Anita Kowalczyk"), entity_of("Piotr Kowalczyk")]
    # Re-importing the same text changes nothing; re-analysing places them again the same way.
    from claims.services.detection import analyse_source

    analyse_source(source)
    assert [m.entity for m in source.mentions.filter(text="Kowalczyk").order_by("start")] == surname_entities


def test_a_word_its_own_source_keeps_from_a_person_is_not_given_to_that_person_on_the_desk():
    import_text("The poet Alisher Navoi wrote in Chagatai in the 15th century.", "Culture Weekly")
    import_text(
        "The regional council in Navoi approved a second water line on Tuesday. Navoi has grown fast since "
        "the mining plants opened. The new library, named after the poet Alisher Navoi, opens next year."
    )
    assert entity_of("Navoi") != entity_of("Alisher Navoi")


def test_the_bare_name_of_a_river_is_the_river_on_the_desk_not_the_company_named_after_it():
    import_text("Rioni Mining Company dredges gravel from the Rioni River near Kutaisi.", "Caucasus Wire")
    import_text("Fishermen say the Rioni has run brown since the dredging began.", "Highland Herald")
    assert entity_of("Rioni") == entity_of("Rioni River") != entity_of("Rioni Mining Company")
