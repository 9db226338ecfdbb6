"""Figures as news copy prints them outside a plant story: tolls, people in different roles, bare
numbers whose noun is elsewhere in the sentence.

The sentences are our own words, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from claims.detection.compare import find_figure_flags
from claims.detection.figures import extract_figures
from claims.detection.types import FigureRecord, FlagLabel

PUBLISHED = date(2024, 6, 12)


def reading(text: str, wanted: str):
    facts = {f.text: f for f in extract_figures(text, PUBLISHED)}
    assert wanted in facts, list(facts)
    return facts[wanted]


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("Rescuers said 40 people had died.", "40 people", "people:person:killed"),
        ("Officials said 15 people were still missing.", "15 people", "people:person:missing"),
        ("Medics treated about 200 injured people.", "about 200 injured people", "people:person:injured"),
        ("Some 9,000 people are sleeping in tents.", "Some 9,000 people", "people:person:displaced"),
        ("About 3,000 villagers are still living in temporary shelters.", "About 3,000 villagers",
         "people:villager:displaced"),
        ("Three children were in intensive care.", "Three children", "people:child:intensive care"),
        ("Two climbers were in critical condition.", "Two climbers", "people:climber:intensive care"),
        ("Clinics vaccinated 800,000 children in a fortnight.", "800,000 children", "people:child:vaccinated"),
        ("Divers recovered 12 bodies from the river.", "12 bodies", "people:person:killed"),
        ("The ministry recorded nine deaths.", "nine deaths", "people:person:killed"),
        ("More than 2,000 people turned out for the march.", "More than 2,000 people", "people:person:attending"),
        ("Organisers said 6,000 people had come.", "6,000 people", "people:person:attending"),
        ("Police put the crowd at the harbour rally at about 3,000 people.", "about 3,000 people",
         "people:person:attending"),
        ("In all, 212 people have been treated for injuries.", "212 people", "people:person:injured"),
        ("The death toll from the quake has risen to seven people.", "seven people", "people:person:killed"),
        ("Eleven fans were treated at Dr Soetomo General Hospital.", "Eleven fans", "people:fan:hospitalised"),
        ("Two workers were taken to the district clinic.", "Two workers", "people:worker:hospitalised"),
        ("The 400 fans at Central Station cheered.", "400 fans", "people:fan"),
        ("The crowd at the stadium grew to 9,000 people.", "9,000 people", "people:person:attending"),
        ("The workforce has grown to 900 people.", "900 people", "people:person"),
        ("About 1.1 million people have been affected.", "About 1.1 million people", "people:person:affected"),
        ("Coast guard boats rescued 131 people.", "131 people", "people:person:rescued"),
        ("The village was home to about 2,100 people before the quake.", "about 2,100 people", "people:person:resident"),
        ("About 600 people were moved out of the valley overnight.", "About 600 people", "people:person:displaced"),
        ("Some 3,000 people have fled their homes.", "Some 3,000 people", "people:person:displaced"),
        ("Some 3,000 people have left their homes, including 400 children from the port itself.", "400 children",
         "people:child:displaced"),
        ("Nine people died and 131 people were rescued.", "131 people", "people:person:rescued"),
        ("One worker died and five workers were taken to hospital.", "One worker", "people:worker:killed"),
    ],
)  # fmt: skip
def test_what_happened_to_the_people_counted_is_part_of_the_quantity(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The death toll rose to 27 on Friday.", "27", "people:person:killed"),
        ("The police gave a toll of 31.", "31", "people:person:killed"),
        ("The final toll of 45 was confirmed in May.", "45", "people:person:killed"),
        ("Dengue cases in the district have climbed to 410.", "410", "count:case"),
        ("Mumps cases have risen to 52.", "52", "count:case"),
        ("The number of residents evacuated has reached 5,200.", "5,200", "people:person:displaced"),
        ("Police put the crowd at about 8,000.", "about 8,000", "people:person:attending"),
        ("Organisers said a crowd of 20,000 filled the square.", "20,000", "people:person:attending"),
        ("The agency put the number of pupils vaccinated at 64,000.", "64,000", "people:pupil:vaccinated"),
        ("Four people drowned, 11 were injured and two are missing.", "11", "people:person:injured"),
        ("Four people drowned, 11 were injured and two are missing.", "two", "people:person:missing"),
        ("Five were killed when the bridge fell.", "Five", "people:person:killed"),
        ("Witnesses said 30 died in the fire.", "30", "people:person:killed"),
    ],
)
def test_a_bare_number_counts_what_its_sentence_names(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The court found the treasury lost €31 million.", "€31 million", "currency:EUR:loss"),
        ("Prosecutors say the scheme cost the state $48 million.", "$48 million", "currency:USD:loss"),
        ("The defence said the city lost no more than €9 million, not the €48 million claimed.",
         "no more than €9 million", "currency:EUR:loss"),
        ("The defence said the city lost no more than €9 million, not the €48 million claimed.",
         "€48 million", "currency:EUR:loss"),
        ("The bridge will cost $40 million.", "$40 million", "currency:USD:cost"),
    ],
)  # fmt: skip
def test_a_sum_lost_is_a_loss_and_a_sum_set_against_it_is_one_too(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The flood destroyed 40 bridges.", "40 bridges", "count:bridge:destroyed"),
        ("Officials said 3,100 houses had been destroyed and 9,000 houses damaged.", "3,100 houses",
         "count:house:destroyed"),
        ("Officials said 3,100 houses had been destroyed and 9,000 houses damaged.", "9,000 houses",
         "count:house:damaged"),
        ("The storm left 500 homes damaged.", "500 homes", "count:home:damaged"),
    ],
)  # fmt: skip
def test_buildings_destroyed_and_damaged_are_counted_apart(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    "sentence",
    ["The march set off at 5 pm.", "Voting closed at 8 p.m. on Sunday.", "The first ferry leaves at 6.30 am."],
)
def test_a_time_of_day_is_not_a_count(sentence):
    assert not [fact for fact in extract_figures(sentence, PUBLISHED) if fact.quantity_key.startswith("count:")]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The ruling party won 40 seats and the opposition 22.", "22"),
        ("The population of the town is 40,000.", "40,000"),
        ("Teams reached 1.2 million, short of the target of 1.5 million.", "1.5 million"),
        ("Of the 9,000 ballots cast, 8,700 were valid.", "8,700"),
    ],
)
def test_a_bare_number_whose_sentence_names_no_count_is_never_compared(sentence, text):
    assert reading(sentence, text).quantity_key == ""


def test_things_that_came_from_donors_are_still_donated():
    assert reading("Some 200 posters came from private donors.", "Some 200 posters").quantity_key == (
        "count:poster:donated"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The final cost has risen to €2.1bn.", "The budget was €1.9bn."),
        ("Preliminary turnout was 41 percent.", "Turnout was 38.5 percent."),
        ("The provisional toll stood at 19.", "The death toll rose to 23."),
    ],
)
def test_final_preliminary_and_provisional_name_the_same_quantity(first, second):
    assert extract_figures(first, PUBLISHED)[-1].quantity_key == extract_figures(second, PUBLISHED)[-1].quantity_key


@pytest.mark.parametrize(
    ("sentence", "text", "period"),
    [
        ("Turnout was 38 percent, the lowest since 2003.", "38 percent", ""),
        ("It was the deadliest storm since 1998, with 40 people killed.", "40 people", ""),
        ("Officials have confirmed 80 cases since March.", "80 cases", "since March 2024"),
    ],
)
def test_a_since_after_a_superlative_is_a_yardstick_not_the_figures_date(sentence, text, period):
    assert reading(sentence, text).period == period


@pytest.mark.parametrize(
    ("sentence", "text", "scope"),
    [
        # a district as a whole, not the country
        ("Teams fanned out across Kavre District and found 300 cases.", "300 cases", "; all of Kavre"),
        ("Nationally, 90 percent of children have had both doses.", "90 percent", "; country-wide"),
        ("Turnout was 61 percent of the province's 1.4 million voters.", "61 percent", ""),
        ("Turnout was 61 percent of the province's 1.4 million voters.", "1.4 million voters", "; province-wide"),
        ("The quake damaged 1,260 buildings across the Lasithi regional unit.", "1,260 buildings",
         "; all of Lasithi"),
        ("Across all of Ho Chi Minh City's ports, 23 ships were waiting.", "23 ships", "; all of Ho Chi Minh City"),
        ("Across the Dnipro Bridge 40 trams ran.", "40 trams", ""),
        ("Storms closed 140 schools across northern Luzon.", "140 schools", "; northern Luzon"),
        ("Some 35 boats from across Central Visayas, or Region VII, joined.", "Some 35 boats", "; Central Visayas"),
        ("About 5,000 people across Italy's Sorrento peninsula lost power.", "About 5,000 people", "; all of Sorrento"),
        ("About 5,000 people across the Sorrento peninsula lost power, including 900 in Vico itself.", "900", ""),
        ("Nine people were hurt when the bridge fell, after a week of rain across southern Chile.", "Nine people", ""),
        ("Clinics across the district had treated 640 patients.", "640 patients", "; district-wide"),
        ("A dozen clinics in the county gave the vaccine.", "A dozen clinics", "; county-wide"),
        ("Some 800 hectares would bear fruit in the district by 2028.", "Some 800 hectares", "planned"),
        ("The virus spread through the Batticaloa District, with 900 cases since May.", "900 cases", "; all of Batticaloa"),
    ],
)
def test_what_a_figure_covers_is_read_from_its_own_words(sentence, text, scope):
    assert reading(sentence, text).scope == scope


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The scheme costs 40 million Egyptian pounds.", "40 million Egyptian pounds", "currency:EGP"),
        ("The grant was 2 million pounds sterling.", "2 million pounds sterling", "currency:GBP"),
        ("Lebanon owes 90 billion Lebanese pounds.", "90 billion Lebanese pounds", "currency:LBP"),
    ],
)
def test_a_pound_is_money_when_its_country_is_named(sentence, text, unit):
    assert reading(sentence, text).unit == unit


def test_a_bare_pound_is_no_currency():
    assert not reading("The crate weighs 5,000 pounds.", "5,000 pounds").unit.startswith("currency")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The arena, with its 12,000 seats, will host the final on October 4.", "12,000 seats"),
        ("The council approved €30m for the festival, which the town will hold in August, after a long debate.",
         "€30m"),
    ],
)  # fmt: skip
def test_what_a_subject_has_or_a_which_clause_does_lends_no_date(sentence, text):
    assert reading(sentence, text).as_of is None


def records_of(*reports):
    """FigureRecords of every figure in (sentence, publication date) reports, one source each."""
    found = []
    for source, (sentence, day) in enumerate(reports, 1):
        for fact in extract_figures(sentence, day):
            found.append(FigureRecord(ref=len(found) + 1, source_ref=source, fact=fact, published=day))
    return found


def flag_of(records, key):
    flags = [f for f in find_figure_flags(records) if f.quantity_key == key]
    assert len(flags) == 1, find_figure_flags(records)
    return flags[0]


def test_a_word_of_change_in_another_clause_does_not_date_the_figure():
    group = records_of(
        ("Organisers hope to sell up to 500,000 tickets.", date(2024, 1, 10)),
        ("The fair sold 610,000 tickets, but its cost has risen to €90m.", date(2024, 9, 20)),
    )
    assert flag_of(group, "count:ticket").label is FlagLabel.BOUND


def test_a_count_since_a_date_holds_for_the_day_it_is_reported():
    group = records_of(
        ("Officials have confirmed 80 cases since January.", date(2024, 2, 5)),
        ("Cases have risen to 140 since January.", date(2024, 3, 11)),
    )
    assert flag_of(group, "count:case").label is FlagLabel.DIFFERENT_DATES


@pytest.mark.parametrize(
    ("earlier", "later", "key", "label"),
    [
        ("Preliminary turnout was 44 percent.", "Turnout was 39.5 percent.", "percent:turnout",
         FlagLabel.DIFFERENT_DATES),
        ("Some 5,000 people are sleeping in tents.",
         "Ten weeks after the flood, about 3,000 people are still living in tents.", "people:person:displaced",
         FlagLabel.DIFFERENT_DATES),
        ("The clinic has 20 beds.", "The clinic, a 30-bed building, is still working out of tents.", "count:bed",
         FlagLabel.CONTRADICTION),
    ],
)  # fmt: skip
def test_a_provisional_figure_and_time_gone_by_are_words_of_change(earlier, later, key, label):
    group = records_of((earlier, date(2024, 4, 2)), (later, date(2024, 6, 15)))
    assert flag_of(group, key).label is label


from claims.detection.figure_holders import holder_key  # noqa: E402


def held(key: str, name: str) -> str:
    """The key of a tally that `name` holds: the holder's folded name ends it."""
    return f"{key}:{holder_key(name)}"


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("Mensah had 48 percent of the votes counted so far and Ama Owusu of the Unity Congress had 45 percent.",
         "48 percent", held("percent:vote share", "Mensah")),
        ("Mensah had 48 percent of the votes counted so far and Ama Owusu of the Unity Congress had 45 percent.",
         "45 percent", held("percent:vote share", "Owusu")),
        ("The result gave Kofi Mensah 1,204,311 votes, or 51.2 percent, against 1,090,877 votes, or 46.4 percent, "
         "for Owusu.", "1,204,311 votes", held("count:vote", "Mensah")),
        ("The result gave Kofi Mensah 1,204,311 votes, or 51.2 percent, against 1,090,877 votes, or 46.4 percent, "
         "for Owusu.", "51.2 percent", held("percent:vote share", "Mensah")),
        ("The result gave Kofi Mensah 1,204,311 votes, or 51.2 percent, against 1,090,877 votes, or 46.4 percent, "
         "for Owusu.", "1,090,877 votes", held("count:vote", "Owusu")),
        ("The result gave Kofi Mensah 1,204,311 votes, or 51.2 percent, against 1,090,877 votes, or 46.4 percent, "
         "for Owusu.", "46.4 percent", held("percent:vote share", "Owusu")),
        ("The Green Party also won 40 seats and the Labour bloc 22.", "40 seats", held("count:seat", "Green Party")),
        ("Of the 2.4 million votes cast, most were counted by hand.", "2.4 million votes", "count:vote"),
        ("Kaveri Marine has 18 vessels.", "18 vessels", "count:vessel"),
    ],
)  # fmt: skip
def test_a_sides_votes_seats_and_share_are_its_own(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


def test_a_holder_is_keyed_alike_in_every_spelling():
    assert holder_key("Ọláolúwa Adébáyọ̀") == holder_key("Olaoluwa Adebayo") == holder_key("Adebayo") != ""
    assert holder_key("the Green Party") == holder_key("Green") != holder_key("Labour Party")


def test_two_sides_shares_are_never_flagged_against_each_other():
    group = records_of(
        ("Mensah had 48 percent of the votes and Owusu had 45 percent.", date(2024, 3, 10)),
        ("The final count gave Mensah 1,204,311 votes, or 51.2 percent, against 1,090,877 votes, or 46.4 percent, "
         "for Owusu.", date(2024, 3, 20)),
    )  # fmt: skip
    flagged = {r.fact.text for f in find_figure_flags(group) for r in group if r.ref in f.refs}
    assert {f.quantity_key for f in find_figure_flags(group)} == {held("percent:vote share", "Mensah"), held("percent:vote share", "Owusu")}
    assert flagged == {"48 percent", "51.2 percent", "45 percent", "46.4 percent"}


def test_a_share_of_the_votes_counted_so_far_and_the_final_result_differ_in_scope():
    group = records_of(
        ("Mensah had 48 percent of the votes counted so far.", date(2024, 3, 10)),
        ("The final results gave Mensah 1,204,311 votes, or 51.2 percent.", date(2024, 3, 12)),
    )
    assert flag_of(group, held("percent:vote share", "Mensah")).label is FlagLabel.DIFFERENT_SCOPE


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("It was the deadliest storm since the 1999 cyclone, which killed about 10,000 people.",
         "about 10,000 people", ""),
        ("It was the worst flood since 2010, when 1,700 people died.", "1,700 people", ""),
        ("The storm killed 40 people, the most since records began.", "40 people", "people:person:killed"),
    ],
)  # fmt: skip
def test_a_figure_describing_the_yardstick_of_a_superlative_is_another_events(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        # what the roof did when they were there is not what happened to the workers
        ("The boss said 38 workers had been on the shift when the roof gave way.", "38 workers", "people:worker"),
        ("Two guards were on duty when the crowd gave chase.", "Two guards", "people:guard"),
        ("Twelve firefighters were injured.", "Twelve firefighters", "people:firefighter:injured"),
        ("Three fishermen were still missing.", "Three fishermen", "people:fisherman:missing"),
        # an owner's workers are its workforce, whatever they are said to do next
        ("The company's 4,100 workers across Georgia would get new training.", "4,100 workers",
         "people:worker:employed"),
        ("Its 300 staff will move to the new site.", "300 staff", "people:worker:employed"),
        ("About 600 workers had joined the stoppage.", "About 600 workers", "people:worker"),
        # "hurt" is injured; a home left under force is a home lost
        ("Police said 23 fans were hurt in the crush.", "23 fans", "people:fan:injured"),
        ("The river burst its banks, forcing about 900 residents from their homes.", "about 900 residents",
         "people:person:displaced"),
        # who is among those counted is an aside before what happened to them
        ("Police said three people, among them a crane operator, had been detained.", "three people",
         "people:person:detained"),
        ("Nine climbers, most of them students, were missing.", "Nine climbers", "people:climber:missing"),
        # boats and houses smashed, wrecked or collapsed are destroyed
        ("Fishermen said more than 90 boats had been smashed or carried away.", "more than 90 boats",
         "count:boat:destroyed"),
        ("Twelve houses collapsed in the night.", "Twelve houses", "count:house:destroyed"),
    ],
)  # fmt: skip
def test_who_the_people_counted_are_is_read_from_their_own_clause(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text", "speaker"),
    [
        ("The Imereti Miners' Union (IMU) said 52 workers had been underground.", "52 workers",
         "Imereti Miners' Union"),
        ("The Port Authority (PA) said 23 ships were waiting.", "23 ships", "Port Authority"),
        # a description before the name: the name that ends it
        ("The organisers, the opposition party Kok Asaba, said 15,000 people had come.", "15,000 people",
         "Kok Asaba"),
        # a person described by an organisation is not the organisation
        ("Gul Ahmad Achakzay, founder of Harirod Saffron, said the plant would have ten drying rooms.",
         "ten drying rooms", "Gul Ahmad Achakzay"),
        # whoever disputes a figure speaks, and "she" is that person
        ('Faadumo Warsame, director of the alliance, disputed the figure. "There are no more than 130 health '
         'workers here," she said.', "no more than 130 health workers", "Faadumo Warsame"),
        ("Vilma Ortiz, an economist, rejected that, saying the real loss was nearer €200,000 a day.",
         "nearer €200,000 a day", "Vilma Ortiz"),
        # whose staff counted is who gives the count
        ("The mayor, Drita Hoxha, said her staff had counted 6,500 hectares.", "6,500 hectares", "Drita Hoxha"),
        # a job title before the name, a participle between it and the verb
        ("Plant manager Dara Kong, speaking after her, put the unpaid wages at $900,000.", "$900,000", "Dara Kong"),
    ],
)  # fmt: skip
def test_who_speaks_is_read_past_brackets_descriptions_and_disputes(sentence, text, speaker):
    assert reading(sentence, text).speaker == speaker


