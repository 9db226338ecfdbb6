"""Clustering mentions into entities, the house spelling, and the copy desk's name flags."""

import random
from datetime import date

import pytest

from claims.detection.names import cluster_mentions, house_spelling_for, name_flags, outdated_names
from claims.detection.types import FlagLabel, MentionRecord


def _records(*mentions: tuple[int, str]) -> list[MentionRecord]:
    """(source, text) pairs -> records numbered in order."""
    return [MentionRecord(ref, source, text) for ref, (source, text) in enumerate(mentions)]


def _clusters_as_text(records, aliases=()) -> list[set[str]]:
    text_of = {record.ref: record.text for record in records}
    return [{text_of[ref] for ref in cluster} for cluster in cluster_mentions(records, aliases)]


CLUSTERS = [
    pytest.param(
        ["Kassym-Jomart Tokayev", "Tokayev", "Qasym-Zhomart Toqaev", "Toqaev", "Тоқаев"],
        [{"Kassym-Jomart Tokayev", "Tokayev", "Qasym-Zhomart Toqaev", "Toqaev", "Тоқаев"}],
        id="every spelling of the president is one entity",
    ),
    pytest.param(
        ["Nursultan Nazarbayev", "Nazarbaev", "Nur-Sultan", "Astana"],
        [{"Nursultan Nazarbayev", "Nazarbaev"}, {"Nur-Sultan", "Astana"}],
        id="the former president and the renamed capital stay apart",
    ),
    pytest.param(
        ["Kazakh", "Kazakhs", "Kazakhstan", "China", "Chinese", "Xi Jinping", "Xinjiang", "Xi"],
        [{"Kazakh"}, {"Kazakhs"}, {"Kazakhstan"}, {"China"}, {"Chinese"}, {"Xi", "Xi Jinping"}, {"Xinjiang"}],
        id="look-alikes stay apart and Xi joins Xi Jinping",
    ),
    pytest.param(
        ["Ilham Aliyev", "Heydar Aliyev", "Aliyev"],
        [{"Ilham Aliyev"}, {"Heydar Aliyev"}, {"Aliyev"}],
        id="a surname two people carry joins neither",
    ),
    pytest.param(
        ["Central Asia", "Asia", "Nazarbayev University", "Nazarbayev"],
        [{"Central Asia"}, {"Asia"}, {"Nazarbayev University"}, {"Nazarbayev"}],
        id="a surname never joins a place or an institution",
    ),
    pytest.param(
        ["Guinea", "Equatorial Guinea", "Equatorial Guinea", "Guinea"],
        [{"Guinea"}, {"Equatorial Guinea"}],
        id="Guinea and Equatorial Guinea are two countries",
    ),
    pytest.param(
        ["Murat Avezov", "Avezov", "Azerbaijan"],
        [{"Murat Avezov", "Avezov"}, {"Azerbaijan"}],
        id="a surname joins its one full name",
    ),
]


def test_a_company_short_form_of_two_words_joins_the_company_named_in_full_in_another_source():
    records = _records((0, "Tosa Kisen Kaisha"), (1, "Tosa Kisen"), (2, "Tosa Kisen"), (2, "Tosa"))
    assert _clusters_as_text(records) == [{"Tosa Kisen Kaisha", "Tosa Kisen", "Tosa"}]


def test_a_short_form_stays_alone_when_two_companies_share_it():
    records = _records((0, "Tosa Kisen Kaisha"), (1, "Tosa Kisen Shipping"), (2, "Tosa Kisen"))
    assert sorted(map(sorted, _clusters_as_text(records))) == [["Tosa Kisen"], ["Tosa Kisen Kaisha"], ["Tosa Kisen Shipping"]]


def test_a_two_word_name_in_either_order_is_one_person_across_sources():
    records = _records((0, "Tetsuya Otsuka"), (1, "Otsuka Tetsuya"), (2, "Tetsuya Mori"))
    assert sorted(map(sorted, _clusters_as_text(records))) == [["Otsuka Tetsuya", "Tetsuya Otsuka"], ["Tetsuya Mori"]]


@pytest.mark.parametrize(("texts", "expected"), CLUSTERS)
def test_cluster_mentions_groups_spellings_into_entities(texts, expected):
    records = _records(*((0, text) for text in texts))
    assert sorted(map(sorted, _clusters_as_text(records))) == sorted(map(sorted, expected))


def test_a_surname_two_people_carry_joins_the_one_named_in_full_in_the_same_source():
    records = _records(
        (1, "Mohammed al-Mabrouk"), (1, "al-Mabrouk"),
        (2, "Mahmoud al-Mabrouk"), (2, "Mabrouk"),
        (3, "Mabrouk"),
    )
    clusters = _clusters_as_text(records)
    assert sorted(map(sorted, clusters)) == sorted(
        [["Mohammed al-Mabrouk", "al-Mabrouk"], ["Mabrouk", "Mahmoud al-Mabrouk"], ["Mabrouk"]]
    )


