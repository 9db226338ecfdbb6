"""Names a text itself says are one ("Ennore (எண்ணூர்)", "Solun, as Thessaloniki is called")
end up in one entity on the desk, within the source that says so and in sources after it."""

import datetime

from claims.models import EntityAlias, Mention
from claims.services.imports import SourceInput, import_source


def import_text(text, publisher, published=datetime.date(2025, 5, 27)):
    return import_source(SourceInput(text=text, publisher=publisher, published_on=published)).source


def entity_of(source, text):
    return Mention.objects.get(source=source, text=text).entity_id


def test_a_name_and_its_own_script_in_brackets_are_one_entity_in_that_source(db):
    source = import_text("The yard at Ennore (எண்ணூர்) will be finished by Kaveri Marine next year.", "Coast Wire")
    assert entity_of(source, "Ennore") == entity_of(source, "எண்ணூர்")
    assert EntityAlias.objects.filter(entity_id=entity_of(source, "Ennore"), name="எண்ணூர்").exists()


def test_a_later_source_using_only_the_other_script_joins_the_same_entity(db):
    first = import_text("The yard at Ennore (எண்ணூர்) will be finished by Kaveri Marine next year.", "Coast Wire")
    later = import_text("Work at எண்ணூர் resumed after the monsoon, Kaveri Marine said.", "Delta Daily")
    assert entity_of(later, "எண்ணூர்") == entity_of(first, "Ennore")


def test_a_name_already_on_the_desk_takes_its_bracketed_spelling(db):
    first = import_text("Kaveri Marine opened an office in Ennore on Monday.", "Coast Wire")
    later = import_text("Cranes arrived at Ennore (எண்ணூர்) this week, Kaveri Marine said.", "Delta Daily")
    assert entity_of(later, "எண்ணூர்") == entity_of(first, "Ennore")


def test_an_exonym_the_text_explains_joins_the_english_name(db):
    source = import_text("Trains will run from Niš to Solun, as Thessaloniki is called in Serbian, from 2027.", "Balkan Post")
    assert entity_of(source, "Solun") == entity_of(source, "Thessaloniki")


def test_a_place_in_brackets_in_the_same_script_stays_its_own_entity(db):
    source = import_text("The plant in Kenitra (Morocco) will open in 2026, Nejma Motors said.", "Maghreb Post")
    assert entity_of(source, "Kenitra") != entity_of(source, "Morocco")


def test_a_name_read_from_a_description_says_it_was_never_printed(db):
    source = import_text(
        "He played his farewell match at Gelora Bung Tomo, the Surabaya stadium, on Saturday.", "Straits Review"
    )
    alias = EntityAlias.objects.get(entity_id=entity_of(source, "Gelora Bung Tomo"), name="Gelora Bung Tomo Stadium")
    assert "was not printed" in alias.note and "Straits Review" in alias.note
    stated = import_text("The yard at Ennore (எண்ணூர்) will be finished next year.", "Coast Wire")
    assert EntityAlias.objects.get(entity_id=entity_of(stated, "Ennore"), name="எண்ணூர்").note.startswith("Stated in Coast Wire")