def test_a_toll_that_moves_between_reports_days_apart_differs_by_date():
    group = records_of(
        ("Two miners were killed on Monday, the company said.", date(2026, 3, 10)),
        ("The collapse has now killed three miners, the rescue service said.", date(2026, 3, 14)),
    )
    flag = flag_of(group, "people:miner:killed")
    assert flag.label is FlagLabel.DIFFERENT_DATES
    assert "2026-03-10" in flag.reason and "2026-03-14" in flag.reason


def test_a_toll_reported_days_apart_differs_by_date_though_no_word_says_it_moved():
    group = records_of(
        ("Two miners were killed in the collapse, the company said.", date(2026, 3, 10)),
        ("Three miners were killed in the collapse, the rescue service said.", date(2026, 3, 14)),
    )
    flag = flag_of(group, "people:miner:killed")
    assert flag.label is FlagLabel.DIFFERENT_DATES
    assert "2026-03-10" in flag.reason and "2026-03-14" in flag.reason


def test_a_toll_given_two_ways_on_one_day_differs_by_speaker():
    group = records_of(
        ("Two miners were killed in the collapse, Zemo Mining said.", date(2026, 3, 10)),
        ("Three miners were killed in the collapse, the Miners' Union said.", date(2026, 3, 10)),
    )
    assert flag_of(group, "people:miner:killed").label is FlagLabel.DIFFERENT_SPEAKERS