def _titled(*uses):
    """One source's mentions in text order: (text, courtesy title)."""
    return [MentionRecord(ref, 1, text, title=title) for ref, (text, title) in enumerate(uses)]


def _cluster_of(records, ref):
    [cluster] = [c for c in cluster_mentions(records) if ref in c]
    return {records[r].text + (f"@{r}" if records[r].text == "Kowalczyk" else "") for r in cluster}


@pytest.mark.parametrize(
    ("uses", "surname_ref", "means"),
    [
        # Two Kowalczyks named; "Dr Kowalczyk" is the one the source called Dr.
        ([("Anita Kowalczyk", "dr"), ("Piotr Kowalczyk", ""), ("Kowalczyk", "dr")], 2, "Anita Kowalczyk"),
        # "Mr Kowalczyk" is not the doctor: the other one.
        ([("Anita Kowalczyk", "dr"), ("Piotr Kowalczyk", ""), ("Kowalczyk", "mr")], 2, "Piotr Kowalczyk"),
        # Each surname by its own title: "Mr" the one not called Dr, then "Dr" the doctor.
        (
            [("Anita Kowalczyk", "dr"), ("Piotr Kowalczyk", ""), ("Kowalczyk", "mr"), ("Kowalczyk", "dr")],
            3,
            "Anita Kowalczyk",
        ),
    ],
)
def test_a_courtesy_title_tells_which_of_two_people_a_surname_means(uses, surname_ref, means):
    records = _titled(*uses)
    assert means in _cluster_of(records, surname_ref)
    other = ({"Anita Kowalczyk", "Piotr Kowalczyk"} - {means}).pop()
    assert other not in _cluster_of(records, surname_ref)


def test_a_title_that_fits_both_people_or_neither_joins_nobody():
    records = _titled(("Anita Kowalczyk", ""), ("Piotr Kowalczyk", ""), ("Kowalczyk", "mr"))
    assert _cluster_of(records, 2) == {"Kowalczyk@2"}


def test_a_family_name_first_in_its_source_is_not_the_western_surname_of_someone_elsewhere():
    # One source names two Khmer officials family name first and then by "Ms Sok" and "Mr Sok";
    # another prints the first in Western order ("Chanthy Sok"). Each "Sok" means the person
    # its own source named before it, and the title tells the second from the first.
    records = [
        MentionRecord(0, 1, "Sok Chanthy"), MentionRecord(1, 1, "Sok", title="ms"),
        MentionRecord(2, 1, "Sok Rithy"), MentionRecord(3, 1, "Sok", title="mr"),
        MentionRecord(4, 2, "Chanthy Sok"), MentionRecord(5, 2, "Sok Rithy"),
    ]  # fmt: skip
    assert sorted(cluster_mentions(records)) == [[0, 1, 4], [2, 3, 5]]


def test_a_chinese_name_in_characters_pinyin_and_wade_giles_is_one_entity():
    records = _records((1, "Mao Zedong"), (1, "Mao"), (2, "Mao Tse-tung"), (3, "毛泽东"), (3, "Maoming"))
    assert sorted(map(sorted, _clusters_as_text(records))) == [
        ["Mao", "Mao Tse-tung", "Mao Zedong", "毛泽东"],
        ["Maoming"],
    ]


def test_an_alias_stated_in_a_text_joins_two_names():
    records = _records((0, "Khorgos Gateway"), (0, "Khorgos Dry Port"))
    assert len(cluster_mentions(records)) == 2
    assert len(cluster_mentions(records, [("Khorgos Gateway", "Khorgos Dry Port")])) == 1


def test_clusters_do_not_depend_on_the_order_of_the_records():
    texts = ["Toqaev", "Kassym-Jomart Tokayev", "Astana", "Nur-Sultan", "Kazakhs", "Xi", "Xi Jinping", "Kazakh"]
    records = _records(*((i % 2, text) for i, text in enumerate(texts)))
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    assert cluster_mentions(shuffled) == cluster_mentions(records)
    assert all(cluster == sorted(cluster) for cluster in cluster_mentions(records))


def test_every_ref_lands_in_exactly_one_cluster_even_without_letters():
    records = _records((0, "Tokayev"), (0, "1990s"), (1, "—"), (1, "Toqaev"))
    refs = sorted(ref for cluster in cluster_mentions(records) for ref in cluster)
    assert refs == [0, 1, 2, 3]


