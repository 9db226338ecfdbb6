import json
import re
import sys
import types
from decimal import Decimal
from pathlib import Path

import pytest

from claims.detection import evaluation as ev

# --------------------------------------------------------------------------- metric arithmetic

PAIRWISE = [
    # gold groups, predicted groups, (tp, fp, fn), (precision, recall, f1)
    pytest.param([{"a", "b"}], [{"a", "b"}], (1, 0, 0), (1.0, 1.0, 1.0), id="perfect"),
    pytest.param([{"a", "b", "c"}], [{"a", "b"}, {"c"}], (1, 0, 2), (1.0, 1 / 3, 0.5), id="split"),
    pytest.param([{"a", "b"}, {"c", "d"}], [{"a", "b", "c", "d"}], (2, 4, 0), (2 / 6, 1.0, 0.5), id="merged"),
    pytest.param([{"a"}, {"b"}], [{"a"}, {"b"}], (0, 0, 0), (1.0, 1.0, 1.0), id="all singletons"),
    pytest.param([{"a", "b"}], [{"a"}, {"b"}], (0, 0, 1), (1.0, 0.0, 0.0), id="nothing predicted"),
    pytest.param([{"a"}, {"b"}], [{"a", "b"}], (0, 1, 0), (0.0, 1.0, 0.0), id="only a wrong link"),
    pytest.param(
        [{"a", "b", "c", "d"}, {"e", "f"}],
        [{"a", "b", "e"}, {"c", "d"}, {"f"}],
        (2, 2, 5),
        (0.5, 2 / 7, 2 * 0.5 * (2 / 7) / (0.5 + 2 / 7)),
        id="mixed",
    ),
]


@pytest.mark.parametrize(("gold", "predicted", "counts", "prf"), PAIRWISE)
def test_pairwise_scores(gold, predicted, counts, prf):
    scores = ev.pairwise_scores(gold, predicted)
    assert (scores.tp, scores.fp, scores.fn) == counts
    assert (scores.precision, scores.recall, scores.f1) == pytest.approx(prf)


BCUBED = [
    pytest.param({"a": 1, "b": 1}, {"a": 9, "b": 9}, (1.0, 1.0), id="perfect"),
    # a, b in one predicted cluster of 2, c alone: recall a=b=2/3, c=1/3 -> 5/9
    pytest.param({"a": 1, "b": 1, "c": 1}, {"a": 9, "b": 9, "c": 8}, (1.0, 5 / 9), id="split"),
    # all in one predicted cluster of 4: precision each 2/4
    pytest.param({"a": 1, "b": 1, "c": 2, "d": 2}, dict.fromkeys("abcd", 9), (0.5, 1.0), id="merged"),
    pytest.param({"a": 1, "b": 1}, {"a": 9}, (1.0, 0.5), id="missing item is a singleton"),
    pytest.param({}, {}, (1.0, 1.0), id="empty"),
]


@pytest.mark.parametrize(("gold", "predicted", "pr"), BCUBED)
def test_bcubed_scores(gold, predicted, pr):
    scores = ev.bcubed_scores(gold, predicted)
    assert (scores.precision, scores.recall) == pytest.approx(pr)


# --------------------------------------------------------------------------- matching

OCCURRENCES = [
    # text, needle, hyphen_joins, spans
    pytest.param("Xi met Xinjiang officials", "Xi", True, [(0, 2)], id="Xi not inside Xinjiang"),
    pytest.param("Tokayev's visit", "Tokayev", True, [(0, 7)], id="possessive"),
    pytest.param("a Kazakh-Chinese project", "Kazakh", True, [], id="hyphen joins names"),
    pytest.param("Nur-Sultan", "Nur-Sultan", True, [(0, 10)], id="hyphenated needle"),
    pytest.param("from 1.5 to 5 km", "5", False, [(12, 13)], id="5 not inside 1.5"),
    pytest.param("some 1,700 km", "1", False, [], id="1 not inside 1,700"),
    pytest.param("$3.9 billion.", "3.9 billion", False, [(1, 12)], id="after a dollar sign, before a stop"),
    pytest.param("15 done, 15 more", "15", False, [(0, 2), (9, 11)], id="every occurrence"),
    pytest.param("a two-day visit", "two", False, [(2, 5)], id="hyphen does not join figures"),
]


@pytest.mark.parametrize(("text", "needle", "hyphen_joins", "spans"), OCCURRENCES)
def test_find_occurrences(text, needle, hyphen_joins, spans):
    assert ev.find_occurrences(text, needle, hyphen_joins=hyphen_joins) == spans