def test_other_figures_reported_days_apart_in_one_month_are_two_accounts():
    group = records_of(
        ("The project has now cost $40 million.", date(2026, 3, 10)),
        ("The project has now cost $52 million.", date(2026, 3, 14)),
    )
    assert flag_of(group, "currency:USD:cost").label is not FlagLabel.DIFFERENT_DATES


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("A magnitude 6.1 earthquake struck the valley.", "magnitude 6.1", "magnitude:quake"),
        ("The centre put the quake at magnitude 5.8.", "magnitude 5.8", "magnitude:quake"),
        ("A 6.4-magnitude quake hit the coast.", "6.4-magnitude", "magnitude:quake"),
        ("The tremor measured 4.9 on the Richter scale.", "4.9 on the Richter scale", "magnitude:quake"),
        ("Aftershocks went on all week, the strongest of magnitude 5.2.", "magnitude 5.2", "magnitude:aftershock"),
    ],
)  # fmt: skip
def test_a_quakes_magnitude_is_its_own_measure_and_an_aftershocks_another(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


def test_two_agencies_magnitudes_for_one_quake_differ_by_speaker():
    group = records_of(
        ("The Aegean centre put the quake at magnitude 6.1.", date(2025, 10, 14)),
        ("The Balkan network has put the quake at magnitude 5.8.", date(2025, 10, 14)),
    )
    assert flag_of(group, "magnitude:quake").label is FlagLabel.DIFFERENT_SPEAKERS


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The roof gave way about 380 metres below the surface.", "about 380 metres", "distance:km:depth"),
        ("The quake struck at a depth of less than 10 kilometres.", "less than 10 kilometres", "distance:km:depth"),
        ("It was centred 12 kilometres beneath the seabed.", "12 kilometres", "distance:km:depth"),
        ("The tunnel will run about 60 metres through loose rock.", "about 60 metres", "distance:km:tunnel"),
    ],
)  # fmt: skip
def test_a_distance_down_is_a_depth(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


def test_how_the_subject_is_described_is_not_what_its_verb_covers():
    sentence = "The quake, centred 12 kilometres below the seabed, damaged 1,260 buildings across the Lasithi region."
    assert reading(sentence, "12 kilometres").scope == ""
    assert reading(sentence, "1,260 buildings").scope == "; all of Lasithi"


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The club agreed to sell its striker to a Malaysian side for $3.2 million.", "$3.2 million",
         "currency:USD:price"),
        ("The Mariners signed him, paying Brantas United $2.4 million.", "$2.4 million", "currency:USD:price"),
        ("The firm paid $2 million in fines.", "$2 million", "currency:USD:fine"),
        ("The city has budgeted Rp 120 billion for the work.", "Rp 120 billion", "currency:IDR:cost"),
        ("Tickets for the farewell match on January 31 will cost Rp 75,000.", "Rp 75,000",
         "currency:IDR:admission cost"),
        ("The eight-day stoppage had cost the company VND 14bn.", "VND 14bn", "currency:VND:loss"),
        ("The strike has already cost it VND 40 billion.", "VND 40 billion", "currency:VND:loss"),
        ("The new plant will cost the company $300 million.", "$300 million", "currency:USD:cost"),
    ],
)  # fmt: skip
def test_what_a_sum_pays_for_is_read_from_the_deal(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("He signed a three-year contract with the club.", "three-year contract", "duration:contract:year"),
        ("Six men spent more than 80 hours trapped before rescuers reached them.", "more than 80 hours",
         "duration:trapped:hour"),
        ("A fan had been switched off for 11 days before the roof fell.", "11 days", "duration:out of service:day"),
        ("The fan had been out of service for 16 days.", "16 days", "duration:out of service:day"),
        ("He has led the club for 11 years.", "11 years", ""),
        ("The ferries would run every 15 minutes at peak hours.", "15 minutes", "duration:interval:minute"),
        ("The two-day visit ended on Friday.", "two-day visit", "duration:visit:day"),
        ("It took two days to finish.", "two days", ""),
    ],
)  # fmt: skip
def test_a_duration_is_compared_only_when_the_copy_says_what_lasts(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The company offered a 6 percent pay rise from July.", "6 percent", "percent:offer"),
        ("It raised its offer on Thursday to a 7 percent rise.", "7 percent", "percent:offer"),
        ("Dockers began receiving the 8 percent pay rise agreed in May.", "8 percent", "percent:pay rise"),
        ("The club offered $5 million for the striker.", "$5 million", "currency:USD:offer"),
    ],
)  # fmt: skip
def test_an_offer_is_its_own_quantity(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


def test_the_sides_of_a_dispute_named_by_their_role_are_different_speakers():
    group = records_of(
        ("Police put the crowd at the rally at about 3,000 people.", date(2026, 4, 20)),
        ("The organisers said 15,000 people had come to the rally.", date(2026, 4, 20)),
    )
    assert flag_of(group, "people:person:attending").label is FlagLabel.DIFFERENT_SPEAKERS


def test_the_company_is_still_no_second_speaker():
    group = records_of(
        ("Zurab Chanturia said 38 workers were on the shift.", date(2026, 3, 10)),
        ("The company said 52 workers were on the shift.", date(2026, 3, 10)),
    )
    assert flag_of(group, "people:worker").label is FlagLabel.CONTRADICTION


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The ferry operator said the 48-metre vessel had passed its inspection.",
         "Survivors said the 55-metre ferry listed before it sank."),
        ("The 6,000-square-metre warehouse stored paint.", "Firefighters reached the 8,200-square-metre building at dawn."),
        ("The 11,000-square-metre plant has stood empty.", "The strike began at a 16,000-square-metre factory."),
        ("The 27-kilometre line runs along the coast.", "The operator said the 31-kilometre line would reopen."),
        ("The 12-kilometre road belongs to the province.", "The 15-kilometre road was closed."),
        ("The floating pontoon will be 120 metres long.", "The Dala pontoon will be 210 metres long."),
    ],
)  # fmt: skip
def test_one_thing_measured_under_two_names_or_before_a_verb_is_one_quantity(first, second):
    (a,) = [f for f in extract_figures(first, PUBLISHED) if f.unit.startswith(("distance", "area"))]
    (b,) = [f for f in extract_figures(second, PUBLISHED) if f.unit.startswith(("distance", "area"))]
    assert a.quantity_key == b.quantity_key != ""