HOUSE = [
    pytest.param(["Tokayev", "Kassym-Jomart Tokayev", "Tokayev"], "Kassym-Jomart Tokayev", id="the fullest form wins"),
    pytest.param(
        ["Kassym-Jomart Tokayev", "Tokayev", "Tokayev", "Qasym-Zhomart Toqaev", "Toqaev"],
        "Kassym-Jomart Tokayev",
        id="surname-only mentions vote for the full form that spells them the same",
    ),
    pytest.param(["Тоқаев", "Toqaev", "Тоқаев"], "Toqaev", id="a Latin spelling is preferred over Cyrillic"),
    pytest.param(["Nur-Sultan", "Nur-Sultan"], "Astana", id="a renamed place takes its current name"),
    pytest.param(["President Tokayev’s"], "Tokayev", id="titles and possessives are dropped"),
]


@pytest.mark.parametrize(("spellings", "expected"), HOUSE)
def test_house_spelling_for_a_new_entity(spellings, expected):
    assert house_spelling_for(spellings) == expected


def _flags(records, house=None, entity="tokayev"):
    return name_flags(records, house, entity)


def test_one_name_spelled_two_ways_in_two_sources_is_flagged_per_name_part():
    records = _records((1, "Kassym-Jomart Tokayev"), (1, "Tokayev"), (2, "Qasym-Zhomart Toqaev"), (2, "Toqaev"))
    flags = [flag for flag in _flags(records) if flag.label is FlagLabel.SPELLING_ACROSS_SOURCES]
    assert {flag.spellings for flag in flags} == {("Kassym-Jomart", "Qasym-Zhomart"), ("Tokayev", "Toqaev")}
    surname = next(flag for flag in flags if "Toqaev" in flag.spellings)
    assert surname.refs == (0, 1, 2, 3)
    assert surname.reason == "Spelled “Tokayev” in 1 source and “Toqaev” in 1 other."


@pytest.mark.parametrize(
    ("tokayev", "toqaev", "reason"),
    [
        (19, 3, "Spelled “Tokayev” in 19 sources and “Toqaev” in 3 others."),
        (20, 3, "Spelled “Tokayev” in at least 20 sources and “Toqaev” in 3 others."),
        (57, 21, "Spelled “Tokayev” in at least 50 sources and “Toqaev” in at least 20 others."),
        (399, 120, "Spelled “Tokayev” in at least 200 sources and “Toqaev” in at least 100 others."),
    ],
)
def test_a_popular_name_counts_its_sources_in_round_numbers(tokayev, toqaev, reason):
    records = _records(*[(n, "Tokayev") for n in range(tokayev)], *[(1000 + n, "Toqaev") for n in range(toqaev)])
    (flag,) = [flag for flag in _flags(records) if flag.label is FlagLabel.SPELLING_ACROSS_SOURCES]
    assert flag.reason == reason


def test_one_more_source_leaves_a_popular_names_reason_as_it_was():
    records = _records(*[(n, "Tokayev") for n in range(60)], *[(1000 + n, "Toqaev") for n in range(25)])
    before = [flag.reason for flag in _flags(records, "Kassym-Jomart Tokayev")]
    after = [flag.reason for flag in _flags([*records, *_records((2000, "Toqaev"), (2001, "Tokayev"))], "Kassym-Jomart Tokayev")]
    assert after == before


def test_a_chinese_name_in_two_romanisations_is_flagged_on_the_given_name():
    records = _records((1, "Mao Zedong"), (2, "Mao Tse-tung"), (2, "Mao"))
    flags = name_flags(records, "Mao Zedong", "mao-zedong")
    assert [(flag.label, flag.spellings) for flag in flags] == [
        (FlagLabel.AGAINST_HOUSE_SPELLING, ("Tse-tung", "Zedong")),
        (FlagLabel.SPELLING_ACROSS_SOURCES, ("Tse-tung", "Zedong")),
    ]


def test_a_surname_alone_is_not_a_variant_of_the_full_name():
    records = _records((1, "Kassym-Jomart Tokayev"), (2, "Tokayev"), (2, "Tokayev’s"))
    assert _flags(records, "Kassym-Jomart Tokayev") == []


def test_one_source_spelling_a_name_two_ways_is_flagged_for_that_source():
    records = _records((5, "Tokayev"), (5, "Tokayev"), (5, "Toqaev"), (6, "Tokayev"))
    within = [flag for flag in _flags(records) if flag.label is FlagLabel.SPELLING_WITHIN_SOURCE]
    assert len(within) == 1
    assert within[0].refs == (0, 1, 2)
    assert within[0].reason == "One source spells it “Tokayev” twice and “Toqaev” once."


