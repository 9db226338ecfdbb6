"""Names as news copy prints them: tone marks typed as combining characters, organisations
named after a group of people, an acronym introduced in brackets.

The sentences are our own words, written for these tests.
"""

from __future__ import annotations

import pytest

from claims.detection.names import extract_mentions, fold, stated_aliases


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # Yoruba tone marks and the dot below, typed as separate combining characters
        ("The count ended in O\u0300s\u0323ogbo on Sunday.", ["O\u0300s\u0323ogbo"]),
        ("She faces Ade\u0301bayo\u0323\u0300 Ola\u0301 of the Green Party.", ["Ade\u0301bayo\u0323\u0300 Ola\u0301", "Green Party"]),
        # Vietnamese typed decomposed
        ("Officials in Hue\u0302\u0301 said so.", ["Hue\u0302\u0301"]),
    ],
)  # fmt: skip
def test_combining_marks_belong_to_the_name_they_follow(sentence, names):
    assert [m.text for m in extract_mentions(sentence)] == names


def test_a_name_with_combining_marks_folds_like_its_plain_spelling():
    assert fold("O\u0300s\u0323ogbo") == fold("Osogbo")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Voters backed the People's Reform Alliance in the north.", "People's Reform Alliance"),
        ("Nurses at the Children's Hospital went on strike.", "Children's Hospital"),
        ("The Women's Cooperative Bank lent the money.", "Women's Cooperative Bank"),
    ],
)
def test_a_group_of_peoples_possessive_opens_an_organisations_name(sentence, name):
    assert name in [m.text for m in extract_mentions(sentence)]


def test_an_owners_possessive_still_ends_a_name():
    assert [m.text for m in extract_mentions("Then Mensah's Accra office closed.")] == ["Mensah", "Accra"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Electoral Commission of Ghana (ECG) counted the votes.", ("Electoral Commission of Ghana", "ECG")),
        ("Members of the National Reform Party (NRP) walked out.", ("National Reform Party", "NRP")),
        ("The Federal Road Safety Corps (FRSC) closed the road.", ("Federal Road Safety Corps", "FRSC")),
    ],
)
def test_an_acronym_in_brackets_after_a_name_is_that_name(text, pair):
    assert pair in stated_aliases(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Electoral Commission (NRP) counted the votes.",  # not its initials
        "Ama Owusu (left) spoke first.",
    ],
)
def test_other_words_in_brackets_are_no_acronym(text):
    assert stated_aliases(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Luxor (الأقصر), on the east bank, drew the most tourists.", "Luxor"),
        ("Buses left for Izmir at dawn. İzmir itself had no trains that day.", "İzmir"),
        ("Türkiye has hosted the games twice.", "Türkiye"),
    ],
)
def test_a_name_at_a_sentence_start_is_kept_on_evidence_of_its_own_script_or_its_dotted_capital(text, name):
    assert name in [m.text for m in extract_mentions(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lake froze. Lake Ohrid, the deepest lake in the Balkans, thawed in May.", "Lake Ohrid"),
        ("Climbers left at dawn. Mount Kazbek was in cloud all day.", "Mount Kazbek"),
    ],
)
def test_a_landforms_generic_word_opening_a_sentence_is_part_of_its_name(text, name):
    assert name in [m.text for m in extract_mentions(text)]


def test_an_owner_at_a_sentence_start_is_a_name_unless_it_is_an_ordinary_word():
    assert [m.text for m in extract_mentions("Mombasa's port and airport were working normally.")] == ["Mombasa"]
    assert [m.text for m in extract_mentions("Everyone's house flooded. Today's vote was calm.")] == []


def test_an_english_word_at_a_sentence_start_before_a_latin_bracket_is_still_no_name():
    assert [m.text for m in extract_mentions("Reports (all unconfirmed) said so.")] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Volunteers of the Malawi Red Cross Society handed out tents.", "Malawi Red Cross Society"),
        ("Patients were moved to the Ghana Ridge Hospital overnight.", "Ghana Ridge Hospital"),
    ],
)
def test_a_country_opening_an_organisations_name_stays_in_it(sentence, name):
    assert name in [m.text for m in extract_mentions(sentence)]
