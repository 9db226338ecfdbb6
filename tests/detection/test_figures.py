"""Figure extraction: every number, with its value, unit, noun, date, scope and speaker.

The example sentences are our own words; the facts, figures and spellings are those of
the September 2019 stories about the Kazakh president's visit to Beijing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.detection.compare import find_figure_flags
from claims.detection.figures import extract_figures
from claims.detection.types import FigureRecord, FlagLabel, Qualifier

PUBLISHED = date(2019, 9, 11)
SEEDS = Path("/work/shared/seeds")


def only_figure(text: str, published: date | None = PUBLISHED):
    facts = extract_figures(text, published)
    assert len(facts) == 1, [f.text for f in facts]
    return facts[0]


def figure_reading(text: str, wanted: str, published: date | None = PUBLISHED):
    """The figure whose text is `wanted` (several may share a sentence)."""
    facts = {f.text: f for f in extract_figures(text, published)}
    assert wanted in facts, list(facts)
    return facts[wanted]


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("Engineers counted exactly 40 new schools.", "exactly 40 new schools", Qualifier.EXACTLY),
        ("The fleet has 40 buses.", "40 buses", Qualifier.EXACTLY),
        ("The city bought about 300 buses.", "about 300 buses", Qualifier.ABOUT),
        ("The city bought approximately 300 buses.", "approximately 300 buses", Qualifier.ABOUT),
        ("The city bought around 300 buses.", "around 300 buses", Qualifier.ABOUT),
        ("The city bought roughly 300 buses.", "roughly 300 buses", Qualifier.ABOUT),
        ("Some 1,200 enterprises run on Chinese money.", "Some 1,200 enterprises", Qualifier.ABOUT),
        ("An estimated 300 buses were bought.", "An estimated 300 buses", Qualifier.ABOUT),
        ("The partners run at least 51 joint projects.", "at least 51 joint projects", Qualifier.AT_LEAST),
        ("Firms pump more than 20 percent of the oil.", "more than 20 percent", Qualifier.MORE_THAN),
        ("The line carried over 500 trains.", "over 500 trains", Qualifier.MORE_THAN),
        ("China supplied nearly 16 percent of the imports.", "nearly 16 percent", Qualifier.NEARLY),
        ("China supplied almost 16 percent of the imports.", "almost 16 percent", Qualifier.NEARLY),
        ("China supplied less than 1 percent of the imports.", "less than 1 percent", Qualifier.NEARLY),
        ("The port handles under 30 ships.", "under 30 ships", Qualifier.NEARLY),
        ("The port will handle up to 9 ships.", "up to 9 ships", Qualifier.UP_TO),
        ("The valley holds between 10 and 12 dams.", "between 10 and 12 dams", Qualifier.RANGE),
        ("The region has 3 to 4 million sheep.", "3 to 4 million sheep", Qualifier.RANGE),
    ],
)
def test_the_words_before_a_number_set_its_qualifier_and_join_its_text(sentence, text, qualifier):
    fact = only_figure(sentence)
    assert (fact.text, fact.qualifier) == (text, qualifier)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit", "noun"),
    [
        ("Officials expect five more projects.", "five more projects", 5, 5, "count", "project"),
        ("The neighbours share two dozen rivers.", "two dozen rivers", 24, 24, "count", "river"),
        ("The clashes left a dozen people dead.", "a dozen people", 12, 12, "people", "person"),
        ("The plan covers dozens of industrial facilities.", "dozens of industrial facilities", 24, 24, "count",
         "facility"),
        ("The two countries signed a deal.", "two countries", 2, 2, "count", "country"),
        ("They hired twenty-five engineers.", "twenty-five engineers", 25, 25, "people", "engineer"),
        ("Some 1 million ethnic Uyghurs are held.", "Some 1 million ethnic Uyghurs", 1_000_000, 1_000_000, "people",
         "uyghur"),
    ],
)  # fmt: skip
def test_number_words_and_numerals_give_values_units_and_nouns(sentence, text, low, high, unit, noun):
    fact = figure_reading(sentence, text)
    assert (fact.value_low, fact.value_high, fact.unit, fact.noun) == (Decimal(low), Decimal(high), unit, noun)


def test_a_vague_plural_means_at_least_its_smallest_value():
    fact = only_figure("The plan covers dozens of industrial facilities.")
    assert (fact.value_low, fact.qualifier) == (Decimal(24), Qualifier.AT_LEAST)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Between 1.25 million to 1.5 million Kazakhs live there.", 1_250_000, 1_500_000),
        ("About 1.25 to 1.5 million Kazakhs live there.", 1_250_000, 1_500_000),
        ("The valley holds between 10 and 12 dams.", 10, 12),
        ("Prices rose 10-12 percent.", 10, 12),
    ],
)
def test_a_range_is_one_figure_with_both_ends(sentence, low, high):
    fact = only_figure(sentence)
    assert (fact.value_low, fact.value_high, fact.qualifier) == (Decimal(low), Decimal(high), Qualifier.RANGE)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The deal is worth $28 billion.", "$28 billion", Decimal("28e9"), "currency:USD"),
        ("The deal is worth $3.9 billon.", "$3.9 billon", Decimal("3.9e9"), "currency:USD"),
        ("The deal is worth US$7 billion.", "US$7 billion", Decimal("7e9"), "currency:USD"),
        ("The bank lent €5 million.", "€5 million", Decimal("5e6"), "currency:EUR"),
        ("The city spent 200 million tenge.", "200 million tenge", Decimal("2e8"), "currency:KZT"),
        ("Firms have sunk billions of dollars into mines.", "billions of dollars", Decimal("2e9"), "currency:USD"),
        ("Oil is 20 percent of exports.", "20 percent", Decimal(20), "percent"),
        ("Oil is 20% of exports.", "20%", Decimal(20), "percent"),
        ("Oil is 20 per cent of exports.", "20 per cent", Decimal(20), "percent"),
        ("The border runs 1,700 kilometers.", "1,700 kilometers", Decimal(1700), "distance:km"),
        ("The road runs 8,845 km.", "8,845 km", Decimal(8845), "distance:km"),
        ("The road runs 100 miles.", "100 miles", Decimal("160.9344"), "distance:km"),
        ("The bridge is 500 metres long.", "500 metres", Decimal("0.5"), "distance:km"),
    ],
)
def test_currencies_percents_and_distances_get_their_unit(sentence, text, value, unit):
    fact = only_figure(sentence)
    assert (fact.text, fact.value_low, fact.unit) == (text, value, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The turbines give the dam 120 MW.", "120 MW", Decimal(120), "power:MW"),
        ("The farm adds 1.2 gigawatts.", "1.2 gigawatts", Decimal(1200), "power:MW"),
        ("It should make 450 gigawatt-hours a year.", "450 gigawatt-hours a year", Decimal(450), "energy:GWh/year"),
        ("It can treat 150,000 cubic metres per day.", "150,000 cubic metres per day", Decimal(150_000), "volume:m3/day"),
        ("The builder put the bill at $310m.", "$310m", Decimal("310e6"), "currency:USD"),
        ("The tramway will cost UAH 3.2 billion.", "UAH 3.2 billion", Decimal("3.2e9"), "currency:UAH"),
        ("The tramway will cost 3.2 billion hryvnias.", "3.2 billion hryvnias", Decimal("3.2e9"), "currency:UAH"),
        ("The town expects 40,000 riders a day.", "40,000 riders a day", Decimal(40_000), "count/day"),
        # square metres, and a unit hyphenated as an adjective
        ("The clinic has 2,500 square metres of wards.", "2,500 square metres", Decimal("0.0025"), "area:km2"),
        ("They built a 900-square-metre gym.", "900-square-metre", Decimal("0.0009"), "area:km2"),
        ("A 40-cubic-metre tank leaked.", "40-cubic-metre", Decimal(40), "volume:m3"),
        ("The flat has 85 m² of floor.", "85 m²", Decimal("0.000085"), "area:km2"),
        # the metric dunam of the eastern Mediterranean is 1,000 square metres
        ("The village lost 300 dunams of olive groves.", "300 dunams", Decimal("0.3"), "area:km2"),
        ("Farmers sowed a 12-dunum field.", "12-dunum", Decimal("0.012"), "area:km2"),
    ],
)  # fmt: skip
def test_measures_are_read_in_one_base_unit_with_their_rate(sentence, text, value, unit):
    fact = only_figure(sentence)
    assert (fact.text, fact.value_low, fact.unit) == (text, value, unit)


def test_half_a_million_is_five_hundred_thousand():
    assert only_figure("The pipes will serve half a million people.").value_low == Decimal(500_000)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The port will handle a quarter of a million containers.", 250_000),
        ("The port will handle three-quarters of a million containers.", 750_000),
        ("The port will handle two-thirds of a million containers.", None),  # not a whole number: refused
        ("The yard cost ₹2,400 crore.", 24_000_000_000),
        ("The yard cost Rs 15 lakh.", 1_500_000),
    ],
)
def test_fractions_of_a_scale_and_the_indian_scales(sentence, value):
    figures = extract_figures(sentence, PUBLISHED)
    found = [f.value_low for f in figures if f.value_low >= 1000]
    assert found == ([Decimal(value)] if value is not None else [])


def test_a_partitive_counts_the_noun_after_of():
    fact = only_figure("More than 200 of the posters came from collectors.")
    assert (fact.text, fact.noun, fact.qualifier) == ("More than 200 of the posters", "poster", Qualifier.MORE_THAN)


def test_five_more_without_a_noun_adds_to_what_the_text_just_counted():
    text = "The minister said 15 joint projects were finished. Five more are due in December."
    fact = extract_figures(text, PUBLISHED)[-1]
    assert (fact.text, fact.quantity_key) == ("Five more", "count:project:additional")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The pipes will serve half a million people by 2030.", "The plant will supply about 400,000 people."),
        ("The plant will supply about 400,000 people.", "It is meant to serve some 400,000 residents."),
        ("Admission costs 30 yuan.", "Tickets cost 30 yuan."),
        ("Admission costs 30 yuan.", "Admission is 30 yuan."),
        ("The 51 projects were worth approximately $28 billion.", "They run 51 projects worth $28 billion."),
        ("Trade between the neighbours was worth $10.5 billion.", "Bilateral trade reached $10.5 billion."),
        ("The line will be 7.4 kilometres long.", "The line will run 4.6 miles."),
    ],
)
def test_more_wordings_of_one_quantity_share_a_key(first, second):
    assert extract_figures(first)[-1].quantity_key == extract_figures(second)[-1].quantity_key != ""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The museum holds about 3,000 posters.", "Collectors donated 200 posters."),
        ("The plant will create 300 permanent jobs.", "Building it will create 1,200 jobs."),
        ("Admission costs 30 yuan.", "The building had cost 120 million yuan."),
        ("The contract is worth €850 million.", "The plant will cost €850 million."),
        ("The plant will produce 150,000 cubic meters a day.", "The old pipes carry 6.5 million cubic meters a day."),
    ],
)  # fmt: skip
def test_things_that_differ_in_kind_or_event_are_never_compared(first, second):
    first_key, second_key = extract_figures(first)[-1].quantity_key, extract_figures(second)[-1].quantity_key
    assert first_key != second_key or first_key == ""


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("A ticket costs 30 yuan today, but the price will climb to 50 yuan.", ["admission cost", "admission cost"]),
        ("Unemployment was 5.2 percent in March, down from 5.6 percent.", ["unemployment", "unemployment"]),
        ("The firm made 4,000 jobs, 95 percent of them for locals.", ["worker", "job share"]),
    ],
)
def test_a_figure_without_its_own_noun_borrows_the_one_before_it(text, nouns):
    assert [f.noun for f in extract_figures(text, PUBLISHED)] == nouns


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("In 2017 China sold 16 percent of the imports, while it bought 12 percent of the exports.", ["2017", "2017"]),
        ("A ticket costs 30 yuan today, but the price will climb to 50 yuan next year.", ["", "2020"]),
        ("Revenue rose to €4.5bn from €4.1bn a year earlier.", ["", "2018"]),
        # ", and" before a new subject opens a clause with its own date
        ("The quay will be 300 metres long, and the work will end next year.", [""]),
    ],
)
def test_a_date_holds_for_its_own_clause_and_the_clauses_after_it(text, periods):
    assert [f.period for f in extract_figures(text, PUBLISHED)] == periods


@pytest.mark.parametrize(
    ("sentence", "text", "noun"),
    [
        ("Chinese firms pump more than 20 percent of Kazakhstan's oil.", "more than 20 percent", "oil share"),
        ("China bought nearly 12 percent of the steppe nation's exports.", "nearly 12 percent", "export share"),
        ("It was less than 1 percent of import share.", "less than 1 percent", "import share"),
        ("The plants made 4,000 jobs, 95 percent of them for locals.", "95 percent", "job share"),
        ("Kazakhstan's debt to China was about $12.3 billion.", "about $12.3 billion", "debt"),
        ("Bilateral trade turnover was $10.5 billion.", "$10.5 billion", "trade turnover"),
        ("The goal is $20 billion in trade volume.", "$20 billion", "trade turnover"),
        ("They run 51 projects worth approximately $28 billion.", "approximately $28 billion", "project value"),
        ("It is a $1 trillion worldwide infrastructure program.", "$1 trillion", "infrastructure program"),
        ("They share a land border of some 1,700 kilometers.", "some 1,700 kilometers", "land border"),
        ("The sum was paid.  $5 billion.", "$5 billion", ""),
    ],
)
def test_money_percent_and_distance_name_the_measured_thing(sentence, text, noun):
    assert figure_reading(sentence, text).noun == noun


@pytest.mark.parametrize(
    ("sentence", "unit", "noun"),
    [
        # a plant's jobs are its workforce; jobs lost are not
        ("The plants created 4,000 new jobs.", "people", "worker"),
        ("The yard employs 300 workers.", "people", "worker"),
        ("The mill will employ 180 people.", "people", "worker"),
        ("The carmaker cut 4,000 jobs.", "count", "job"),
        ("About 2,000 workers protested outside.", "people", "worker"),
        ("About 2,000 people protested outside.", "people", "person"),
        ("The town has 5,000 citizens.", "people", "citizen"),
        ("Some 1.5 million Kazakhs live abroad.", "people", "kazakh"),
        ("The sides opened 55 investment projects.", "count", "project"),
        ("The plant built 90 city buses.", "count", "bus"),
        ("The yard built 12 trolleybuses.", "count", "trolleybus"),
        ("The city has 400 houses.", "count", "house"),
        # a participle before a plural is part of the phrase; before anything else it is the verb
        ("They run two dozen electric refrigerated trucks between the hub and the city.", "count", "truck"),
        ("It has 12 air-conditioned buses.", "count", "bus"),
    ],
)
def test_people_nouns_are_people_and_a_workforce_is_people(sentence, unit, noun):
    fact = only_figure(sentence)
    assert (fact.unit, fact.noun) == (unit, noun)


@pytest.mark.parametrize(
    ("text", "as_of", "period"),
    [
        ("State media said last year that 51 projects were under way.", date(2018, 1, 1), "2018"),
        ("In 2017 trade reached $10.5 billion.", date(2017, 1, 1), "2017"),
        ("In April 2019 Nazarbaev counted 55 projects.", date(2019, 4, 1), "April 2019"),
        ("On September 5 the minister listed 15 projects.", date(2019, 9, 5), ""),
        ("Over the first three quarters of 2018 trade totalled $8.2 billion.", date(2018, 1, 1),
         "first three quarters of 2018"),
        ("Three years ago the firm had 40 shops.", date(2016, 1, 1), "2016"),
        ("Since 2014 Beijing has spent $100 billion a year.", date(2014, 1, 1), "since 2014"),
        ("The line opened in 2014 and two years later 500 trains had used it.", date(2016, 1, 1), "2016"),
        ("The firm has 40 shops.", None, ""),
    ],
)  # fmt: skip
def test_dates_are_resolved_against_the_publication_date(text, as_of, period):
    fact = only_figure(text)
    assert (fact.as_of, fact.period) == (as_of, period)


def test_last_year_depends_on_the_publication_year():
    assert only_figure("Last year the firm had 40 shops.", date(2021, 3, 1)).period == "2020"


def test_a_relative_date_without_a_publication_date_keeps_its_words():
    fact = only_figure("Last year the firm had 40 shops.", None)
    assert (fact.as_of, fact.period) == (None, "last year")


def test_each_figure_takes_the_date_nearest_to_it():
    facts = extract_figures("Trade was $10.5 billion in 2017 and $8.2 billion in the first half of 2018.", PUBLISHED)
    assert [f.period for f in facts] == ["2017", "first half of 2018"]


def test_a_figure_in_a_dash_aside_takes_no_date_from_the_main_clause():
    text = "The neighbours -- who share a border of some 1,700 kilometers -- set a goal last year."
    assert only_figure(text).as_of is None


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Officials said 15 joint projects had been completed.", "completed"),
        ("The sides had signed a total of 55 projects.", "signed"),
        ("The two governments are implementing 51 projects.", "being implemented"),
        ("Another 5 projects are to be launched in December.", "planned"),
        ("The company will build 3 plants.", "planned"),
        ("Work on 12 plants is under way.", "being implemented"),
        ("The town has 12 plants.", ""),
    ],
)
def test_scope_comes_from_the_verbs_of_the_figure_clause(sentence, scope):
    assert figure_reading(sentence, next(f.text for f in extract_figures(sentence, PUBLISHED))).scope == scope


def test_two_figures_in_one_sentence_each_take_their_own_scope():
    facts = extract_figures("The minister said 15 projects were completed, with five more projects to be launched.")
    assert [f.scope for f in facts] == ["completed", "planned"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Deputy Prime Minister Zhenis Kasymbek told journalists on Thursday that 15 projects were done.",
         "Zhenis Kasymbek"),
        ("According to Nazarbaev, the firms pump 20 percent of the oil.", "Nazarbaev"),
        ("Kazakh state media reported that 51 projects were under way.", "Kazakh state media"),
        ("Kasymbek said the projects created 4,000 jobs.", "Kasymbek"),
        ("Former President Nursultan Nazarbaev said the sides signed 55 projects.", "Nursultan Nazarbaev"),
        ('"We finished 15 projects," said Zhenis Kasymbek.', "Zhenis Kasymbek"),
        ("The deputy premier, Zhenis Kasymbek, said 15 projects were done.", "Zhenis Kasymbek"),
        ("The plant will make 150,000 cubic meters a day, according to the board's chairman, Mohamed Mabrouk.",
         "Mohamed Mabrouk"),
        ("Claire Dumont, a spokesperson for the builders, said the design used six units.", "Claire Dumont"),
        ("Its curator, Liu Wenjun (刘文君), told the agency that 200 posters were gifts.", "Liu Wenjun"),
        ("The board's chairman Mohammed al-Mabrouk said the plant would have four units.", "Mohammed al-Mabrouk"),
        # an apposition before "has said", or one that opens with an owner, describes the speaker
        ("Ines Okafor, the harbour master, has said the quay will take 30 ships.", "Ines Okafor"),
        ("Ines Okafor, Lagos Marine's chief engineer, said the quay will take 30 ships.", "Ines Okafor"),
        ("The sides finished 15 projects.", ""),
        # whoever counts gives the count
        ("Open Doors, a monitoring group with observers at the stations, counted 80 people detained.",
         "Open Doors"),
    ],
)  # fmt: skip
def test_the_speaker_is_who_the_sentence_attributes_the_figure_to(text, speaker):
    assert only_figure(text).speaker == speaker


def test_a_quoted_sentence_after_an_attributed_one_inherits_its_speaker_and_date():
    text = (
        "Zhenis Kasymbek told journalists on September 5 that the partners had finished 15 joint projects. "
        '"The 15 projects are worth $3.9 billion in total."'
    )
    quoted = [f for f in extract_figures(text, PUBLISHED) if f.start > text.index('"')]
    assert {(f.speaker, f.as_of) for f in quoted} == {("Zhenis Kasymbek", date(2019, 9, 5))}


@pytest.mark.parametrize(
    "text",
    [
        '"We will need about 18,000 tonnes of raw cotton a year. Farmers should hear the real number," Mamedov said.',
        '"Perhaps 250 trucks a day will leave the road. Officials count twice. I do not," said Mamedov.',
    ],
)
def test_a_quote_closed_and_attributed_sentences_later_is_all_the_speakers(text):
    assert [f.speaker for f in extract_figures(text, PUBLISHED) if f.unit != "duration"][:1] == ["Mamedov"]


def test_an_unattributed_sentence_before_a_new_quote_keeps_no_speaker():
    text = 'The mill needs 18,000 tonnes of cotton a year. "Farmers should know," Mamedov said.'
    assert extract_figures(text, PUBLISHED)[0].speaker == ""


def test_a_speaker_named_by_part_of_a_full_name_is_the_one_named_in_full():
    text = (
        "The county's health chief, Dr Amina Yusuf Farah, said 2,870 cases had been recorded. "
        "Dr Amina said a dozen clinics were giving the vaccine. Later Dr Farah said 14 clinics were."
    )
    speakers = {fact.text: fact.speaker for fact in extract_figures(text, PUBLISHED)}
    assert speakers["a dozen clinics"] == speakers["14 clinics"] == "Amina Yusuf Farah"


def test_a_part_two_full_names_share_stays_as_written():
    text = (
        "Dr Amina Yusuf Farah said 40 clinics were open. Omar Farah said 30 clinics were. "
        "Farah said 12 clinics had closed."
    )
    assert {fact.text: fact.speaker for fact in extract_figures(text, PUBLISHED)}["12 clinics"] == "Farah"


def test_whoever_repeats_a_figure_gives_it():
    fact = only_figure("Aynur Huseynova repeated that the mill would buy 30,000 tonnes of cotton a year.")
    assert fact.speaker == "Aynur Huseynova"


def test_he_said_refers_to_the_last_named_speaker():
    text = "Murat Avezov said the protests were serious. He said 3 plants had closed."
    assert only_figure(text).speaker == "Murat Avezov"


@pytest.mark.parametrize(
    "sentence",
    [
        "The protests began in 2017.",
        "Since 2014 the port has grown.",
        "The minister spoke in April 2019.",
        "Protests began on September 5.",
        "It was the 5th anniversary.",
        "The plan is called One Belt, One Road.",
        "One of the most ambitious plans is the dry port.",
        "16x9 Image",
        "The COVID-19 rules were lifted.",
        "The talks began at 10:30.",
        "Two way trade grew.",
        "No one came.",
        "Protests flared in the late 1990s.",
        "Call 555-1234 for tickets.",
    ],
)
def test_dates_ordinals_names_and_labels_are_not_figures(sentence):
    assert extract_figures(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Kasymbek said 15 joint Kazakh-Chinese projects were done.",
            "State media counted at least 51 joint projects.",
        ),
        ("State media counted at least 51 joint projects.", "Nazarbaev said they signed 55 investment projects."),
        ("Bilateral trade turnover was $10.5 billion.", "Trade reached $8.2 billion."),
        ("Nearly 16 percent of Kazakhstan's imports came from China.", "China had 1 percent of import share."),
    ],
)
def test_different_wordings_of_one_quantity_share_a_key(first, second):
    assert only_figure(first).quantity_key == only_figure(second).quantity_key != ""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The UN said some 1 million ethnic Uyghurs were held in camps.",
         "An estimated 1.25 million to 1.5 million Kazakhs live in Xinjiang."),
        ("The UN said some 1 million Kazakhs were held in camps.", "Some 1.5 million Kazakhs live in Xinjiang."),
        ("The 51 projects were worth approximately $28 billion.", "Trade turnover was $10.5 billion."),
        ("They finished 15 projects.", "They plan five more projects."),
        ("They finished 15 projects.", "They finished 15 plants."),
    ],
)  # fmt: skip
def test_different_quantities_get_different_keys(first, second):
    assert figure_reading(first, extract_figures(first)[-1].text).quantity_key != only_figure(second).quantity_key


@pytest.mark.parametrize(
    "sentence",
    ["The trip lasted six years.", "It took two days to agree.", "The number was 7."],
)
def test_durations_of_nothing_named_and_figures_without_a_noun_are_never_compared(sentence):
    assert only_figure(sentence).quantity_key == ""


def test_offsets_point_back_into_the_text_for_every_figure():
    text = (
        "Crossroads\n\nOn September 5 the minister said 15 joint projects were complete.  "
        "Trade was $10.5 billion in 2017 -- up from some 1.25 to 1.5 million dollars -- and 20% more later.\n"
        '"We share two dozen rivers," he said.'
    )
    facts = extract_figures(text, PUBLISHED)
    assert len(facts) == 5
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        assert text[fact.sentence_start : fact.sentence_start + len(fact.sentence)] == fact.sentence
        assert fact.sentence_start <= fact.start < fact.end <= fact.sentence_start + len(fact.sentence)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ,.-$%x:'\"“”—\naA bcdefMmlno")) | st.characters(), max_size=200)
)
def test_any_text_gives_figures_whose_offsets_stay_inside_it(text):
    for fact in extract_figures(text, PUBLISHED):
        assert 0 <= fact.start < fact.end <= len(text)
        assert text[fact.start : fact.end] == fact.text


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "some",
                "at least",
                "about",
                "$",
                "1.5",
                "million",
                "to",
                "2",
                "two",
                "dozen",
                "dozens of",
                "percent",
                "of",
                "them",
                "worth",
                "projects",
                "Kazakhs",
                "said",
                "Kasymbek",
                "last year",
                "in",
                "2018",
                "--",
                ",",
                ".",
                '"',
                "between",
                "and",
                "kilometers",
                "One",
                "Belt",
                "he",
                "which",
                "will",
                "-",
                "x9",
            ]
        ),  # fmt: skip
        max_size=40,
    )
)
def test_any_mix_of_figure_words_gives_consistent_offsets(words):
    text = " ".join(words)
    for fact in extract_figures(text, PUBLISHED):
        assert text[fact.start : fact.end] == fact.text


# --- the two seed articles ------------------------------------------------------------

SEED_DATES = {"rferl": date(2019, 9, 11), "diplomat": date(2019, 9, 12)}


@pytest.fixture(scope="module")
def seed_records():
    if not SEEDS.is_dir():
        pytest.skip("the seed articles are not on this machine")
    records = []
    for source_ref, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        published = SEED_DATES.get(path.name.split("-")[0])
        for fact in extract_figures(path.read_text(encoding="utf-8"), published):
            records.append(FigureRecord(len(records) + 1, source_ref, fact, published))
    return records


def test_the_seed_project_counts_are_flagged_with_their_explanations(seed_records):
    flags = {flag.quantity_key: flag for flag in find_figure_flags(seed_records)}
    flag = flags["count:project"]
    values = {r.fact.value_low for r in seed_records if r.ref in flag.refs}
    assert values == {Decimal(15), Decimal(51), Decimal(55)}
    assert flag.label is FlagLabel.DIFFERENT_SCOPE
    for words in ("scope", "dates", "speakers", "Zhenis Kasymbek", "Kazakh state media", "Nursultan Nazarbaev"):
        assert words in flag.reason


def test_the_seed_population_figures_are_never_grouped(seed_records):
    population = [r for r in seed_records if r.fact.noun in ("uyghur", "kazakh")]
    assert {r.fact.noun for r in population} == {"uyghur", "kazakh"}
    assert len({r.fact.quantity_key for r in population}) == len(population)
    population_refs = {r.ref for r in population}
    assert all(not population_refs & set(flag.refs) for flag in find_figure_flags(seed_records))


@pytest.mark.parametrize(
    "sentence",
    [
        "On September 5 the minister said that 15 joint projects had been completed and that five more projects would be launched by December.",
        "The minister said on September 5 that 15 joint projects had been completed, with five more to be launched by December.",
    ],
)
def test_a_later_clause_does_not_lend_its_date_to_an_earlier_figure(sentence):
    first, second = extract_figures(sentence, date(2019, 9, 10))[:2]
    assert (first.as_of, second.as_of) == (date(2019, 9, 5), date(2019, 12, 1))


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("The government paved 900 kilometres of road this year.", "road"),
        ("Crews built 900 kilometres of road last year.", "road"),
        ("Crews built 900 kilometres of road every year.", "road"),
        ("They laid 900 kilometres of new railway this year.", "railway"),
        ("Crews built 900 kilometres of road in 2019.", "road"),
        ("The fair took in $4 million last season.", ""),
        ("The show expects $2 million next season.", ""),
    ],
)
def test_a_time_word_after_the_measured_thing_is_not_the_thing(sentence, noun):
    assert only_figure(sentence).noun == noun


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Shares fell 3 percent in Frankfurt.", "3 percent"),
        ("Prices rose 3 percent in Almaty.", "3 percent"),
        ("Investors put $2 billion in Kazakhstan.", "$2 billion"),
    ],
)
def test_a_place_after_in_is_not_what_a_percent_or_a_sum_measures(sentence, text):
    fact = only_figure(sentence)
    assert (fact.text, fact.noun, fact.quantity_key) == (text, "", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The results will come one day soon.",
        "One day soon the port will open.",
        "One day, the port will open.",
        "1 in 5 children live in poverty.",
        "One in five children lives in poverty.",
        "One out of three workers left.",
    ],
)
def test_the_idiom_one_day_and_a_ratio_are_not_figures(sentence):
    assert extract_figures(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The visit lasted one day, officials said.", ["one day"]),
        ("Sales rose 5 percent in 10 months.", ["5 percent", "10 months"]),
        ("The port handles 30 ships in 2 days.", ["30 ships", "2 days"]),
    ],
)
def test_a_day_counted_and_a_number_before_in_are_still_figures(sentence, texts):
    assert [f.text for f in extract_figures(sentence, PUBLISHED)] == texts


# --- rates, and what a measure, an area or a sum measures ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("City officials expect about 1,500 visitors a day.", "about 1,500 visitors a day", "people/day"),
        ("The ferry carries 300 lorries per week.", "300 lorries per week", "count/week"),
        ("The mill will grind 40 tonnes of wheat a day.", "40 tonnes of wheat a day", "mass:t/day"),
        ("The works will treat 2,000 litres annually.", "2,000 litres annually", "volume:m3/year"),
        ("Pilgrims spend $60 million a year in the town.", "$60 million a year", "currency:USD/year"),
        ("The shop sold 500 bicycles a year ago.", "500 bicycles", "count"),
        ("The mill ground 40 tonnes of wheat a year earlier.", "40 tonnes", "mass:t"),
    ],
)
def test_a_rate_is_part_of_the_figure_text_and_of_its_unit(sentence, text, unit):
    fact = figure_reading(sentence, text)
    assert fact.unit == unit


def key_of(sentence: str, text: str | None = None) -> str:
    facts = extract_figures(sentence, PUBLISHED)
    fact = next(f for f in facts if f.text == text) if text else facts[0]
    return fact.quantity_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a yearly rate is the total for a year
        ("The plant will make 200,000 engines a year by 2027.", "It will turn out 120,000 engines this year."),
        ("The dam will generate 450 gigawatt-hours a year.", "The dam produced 400 gigawatt-hours last year."),
        # a plant's capacity, however the plant is called
        ("Investors will build a 120 MW hydropower plant.", "The plant will have a capacity of 120 megawatts."),
        ("The region plans a 500 MW solar farm.", "The capacity of the park was unchanged at 500 megawatts."),
        ("A second stage would bring total capacity to 210 megawatts.", "The station's capacity is 120 MW."),
        ("The wind park's installed capacity is 90 MW.", "They will build a 90 MW wind park."),
        ("The plant has 500 MW of capacity.", "The plant will have a capacity of 500 megawatts."),
        # the site a plant stands on
        ("The factory covers 48 hectares.", "The site covers 62 hectares, the firm said."),
        ("The mill occupies 12 hectares.", "Builders cleared a 15-hectare site."),
        # a sum invested or spent on the plant
        ("The company will invest $1.2 billion in the plant over ten years.",
         "The company had spent $1.6 billion on the site."),
        ("Park said the total investment in the plant had reached US$1.6 billion.",
         "The company will invest $1.2 billion in the factory."),
        ("Backers poured $40 million into the mine.", "The group invested $35 million in the mine."),
        # the subject of a reported clause, past the reporting verb and its listeners
        ("He told reporters the cost had reached $5 million.", "The plant will cost $4 million."),
        ("The ministry said trade reached $5 billion.", "Bilateral trade was worth $4 billion."),
        # things supplied are counted as things, whatever the sentence serves later
        ("The firm would supply 8 electric ferries.", "The venture will buy eight electric ferries."),
        ("The hub would handle 600 trucks a day and would serve shops.", "About 400 trucks a day would come in."),
        # a stake named before its percentage
        ("The fund raised its stake to 49 percent in January.", "The fund has taken a 35 percent stake."),
        ("It now holds a stake of 35%.", "The fund took a 35 percent stake in the factory."),
        # what a plant processes in a day is its capacity
        ("The mill will process 600 tonnes of grain a day.", "The mill, with a capacity of 600 tonnes a day, opened."),
        ("The plant will produce 150,000 cubic meters of water a day.",
         "The plant would have a capacity of 150,000 cubic metres per day."),
        # a silo's capacity, however it is written
        ("A silo with a capacity of 48,000 tonnes will stand next to it.", "The site will have a grain silo for 84,000 tonnes."),
        # a workforce: jobs created, people or workers employed
        ("The project would create 240 jobs.", "The mill would employ 180 people."),
        ("The plant will create 800 direct jobs.", "The firm now employs 1,100 people."),
        ("The site would employ 900 people.", "It will employ up to 850 workers."),
        # what the project costs, however the copy words it
        ("The firm will invest $1.2 billion in the plant.", "The plant will cost $1.4 billion."),
        ("The budget for the plant rose to $180 million.", "The plant will cost $145 million."),
        ("The fund took a stake in a $145m bus factory.", "The factory will cost $145 million."),
        ("The venture will invest VND1.1 trillion in eight ferries and 11 piers.",
         "The joint venture would cost 1.4 trillion dong."),
        ("Harbourline will spend HK$2.8 billion on a cold-storage park.",
         "The park will cost 2.8 billion Hong Kong dollars."),
        ("The mill will cost UAH 540 million.", "The mill cost 620 million hryvnias."),
        # a sum for a facility is its cost; a subject with an aside in brackets is still the subject
        ("Kaveri Marine is building a Rs 2,400 crore yard.", "The yard will cost ₹3,100 crore."),
        ("The cost of the terminal in Niš (Ниш) has risen to €140 million.", "The terminal will cost €118 million."),
        ("She will put up a fifth of the €118 million cost itself.", "The terminal will cost €140 million."),
        # the thing raised or cut to a figure, and a figure something stays at
        ("The cooperative would have to raise the fare to 500 kyat.", "The fare will stay at 300 kyat."),
        ("Officials raised the contract to ¥8.1 billion.", "The contract was ¥6.8 billion."),
        # what a plant or its sites handle, with a rate or without (a measure is yearly unless said)
        ("The plant would still process 4,000 tonnes a year.", "The sorting sites handle 11,000 tonnes between them."),
        # the subject of a reported clause past an aside and a time phrase
        ("The developer of a plant in Darkhan (Дархан) said on Monday its cost had risen to $52 million.",
         "The plant will cost $38 million."),
        # people hired are the workforce
        ("We will hire 450 people directly.", "The terminal would employ 600 people."),
        # the area a facility is built on, or occupies, is its site
        ("The firm will build the terminal on 42 hectares of farmland.", "The terminal will occupy 24 hectares."),
        # the stuff a mass is of; a conversion in brackets between a sum and its noun
        ("The project would save 60,000 tonnes of carbon dioxide a year.",
         "She expects the berths to save 35,000 tonnes of carbon dioxide a year."),
        ("The loans cover most of the project's €86 million (about $93 million) cost.", "The project will cost €104 million."),
        # a clause after "and the", and an adverb before the verb
        ("He said the piles would go deeper and the jetty would be 450 metres long.",
         "The jetty would still be 540 metres long."),
        # what a plant turns out or a jetty loads, however the verb
        ("The mill would turn out up to 9,000 tonnes of yarn a year.", "The mill would produce 9,000 tonnes of yarn a year."),
        ("The jetty will be able to load 4 million tonnes of cement a year.", "The jetty will handle 3 million tonnes of cement."),
        # a verb of another clause, after "and that", says nothing of the things counted
        ("She said the first phase would connect eight cruise berths and that 12 engineers were working on it.",
         "The first phase will wire six cruise berths."),
        # a dateline before the subject; a verb of people said of things
        ("YEREVAN, July 22 - The cost of the quarry has climbed to $19.5 million.", "The quarry will cost $14 million."),
        ("The works would run nine saws and employ more than 40 stonemasons.", "The works will run six saws."),
        # a sum a plant is built for
        ("Gibe Coffee will build a drying plant outside Jimma for $23 million.", "The plant will cost $29 million."),
        # a year's output counted, and the yearly rate
        ("The plant made 1,200 buses in 2023.", "The plant will make 1,500 buses a year."),
        # a sum before anything being built is what it costs
        ("The council will build a £12 million footbridge.", "The footbridge will cost £14 million."),
        ("Investors will put up a $30 million cold store.", "The cold store will cost $35 million."),
        # two modifiers joined by "and" before one head
        ("The bank backed a $9 million washing and grading plant.", "The plant will cost $11 million."),
        # what covers an area; what a packhouse packs is its throughput
        ("Growers have planted 700 hectares of almond orchards.", "Only 500 hectares of orchards bear fruit."),
        ("The packhouse will pack 8,000 tonnes of citrus a year.", "The packhouse would handle 9,000 tonnes a year."),
        # staff taken on or needed are the workforce
        ("The bakery has taken on 45 workers.", "The bakery will employ 45 people."),
        ("The clinic would need 120 staff once it opens.", "The clinic will employ 120 people."),
        # the ones who supply are not served; a verb before another number is that number's
        ("About 9,000 families would supply the creamery.", "The creamery buys from 9,000 families."),
        ("The dairy will buy milk from 600 farmers and employ 80 people.", "Some 600 farmers sell to the dairy."),
    ],
)  # fmt: skip
def test_wordings_of_one_measured_thing_share_a_key(first, second):
    assert key_of(first) == key_of(second) != ""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a daily rate never meets a total or a yearly rate
        ("The museum expects 1,500 visitors a day.", "The museum had 300,000 visitors last year."),
        ("The museum expects 1,500 visitors a day.", "The museum expects 500,000 visitors a year."),
        ("The plant treats 150,000 litres a day.", "The plant treats 150,000 litres a month."),
        # storage, a country's capacity of one source, a part of the plant: not the plant's capacity
        ("A battery station of 120 megawatts will be added.", "The park will have a capacity of 500 megawatts."),
        ("Installed solar capacity in Uzbekistan reached 2,400 megawatts.", "Uzbekistan plans a 500 MW solar farm."),
        ("Each 30 MW turbine weighs 400 tonnes.", "They will build a 120 MW plant."),
        ("The country's wind capacity grew to 900 MW.", "The wind farm will have a capacity of 120 MW."),
        ("The country's installed capacity reached 20 GW.", "The plant will have a capacity of 500 MW."),
        ("Kazakhstan has 2,000 MW of wind capacity.", "They will build a 120 MW wind farm."),
        # a part of the site, or another place
        ("The factory covers 48 hectares.", "It includes a testing ground of 15 hectares."),
        ("The factory covers 48 hectares.", "The national park covers 900 hectares."),
        # an investment in something else, and a cost
        ("Firms invested $2 billion in mines.", "The firm had spent $1.6 billion on the site."),
        # a fare or a ticket is not what the project costs; revenue and a loan are not either
        ("A single ticket will cost 15,000 dong.", "The line will cost 1.4 trillion dong."),
        ("The fare will be 30 yuan.", "The line will cost 900 million yuan."),
        ("Revenue rose to $11 billion last year.", "The firm will spend $2 billion on the park."),
        ("The bank lent $300 million for the plant.", "The plant will cost $400 million."),
        # the same sum in two currencies
        ("The plant will cost HK$3 billion.", "The plant will cost $3 billion."),
        ("The plant will cost 2.8 billion Hong Kong dollars.", "The plant will cost 2.8 billion dollars."),
        ("The plant will cost 5 million Moroccan dirhams.", "The plant will cost 5 million UAE dirhams."),
        # a share of the jobs created is not a share of workers somewhere
        ("The projects created 4,000 new jobs, with 95 percent of them going to locals.",
         "Under the contracts, 80 percent of the workers at the port had to be locals."),
        # a plant's capacity and a silo's; what a country harvests; what a plant makes in a year
        ("A silo with a capacity of 48,000 tonnes will stand next to it.", "The mill has a capacity of 600 tonnes."),
        ("Farmers harvested 4 million tonnes of grain last year.", "The mill will process 600 tonnes of grain a day."),
        ("They signed a contract for 84,000 tonnes of wheat.", "A grain silo for 84,000 tonnes was built."),
        ("The pipeline carries 6.5 million cubic meters of water a day.",
         "The plant will produce 150,000 cubic meters of water a day."),
        # a stake, and another share of it
        ("The fund raised its stake to 49 percent.", "Local parts will make up 40 percent of each bus."),
        # jobs of another kind, jobs lost, people not employed: not the workforce
        ("The plant will provide 300 permanent jobs.", "The plant will employ 500 people."),
        ("It will create 1,200 jobs during construction.", "The plant will employ 500 people."),
        ("It will create 2,000 indirect jobs at suppliers.", "The plant will create 800 direct jobs."),
        ("The carmaker cut 4,000 jobs.", "The carmaker employs 9,000 people."),
        ("About 2,000 people protested outside.", "The plant employs 900 people."),
        ("The plant employs 12 engineers.", "The plant employs 900 people."),
        # an order for buses is not the buses the plant makes a year
        ("The first order was for 90 city buses.", "The plant will make 1,500 buses a year."),
        # an area built on is the site; the area of what grows on it is not
        ("The port will be built on 30 hectares of farmland.", "Farmers grow rice on 30 hectares of farmland."),
        # a sum for building is a cost; one for a fund set up is not
        ("The city will build a $20 million library.", "The city will set up a $20 million fund."),
        # things added are an increment, like "two more"
        ("The airline has added three jets to its order.", "The airline flies three jets."),
        # farmers a plant buys from are not the people it employs
        ("The dairy will buy milk from 600 farmers and employ 80 people.", "The dairy will employ 80 people."),
        # families that supply a plant are not the families it serves
        ("About 9,000 families would supply the creamery.", "The creamery will supply 9,000 families."),
        # jobs counted with the suppliers' are not the plant's own
        ("The mill will support 2,000 jobs, counting its suppliers.", "The mill will employ 2,000 people."),
        ("The port would create 900 jobs in the supply chain.", "The port would create 900 jobs."),
        ("The fund had 15 projects in 2018.", "The plant will make 20 projects a year."),
    ],
)  # fmt: skip
def test_different_measured_things_get_different_keys(first, second):
    first_key, second_key = key_of(first), key_of(second)
    assert first_key != second_key or first_key == ""


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("It will cost HK$3.1 billion.", "HK$3.1 billion", "currency:HKD"),
        ("It will cost S$40 million.", "S$40 million", "currency:SGD"),
        ("It will cost 2.8 billion Hong Kong dollars.", "2.8 billion Hong Kong dollars", "currency:HKD"),
        ("It will cost 3 billion US dollars.", "3 billion US dollars", "currency:USD"),
        ("It will cost 1.4 trillion dong.", "1.4 trillion dong", "currency:VND"),
        ("It will cost VND1.1 trillion.", "VND1.1 trillion", "currency:VND"),
        ("It will cost 900 million baht.", "900 million baht", "currency:THB"),
        ("It will cost 40 million Libyan dinars.", "40 million Libyan dinars", "currency:LYD"),
        ("It will cost 200 million Moroccan dirhams.", "200 million Moroccan dirhams", "currency:MAD"),
        ("It will cost ₹2,400 crore.", "₹2,400 crore", "currency:INR"),
        ("It will cost Rs 2,400 crore.", "Rs 2,400 crore", "currency:INR"),
        ("It will cost Rs. 90 lakh.", "Rs. 90 lakh", "currency:INR"),
        ("It will cost ₩40 billion.", "₩40 billion", "currency:KRW"),
        ("It will cost ₮120 billion.", "₮120 billion", "currency:MNT"),
        ("It will cost 120 billion tugriks.", "120 billion tugriks", "currency:MNT"),
        ("A ticket will cost 300 kyat.", "300 kyat", "currency:MMK"),
        ("It will cost 2 billion birr.", "2 billion birr", "currency:ETB"),
        ("It will cost Rp 2.4 trillion.", "Rp 2.4 trillion", "currency:IDR"),
        ("It will cost Tk 320 crore.", "Tk 320 crore", "currency:BDT"),
        ("The clinic will cost NIS 40 million.", "NIS 40 million", "currency:ILS"),
        ("The bridge will cost 900 million Czech crowns.", "900 million Czech crowns", "currency:CZK"),
        ("The ferry will cost 2 billion Swedish crowns.", "2 billion Swedish crowns", "currency:SEK"),
        ("The school will cost 30 million Moldovan lei.", "30 million Moldovan lei", "currency:MDL"),
        ("The school will cost 30 million Romanian lei.", "30 million Romanian lei", "currency:RON"),
        ("Japan's rail operator put repairs at ¥400 million.", "¥400 million", "currency:JPY"),
        ("The Beijing museum cost ¥40 million.", "¥40 million", "currency:CNY"),
        ("Losses could reach 4.2 billion krónur.", "4.2 billion krónur", "currency:ISK"),
        ("The harbour wall cost 900 million króna.", "900 million króna", "currency:ISK"),
        ("The fine was 40,000 Swedish kronor.", "40,000 Swedish kronor", "currency:SEK"),
        ("The bridge cost 3 billion Danish kroner.", "3 billion Danish kroner", "currency:DKK"),
        ("The Czech terminal will cost 1.2 billion crown.", "1.2 billion crown", "currency:CZK"),
        ("Fans in Chisinau, Moldova, paid 90 lei for a ticket.", "90 lei", "currency:MDL"),
        ("Libya's utility put the repairs at 40 million dinars.", "40 million dinars", "currency:LYD"),
        # every other currency in use, by its CLDR name: its word, its plural, its adjective
        ("The city will spend 500 million lek on the roads.", "500 million lek", "currency:ALL"),
        ("The relief fund holds 2.6 billion gourdes.", "2.6 billion gourdes", "currency:HTG"),
        ("Each family was paid 400,000 Congolese francs.", "400,000 Congolese francs", "currency:CDF"),
        ("The Swiss club was fined 2 million francs.", "2 million francs", "currency:CHF"),
        ("A ticket costs 3,000 kwanzas.", "3,000 kwanzas", "currency:AOA"),
    ],
)  # fmt: skip
def test_currencies_printed_as_signs_codes_and_words(text, figure, unit):
    fact = next(f for f in extract_figures(text, PUBLISHED) if f.unit.startswith("currency"))
    assert (fact.text, fact.unit) == (figure, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met at the G20 summit.",  # a code glued to digits is money only when it is a currency's
        "The XVND5 chip sold well.",
        "They sold 40 million dinars' worth.",  # a dinar without its country: which one is unknown
        "The league paid 40 million crowns for it.",  # Czech, Danish, Swedish, Norwegian: unknown
        "The club paid 40 million kroner for him.",  # Danish or Norwegian: unknown
        "Clubs in Sweden and Norway paid 40 million crowns in all.",  # two countries named: unknown
        "Fans paid 90 lei for a ticket.",  # Romanian or Moldovan
        "The club paid 2 million francs for him.",  # Swiss, Congolese, CFA...: unknown
        "NIS, May 5 - The depot has 30 buses.",  # a dateline in capitals is no currency code
    ],
)
def test_no_currency_is_guessed(text):
    assert not any(f.unit.startswith("currency") for f in extract_figures(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Across India, the firm now employs 9,000 workers.", "; country-wide"),
        ("The firm employs 9,000 workers nationwide.", "; country-wide"),
        ("The firm employs 9,000 workers across the country.", "; country-wide"),
        ("The group employs 90,000 people worldwide.", "; worldwide"),
        ("Officials said 16 stops were planned, including two to be built in a second phase.",
         "planned; second phase"),
        ("A planned second stage would bring total capacity to 210 megawatts.", "planned; second stage"),
        ("Phase two will add 300 homes.", "planned; phase two"),
        # a crossing, a proper name's word, or nothing: no extent
        ("The bridge across the Dnipro carries 40 trams.", ""),
        ("Trams across Kyiv-Podil carry 40 people.", ""),
        ("The plant employs 2,000 workers.", ""),
        # several plants at once
        ("The firm's four mills together process 2,100 tonnes of grain a day.", "; several combined"),
        ("Both plants combined employ 3,000 people.", "; several combined"),
        ("The two mills process 5,000 tonnes of grain between them.", "; several combined"),
        ("The two sides together hold 60 percent.", "; several combined"),
        # an extent in a second verb phrase is that verb's, not the figure's
        ("The hub would handle 600 trucks a day and would serve shops across Guangdong.", "planned"),
        ("The firm employs 900 people and will hire more across India.", ""),
        ("The firm employs 900 people across India.", "; country-wide"),
        # a country that exports or produces, or "the country's": the whole country's figure
        ("Ethiopia exported about 300,000 tonnes of coffee.", "; country-wide"),
        ("The country's exports reached 300,000 tonnes.", "; country-wide"),
        ("Ethiopia Coffee exported 6,000 tonnes of beans.", ""),  # a company named after its country
        # a company's sites at once
        ("Across its three bakeries, the chain sells 9,000 loaves a day.", "; several combined"),
        ("The group employs 4,000 people across all of its hotels.", "; several combined"),
        ("Together with its older yard, the firm repairs 60 boats a year.", "; several combined"),
        # a whole city, region or country
        ("The city's roughly 300 buses run on diesel.", "; city-wide"),
        ("The region as a whole has 45 clinics.", "; region-wide"),
        ("Chile as a whole exported 5 million tonnes of copper.", "; country-wide"),
        # the city owns a thing, not the figure
        ("The mayor said the city's new depot would house 90 buses.", "planned"),
    ],
)  # fmt: skip
def test_the_extent_a_figure_covers_is_part_of_its_scope(text, scope):
    fact = next(f for f in extract_figures(text, PUBLISHED) if f.quantity_key)
    assert fact.scope == scope


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Al Mansoori put the total cost of the project at $7 million.", "Al Mansoori"),
        ("The minister puts the bill at about $5 million.", "minister"),
        ("Tursunov told reporters that work had begun. The plant will supply 300,000 homes, the deputy minister said.",
         "Tursunov"),
        ("The plant will supply 300,000 homes, the deputy minister said.", "deputy minister"),
        ("The drought put 300 farms at risk.", ""),
        # names in any Latin script, a name after "said", a name that ends a description
        ("Hương said the ferries would carry 900 people.", "Hương"),
        ("The venture will invest VND1.1 trillion in ferries, said Nguyễn Thị Thanh Hương, its director.",
         "Nguyễn Thị Thanh Hương"),
        ("His son Andriy Hnatiuk, the chief executive, said the mill would employ 180 people.", "Andriy Hnatiuk"),
        ("The plant will cost $5 million, said Ahmed, adding that work begins soon.", "Ahmed"),
        ("A spokesperson for the consortium, Claire Dumont, said it cost $5 million.", "Claire Dumont"),
        # a description with no name in it names no one
        ("The company, a unit of the state grid, said it cost $5 million.", ""),
        ("Tursunov said work had begun. The plant will supply 300,000 homes, the ministry said.", "ministry"),
    ],
)  # fmt: skip
def test_a_bare_title_is_the_speaker_last_named_and_putting_a_figure_at_a_sum_gives_it(text, speaker):
    assert [f.speaker for f in extract_figures(text, PUBLISHED) if f.quantity_key][-1] == speaker


def test_a_date_in_a_relative_clause_about_the_speaker_does_not_date_the_figure():
    text = "Pak, who announced the project in 2015 as vice-president, said the investment had reached $1.6 billion."
    fact = only_figure(text)
    assert (fact.as_of, fact.period) == (None, "")
