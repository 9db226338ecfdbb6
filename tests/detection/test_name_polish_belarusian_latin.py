"""East Slavic names in Polish and Belarusian Latin letters against their Russian-style
English spellings: cz/sz/rz/ż, a soft ie and a final j in Polish; ia/ie/io, h, č and ŭ in
Belarusian Latin; the Russian adjective ending -oy against -y.

The examples are our own; look-alikes from Western languages must stay apart.
"""

import pytest

from claims.detection.names import blocking_keys, same_name
from claims.detection.slavic_latin import readings

SAME = [
    pytest.param("Dmitrij Wasilewicz", "Dmitri Vasilevich", id="Polish w, ie and -wicz against Russian v, e and -vich"),
    pytest.param("Mr Jaroszewicz", "Yaroshevich", id="Polish sz and cz in a surname after a title"),
    pytest.param("Grzegorz Rzhevsky", "Grzegorz Rżewski", id="Polish rz and ż are one zh"),
    pytest.param("Andriej Bykowski", "Andrei Bykovsky", id="a Polish final j"),
    pytest.param("Chmielewski", "Khmelevsky", id="Polish ch is Russian kh, ie after a consonant e"),
    pytest.param("Ivan Hryhoryeŭ", "Ivan Grigoryev", id="Belarusian h twice and a final ŭ"),
    pytest.param("Piatroŭ", "Petrov", id="Belarusian ia and a final ŭ"),
    pytest.param("Piotr Haurylčyk", "Piotr Gaurylchyk", id="Belarusian h and č"),
    pytest.param("Lieninski", "Leninsky", id="Belarusian ie in a place name"),
    pytest.param("Zolotoy Bereg", "Zoloty Bereg", id="the Russian adjective ending -oy against -y"),
]

DIFFERENT = [
    pytest.param("Julia Novak", "Julio Novak", id="a final ia and io are not Belarusian"),
    pytest.param("Diana", "Dena", id="ia in the last syllable of a Western name"),
    pytest.param("Brianna", "Brenna", id="ia before a doubled consonant and a final a"),
    pytest.param("Pietro", "Petro", id="an Italian ie before a final syllable"),
    pytest.param("Giacomo", "Gecomo", id="Italian gi is one consonant"),
    pytest.param("Wasilewicz", "Wasilewski", id="two Polish surnames of one root"),
    pytest.param("Lesnoy", "Lesnaya", id="a masculine and a feminine Russian adjective"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_polish_and_belarusian_latin_spellings_match_russian_style_ones(a, b):
    assert same_name(a, b)
    assert same_name(b, a)
    assert blocking_keys(a) & blocking_keys(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_look_alikes_of_polish_and_belarusian_spellings_stay_apart(a, b):
    assert not same_name(a, b)
    assert not same_name(b, a)


@pytest.mark.parametrize("word", ["Smith", "Julia", "Daniel", "Fiona", "Giovanni", "Olga"])
def test_words_with_no_polish_or_belarusian_mark_get_no_reading(word):
    assert readings(word) == ()