def test_a_spelling_against_the_house_spelling_is_flagged_with_the_mentions_that_use_it():
    records = _records((1, "Tokayev"), (2, "Toqaev"), (3, "Toqaev"))
    house = [flag for flag in _flags(records, "Kassym-Jomart Tokayev") if flag.label is FlagLabel.AGAINST_HOUSE_SPELLING]
    assert [(flag.spellings, flag.refs) for flag in house] == [(("Toqaev", "Tokayev"), (1, 2))]
    assert house[0].reason == "Spelled “Toqaev” in 2 sources; the house spelling is “Tokayev”."


def test_a_rename_is_not_a_spelling_variant():
    records = _records((1, "Nur-Sultan"), (1, "Astana"), (2, "Nur-Sultan"), (3, "Astana"))
    assert name_flags(records, "Astana", "astana") == []


def test_another_script_is_not_a_misspelling_but_two_cyrillic_spellings_are():
    records = _records((1, "Tokayev"), (2, "Тоқаев"), (3, "Токаев"))
    flags = _flags(records, "Tokayev")
    assert [(flag.label, flag.spellings) for flag in flags] == [
        (FlagLabel.SPELLING_ACROSS_SOURCES, ("Токаев", "Тоқаев")),
    ]


def test_letter_case_and_apostrophes_are_not_spelling():
    records = _records((1, "TOKAYEV"), (2, "Tokayev"), (3, "O’Brien"), (4, "O'Brien"))
    assert _flags(records[:2], "Tokayev") == []
    assert _flags(records[2:], "O'Brien", "obrien") == []


def test_flag_keys_survive_renumbering_and_reordering():
    first = _records((1, "Tokayev"), (2, "Toqaev"), (2, "Tokayev"))
    again = [MentionRecord(record.ref + 100, record.source_ref, record.text) for record in reversed(first)]
    assert [flag.key for flag in _flags(first, "Tokayev")] == [flag.key for flag in _flags(again, "Tokayev")]
    assert all(flag.key.startswith("name:tokayev:") for flag in _flags(first, "Tokayev"))


OUTDATED = [
    pytest.param([(1, "Astana")], {1: date(2019, 9, 13)}, ["Astana"], id="Astana in September 2019 is out of date"),
    pytest.param([(1, "Nur-Sultan")], {1: date(2019, 9, 13)}, [], id="Nur-Sultan in September 2019 is right"),
    pytest.param(
        [(1, "Nur-Sultan"), (1, "Astana")], {1: date(2019, 9, 13)}, [], id="naming the former name beside the current one is fine"
    ),
    pytest.param([(1, "Nur-Sultan")], {1: date(2023, 5, 1)}, ["Nur-Sultan"], id="Nur-Sultan after the name was given back"),
    pytest.param([(1, "Kiev")], {1: date(2023, 5, 1)}, [], id="an undated rename is never called out of date"),
    pytest.param([(1, "Astana")], {}, [], id="a source without a date is not judged"),
]


@pytest.mark.parametrize(("mentions", "published", "expected"), OUTDATED)
def test_outdated_names_of_renamed_places(mentions, published, expected):
    found = outdated_names(_records(*mentions), published)
    assert [item.written for item in found] == expected


def test_an_outdated_name_says_which_name_held_then():
    (found,) = outdated_names(_records((1, "Astana")), {1: date(2019, 9, 13)})
    assert found.reason == (
        "“Astana” was not the name of this place on 13 September 2019: "
        "it was called Nur-Sultan from 23 March 2019 to 17 September 2022."
    )


def test_a_company_and_the_river_it_is_named_after_stay_apart():
    """'Halda Jute ... named after the Halda' in one source, 'Halda said' in another."""
    records = [
        MentionRecord(0, 0, "Halda Jute"), MentionRecord(1, 0, "Halda", after_the=True),
        MentionRecord(2, 1, "Halda Jute"), MentionRecord(3, 1, "Halda"),
    ]
    river, company = sorted(cluster_mentions(records), key=len)
    assert (river, company) == ([1], [0, 2, 3])


def test_a_river_of_two_words_and_the_mill_named_after_it_stay_apart():
    """'Tonle Sap Textiles ... take their names from the rivers, the Mekong and the Tonle Sap'."""
    records = [MentionRecord(0, 0, "Tonle Sap Textiles"), MentionRecord(1, 0, "Tonle Sap", after_the=True)]
    assert cluster_mentions(records) == [[0], [1]]


def test_without_the_a_short_form_still_joins_its_company():
    records = [MentionRecord(0, 0, "Halda Jute"), MentionRecord(1, 0, "Halda")]
    assert _clusters_as_text(records) == [{"Halda Jute", "Halda"}]