def test_counts_of_ferries_and_vessels_stay_apart():
    (ferries,) = extract_figures("The company runs 12 ferries.", PUBLISHED)
    (vessels,) = extract_figures("The coast guard sent 30 vessels.", PUBLISHED)
    assert ferries.quantity_key != vessels.quantity_key


def test_an_estimate_of_damage_revised_days_apart_differs_by_date():
    group = records_of(
        ("The port authority put its first estimate of the damage at $4 million.", date(2026, 3, 10)),
        ("The port authority now puts the damage at $11 million.", date(2026, 3, 14)),
    )
    flag = flag_of(group, "currency:USD:loss")  # damage and losses: one estimate
    assert flag.label is FlagLabel.DIFFERENT_DATES
    assert "2026-03-10" in flag.reason and "2026-03-14" in flag.reason


def test_its_length_is_the_length_of_the_thing_measured_before():
    text = (
        "A geologist said the crack was 1.2 kilometres long. \"We have not seen one so wide,\" she said. "
        "The site engineer put its length at about 900 metres."
    )
    crack, length = extract_figures(text, PUBLISHED)
    assert crack.quantity_key == length.quantity_key == "distance:km:crack"


def test_a_description_of_the_speaker_does_not_date_what_the_speaker_says():
    fact = reading(
        "Ana Ruiz, a geologist who has studied the valley since March 2021, said the crack was 1.2 kilometres long.",
        "1.2 kilometres",
    )
    assert fact.period == "" and fact.as_of is None


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The coach was travelling at 85 km/h on the bend, police said.", "85 km/h", "speed:kmh:speed"),
        ("The operator's own data put the speed at 55 kilometres an hour.", "55 kilometres an hour", "speed:kmh:speed"),
        ("Winds of 120 km/h tore roofs off.", "120 km/h", "speed:kmh:wind"),
        ("Gusts reached 45 knots offshore.", "45 knots", "speed:kmh:gust"),
        ("The lorry fell 80 metres into a gorge.", "80 metres", "distance:km:gorge"),
        ("The track runs 40 kilometres into the hills.", "40 kilometres", "distance:km:track"),
        ("The warehouse burned for 14 hours.", "14 hours", "duration:burning:hour"),
        ("Flames raged for less than 12 hours.", "less than 12 hours", "duration:burning:hour"),
        ("Barriers on the pass will cost S/ 2.8 million.", "S/ 2.8 million", "currency:PEN:cost"),
    ],
)  # fmt: skip
def test_speeds_falls_fires_and_soles_are_measured_as_news_prints_them(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


def test_a_speed_in_knots_meets_the_same_speed_in_kilometres_an_hour():
    knots, kmh = reading("The ferry made 10 knots.", "10 knots"), reading("The ferry made 18.52 km/h.", "18.52 km/h")
    assert knots.unit == kmh.unit == "speed:kmh" and knots.value_low == kmh.value_low


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The district recorded 95 new cases last week.", "95 new cases", "count:case:new"),
        ("The province has recorded 38 road deaths so far this year.", "38 road deaths", "people:person:killed:road"),
        ("The city hospital has admitted 140 patients since May.", "140 patients", "people:patient:hospitalised"),
        ("Doctors said 30 patients were discharged this week.", "30 patients", "people:patient:discharged"),
        ("Overnight 600 villagers were moved to a monastery.", "600 villagers", "people:villager:displaced"),
        ("Officials put the initial damage at 90 million baht.", "90 million baht", "currency:THB:loss"),
        ("Agents said 9 ships were diverted to Riga.", "9 ships", "count:ship:diverted"),
        ("Dispatchers said 20 ships were waiting at anchor.", "20 ships", "count:ship:waiting"),
        ("The storm grounded 75 flights, and 60 flights were cancelled.", "60 flights", "count:flight:cancelled"),
    ],
)  # fmt: skip
def test_new_cases_road_tolls_patients_and_damage_are_read_as_news_prints_them(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


def test_a_toll_counted_since_a_date_reported_days_apart_differs_by_date():
    group = records_of(
        ("Three deaths have been confirmed, officials said.", date(2026, 11, 4)),
        ("The outbreak has claimed seven deaths since October, officials said.", date(2026, 11, 13)),
    )
    assert flag_of(group, "people:person:killed").label is FlagLabel.DIFFERENT_DATES


def test_a_preliminary_report_does_not_make_its_figures_revisions():
    group = records_of(
        ("According to a preliminary report, the plant kept its stock in a 6,000-square-metre warehouse.",
         date(2026, 4, 20)),
        ("The fire started in a 9,000-square-metre warehouse.", date(2026, 5, 2)),
    )  # fmt: skip
    assert flag_of(group, "area:km2:building").label is FlagLabel.CONTRADICTION


def test_ships_still_waiting_weeks_into_a_strike_differ_by_date():
    group = records_of(
        ("Port dispatchers said 14 ships were waiting in the roadstead.", date(2026, 3, 10)),
        ("The strike dragged into its third week on Friday, with 31 ships waiting off the port.", date(2026, 3, 27)),
    )
    assert flag_of(group, "count:ship:waiting").label is FlagLabel.DIFFERENT_DATES


def test_the_real_loss_nearer_a_sum_is_the_loss_about_that_sum():
    fact = reading("Ortiz rejected that, saying the real loss was nearer €200,000 a day.", "nearer €200,000 a day")
    assert fact.quantity_key == "currency:EUR/day:loss" and fact.qualifier.value == "about"


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The prefect said about 4,000 hectares were flooded.", "about 4,000 hectares", "area:km2:flooded"),
        ("Some 1,200 hectares of farmland were under water by Monday.", "Some 1,200 hectares", "area:km2:flooded"),
        ("The river inundated an area of 12 square kilometres.", "12 square kilometres", "area:km2:flooded"),
        ("The fire burned 300 hectares of pine forest.", "300 hectares", "area:km2:burned"),
        ("The blaze had scorched 45 hectares by nightfall.", "45 hectares", "area:km2:burned"),
        # what grows on land says nothing of what happened to it
        ("The valley has 1,800 hectares of orchards.", "1,800 hectares", "area:km2:orchard"),
    ],
)  # fmt: skip
def test_what_a_flood_or_a_fire_did_to_an_area_names_it(sentence, text, key):
    assert reading(sentence, text).quantity_key == key