def test_a_longer_label_owns_its_inner_occurrence():
    text = "Nazarbayev spoke at Nazarbayev University."
    found = ev.locate_units(text, ["Nazarbayev", "Nazarbayev University"], hyphen_joins=True)
    assert found == {"Nazarbayev University": [(20, 41)], "Nazarbayev": [(0, 10)]}


NEAREST = [
    # occurrence, extracted (ref, span), expected ref
    pytest.param((5, 10), [(1, (0, 20)), (2, (5, 10))], 2, id="same span first"),
    pytest.param((5, 10), [(1, (0, 20)), (2, (4, 12))], 2, id="tightest containing"),
    pytest.param((5, 30), [(1, (5, 10)), (2, (6, 28))], 2, id="contained, closest length"),
    pytest.param((5, 10), [(1, (8, 15)), (2, (0, 40))], 2, id="containment beats overlap"),
    pytest.param((5, 10), [(1, (8, 15))], 1, id="overlap as a last resort"),
    pytest.param((5, 10), [(1, (10, 15)), (2, (0, 5))], None, id="touching is not overlapping"),
]


@pytest.mark.parametrize(("occurrence", "items", "expected"), NEAREST)
def test_nearest_item(occurrence, items, expected):
    assert ev.nearest_item(occurrence, items) == expected


# --------------------------------------------------------------------------- end to end, fake engine


ARTICLE_A = "publisher: A\npublished: 2019-09-10\n---\nToqaev met Xi. They signed 55 projects and 80 trains."
ARTICLE_B = "publisher: B\npublished: 2019-09-13\n---\nTokayev saw Xinjiang. At least 51 projects, 81 trains."


