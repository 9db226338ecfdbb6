"""On the desk, the words around a name decide what it is: "the Halda" is a river, even in a
source about Halda Jute, the company named after it."""

import datetime

from claims.models import Mention
from claims.services.imports import SourceInput, import_source


def import_text(text, publisher):
    source = SourceInput(text=text, publisher=publisher, published_on=datetime.date(2024, 3, 4))
    return import_source(source).source


def entity_of(source, text):
    return Mention.objects.filter(source=source, text=text).values_list("entity_id", flat=True).get()


def test_a_company_and_the_river_it_is_named_after_are_two_entities(db):
    source = import_text(
        "Halda Jute will open a mill in Chattogram next year. The company is named after the Halda, "
        "a river known for its carp.",
        "Port City Tribune",
    )
    assert entity_of(source, "Halda Jute") != entity_of(source, "Halda")


def test_the_short_form_of_the_company_joins_it(db):
    source = import_text("Halda Jute will open a mill in Chattogram. Halda said the mill would employ 900 people.", "Port City Tribune")
    assert entity_of(source, "Halda Jute") == entity_of(source, "Halda")
