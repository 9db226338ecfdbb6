"""A name written in two words or run into one ("Sài Gòn" / "Saigon", "Tama Koshi" /
"Tamakoshi") is one entity in any source; look-alikes stay apart."""

import pytest

from tests.name_clusters import clusters

CASES = [
    pytest.param(
        [(1, "Saigon"), (1, "Sài Gòn")],
        [["Saigon@1", "Sài Gòn@1"]],
        id="Vietnamese syllables with their marks and the English word, one source",
    ),
    pytest.param(
        [(1, "Tama Koshi"), (2, "Tamakoshi")],
        [["Tama Koshi@1", "Tamakoshi@2"]],
        id="a river written apart in one source and run in in another",
    ),
    pytest.param(
        [(1, "Senthil Kumar"), (2, "Senthilkumar"), (3, "Senthil Kumaran")],
        [["Senthil Kumar@1", "Senthilkumar@2"], ["Senthil Kumaran@3"]],
        id="a person's two names run together, not another person's",
    ),
    pytest.param(
        [(1, "Ijebu Ode"), (2, "Ijebu-Ode"), (3, "Ijebu-Ode")],
        [["Ijebu Ode@1", "Ijebu-Ode@2", "Ijebu-Ode@3"]],
        id="a town written with a space in one source and a hyphen in others",
    ),
    pytest.param(
        [(1, "Ijebu Ode"), (2, "Ijebu-Igbo")],
        [["Ijebu Ode@1"], ["Ijebu-Igbo@2"]],
        id="another town of the same first word",
    ),
    pytest.param(
        [(1, "Nur Sultan"), (2, "Nursultan")],
        [["Nur Sultan@1"], ["Nursultan@2"]],
        id="a renamed city and the given name it was named after",
    ),
    pytest.param(
        [(1, "Al Ain"), (2, "Alain")],
        [["Al Ain@1"], ["Alain@2"]],
        id="a particle and a word are no two names",
    ),
    pytest.param(
        [(1, "Sai Gon"), (2, "Saigonese")],
        [["Sai Gon@1"], ["Saigonese@2"]],
        id="a longer word that starts with the run-together letters",
    ),
]


@pytest.mark.parametrize(("mentions", "expected"), CASES)
def test_a_name_run_together_joins_the_name_written_apart(mentions, expected):
    assert clusters(*mentions) == expected
