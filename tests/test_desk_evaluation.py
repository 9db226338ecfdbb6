"""`evaluate_desk`: a labelled corpus scored as the desk reads it, one import at a time, with
the scorer `make eval` uses."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.detection.evaluation import engine_findings, load_corpus, score
from claims.models import Source
from claims.services.desk_evaluation import desk_findings

pytestmark = pytest.mark.django_db

# Our own words: two outlets on one visit, one name spelled two ways, two counts of one thing,
# and two people who share a surname (the second report's "Mamedov" is Rauf, named beside it).
ARTICLES = {
    "visit/steppe-herald.txt": (
        "2019-09-10",
        "Elshan Mamedov, the trade minister, said on Monday that 15 joint projects had been completed in Kazakhstan. "
        "Mamedov met President Kassym-Jomart Tokayev in Astana.",
    ),
    "visit/caspian-wire.txt": (
        "2019-09-12",
        "Rauf Mamedov, who runs the chamber of commerce, said 55 joint projects had been completed in Kazakhstan. "
        "Mamedov spoke after President Qasym-Zhomart Toqaev left Astana.",
    ),
}
LABELS = {
    "entities": [
        {"id": "elshan", "spellings": [{"article": "visit/steppe-herald.txt", "text": "Elshan Mamedov"},
                                       {"article": "visit/steppe-herald.txt", "text": "Mamedov"}]},
        {"id": "rauf", "spellings": [{"article": "visit/caspian-wire.txt", "text": "Rauf Mamedov"},
                                     {"article": "visit/caspian-wire.txt", "text": "Mamedov"}]},
        {"id": "tokayev", "spellings": [{"article": "visit/steppe-herald.txt", "text": "Kassym-Jomart Tokayev"},
                                        {"article": "visit/caspian-wire.txt", "text": "Qasym-Zhomart Toqaev"}]},
    ],
    "figure_flags": [
        {"id": "projects", "label": "different_speakers", "figures": [
            {"article": "visit/steppe-herald.txt", "text": "15 joint projects"},
            {"article": "visit/caspian-wire.txt", "text": "55 joint projects"},
        ]},
    ],
    "figure_non_flags": [],
}


@pytest.fixture
def corpus(tmp_path):
    for path, (published, text) in ARTICLES.items():
        article = tmp_path / path
        article.parent.mkdir(exist_ok=True)
        article.write_text(f"publisher: {path.split('/')[1][:-4]}\npublished: {published}\n---\n{text}\n", encoding="utf-8")
    (tmp_path / "labels.json").write_text(json.dumps(LABELS), encoding="utf-8")
    return tmp_path


def test_the_desk_imports_every_article_and_is_scored_like_the_engine(corpus):
    labelled = load_corpus(corpus)
    report = score(labelled, desk_findings(labelled), title="desk")
    assert Source.objects.count() == 2
    assert report.name_pairwise.fp == 0  # Rauf is not Elshan, though both are "Mamedov" alone
    assert report.name_pairwise.recall == 1.0
    assert (report.figure_pairwise.tp, report.figure_pairwise.fp) == (1, 0)
    assert (report.label_correct, report.label_total) == (1, 1)


def test_the_desk_and_the_engine_agree_on_a_small_story(corpus):
    labelled = load_corpus(corpus)
    engine = score(labelled, engine_findings(labelled), title="engine")
    desk = score(labelled, desk_findings(labelled), title="desk")
    assert desk.scores() == engine.scores()


def test_the_command_refuses_a_folder_without_labels(tmp_path):
    with pytest.raises(CommandError, match="not a labelled corpus"):
        call_command("evaluate_desk", str(tmp_path), stdout=StringIO())
