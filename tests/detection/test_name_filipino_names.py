"""Filipino (and American, Latin American) name habits: a generational suffix written on first
mention and dropped after ("Jr.", "Sr.", "III"), a nickname in quotes inside the full name
(Jose "Pepe" Reyes, known as Pepe Reyes).

The examples are our own."""

import pytest

from claims.detection.names import blocking_keys, extract_mentions, same_name

SAME = [
    pytest.param("Ramon Aquino Jr.", "Ramon Aquino", id="Jr. written once, then dropped"),
    pytest.param("Ramon Aquino, Jr.", "Ramon Aquino", id="Jr. after a comma"),
    pytest.param("Ramon Aquino Sr.", "Aquino", id="the surname of a name with a suffix"),
    pytest.param("Luis Mendoza III", "Luis Mendoza", id="a roman numeral"),
    pytest.param('Teodoro "Dodong" Lacson', "Dodong Lacson", id="the nickname with the surname"),
    pytest.param('Teodoro "Dodong" Lacson', "Teodoro Lacson", id="the full name without the nickname"),
    pytest.param('Maria “Nena” Ocampo Jr.', "Nena Ocampo", id="curly quotes and a suffix"),
]

DIFFERENT = [
    pytest.param("Ramon Aquino Jr.", "Ramon Aquino Sr.", id="father and son"),
    pytest.param("Luis Mendoza II", "Luis Mendoza III", id="two generations by numeral"),
    pytest.param("Elizabeth II", "Elizabeth", id="a monarch's numeral after a single name stays"),
    pytest.param('Teodoro "Dodong" Lacson', "Dodong", id="the nickname alone is no surname"),
    pytest.param('Teodoro "Dodong" Lacson', "Nonoy Lacson", id="another nickname"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_filipino_written_forms_of_one_person_are_one_name(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_a_suffix_or_nickname_does_not_join_other_people(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)


def test_a_quoted_nickname_stays_inside_the_name():
    text = 'Rescuers were led by Teodoro "Dodong" Lacson Jr., a fisherman.'
    assert [m.text for m in extract_mentions(text)] == ['Teodoro "Dodong" Lacson Jr']


def test_a_quoted_word_after_a_name_is_not_a_nickname():
    text = 'The ferry Mabuhay "Star" sank. Reyes called the plan "Bayanihan" on Monday.'
    assert 'Reyes called the plan "Bayanihan' not in [m.text for m in extract_mentions(text)]
    assert all('"' not in m.text for m in extract_mentions(text))


PARTICLE_SAME = [
    pytest.param("Ana dela Paz", "Ana Delapaz", id="the particle written as one word or run in"),
    pytest.param("Mr De los Reyes", "Ramon delos Reyes", id="de los apart and as one particle"),
    pytest.param("De la Torre", "Gil de la Torre", id="the surname with its particles after a given name"),
]

PARTICLE_DIFFERENT = [
    pytest.param("Paz", "Ana dela Paz", id="the surname is never used without its particle"),
    pytest.param("Gil de la Torre", "Gil Torre", id="nor in a full name"),
    pytest.param("Ana dela Paz", "Ana del Paz", id="a different particle"),
]


@pytest.mark.parametrize(("a", "b"), PARTICLE_SAME)
def test_spanish_compound_particles_are_one_word_however_spaced(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), PARTICLE_DIFFERENT)
def test_a_surname_without_its_compound_particle_is_another_name(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The master, Capt. Ramon dela Paz Jr., survived.", "Ramon dela Paz Jr"),
        ("Officials named Gil de la Torre as the owner.", "Gil de la Torre"),
        ("Officials named Lita de los Reyes as the owner.", "Lita de los Reyes"),
    ],
)
def test_lower_case_particles_do_not_cut_a_name(text, name):
    assert name in [m.text for m in extract_mentions(text)]


def test_los_and_las_alone_are_not_particles():
    assert "Lita los Reyes" not in [m.text for m in extract_mentions("Officials named Lita los Reyes.")]


def test_a_surname_before_a_suffix_is_known_at_a_sentence_start():
    text = "Capt. Ramon Ilagan Jr. remains under investigation. Ilagan's lawyer said he had obeyed the rules."
    assert [m.text for m in extract_mentions(text)] == ["Ramon Ilagan Jr", "Ilagan"]


ABBREVIATED_SAME = [
    pytest.param("Ma. Teresa Bautista", "Maria Teresa Bautista", id="Ma. is Maria"),
    pytest.param("Sta. Rosa", "Santa Rosa", id="Sta. is Santa"),
    pytest.param("Sto. Niño Parish", "Santo Niño Parish", id="Sto. is Santo"),
]

ABBREVIATED_DIFFERENT = [
    pytest.param("Ma Ying", "Maria Ying", id="a Chinese family name Ma without the stop"),
    pytest.param("Jack Ma.", "Jack Maria", id="Ma. at the end of a name is no abbreviation"),
]


@pytest.mark.parametrize(("a", "b"), ABBREVIATED_SAME)
def test_spanish_name_abbreviations_are_the_full_words(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), ABBREVIATED_DIFFERENT)
def test_ma_without_its_stop_or_at_the_end_is_a_name_word(a, b):
    assert not same_name(a, b)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The ferry MV Sto. Domingo sank at dawn.", ["MV Sto. Domingo"]),
        ("Officials said Ma. Teresa Bautista had resigned.", ["Ma. Teresa Bautista"]),
        ("Ma. Teresa Bautista, the mayor, resigned.", ["Ma. Teresa Bautista"]),
        ("The bid was led by Jack Ma. Alibaba Group declined to comment.", ["Jack Ma", "Alibaba Group"]),
    ],
)
def test_a_name_abbreviation_does_not_end_the_sentence_or_the_name(text, names):
    assert [m.text for m in extract_mentions(text)] == names