def test_a_second_account_of_an_area_counted_is_the_same_area():
    text = ("The prefect said about 4,000 hectares were flooded. "
            "The mayor said her staff had counted 6,500 hectares, most of it maize.")
    keys = {f.text: f.quantity_key for f in extract_figures(text, PUBLISHED)}
    assert keys["6,500 hectares"] == keys["about 4,000 hectares"] == "area:km2:flooded"


@pytest.mark.parametrize(
    ("sentence", "text", "extent"),
    [
        ("Inspectors halted work at 31 sites in the city and at 118 sites across the Duhok Region.", "31 sites",
         "the city"),
        ("Inspectors halted work at 31 sites in the city and at 118 sites across the Duhok Region.", "118 sites",
         "all of Duhok"),
        ("Six factories in Sihanoukville and 19 factories across Cambodia have closed.", "Six factories",
         "Sihanoukville"),
        ("Surveyors counted 850 homes in the city of Vlorë itself and 2,300 homes across the county.",
         "850 homes", "the city of Vlorë"),
        # with no wider extent in the sentence, where the things are is no extent: it is where the story is
        ("Surveyors counted 850 homes in the city of Vlorë.", "850 homes", ""),
    ],
)  # fmt: skip
def test_a_place_right_after_what_is_counted_is_its_extent_beside_a_wider_one(sentence, text, extent):
    assert reading(sentence, text).scope.partition("; ")[2] == extent