def _write_corpus(root: Path, labels: dict) -> Path:
    (root / "story").mkdir()
    (root / "story" / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (root / "story" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (root / "story" / "README.md").write_text("not an article", encoding="utf-8")
    (root / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return root


LABELS = {
    "entities": [
        {"id": "tokayev", "spellings": [{"article": "story/a.txt", "text": "Toqaev"},
                                        {"article": "story/b.txt", "text": "Tokayev"}]},
        {"id": "xi", "spellings": [{"article": "story/a.txt", "text": "Xi"}]},
        {"id": "xinjiang", "spellings": [{"article": "story/b.txt", "text": "Xinjiang"}]},
    ],
    "figure_flags": [
        {"id": "projects", "label": "bound", "figures": [{"article": "story/a.txt", "text": "55"},
                                                         {"article": "story/b.txt", "text": "At least 51 projects"}]},
    ],
    "figure_non_flags": [
        [{"article": "story/a.txt", "text": "80 trains"}, {"article": "story/b.txt", "text": "81 trains"}],
    ],
}


def _fake_engine(monkeypatch):
    """Names: capitalised words, clustered by their first two letters (so Xi ~ Xinjiang, a
    false positive, and Toqaev ~ Tokayev, a true link). Figures: every number and the word
    after it; one flag per noun with more than one figure."""
    from claims.detection.types import FigureFact, FigureFlag, FlagLabel, MentionFact, Qualifier

    def extract_mentions(text):
        return [MentionFact(m.group(), m.start(), m.end(), "", 0) for m in re.finditer(r"\b[A-Z][a-z]+\b", text)
                if m.group() not in {"They", "At"}]

    def cluster_mentions(records, aliases=()):
        groups = {}
        for record in records:
            groups.setdefault(record.text[:2], []).append(record.ref)
        return list(groups.values())

    def extract_figures(text, published):
        return [
            FigureFact(m.group(), m.start(), m.end(), Decimal(m.group(1)), Decimal(m.group(1)), "count",
                       m.group(2), Qualifier.EXACTLY, "", 0, quantity_key=m.group(2))
            for m in re.finditer(r"(\d+) (\w+)", text)
        ]

    def find_figure_flags(records):
        by_key = {}
        for record in records:
            by_key.setdefault(record.fact.quantity_key, []).append(record.ref)
        return [FigureFlag(key, key, FlagLabel.BOUND, "why", tuple(refs)) for key, refs in by_key.items()
                if len(refs) > 1]

    for name, functions in {
        "names": {"extract_mentions": extract_mentions, "cluster_mentions": cluster_mentions,
                  "stated_aliases": lambda text: [], "after_the": lambda text, start: False,
                  "courtesy_title": lambda text, start: "",
                  "is_general_place": lambda spelling: False},
        "figures": {"extract_figures": extract_figures},
        "compare": {"find_figure_flags": find_figure_flags},
    }.items():
        module = types.ModuleType(f"claims.detection.{name}")
        module.__dict__.update(functions)
        monkeypatch.setitem(sys.modules, f"claims.detection.{name}", module)


def test_evaluate_end_to_end(tmp_path, monkeypatch):
    _fake_engine(monkeypatch)
    report = ev.evaluate(_write_corpus(tmp_path, LABELS))
    # names: gold links {Toqaev~Tokayev}; predicted {Toqaev~Tokayev, Xi~Xinjiang}
    assert (report.name_pairwise.tp, report.name_pairwise.fp, report.name_pairwise.fn) == (1, 1, 0)
    # figures: "55 projects" ~ "51 projects" flagged (tp); "80 trains" ~ "81 trains" flagged (fp)
    assert (report.figure_pairwise.tp, report.figure_pairwise.fp, report.figure_pairwise.fn) == (1, 1, 0)
    assert (report.label_correct, report.label_total) == (1, 1)
    text = "\n".join(report.lines)
    assert "one cluster holds xi [Xi] + xinjiang [Xinjiang]" in text
    assert "[listed in figure_non_flags]" in text
    assert "LABEL PROBLEM" not in text


ARTICLE_C = "publisher: C\npublished: 2019-09-12\n---\nMerkel met Obama in Berlin. They counted 82 trains."


def test_figures_are_compared_only_within_a_story_as_the_desk_compares_them(tmp_path, monkeypatch):
    """Article C shares no name with A and B: its "82 trains" is another story's, never flagged with theirs."""
    _fake_engine(monkeypatch)
    labels = {**LABELS, "figure_non_flags": [
        *LABELS["figure_non_flags"],
        [{"article": "other/c.txt", "text": "82 trains"}, {"article": "story/a.txt", "text": "80 trains"}],
        [{"article": "other/c.txt", "text": "82 trains"}, {"article": "story/b.txt", "text": "81 trains"}],
    ]}
    root = _write_corpus(tmp_path, labels)
    (root / "other").mkdir()
    (root / "other" / "c.txt").write_text(ARTICLE_C, encoding="utf-8")
    report = ev.evaluate(root)
    # only "80 trains" ~ "81 trains" (one story) is a false positive; C's trains meet nobody
    assert (report.figure_pairwise.tp, report.figure_pairwise.fp, report.figure_pairwise.fn) == (1, 1, 0)
    assert "82 trains" not in "\n".join(line for line in report.lines if "~" in line)


def test_label_problems_are_reported(tmp_path):
    labels = {"entities": [{"id": "x", "spellings": [{"article": "story/a.txt", "text": "Nazarbayev"},
                                                     {"article": "story/zzz.txt", "text": "X"}]}]}
    corpus = ev.load_corpus(_write_corpus(tmp_path, labels))
    assert sorted(corpus.articles) == ["story/a.txt", "story/b.txt"]
    assert corpus.problems == [
        "entity x: 'Nazarbayev' does not occur in story/a.txt",
        "entity x: no article 'story/zzz.txt'",
    ]


def test_an_entity_labelled_under_one_id_twice_is_a_problem_not_a_silent_overwrite(tmp_path):
    labels = {"entities": [{"id": "tokayev", "spellings": [{"article": "story/a.txt", "text": "Toqaev"}]},
                           {"id": "tokayev", "spellings": [{"article": "story/b.txt", "text": "Tokayev"}]}]}
    corpus = ev.load_corpus(_write_corpus(tmp_path, labels))
    assert corpus.problems == ["entity tokayev is labelled twice; give its spellings in one entry"]


@pytest.mark.parametrize(("argv", "status"), [([], 0), (["--min", "0.4"], 0), (["--min", "0.9"], 1)])
def test_exit_status(tmp_path, monkeypatch, capsys, argv, status):
    _fake_engine(monkeypatch)
    corpus = _write_corpus(tmp_path, LABELS)
    assert ev.main([str(corpus), *argv]) == status
    assert "SCORES" in capsys.readouterr().out


# --------------------------------------------------------------------------- the real corpus


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.skipif(not (CORPUS / "labels.json").exists(), reason="the labelled corpus is not written yet")
def test_the_labelled_corpus_is_consistent():
    corpus = ev.load_corpus(CORPUS)
    assert corpus.problems == []
    stories = {article_id.split("/")[0] for article_id in corpus.articles}
    assert len(corpus.articles) >= 12 and len(stories) >= 4
    for article_id, article in corpus.articles.items():
        words = len(article.text.split())
        assert 150 <= words <= 400, (article_id, words)
        assert article.published is not None and article.publisher, article_id
    for gold in corpus.figure_flags:
        assert len(gold["units"]) >= 2, gold["id"]
        assert gold["label"] in {None, "contradiction", "different_dates", "different_scope",
                                 "different_speakers", "bound"}
