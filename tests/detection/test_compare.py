"""Figure comparison: which groups disagree, and the label and reason each flag carries."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from claims.detection.compare import Interval, find_figure_flags, interval
from claims.detection.types import FigureFact, FigureRecord, FlagLabel, Qualifier

INF = Decimal("Infinity")
PROJECTS = "count:project"


def fact(value, qualifier=Qualifier.EXACTLY, *, high=None, text=None, key=PROJECTS, scope="", as_of=None, period="",
         speaker="", sentence=""):  # fmt: skip
    low = Decimal(str(value))
    return FigureFact(
        text=text or f"{value} projects",
        start=0,
        end=len(text or f"{value} projects"),
        value_low=low,
        value_high=Decimal(str(high)) if high is not None else low,
        unit=key.split(":")[0],
        noun=key.split(":")[-1],
        qualifier=qualifier,
        sentence=sentence,
        sentence_start=0,
        as_of=as_of,
        period=period,
        scope=scope,
        speaker=speaker,
        quantity_key=key,
    )


def records(*facts, published=None):
    return [FigureRecord(ref=i, source_ref=1, fact=f, published=published) for i, f in enumerate(facts, 1)]


def dated(*pairs):
    """Records from (fact, publication date) pairs, one source each."""
    return [FigureRecord(ref=i, source_ref=i, fact=f, published=day) for i, (f, day) in enumerate(pairs, 1)]


def only_flag(*facts):
    flags = find_figure_flags(records(*facts))
    assert len(flags) == 1, flags
    return flags[0]


COMPLETED = fact(15, text="15 joint Kazakh-Chinese projects", scope="completed", as_of=date(2019, 9, 5),
                 speaker="Zhenis Kasymbek")  # fmt: skip
IMPLEMENTING = fact(51, Qualifier.AT_LEAST, text="at least 51 joint projects", scope="being implemented",
                    as_of=date(2018, 1, 1), period="2018", speaker="Kazakh state media")  # fmt: skip
SIGNED = fact(55, text="55 investment projects", scope="signed", as_of=date(2019, 4, 1), period="April 2019",
              speaker="Nursultan Nazarbaev")  # fmt: skip


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (fact(15), Interval(Decimal(15), Decimal(15))),
        (fact(100, Qualifier.ABOUT), Interval(Decimal(95), Decimal(105))),
        (fact(51, Qualifier.AT_LEAST), Interval(Decimal(51), INF)),
        (fact(20, Qualifier.MORE_THAN, text="more than 20 percent"), Interval(Decimal(20), INF, low_open=True)),
        (fact(5, Qualifier.MORE_THAN, text="just over 5 percent"), Interval(Decimal(5), Decimal("5.5"), True)),
        (fact(16, Qualifier.NEARLY, text="nearly 16 percent"), Interval(Decimal("14.4"), Decimal(16), high_open=True)),
        (fact(1, Qualifier.NEARLY, text="less than 1 percent"), Interval(Decimal(0), Decimal(1), high_open=True)),
        (fact(40, Qualifier.UP_TO), Interval(Decimal(0), Decimal(40))),
        (fact(10, Qualifier.RANGE, high=12), Interval(Decimal(10), Decimal(12))),
    ],
)  # fmt: skip
def test_each_qualifier_reads_as_an_interval(figure, expected):
    assert interval(figure) == expected


def test_completed_implementing_and_signed_counts_are_flagged_by_scope_with_every_explanation():
    flag = only_flag(COMPLETED, IMPLEMENTING, SIGNED)
    assert flag.label is FlagLabel.DIFFERENT_SCOPE
    assert flag.reason == (
        "Different scope (completed vs. being implemented vs. signed), different dates (2019-09-05, 2018, "
        "2019-04) and different speakers (Zhenis Kasymbek, Kazakh state media, Nursultan Nazarbaev)."
    )


@pytest.mark.parametrize(
    "figures",
    [
        pytest.param((IMPLEMENTING, SIGNED), id="at least 51 holds 55"),
        pytest.param((COMPLETED, COMPLETED), id="the same figure twice"),
        pytest.param((fact(100, Qualifier.ABOUT), fact(104)), id="about 100 holds 104"),
        pytest.param((fact(16, Qualifier.NEARLY, text="nearly 16"), fact(15)), id="nearly 16 holds 15"),
        pytest.param((fact(1, Qualifier.NEARLY, text="less than 1"), fact("0.5")), id="less than 1 holds 0.5"),
        pytest.param((fact(40, Qualifier.UP_TO), fact(12)), id="up to 40 holds 12"),
        pytest.param((fact(10, Qualifier.RANGE, high=12), fact(11)), id="10 to 12 holds 11"),
        pytest.param((fact(15),), id="a figure alone"),
    ],
)
def test_figures_whose_intervals_overlap_are_not_flagged(figures):
    assert find_figure_flags(records(*figures)) == []


def test_figures_about_different_quantities_are_never_compared():
    held = fact(1_000_000, Qualifier.ABOUT, key="people:uyghur:detained")
    living = fact(1_250_000, Qualifier.RANGE, high=1_500_000, key="people:kazakh:resident")
    assert find_figure_flags(records(held, living)) == []


def test_figures_without_a_quantity_key_are_never_compared():
    assert find_figure_flags(records(fact(6, key=""), fact(2, key=""))) == []


def test_different_values_with_nothing_to_explain_them_are_a_contradiction():
    flag = only_flag(fact(15, scope="completed", period="2018", speaker="Kasymbek"),
                     fact(20, scope="completed", period="2018", speaker="Kasymbek"))  # fmt: skip
    assert flag.label is FlagLabel.CONTRADICTION
    assert "15 projects vs. 20 projects" in flag.reason and "nothing" in flag.reason


@pytest.mark.parametrize(
    ("first", "second", "label", "reason"),
    [
        (fact(10, period="2017"), fact(12, period="2018"), FlagLabel.DIFFERENT_DATES, "Different dates (2017, 2018)."),
        (fact(10, scope="signed"), fact(12, scope="completed"), FlagLabel.DIFFERENT_SCOPE,
         "Different scope (signed vs. completed)."),
        (fact(10, speaker="Kasymbek"), fact(12, speaker="Nazarbaev"), FlagLabel.DIFFERENT_SPEAKERS,
         "Different speakers (Kasymbek, Nazarbaev)."),
        (fact(20, text="20 percent"), fact(20, Qualifier.MORE_THAN, text="more than 20 percent"), FlagLabel.BOUND,
         "One side is only a bound (more than 20 percent)."),
        (fact(16, Qualifier.NEARLY, text="nearly 16"), fact(16), FlagLabel.BOUND,
         "One side is only a bound (nearly 16)."),
        (fact(40, Qualifier.UP_TO, text="up to 40"), fact(41), FlagLabel.BOUND, "One side is only a bound (up to 40)."),
        # a ceiling the other figure passes by more than the slack, and nothing else explains it
        (fact(12000, Qualifier.UP_TO, text="up to 12,000"), fact(15000, text="15,000"), FlagLabel.BOUND,
         "One side is only a bound (up to 12,000), which the other figure passes."),
        (fact(60, Qualifier.MORE_THAN, text="more than 60"), fact(45, text="45"), FlagLabel.BOUND,
         "One side is only a bound (more than 60), which the other figure passes."),
    ],
)  # fmt: skip
def test_a_single_explanation_gives_the_label_and_the_reason(first, second, label, reason):
    flag = only_flag(first, second)
    assert (flag.label, flag.reason) == (label, reason)


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        pytest.param(fact(20, period="2018", scope="signed"), fact(20, Qualifier.MORE_THAN, period="2019"),
                     FlagLabel.BOUND, id="a bound beats dates"),
        pytest.param(fact(10, period="2017", scope="signed"), fact(12, period="2018", scope="completed"),
                     FlagLabel.DIFFERENT_SCOPE, id="scope beats dates"),
        pytest.param(fact(12, Qualifier.UP_TO, speaker="Kasymbek"), fact(20, speaker="Nazarbaev"),
                     FlagLabel.DIFFERENT_SPEAKERS, id="a bound far off comes after every other explanation"),
        pytest.param(fact(12, Qualifier.UP_TO), fact(20),
                     FlagLabel.BOUND, id="a bound far off beats a contradiction"),
        pytest.param(fact(10, period="2017", speaker="Kasymbek"), fact(12, period="2018", speaker="Nazarbaev"),
                     FlagLabel.DIFFERENT_DATES, id="dates beat speakers"),
    ],
)  # fmt: skip
def test_the_label_is_the_explanation_with_the_highest_priority(first, second, label):
    assert only_flag(first, second).label is label


def test_the_reason_names_every_explanation_in_priority_order():
    flag = only_flag(fact(10, period="2017", speaker="Kasymbek", scope="signed"),
                     fact(12, period="2018", speaker="Nazarbaev", scope="completed"))  # fmt: skip
    assert flag.reason == (
        "Different scope (signed vs. completed), different dates (2017, 2018) and different speakers "
        "(Kasymbek, Nazarbaev)."
    )


def test_a_date_shared_by_figures_that_disagree_explains_nothing():
    flag = only_flag(fact(10, period="2017"), fact(10, period="2018"), fact(20, period="2017"))
    assert flag.label is FlagLabel.CONTRADICTION


def test_an_unknown_date_neither_explains_nor_rules_out():
    assert only_flag(fact(10, period="2017"), fact(20)).label is FlagLabel.CONTRADICTION
    assert only_flag(fact(10, period="2017"), fact(15), fact(20, period="2018")).label is FlagLabel.DIFFERENT_DATES


def test_a_surname_and_the_full_name_are_one_speaker():
    flag = only_flag(fact(15, speaker="Kasymbek"), fact(20, speaker="Zhenis Kasymbek"))
    assert flag.label is FlagLabel.CONTRADICTION


def test_the_flag_holds_every_figure_of_the_group_in_ref_order():
    group = [FigureRecord(ref, 1, f) for ref, f in ((30, SIGNED), (7, COMPLETED), (12, IMPLEMENTING))]
    assert find_figure_flags(group)[0].refs == (7, 12, 30)


def test_the_flag_key_names_the_quantity_and_not_the_records():
    first = find_figure_flags(records(COMPLETED, IMPLEMENTING, SIGNED))[0]
    shuffled = [FigureRecord(ref, 2, f) for ref, f in ((900, SIGNED), (5, COMPLETED), (77, IMPLEMENTING))]
    second = find_figure_flags(shuffled)[0]
    assert first.key == second.key == f"figure:{PROJECTS}"
    assert (first.label, first.reason) == (second.label, second.reason)


def test_many_groups_are_compared_in_one_pass():
    rng = random.Random(7)
    facts = [fact(rng.randint(1, 50), key=f"count:thing{i % 500}", period=str(2000 + i % 3)) for i in range(20_000)]
    flags = find_figure_flags(records(*facts))
    assert 0 < len(flags) <= 500
    assert len({flag.key for flag in flags}) == len(flags)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        pytest.param(date(2019, 9, 11), date(2024, 10, 15), False, id="years apart: two stories"),
        pytest.param(date(2023, 3, 1), date(2023, 6, 20), True, id="months apart: one story"),
        pytest.param(date(2019, 9, 11), date(2019, 9, 16), True, id="days apart: one story"),
    ],
)
def test_figures_are_compared_only_within_one_story(first, second, flagged):
    flags = find_figure_flags(dated((fact(4000), first), (fact(1200), second)))
    assert bool(flags) is flagged


def test_a_story_flag_key_names_its_first_publication_date():
    flags = find_figure_flags(dated((fact(15), date(2019, 9, 12)), (fact(55), date(2019, 9, 11))))
    assert flags[0].key == f"figure:{PROJECTS}@2019-09-11"


def test_undated_records_are_a_story_of_their_own():
    group = dated((fact(15), date(2019, 9, 12)), (fact(55), None), (fact(60), None))
    assert [flag.refs for flag in find_figure_flags(group)] == [(2, 3)]


def test_a_figure_without_date_words_holds_for_the_month_it_was_published():
    flag = only_flag_of(dated((fact(500_000, period="2030"), date(2024, 10, 16)), (fact(400_000), date(2024, 10, 15))))
    assert flag.label is FlagLabel.DIFFERENT_DATES
    assert flag.reason == "Different dates (published 2024-10, 2030)."


def test_a_day_and_an_undated_report_of_the_same_month_are_one_date():
    first = fact(15, as_of=date(2019, 9, 5))
    flag = only_flag_of(dated((first, date(2019, 9, 12)), (fact(20), date(2019, 9, 16))))
    assert flag.label is FlagLabel.CONTRADICTION


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        pytest.param(fact("7.4", text="7.4 kilometres"), fact("7.40298", text="4.6 miles"), False,
                     id="4.6 miles is 7.4 km as printed"),
        pytest.param(fact("7.4", text="7.4 kilometres"), fact("7.6", text="7.6 kilometres"), True, id="7.4 is not 7.6"),
        pytest.param(fact(15), fact(16), True, id="whole numbers are exact"),
    ],
)  # fmt: skip
def test_an_exact_figure_is_as_precise_as_its_printed_digits(first, second, flagged):
    assert bool(find_figure_flags(records(first, second))) is flagged


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Oksana Hryhorenko", "Oksana Grigorenko"),
        ("Mabrouk", "Mohammed al-Mabrouk"),
        ("al-Mabruk", "Muhammad al-Mabruk"),
    ],
)
def test_one_speaker_spelled_two_ways_is_one_speaker(first, second):
    flag = only_flag(fact(14, speaker=first), fact(16, speaker=second))
    assert flag.label is FlagLabel.CONTRADICTION


def only_flag_of(group):
    flags = find_figure_flags(group)
    assert len(flags) == 1, flags
    return flags[0]


# --- extents: a whole country or a later phase is another scope ------------------------------


@pytest.mark.parametrize(
    ("figures", "label", "reason"),
    [
        pytest.param([fact(2000), fact(9000, scope="; country-wide")], FlagLabel.DIFFERENT_SCOPE,
                     "Different scope (extent not stated vs. country-wide).", id="plant vs country-wide"),
        pytest.param([fact(14, scope="planned"), fact(16, scope="planned; second phase")], FlagLabel.DIFFERENT_SCOPE,
                     "Different scope (extent not stated vs. second phase).", id="with a later phase"),
        pytest.param([fact(10, scope="signed"), fact(12, scope="completed; country-wide")], FlagLabel.DIFFERENT_SCOPE,
                     "Different scope (signed vs. completed).", id="one phrase for the label"),
    ],
)  # fmt: skip
def test_a_figure_said_to_cover_more_differs_in_scope_from_one_that_does_not(figures, label, reason):
    flag = only_flag(*figures)
    assert (flag.label, flag.reason) == (label, reason)


@pytest.mark.parametrize(
    "figures",
    [
        pytest.param([fact(10, scope="; country-wide"), fact(12, scope="; country-wide")], id="both country-wide"),
        pytest.param([fact(10, scope="; second phase"), fact(10), fact(12)], id="the plain figures disagree too"),
        pytest.param([fact(10, scope="planned"), fact(12, scope="planned")], id="no extent at all"),
    ],
)
def test_an_extent_shared_across_disagreeing_figures_explains_nothing(figures):
    assert only_flag(*figures).label is FlagLabel.CONTRADICTION


def test_an_extent_alone_never_makes_a_flag():
    assert find_figure_flags(records(fact(10, scope="; country-wide"), fact(10))) == []


def test_revised_figures_from_different_months_are_different_dates_even_with_different_speakers():
    group = dated((fact(410, speaker="Tursunov"), date(2025, 3, 11)), (fact(410), date(2025, 3, 11)),
                  (fact(465, speaker="Nodira Karimova", sentence="The cost has risen to $465 million."),
                   date(2025, 5, 20)))  # fmt: skip
    flag = find_figure_flags(group)[0]
    assert flag.label is FlagLabel.DIFFERENT_DATES
    assert "different speakers" in flag.reason


@pytest.mark.parametrize(
    ("later_sentence", "label"),
    [
        ("The plant will have five washing lines.", FlagLabel.CONTRADICTION),
        ("The plant will now have five washing lines.", FlagLabel.DIFFERENT_DATES),
        ("Two lines were added, bringing the total to five.", FlagLabel.DIFFERENT_DATES),
        ("The mill cost 620 million, more than the company had planned.", FlagLabel.DIFFERENT_DATES),
    ],
)
def test_publication_dates_explain_a_difference_only_where_the_text_marks_a_change(later_sentence, label):
    group = dated((fact(3, sentence="The plant will have three washing lines."), date(2024, 9, 16)),
                  (fact(5, sentence=later_sentence), date(2024, 10, 29)))  # fmt: skip
    assert only_flag_of(group).label is label


@pytest.mark.parametrize("unnamed", ["company", "the company's chairman", "a brochure handed out at the event"])
def test_a_speaker_without_a_name_may_be_the_one_named_and_explains_nothing(unnamed):
    group = records(fact(120, speaker="Nejma Motors"), fact(150, speaker=unnamed))
    assert only_flag_of(group).label is FlagLabel.CONTRADICTION


def test_two_named_speakers_still_explain_a_difference():
    group = records(fact(120, speaker="al-Mabrouk"), fact(150, speaker="the transport ministry"))
    assert only_flag_of(group).label is FlagLabel.DIFFERENT_SPEAKERS


@pytest.mark.parametrize(
    ("later_sentence", "label"),
    [
        ("Work has begun on the plant, which will cost $52 million.", FlagLabel.DIFFERENT_SCOPE),
        ("Work has begun, and the cost has risen to $52 million.", FlagLabel.DIFFERENT_DATES),
    ],
)
def test_a_revision_is_told_by_its_date_before_its_stage(later_sentence, label):
    group = dated((fact(38, scope="planned", sentence="The plant will cost $38 million."), date(2024, 9, 16)),
                  (fact(52, scope="being implemented", sentence=later_sentence), date(2024, 12, 9)))  # fmt: skip
    assert only_flag_of(group).label is label


@pytest.mark.parametrize(
    ("values", "label"),
    [
        # five kilns, then seven, then five again: the accounts disagree, nothing was revised
        ((5, 7, 5), FlagLabel.CONTRADICTION),
        # five, five, then seven: a revision
        ((5, 5, 7), FlagLabel.DIFFERENT_DATES),
        ((7, 5, 5), FlagLabel.DIFFERENT_DATES),
    ],
)
def test_a_value_printed_again_after_another_one_is_no_revision(values, label):
    days = [date(2024, 3, 4), date(2024, 5, 6), date(2024, 7, 8)]
    group = dated(*((fact(v, sentence=f"The brickworks will now have {v} kilns."), day)
                    for v, day in zip(values, days, strict=True)))  # fmt: skip
    assert only_flag_of(group).label is label


def test_a_report_that_gives_the_old_and_the_new_value_tells_the_change_itself():
    now = fact(8, sentence="Entry costs 8 euros today, but will rise to 12 euros next year.")
    later = fact(12, sentence=now.sentence, as_of=date(2025, 1, 1), period="2025")
    group = [
        FigureRecord(ref=1, source_ref=1, fact=fact(8), published=date(2024, 5, 2)),
        FigureRecord(ref=2, source_ref=2, fact=now, published=date(2024, 5, 9)),
        FigureRecord(ref=3, source_ref=2, fact=later, published=date(2024, 5, 9)),
        FigureRecord(ref=4, source_ref=3, fact=fact(8), published=date(2024, 5, 20)),
    ]
    assert only_flag_of(group).label is FlagLabel.DIFFERENT_DATES
