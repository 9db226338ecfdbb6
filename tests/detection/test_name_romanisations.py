"""Romanisation rules: Korean, Persian and Arabic vowels, Uzbek Latin, generic place words,
surnames with particles, company short forms; each with look-alikes that must stay apart.

The examples are our own (real public names where a real romanisation is the point);
the tuning corpus has others.
"""

from datetime import date

import pytest

from claims.detection.names import blocking_keys, extract_mentions, name_flags, renames_for, same_name
from claims.detection.types import FlagLabel, MentionRecord
from tests.name_clusters import clusters

SAME = [
    # Korean: Revised Romanization, McCune-Reischauer, Western order, papers' own spellings
    pytest.param("Ban Ki-moon", "Pan Ki-mun", id="McCune-Reischauer writes plain stops as p, k"),
    pytest.param("Ban Gi-mun", "Ban Ki-moon", id="Revised Romanization against the passport spelling"),
    pytest.param("Choi Seung-hoon", "Ch'oe Sŭng-hun", id="aspiration mark and breve of McCune-Reischauer"),
    pytest.param("Lee Min-ji", "Minji Lee", id="Western order runs the given name together"),
    pytest.param("Jeong Seo-yeon", "Chŏng Sŏ-yŏn", id="eo against a breved o"),
    pytest.param("Moon Jae-in", "Jae-in Moon", id="Western order keeps the hyphen"),
    pytest.param("Pak", "Pak Chae-in", id="a family name alone, written first in the full name"),
    pytest.param("Park", "Jaein Park", id="a family name alone, written last in the full name"),
    # Persian and Arabic vowels
    pytest.param("Hossein", "Husayn", id="Persian o-e against Arabic u-ay"),
    pytest.param("Hussein", "Husayn", id="two Arabic romanisations"),
    pytest.param("Esfahan", "Isfahan", id="Persian e against Arabic i at the start"),
    pytest.param("Esmail", "Ismail", id="the same initial vowel in a given name"),
    pytest.param("Mohsen Rezaei", "Muhsin Rezaei", id="o-e against u-i in a full name"),
    pytest.param("Zouara", "Zuwara", id="the glide after u written by the French or not"),
    pytest.param("Naqsh-e Rostam", "Naghsh-e Rostam", id="Persian gh and q after the ezafe"),
    # Uzbek Latin
    pytest.param("Buxoro", "Bukhara", id="Uzbek x is kh and o is a"),
    pytest.param("Oʻzbekiston", "Uzbekistan", id="Uzbek oʻ is u"),
    pytest.param("Alexei", "Aleksei", id="x is still ks in a Russian name"),
    # generic place words run into the name
    pytest.param("Amu Darya", "Amudarya", id="a river written apart and run together"),
    pytest.param("Issyk-Kul", "Issykkul", id="a lake with a hyphen and without"),
    pytest.param("Issyk Kul", "Issyk-Kul", id="a lake with a space and with a hyphen"),
    # particles, surnames, company short forms
    pytest.param("Al Mansoori", "Hussein Al Mansoori", id="a surname with its particle"),
    pytest.param("El Mansoori", "Hussein Al Mansoori", id="el and al are one article"),
    pytest.param("de Gaulle", "Charles de Gaulle", id="a French particle"),
    pytest.param("Le Pen", "Marine Le Pen", id="a capitalised French particle"),
    pytest.param("Power", "Samantha Power", id="a surname that is also a company word"),
    pytest.param("Hanbit", "Hanbit Mobility", id="a company without its sector word"),
    pytest.param("Oltin Quyosh", "Oltin Quyosh Energy", id="a two-word company short form"),
    pytest.param("Daesan", "Daesan Motors Co.", id="without its sector word and legal form"),
    pytest.param("Anne Dupont", "Anne-Marie Dupont", id="a Western given name cut short"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_in_two_romanisations_are_one_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_in_two_romanisations_share_a_blocking_key(a, b):
    assert blocking_keys(a) & blocking_keys(b)


DIFFERENT = [
    # Korean
    pytest.param("Park Jae-in", "Park Jae-hyun", id="two people who share a family name and a syllable"),
    pytest.param("Park Jae-in", "Park Min-in", id="sharing the last syllable is not enough"),
    pytest.param("Lee Min-ji", "Lee Ji-min", id="the same syllables in another order"),
    pytest.param("Kim Min-jun", "Kim Min-ji", id="a syllable more"),
    pytest.param("Li Wenjun", "Li Wenchun", id="two pinyin names Korean classes would merge"),
    pytest.param("Jean-Pierre Dupont", "Jean-Luc Dupont", id="hyphenated given names that share a first part"),
    pytest.param("Chang Hung-mei", "Chang Mei", id="an East Asian given name is not cut short"),
    # Persian and Arabic
    pytest.param("Hossein", "Hosseini", id="a given name and the surname made from it"),
    pytest.param("Hossein Karimi", "Mahnaz Hosseini", id="a man and a woman whose surname looks like his given name"),
    pytest.param("Hossein", "Hassan", id="two given names with one skeleton"),
    pytest.param("Hosseini", "Hassani", id="two surnames with one skeleton"),
    pytest.param("Mahmoud", "Mohammed", id="two names a vowel-position apart"),
    pytest.param("Karimi", "Karimov", id="a Persian and a Russian surname"),
    pytest.param("Ghent", "Kent", id="gh is not q outside a Persian ezafe"),
    pytest.param("Hussein Al Mansoori", "Hossein Karimi", id="one given name, two people"),
    # Uzbek Latin
    pytest.param("Nixon", "Nikon", id="a short word is not read as Uzbek"),
    pytest.param("Saxena", "Sakina", id="an Uzbek reading matches only exactly"),
    pytest.param("Tursunov", "Tursunova", id="a man and a woman of one family"),
    # generic words and particles
    pytest.param("Amu Darya", "Syr Darya", id="two rivers that share the generic word"),
    pytest.param("Nursultan", "Nur Sultan", id="Sultan is no generic place word"),
    pytest.param("Al Gore", "Tipper Gore", id="a particle the full name does not have"),
    pytest.param("Al Mansoori", "Hussein Mansoori", id="a particle the full name does not have, Arabic"),
    pytest.param("Salvador", "El Salvador", id="a city and a country with an article"),
    # company short forms
    pytest.param("China", "China Energy", id="a place is not a company's short form"),
    pytest.param("Nazarbayev", "Nazarbayev University", id="an institution is no company"),
    pytest.param("Black Sea", "Black Sea Infrastructure Fund", id="a fund is named after the sea"),
    pytest.param("Hanbit Mobility", "Hanbit Energy", id="two companies of one group"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_in_other_romanisations_stay_apart(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)


EXTRACTION = [
    pytest.param(
        "Finance chief Park Jae-hyun said the bonds were sold.",
        ["Park Jae-hyun"],
        id="a hyphenated Korean given name with a lower-case syllable",
    ),
    pytest.param(
        "The deal was signed by Jae-hyun Park in Busan.",
        ["Jae-hyun Park", "Busan"],
        id="the given name first",
    ),
    pytest.param(
        "The president, Pak Chae-in, spoke first. Pak said the plant would open.",
        ["Pak Chae-in", "Pak"],
        id="a family name alone at a sentence start after the full name",
    ),
    pytest.param(
        "A Seoul-based maker, Hanbit Mobility, won the order.",
        ["Seoul", "Hanbit Mobility"],
        id="an English word after a hyphen is no Korean syllable",
    ),
    pytest.param(
        "The caravanserai faces Naqsh-e Jahan Square in the old city.",
        ["Naqsh-e Jahan Square"],
        id="the Persian ezafe joins the words of a name",
    ),
    pytest.param(
        "Tourists climb to Takht-e Jamshid every spring.",
        ["Takht-e Jamshid"],
        id="the ezafe in a place name of two words",
    ),
    pytest.param(
        "Daesan Motors Co. opened a plant. Daesan said sales doubled.",
        ["Daesan Motors Co", "Daesan"],
        id="a company's short form at a sentence start",
    ),
    pytest.param(
        "Work began at the Daesan Foundation. Daesan said sales doubled.",
        ["Daesan Foundation"],
        id="an institution's first word proves nothing at a sentence start",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTRACTION)
def test_extraction_keeps_romanised_names_whole(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected


CLUSTERS = [
    pytest.param(
        [(1, "Park Jae-in"), (1, "Park"), (1, "Park Jae-hyun"), (2, "Pak Chae-in"), (2, "Pak"), (3, "Jaein Park"), (3, "Park")],
        [
            ["Jaein Park@3", "Pak Chae-in@2", "Pak@2", "Park Jae-in@1", "Park@1", "Park@3"],
            ["Park Jae-hyun@1"],
        ],
        id="a surname means the person named before it, across three romanisations",
    ),
    pytest.param(
        [(1, "Ilham Aliyev"), (1, "Heydar Aliyev"), (1, "Aliyev")],
        [["Aliyev@1"], ["Heydar Aliyev@1"], ["Ilham Aliyev@1"]],
        id="two people named before a surname: neither",
    ),
    pytest.param(
        [(1, "Pushkin"), (1, "Pushkin"), (1, "Alexander Pushkin"), (2, "Pushkin")],
        [["Alexander Pushkin@1"], ["Pushkin@1", "Pushkin@1", "Pushkin@2"]],
        id="a town used twice before the poet it is named after is not the poet",
    ),
    pytest.param(
        [(1, "Tokayev"), (1, "Kassym-Jomart Tokayev"), (1, "Tokayev")],
        [["Kassym-Jomart Tokayev@1", "Tokayev@1", "Tokayev@1"]],
        id="one use before the full name may be a headline",
    ),
    pytest.param(
        [(1, "Murat Avezov"), (2, "Avezov")],
        [["Avezov@2", "Murat Avezov@1"]],
        id="a source that names nobody of that surname: the one person who carries it",
    ),
    pytest.param(
        [(1, "Hussein Al Mansoori"), (1, "Al Mansoori"), (2, "Ahmed Al Mansoori"), (2, "Al Mansoori")],
        [["Ahmed Al Mansoori@2", "Al Mansoori@2"], ["Al Mansoori@1", "Hussein Al Mansoori@1"]],
        id="a surname with its particle joins the person its own source names",
    ),
    pytest.param(
        [(1, "Tipper Gore"), (1, "Al Gore")],
        [["Al Gore@1"], ["Tipper Gore@1"]],
        id="Al Gore is not Tipper Gore's surname",
    ),
    pytest.param(
        [(1, "Hanbit Mobility"), (1, "Hanbit"), (2, "Hanbit Mobility"), (3, "Hanbit")],
        [["Hanbit Mobility@1", "Hanbit Mobility@2", "Hanbit@1", "Hanbit@3"]],
        id="a company's short form",
    ),
    pytest.param(
        [(1, "Daesan Motors"), (1, "Daesan Chemical"), (1, "Daesan")],
        [["Daesan Chemical@1"], ["Daesan Motors@1"], ["Daesan@1"]],
        id="a short form two companies share joins neither",
    ),
    pytest.param(
        [(1, "Hossein Karimi"), (1, "Mahnaz Hosseini"), (2, "Husayn Karimi"), (2, "Hussein Al Mansoori"), (2, "Karimi")],
        [
            ["Hossein Karimi@1", "Husayn Karimi@2", "Karimi@2"],
            ["Hussein Al Mansoori@2"],
            ["Mahnaz Hosseini@1"],
        ],
        id="one man in Persian and Arabic spelling, kept apart from look-alikes",
    ),
    pytest.param(
        [(1, "Bukhara"), (2, "Buxoro"), (3, "Amu Darya"), (4, "Amudarya"), (4, "Syr Darya")],
        [["Amu Darya@3", "Amudarya@4"], ["Bukhara@1", "Buxoro@2"], ["Syr Darya@4"]],
        id="Uzbek Latin and generic words across sources",
    ),
]


@pytest.mark.parametrize(("mentions", "expected"), CLUSTERS)
def test_clusters_follow_the_romanisation_rules(mentions, expected):
    assert clusters(*mentions) == expected


def test_korean_spellings_of_one_name_are_flagged_syllable_by_syllable():
    records = [MentionRecord(0, 1, "Park Jae-in"), MentionRecord(1, 2, "Pak Chae-in"), MentionRecord(2, 3, "Jaein Park")]
    flags = name_flags(records, "Park Jae-in", "park-jae-in")
    across = {flag.spellings for flag in flags if flag.label is FlagLabel.SPELLING_ACROSS_SOURCES}
    assert across == {("Park", "Pak"), ("Chae-in", "Jae-in", "Jaein")}


def test_a_generic_word_written_apart_or_run_in_is_a_spelling_flag():
    records = [MentionRecord(0, 1, "Zayandeh Rud"), MentionRecord(1, 2, "Zayanderud")]
    flags = name_flags(records, "Zayandeh Rud", "zayandeh-rud")
    assert [(flag.label, flag.spellings) for flag in flags] == [
        (FlagLabel.AGAINST_HOUSE_SPELLING, ("Zayanderud", "Zayandeh Rud")),
        (FlagLabel.SPELLING_ACROSS_SOURCES, ("Zayandeh Rud", "Zayanderud")),
    ]


HELD = [
    pytest.param("Gurgaon", date(2015, 11, 4), True, id="Gurgaon in 2015"),
    pytest.param("Gurugram", date(2024, 2, 15), True, id="Gurugram in 2024"),
    pytest.param("Gurgaon", date(2024, 2, 15), False, id="Gurgaon after the 2016 rename"),
    pytest.param("Bangalore", date(2014, 10, 31), True, id="Bangalore the day before it became Bengaluru"),
    pytest.param("Bengaluru", date(2014, 11, 1), True, id="Bengaluru from 1 November 2014"),
    pytest.param("Ceylon", date(1980, 1, 1), False, id="Ceylon after 1972"),
    pytest.param("Upper Volta", date(1984, 8, 3), True, id="Upper Volta the day before it became Burkina Faso"),
]


@pytest.mark.parametrize(("name", "day", "held"), HELD)
def test_documented_renames_know_their_dates(name, day, held):
    spans = [span for span in renames_for(name) if span.name == name]
    assert spans and any(span.holds_on(day) for span in spans) is held


def test_batum_is_batumi_without_a_date():
    assert same_name("Batum", "Batumi")
    assert {span.holds_on(date(2000, 1, 1)) for span in renames_for("Batum")} == {None}


def test_tiflis_is_tbilisi_without_a_date():
    assert same_name("Tiflis", "Tbilisi")
    assert blocking_keys("Tiflis") & blocking_keys("Tbilisi")
    assert {span.holds_on(date(1900, 1, 1)) for span in renames_for("Tiflis")} == {None}
    assert not same_name("Tiflis", "Tbilisi Sea")  # a reservoir named after the city
