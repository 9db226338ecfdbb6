"""Words before a name that are not part of it: a role noun capitalised only because it opens
the sentence ("Survivor Cristina Pacaña said"), and rank abbreviations with a stop
("Lt. Cmdr. Ariel Santos"). The examples are our own."""

import pytest

from claims.detection.names import extract_mentions


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Survivor Lito Gomez, a welder, said the deck tilted.", ["Lito Gomez"]),
        ("Resident Ana Ferreira said the water rose fast.", ["Ana Ferreira"]),
        ("Passengers Ana Cruz and Bea Lim were rescued.", ["Ana Cruz", "Bea Lim"]),
        ("Fishermen Jun Lopez and Bo Diaz pulled them out.", ["Jun Lopez", "Bo Diaz"]),
        ("Witness Tomas Berg told police he saw smoke.", ["Tomas Berg"]),
    ],
)
def test_a_role_noun_opening_the_sentence_is_not_part_of_the_name(text, names):
    assert [m.text for m in extract_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Adam Driver arrived late.", ["Adam Driver"]),  # a role word as a surname, after the given name
        ("Passenger numbers rose at Manila.", ["Manila"]),  # a role noun before no name
    ],
)
def test_a_role_noun_elsewhere_is_left_as_it_is(text, names):
    assert [m.text for m in extract_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Navy Lt. Cmdr. Rosa Ilagan said the ship was cleared.", ["Rosa Ilagan"]),
        ("The report was signed by Police Insp. Ramon Reyes on Friday.", ["Police", "Ramon Reyes"]),
        ("Maj. Gen. Noel Cruz led the search.", ["Noel Cruz"]),
        ("Supt. Lea Santos and Cpl. Ben Ocampo found it.", ["Lea Santos", "Ben Ocampo"]),
    ],
)
def test_rank_abbreviations_are_titles_and_do_not_end_the_sentence(text, names):
    assert [m.text for m in extract_mentions(text)] == names