@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("The damage is now put at €35 million.", "€35 million", "currency:EUR:loss"),
        ("The cost of the bridge has been estimated at $4 million.", "$4 million", "currency:USD:cost"),
    ],
)  # fmt: skip
def test_a_sum_put_at_in_the_passive_is_its_subjects(sentence, text, key):
    assert reading(sentence, text).quantity_key == key



@pytest.mark.parametrize(
    ("sentence", "text", "key"),
    [
        ("A 71-year-old farmer drowned when his tractor overturned.", "71-year-old farmer", "age:farmer"),
        ("Her nine-year-old son was treated in hospital.", "nine-year-old son", "age:son"),
        ("A 34-year-old crane operator was pulled out alive.", "34-year-old crane operator", "age:operator"),
        # an age of no one named is never compared
        ("The 31-year-old from Rayong died on Monday.", "31-year-old", ""),
    ],
)  # fmt: skip
def test_an_age_is_keyed_by_who_is_described(sentence, text, key):
    fact = reading(sentence, text)
    assert (fact.unit, fact.quantity_key) == ("age", key)


def test_one_victims_age_printed_two_ways_is_flagged():
    group = records_of(
        ("A 71-year-old farmer drowned near the village, police said.", date(2026, 11, 9)),
        ("Among the dead is a 67-year-old farmer from the village.", date(2026, 11, 10)),
    )
    assert flag_of(group, "age:farmer").label is FlagLabel.CONTRADICTION


def test_a_second_account_of_a_count_is_of_what_the_first_said_happened():
    text = ("The coordinator said 2,700 homes had been destroyed. "
            "The mayor, who spoke next, said his teams had counted 4,000 homes.")
    keys = {f.text: f.quantity_key for f in extract_figures(text, PUBLISHED)}
    assert keys["4,000 homes"] == keys["2,700 homes"] == "count:home:destroyed"


def test_a_count_nobody_counted_keeps_its_own_state():
    text = "The coordinator said 2,700 homes had been destroyed. The agency will build 4,000 homes."
    keys = {f.text: f.quantity_key for f in extract_figures(text, PUBLISHED)}
    assert keys["4,000 homes"] != keys["2,700 homes"]


def test_a_time_phrase_before_the_subject_is_not_the_subject():
    fact = reading("By Wednesday evening the new pipeline stretched 40 kilometres.", "40 kilometres")
    assert fact.quantity_key == "distance:km:pipeline"
