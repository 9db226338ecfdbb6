"""Extracting proper names: what is a name, where it starts and ends.

The sentences are our own; the names and spellings are those of the seed reports.
"""

import pytest

from claims.detection.names import courtesy_title, extract_mentions, spellings_naming_alone

EXTRACTION = [
    # (text, the names expected, in order)
    pytest.param(
        "Kazakh leader Kassym-Jomart Tokayev flew to Beijing on Wednesday.",
        ["Kazakh", "Kassym-Jomart Tokayev", "Beijing"],
        id="a hyphenated given name stays with its surname",
    ),
    pytest.param(
        "Our reporter spoke with Qasym-Zhomart Toqaev and Xi Jinping after the talks.",
        ["Qasym-Zhomart Toqaev", "Xi Jinping"],
        id="two multiword names in one sentence stay apart",
    ),
    pytest.param(
        "Deputy Prime Minister Zhenis Kasymbek gave the new totals.",
        ["Zhenis Kasymbek"],
        id="a title run is cut off the name",
    ),
    pytest.param(
        "The numbers came from Kazakh Foreign Minister Beibut Atamkulov.",
        ["Kazakh", "Beibut Atamkulov"],
        id="a title between a nationality and a name splits them",
    ),
    pytest.param(
        "President Kassym-Jomart Tokayev of Kazakhstan answered.",
        ["Kassym-Jomart Tokayev", "Kazakhstan"],
        id="of after a person does not join a place to the name",
    ),
    pytest.param(
        "Reporters asked about Tokayev’s schedule and Toqaev's agenda.",
        ["Tokayev", "Toqaev"],
        id="possessives with either apostrophe stay outside the span",
    ),
    pytest.param(
        "Crowds gathered in Nur-Sultan over the weekend.",
        ["Nur-Sultan"],
        id="a hyphenated city is one name",
    ),
    pytest.param(
        "Both states helped found the Shanghai Cooperation Organization years ago.",
        ["Shanghai Cooperation Organization"],
        id="an organisation of several words is one name",
    ),
    pytest.param(
        "He once worked for the Soviet Ministry of Foreign Affairs in Moscow.",
        ["Soviet Ministry of Foreign Affairs", "Moscow"],
        id="of after an organisation word is part of the name",
    ),
    pytest.param(
        "A speech by Xi at Nazarbayev University launched the Belt and Road Initiative.",
        ["Xi", "Nazarbayev University", "Belt and Road Initiative"],
        id="and inside a programme's name is kept",
    ),
    pytest.param(
        "Analysts compared Tokayev and Nazarbayev in office.",
        ["Tokayev", "Nazarbayev"],
        id="and between two people is not a name",
    ),
    pytest.param(
        "Flights on the Beijing-Nur-Sultan route and the China-Kazakhstan border crossings reopened.",
        ["Beijing", "Nur-Sultan", "China", "Kazakhstan"],
        id="a hyphen pair of names splits into the names",
    ),
    pytest.param(
        "Joint Kazakh-Chinese ventures and anti-Chinese rallies both grew.",
        ["Kazakh", "Chinese", "Chinese"],
        id="a hyphen prefix is not part of the name",
    ),
    pytest.param(
        "Anti-Chinese feeling has grown in Zhanaozen.",
        ["Chinese", "Zhanaozen"],
        id="a capitalised prefix at a sentence start is dropped too",
    ),
    pytest.param(
        "Separately, officials in Almaty disagreed. Notably, the plan stalled.",
        ["Almaty"],
        id="an ordinary word that opens a sentence is not a name",
    ),
    pytest.param(
        "The ministry declined. According to Nazarbaev, more plants are coming.",
        ["Nazarbaev"],
        id="The and According are not names",
    ),
    pytest.param(
        "Kasymbek later spoke again. Officials quoted Zhenis Kasymbek at length.",
        ["Kasymbek", "Zhenis Kasymbek"],
        id="a sentence-initial surname is kept when the text names him elsewhere",
    ),
    pytest.param(
        "Kazakhstan signed. Kazakh officials agreed.",
        ["Kazakhstan", "Kazakh"],
        id="a sentence-initial place or nationality from the gazetteer is kept",
    ),
    pytest.param(
        "Ethnic Kazakhs in Xinjiang face pressure.",
        ["Kazakhs", "Xinjiang"],
        id="an adjective before a nationality at a sentence start is dropped",
    ),
    pytest.param(
        "Former envoy to China Murat Avezov urged caution.",
        ["China", "Murat Avezov"],
        id="a country directly before a person is a separate name",
    ),
    pytest.param(
        "RFE/RL's Kazakh Service interviewed him in Almaty.",
        ["RFE/RL", "Kazakh Service", "Almaty"],
        id="an acronym with a slash is one name",
    ),
    pytest.param(
        "The railway is to reach St. Petersburg one day.",
        ["St. Petersburg"],
        id="an abbreviated Saint stays in the name",
    ),
    pytest.param(
        "In September the delegation met in Astana.",
        ["Astana"],
        id="months are not names",
    ),
    pytest.param(
        "Talks ended.Officials then left Beijing.",
        ["Beijing"],
        id="a sentence glued to the previous one still starts a sentence",
    ),
    pytest.param(
        "Tokayev Heads To Beijing Amid Protests\n\nKassym-Jomart Tokayev arrived in Beijing on a state visit.",
        ["Tokayev", "Beijing", "Kassym-Jomart Tokayev", "Beijing"],
        id="a title-case headline keeps only words the body knows as names",
    ),
    pytest.param(
        "Breaking News\n\nRecent Features",
        [],
        id="a headline of ordinary words yields nothing",
    ),
    pytest.param(
        "Встреча прошла в Пекине. Президент Токаев и Назарбаев обсудили планы, сказал Тоқаев.",
        ["Пекине", "Токаев", "Назарбаев", "Тоқаев"],
        id="Cyrillic names are found and a Russian title is cut",
    ),
    pytest.param("Токаев прибыл в Пекин.", ["Токаев", "Пекин"], id="a Cyrillic surname opening a sentence is a name"),
    pytest.param("Назарбаев сказал это.", ["Назарбаев"], id="a Cyrillic surname alone at a sentence start is a name"),
    pytest.param("Назарбаева сказала это.", ["Назарбаева"], id="a feminine Cyrillic surname at a sentence start is a name"),
    pytest.param("Встреча прошла в Пекине.", ["Пекине"], id="an ordinary Cyrillic word at a sentence start is not a name"),
    pytest.param(
        "В Пекине Токаев встретился с Си.",
        ["Пекине", "Токаев", "Си"],
        id="a place in the locative and a surname in the nominative are two names",
    ),
    pytest.param(
        "Речь шла о Нурсултане Назарбаеве, а Кассым-Жомарт Токаев молчал.",
        ["Нурсултане Назарбаеве", "Кассым-Жомарт Токаев"],
        id="the words of one Cyrillic name agree in case and stay together",
    ),
    pytest.param(
        "The exhibition honours Mao Tse-tung and Chou En-lai, both remembered in Shao-shan.",
        ["Mao Tse-tung", "Chou En-lai", "Shao-shan"],
        id="Wade-Giles syllables after a hyphen stay in the name",
    ),
    pytest.param(
        "Critics of the Mao-era campaigns and the Xi-led drive spoke up.",
        ["Mao", "Xi"],
        id="an English word after a hyphen is not a syllable of the name",
    ),
    pytest.param(
        "A label reads 刘文君 beside the name Liu Wenjun.",
        ["刘文君", "Liu Wenjun"],
        id="Chinese characters in an English text are a name",
    ),
    pytest.param(
        "Giorgi Lomtadze (გიორგი ლომთაძე) signed for the company.",
        ["Giorgi Lomtadze", "გიორგი ლომთაძე"],
        id="Georgian script in an English text is a name",
    ),
    pytest.param(
        "The yard at Ennore (எண்ணூர்) is near Yangon (ရန်ကုန်), not Kenitra (القنيطرة).",
        ["Ennore", "எண்ணூர்", "Yangon", "ရန်ကုန်", "Kenitra", "القنيطرة"],
        id="Tamil, Burmese and Arabic script in an English text are names",
    ),
    pytest.param(
        "Addis Ababa (አዲስ አበባ) welcomed the minister.",
        ["Addis Ababa", "አዲስ አበባ"],
        id="a name of two words in a script without capitals",
    ),
    pytest.param(
        "A banner read 中华人民共和国万岁 as Liu Wenjun spoke.",
        ["Liu Wenjun"],
        id="a long run of characters is a phrase, not a name",
    ),
    pytest.param(
        "Vukadinović said the line would open in May.",
        ["Vukadinović"],
        id="an unknown word that speaks at a sentence start is a person",
    ),
    pytest.param(
        "Tserenkhand, the deputy mayor, told reporters the plan was sound.",
        ["Tserenkhand"],
        id="a speaker with an appositive at a sentence start is a person",
    ),
    pytest.param(
        "Tserenkhand, head of the investment board, who uses one name, said the plan was sound.",
        ["Tserenkhand"],
        id="a speaker with two asides at a sentence start is a person",
    ),
    pytest.param(
        "Overall, prices rose, officials said.",
        [],
        id="an adverb before an aside and a speaker is not a name",
    ),
    pytest.param(
        '"We will build it," Tserenkhand said.',
        ["Tserenkhand"],
        id="a name after a closing quote is not at a sentence start",
    ),
    pytest.param(
        "Weyzero Meseret Alemu runs the office. Meseret said the count was cautious.",
        ["Meseret Alemu", "Meseret"],
        id="a given name at a sentence start, named in full before, speaking",
    ),
    pytest.param(
        "Gibe Coffee is building a plant. Gibe has trained 12 tasters.",
        ["Gibe Coffee", "Gibe"],
        id="a company's short form at a sentence start, acting",
    ),
    pytest.param(
        "The Gibe River floods each year. Gibe has no bridge.",
        ["Gibe River"],
        id="the first word of a river's name proves nothing at a sentence start",
    ),
    pytest.param(
        "Residents, the ones who stayed, said the water was clean. Economists told the paper otherwise.",
        [],
        id="people in the plural speak too, and are not names",
    ),
    pytest.param(
        "毛泽东出生在韶山。",
        [],
        id="in a Chinese text, characters prove nothing",
    ),
    pytest.param(
        "The Khobi-2 plant stands on the Khobi.",
        ["Khobi-2", "Khobi"],
        id="a number after a hyphen belongs to the name",
    ),
    pytest.param(
        "Officials quoted al-Mabrouk and Muammar al-Qaddafi.",
        ["al-Mabrouk", "Muammar al-Qaddafi"],
        id="the Arabic article stays with the name",
    ),
    pytest.param(
        "Engineer Taras Melnichuk signed the report.",
        ["Taras Melnichuk"],
        id="an occupation used as a title is cut off",
    ),
    pytest.param(
        "Readers of China Culture Wire wrote in.",
        ["China Culture Wire"],
        id="a publication named after a country is one name",
    ),
    pytest.param(
        "Coastal towns rely on the Coastal Water Authority. Water is scarce.",
        ["Coastal Water Authority"],
        id="a word known only as part of a longer name is not a name at a sentence start",
    ),
    pytest.param(
        "A 120 MW plant will cost UAH 3.2 billion, Kyiv said.",
        ["Kyiv"],
        id="units and currency codes are not names",
    ),
    pytest.param(
        "",
        [],
        id="an empty text has no names",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXTRACTION)
def test_extract_mentions_finds_the_names_as_written(text, expected):
    assert [mention.text for mention in extract_mentions(text)] == expected


OFFSET_TEXTS = [
    pytest.param("Tokayev’s visit to Nur-Sultan (formerly known as Astana) was short.", id="possessive and parentheses"),
    pytest.param("Line one about China.\nLine two about Kazakhstan's oil.\n\nXi Jinping spoke.", id="several lines"),
    pytest.param("  Leading spaces, then Almaty and Тоқаев.  ", id="leading spaces and Cyrillic"),
]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_every_mention_points_back_into_its_sentence(text):
    mentions = extract_mentions(text)
    assert mentions
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert text[mention.sentence_start : mention.sentence_start + len(mention.sentence)] == mention.sentence
        offset = mention.start - mention.sentence_start
        assert mention.sentence[offset : offset + len(mention.text)] == mention.text


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The company is named after the Odra, a river.", "Odra", True),
        ("Odra Tabor said the depot would open.", "Odra", False),
        ("They met in The Hague.", "Hague", False),  # a capital The is part of the name
    ],
)
def test_a_name_after_a_lower_case_the_is_told_apart(text, name, expected):
    from claims.detection.names import after_the

    assert after_the(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("cluster", "naming_alone"),
    [
        # A surname or a company's short word says who only beside the full name.
        (["Simon Chan Siu-ming", "Chan"], ["Simon Chan Siu-ming"]),
        (["Hanbit Mobility", "Hanbit"], ["Hanbit Mobility"]),
        (["Al Mizan Capital", "Al Mizan"], ["Al Mizan Capital"]),
        (["Tesfaye Bekele", "Beqele"], ["Tesfaye Bekele"]),
        # The name in its own script, or a place's other spellings, name it anywhere.
        (["Simon Chan Siu-ming", "陳小明"], ["Simon Chan Siu-ming", "陳小明"]),
        (["Chen Xiaoming", "陈小明"], ["Chen Xiaoming", "陈小明"]),
        (["Ganja", "Гянджа", "Kirovabad"], ["Ganja", "Гянджа", "Kirovabad"]),
    ],
)
def test_the_spellings_of_one_article_that_name_the_entity_anywhere(cluster, naming_alone):
    assert spellings_naming_alone(cluster) == naming_alone


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Dr Memon said", "dr"),
        ("Dr. Memon said", "dr"),
        ("Mr Memon said", "mr"),
        ("Mrs Memon said", "ms"),
        ("Ms Memon said", "ms"),
        ("Miss Memon said", "ms"),
        ("Memon said", ""),
        ("President Memon said", ""),
        ("Hamdr Memon said", ""),
    ],
)
def test_the_courtesy_title_before_a_name(text, title):
    assert courtesy_title(text, text.index("Memon")) == title
