"""The held-out corpus (tests/corpus-heldout) is well-formed.

Only the shape of the gold standard is checked here, never the engine's scores on it: those are
a measurement (`make eval-heldout`), not a contract, and a test that demanded a score would
invite tuning the engine on the very corpus that exists to be unseen.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from claims.detection.evaluation import find_occurrences, load_corpus

HELDOUT = Path(__file__).resolve().parents[1] / "corpus-heldout"
TUNING = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def labels():
    return json.loads((HELDOUT / "labels.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(HELDOUT)


def all_units(labels):
    for entity in labels["entities"]:
        for spelling in entity["spellings"]:
            yield "name", spelling
    for flag in labels["figure_flags"]:
        for figure in flag["figures"]:
            yield "figure", figure
    for pair in labels["figure_non_flags"]:
        for figure in pair:
            yield "figure", figure


def test_the_loader_finds_every_labelled_article_and_text(corpus):
    assert corpus.problems == []
    assert len(corpus.articles) >= 8


def test_every_labelled_text_occurs_in_its_article_as_a_whole_word(corpus, labels):
    for kind, unit in all_units(labels):
        text = corpus.articles[unit["article"]].text
        found = find_occurrences(text, unit["text"], hyphen_joins=(kind == "name"))
        assert found, f"{unit['text']!r} is not a whole {kind} in {unit['article']}"


def test_entity_and_flag_ids_are_unique(labels):
    ids = [e["id"] for e in labels["entities"]] + [f["id"] for f in labels["figure_flags"]]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_no_spelling_is_labelled_twice(labels):
    units = [(s["article"], s["text"]) for e in labels["entities"] for s in e["spellings"]]
    assert [u for u, n in Counter(units).items() if n > 1] == []


def test_a_figure_belongs_to_at_most_one_flag_and_no_non_flag_pair_sits_inside_one(labels):
    owner = {}
    for flag in labels["figure_flags"]:
        for figure in flag["figures"]:
            unit = (figure["article"], figure["text"])
            assert owner.setdefault(unit, flag["id"]) == flag["id"], f"{unit} is in two flags"
    for a, b in labels["figure_non_flags"]:
        ua, ub = (a["article"], a["text"]), (b["article"], b["text"])
        assert ua != ub
        assert not (ua in owner and owner.get(ua) == owner.get(ub)), f"{ua} and {ub} are both a flag and a non-flag"


def test_flag_labels_are_ones_the_engine_can_give(labels):
    from claims.detection.types import FlagLabel

    allowed = {label.value for label in FlagLabel} | {None}
    assert {flag.get("label") for flag in labels["figure_flags"]} <= allowed
    assert all(len(flag["figures"]) >= 2 for flag in labels["figure_flags"])


def test_every_article_is_short_dated_and_in_a_story_folder_marked_fictional(corpus):
    for article_id, article in corpus.articles.items():
        story = article_id.split("/")[0]
        assert "/" in article_id, f"{article_id} is not in a story folder"
        assert article.published is not None, f"{article_id} has no publication date"
        assert 150 <= len(article.text.split()) <= 300, f"{article_id} is not 150-300 words"
        assert "Fictional" in (HELDOUT / story / "README.md").read_text(encoding="utf-8")


def test_the_held_out_stories_are_not_stories_of_the_tuning_corpus(corpus):
    heldout_stories = {article_id.split("/")[0] for article_id in corpus.articles}
    tuning_stories = {path.name for path in TUNING.iterdir() if path.is_dir()}
    assert len(heldout_stories) >= 3
    assert heldout_stories.isdisjoint(tuning_stories)
