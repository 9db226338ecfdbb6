"""Score the detection engine against the labelled corpus in tests/corpus.

    python -m claims.detection.evaluation [CORPUS_DIR] [--min 0.9]

What it does
------------
Every `*.txt` under CORPUS_DIR (one folder per story) is read with `articles.read_article`;
its id is its path relative to CORPUS_DIR, e.g. `kazakhstan-beijing/steppe-herald.txt`.
The engine runs over the whole corpus as the desk runs it over a database: mentions of all
articles are clustered in one `cluster_mentions` call, and each cluster is an entity. Figures
are compared only within a story, as the desk compares them: the articles are split into
stories by `stories.group_into_stories` (the desk's own rule: articles sharing at least two
entities, one of them not common, directly or through other articles), and the figures of
each story, each with its article's publication date, go to one `find_figure_flags` call
(which splits a story further into one-year windows). A "$7 million" restoration in one story is never compared with a
"$465 million" solar park in another, though both are a cost in dollars. The windows are
the desk's too (`compare.STORY_WINDOW`, which the service also uses to pick a new source's
neighbours), so a gold flag whose articles lie years apart (a plant announced in 2015 and
opened in 2024) counts as missed until the desk compares across them.

`CORPUS_DIR/labels.json` is the gold standard:

    {"entities": [{"id": "tokayev", "spellings": [{"article": "...", "text": "Toqaev"}, ...]}],
     "figure_flags": [{"id": "projects", "figures": [{"article": "...", "text": "at least 51"}],
                       "label": "different_scope" | null}],
     "figure_non_flags": [[{"article": ..., "text": ...}, {"article": ..., "text": ...}], ...]}

A gold item is a *unit*: one text in one article. It stands for every place that text occurs
in the article, as a whole word (a name occurrence must not touch a letter, digit or hyphen;
a figure occurrence must not touch a letter or digit, and "5" does not match inside "1.5" or
"1,500"). An occurrence that lies inside the occurrence of a longer labelled text of the same
kind in the same article belongs to the longer one only ("Nazarbayev" inside "Nazarbayev
University").

Matching: each occurrence is matched to the one extracted item (mention or figure) of that
article whose span is nearest to it: the same span first, then an item whose span contains
the occurrence or lies inside it, then one that merely overlaps it; among those, the one
whose length differs least, then the earliest. A unit that matches nothing was not
extracted: it is listed, and it counts as a singleton (a miss for recall, never a false
positive).

Scores
------
(a) Names, pairwise over labelled units: every pair of units in one gold entity is a gold
    link; a pair is a predicted link when both units are in the same engine cluster (a unit
    whose occurrences fall into several clusters takes the most common one). Precision is
    correct links / predicted links, recall correct links / gold links. B-cubed precision and
    recall (per-unit overlap of predicted and gold cluster, averaged) are printed too, since
    pairwise scores weigh big entities quadratically.
(b) Figure flags, pairwise over labelled figure units (all units named in `figure_flags` and
    `figure_non_flags`): every pair inside one gold flag is a gold link; a pair is a
    predicted link when some engine flag holds a match of each. A predicted link between
    labelled units that are not in one gold flag is a false positive (a violated
    `figure_non_flags` pair is always one). Flag labels are scored apart: for each gold flag
    with a label, the engine flag holding most of its units must carry that label (a missed
    flag counts as wrong).

With no predicted links precision is 1.0; with no gold links recall is 1.0; F1 is their
harmonic mean (0.0 when both are 0). Engine flags that hold fewer than two labelled units
are listed for inspection but not scored.

Exit status: 0, unless `--min X` is given and any printed score (pairwise and B-cubed P/R/F1
of names, P/R/F1 of figure flags, label accuracy) is below X, or the engine cannot be run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from .articles import Article, read_article

Unit = tuple[str, str]  # (article id, text as written)
Span = tuple[int, int]


# --------------------------------------------------------------------------- metrics


@dataclass(frozen=True)
class Scores:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def links(groups: Iterable[Iterable[Hashable]]) -> set[frozenset]:
    """Every unordered pair of distinct items that share a group."""
    pairs: set[frozenset] = set()
    for group in groups:
        for a, b in combinations(sorted(set(group), key=repr), 2):
            pairs.add(frozenset((a, b)))
    return pairs


def pairwise_scores(gold: Iterable[Iterable[Hashable]], predicted: Iterable[Iterable[Hashable]]) -> Scores:
    """Pairwise link precision/recall; `predicted` should only hold labelled items."""
    gold_links, predicted_links = links(gold), links(predicted)
    return Scores(
        tp=len(gold_links & predicted_links),
        fp=len(predicted_links - gold_links),
        fn=len(gold_links - predicted_links),
    )


def clusters_of(assignment: Mapping[Hashable, Hashable]) -> list[set]:
    groups: dict[Hashable, set] = defaultdict(set)
    for item, cluster in assignment.items():
        groups[cluster].add(item)
    return list(groups.values())


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def bcubed_scores(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> BCubed:
    """B-cubed over the items of `gold` (item -> cluster id); an item absent from `predicted`
    is a singleton."""
    items = list(gold)
    if not items:
        return BCubed(1.0, 1.0)
    predicted = {item: predicted.get(item, ("singleton", item)) for item in items}
    gold_members = defaultdict(set)
    predicted_members = defaultdict(set)
    for item in items:
        gold_members[gold[item]].add(item)
        predicted_members[predicted[item]].add(item)
    precision = recall = 0.0
    for item in items:
        g, p = gold_members[gold[item]], predicted_members[predicted[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    return BCubed(precision / len(items), recall / len(items))


# --------------------------------------------------------------------------- matching


def find_occurrences(text: str, needle: str, *, hyphen_joins: bool) -> list[Span]:
    """Where `needle` occurs in `text` as a whole token (see the module doc)."""
    spans: list[Span] = []
    if not needle:
        return spans
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        if _free_left(text, start, hyphen_joins) and _free_right(text, end, hyphen_joins):
            spans.append((start, end))
        start = text.find(needle, start + 1)
    return spans


def _free_left(text: str, start: int, hyphen_joins: bool) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    if before.isalnum() or (hyphen_joins and before == "-"):
        return False
    return not (before in ".," and start >= 2 and text[start - 2].isdigit() and text[start].isdigit())


def _free_right(text: str, end: int, hyphen_joins: bool) -> bool:
    if end == len(text):
        return True
    after = text[end]
    if after.isalnum() or (hyphen_joins and after == "-"):
        return False
    return not (after in ".," and end + 1 < len(text) and text[end + 1].isdigit() and text[end - 1].isdigit())


def locate_units(text: str, needles: Iterable[str], *, hyphen_joins: bool) -> dict[str, list[Span]]:
    """Occurrences of every needle, an occurrence inside a longer needle's occurrence dropped."""
    found = {needle: find_occurrences(text, needle, hyphen_joins=hyphen_joins) for needle in set(needles)}
    taken: list[Span] = []
    result: dict[str, list[Span]] = {}
    for needle in sorted(found, key=len, reverse=True):
        kept = [
            (s, e)
            for s, e in found[needle]
            if not any(ts <= s and e <= te and (te - ts) > (e - s) for ts, te in taken)
        ]
        taken.extend(kept)
        result[needle] = kept
    return result


def nearest_item(occurrence: Span, items: Sequence[tuple[int, Span]]) -> int | None:
    """The ref of the extracted item (ref, span) nearest to the occurrence, or None."""
    s, e = occurrence
    best: tuple | None = None
    for ref, (es, ee) in items:
        if (es, ee) == (s, e):
            rank = 0
        elif (es <= s and e <= ee) or (s <= es and ee <= e):
            rank = 1
        elif es < e and s < ee:
            rank = 2
        else:
            continue
        key = (rank, abs((ee - es) - (e - s)), es, ref)
        if best is None or key < best:
            best = key
    return None if best is None else best[3]


# --------------------------------------------------------------------------- the corpus


@dataclass
class Corpus:
    articles: dict[str, Article]
    entities: dict[str, list[Unit]]
    figure_flags: list[dict]
    figure_non_flags: list[tuple[Unit, Unit]]
    problems: list[str] = field(default_factory=list)


def load_corpus(directory: str | Path) -> Corpus:
    directory = Path(directory)
    articles = {
        path.relative_to(directory).as_posix(): read_article(path)
        for path in sorted(directory.rglob("*.txt"))
    }
    labels_path = directory / "labels.json"
    labels = json.loads(labels_path.read_text(encoding="utf-8")) if labels_path.exists() else {}
    problems: list[str] = []

    def unit(item: Mapping, where: str) -> Unit:
        article, text = item.get("article", ""), item.get("text", "")
        if article not in articles:
            problems.append(f"{where}: no article {article!r}")
        elif text not in articles[article].text:
            problems.append(f"{where}: {text!r} does not occur in {article}")
        return (article, text)

    entities: dict[str, list[Unit]] = {}
    owner: dict[Unit, str] = {}
    for entity in labels.get("entities", []):
        units = [unit(s, f"entity {entity['id']}") for s in entity.get("spellings", [])]
        if entity["id"] in entities:
            # One id, one entity: a second entry would replace the first's spellings unscored.
            problems.append(f"entity {entity['id']} is labelled twice; give its spellings in one entry")
        for u in units:
            if u in owner and owner[u] != entity["id"]:
                problems.append(f"{u} is labelled as both {owner[u]} and {entity['id']}")
            owner[u] = entity["id"]
        entities[entity["id"]] = list(dict.fromkeys(units))
    flags = []
    for flag in labels.get("figure_flags", []):
        units = [unit(f, f"figure flag {flag['id']}") for f in flag.get("figures", [])]
        flags.append({"id": flag["id"], "label": flag.get("label"), "units": list(dict.fromkeys(units))})
    non_flags = []
    for index, pair in enumerate(labels.get("figure_non_flags", [])):
        a, b = (unit(f, f"figure non-flag #{index}") for f in pair)
        non_flags.append((a, b))
    return Corpus(articles, entities, flags, non_flags, problems)


# --------------------------------------------------------------------------- running the engine


@dataclass
class Report:
    name_pairwise: Scores
    name_bcubed: BCubed
    figure_pairwise: Scores
    label_correct: int
    label_total: int
    lines: list[str]

    @property
    def label_accuracy(self) -> float:
        return self.label_correct / self.label_total if self.label_total else 1.0

    def scores(self) -> dict[str, float]:
        return {
            "names pairwise precision": self.name_pairwise.precision,
            "names pairwise recall": self.name_pairwise.recall,
            "names pairwise F1": self.name_pairwise.f1,
            "names B-cubed precision": self.name_bcubed.precision,
            "names B-cubed recall": self.name_bcubed.recall,
            "names B-cubed F1": self.name_bcubed.f1,
            "figure flags precision": self.figure_pairwise.precision,
            "figure flags recall": self.figure_pairwise.recall,
            "figure flags F1": self.figure_pairwise.f1,
            "figure flag label accuracy": self.label_accuracy,
        }


def _fmt(unit: Unit) -> str:
    return f"{unit[1]!r} ({unit[0]})"


@dataclass
class Findings:
    """What one run of detection found in a corpus, in the terms the scorer reads: where each
    extracted mention and figure is (article id -> [(ref, span)]), each mention's entity, and
    the figure flags (each with `refs`, `label`, `reason` and `quantity_key`). The engine run
    over the whole corpus at once (`engine_findings`) and the desk importing it article by
    article (`claims.services.desk_evaluation`) are scored alike."""

    mention_spans: dict[str, list[tuple[Hashable, Span]]]
    mention_text: dict[Hashable, str]
    entity_of: dict[Hashable, Hashable]
    figure_spans: dict[str, list[tuple[Hashable, Span]]]
    figure_text: dict[Hashable, tuple[str, str]]  # ref -> (article id, text)
    flags: list


def evaluate(directory: str | Path) -> Report:
    corpus = load_corpus(directory)
    return score(corpus, engine_findings(corpus), title=f"corpus: {directory} ({len(corpus.articles)} articles)")


def engine_findings(corpus: Corpus) -> Findings:
    """The engine over the whole corpus, as the desk runs it over a database: the mentions of
    all articles clustered in one call, figures compared within stories."""
    from .compare import find_figure_flags
    from .figures import extract_figures
    from .names import after_the, cluster_mentions, courtesy_title, extract_mentions, is_general_place, stated_aliases
    from .stories import common_names, group_into_stories, holders_per_name
    from .types import FigureRecord, MentionRecord

    article_ids = list(corpus.articles)
    mention_records: list = []
    mention_spans: dict[str, list[tuple[Hashable, Span]]] = defaultdict(list)
    mention_text: dict[Hashable, str] = {}
    for index, article_id in enumerate(article_ids):
        for fact in extract_mentions(corpus.articles[article_id].text):
            ref = len(mention_records)
            text = corpus.articles[article_id].text
            mention_records.append(
                MentionRecord(ref, index, fact.text, after_the(text, fact.start), courtesy_title(text, fact.start))
            )
            mention_spans[article_id].append((ref, (fact.start, fact.end)))
            mention_text[ref] = fact.text
    cluster_of: dict[Hashable, Hashable] = {}
    entities_of_article: dict[int, set[int]] = {index: set() for index in range(len(article_ids))}
    # As on the desk, where a source's stated aliases are kept with the entity.
    aliases = [pair for article_id in article_ids for pair in stated_aliases(corpus.articles[article_id].text)]
    for number, refs in enumerate(cluster_mentions(mention_records, aliases)):
        for ref in refs:
            cluster_of[ref] = number
            if not is_general_place(mention_records[ref].text):  # as the desk groups stories
                entities_of_article[mention_records[ref].source_ref].add(number)
    story_of = group_into_stories(entities_of_article, common=common_names(holders_per_name(entities_of_article)))

    figure_records: list = []
    figure_spans: dict[str, list[tuple[Hashable, Span]]] = defaultdict(list)
    figure_text: dict[Hashable, tuple[str, str]] = {}
    for index, article_id in enumerate(article_ids):
        article = corpus.articles[article_id]
        for fact in extract_figures(article.text, article.published):
            ref = len(figure_records)
            figure_records.append(FigureRecord(ref=ref, source_ref=index, fact=fact, published=article.published))
            figure_spans[article_id].append((ref, (fact.start, fact.end)))
            figure_text[ref] = (article_id, fact.text)
    records_by_story: dict[int, list] = defaultdict(list)
    for record in figure_records:
        records_by_story[story_of[record.source_ref]].append(record)
    flags = [flag for _, records in sorted(records_by_story.items()) for flag in find_figure_flags(records)]
    return Findings(mention_spans, mention_text, cluster_of, figure_spans, figure_text, flags)


def score(corpus: Corpus, found: Findings, *, title: str) -> Report:
    """Score what a run found against the corpus's labels (see the module notes)."""
    lines = [title]
    lines += [f"LABEL PROBLEM: {p}" for p in corpus.problems]

    # names -------------------------------------------------------------
    gold_entity = {u: entity for entity, units in corpus.entities.items() for u in units}
    unit_refs = _match_units(corpus, gold_entity, found.mention_spans, hyphen_joins=True)
    predicted_cluster: dict[Unit, Hashable] = {}
    missing_names = []
    for u in gold_entity:
        clusters = Counter(found.entity_of.get(ref, ("alone", ref)) for ref in unit_refs.get(u, []))
        if clusters:
            predicted_cluster[u] = clusters.most_common(1)[0][0]
        else:
            predicted_cluster[u] = ("missing", u)
            missing_names.append(u)
    name_pairwise = pairwise_scores(clusters_of(gold_entity), clusters_of(predicted_cluster))
    name_bcubed = bcubed_scores(gold_entity, predicted_cluster)
    lines += _name_details(gold_entity, predicted_cluster, missing_names)
    lines += _inexact("mentions", unit_refs, found.mention_text)

    # figures -----------------------------------------------------------
    flags = found.flags
    flags_of_ref: dict[Hashable, set[int]] = defaultdict(set)
    for number, flag in enumerate(flags):
        for ref in flag.refs:
            flags_of_ref[ref].add(number)

    labelled: dict[Unit, str | None] = {}
    for gold_flag in corpus.figure_flags:
        for u in gold_flag["units"]:
            labelled[u] = gold_flag["id"]
    for a, b in corpus.figure_non_flags:
        labelled.setdefault(a, None)
        labelled.setdefault(b, None)
    figure_refs = _match_units(corpus, labelled, found.figure_spans, hyphen_joins=False)
    unit_flags = {u: set().union(*(flags_of_ref[r] for r in figure_refs.get(u, [])), set()) for u in labelled}

    gold_links = links(g["units"] for g in corpus.figure_flags)
    predicted_links = {
        frozenset((a, b))
        for a, b in combinations(sorted(labelled), 2)
        if unit_flags[a] & unit_flags[b]
    }
    figure_pairwise = Scores(
        tp=len(gold_links & predicted_links),
        fp=len(predicted_links - gold_links),
        fn=len(gold_links - predicted_links),
    )
    label_correct, label_total, label_lines = _score_labels(corpus, unit_flags, flags)
    lines += _figure_details(
        corpus, labelled, figure_refs, unit_flags, flags, found.figure_text, gold_links, predicted_links
    )
    lines += _inexact("figures", figure_refs, {ref: text for ref, (_, text) in found.figure_text.items()})
    lines += label_lines
    return Report(name_pairwise, name_bcubed, figure_pairwise, label_correct, label_total, lines)


def _match_units(corpus: Corpus, units: Iterable[Unit], extracted: Mapping[str, list], *, hyphen_joins: bool):
    by_article: dict[str, list[str]] = defaultdict(list)
    for article_id, text in units:
        by_article[article_id].append(text)
    matched: dict[Unit, list[int]] = {}
    for article_id, texts in by_article.items():
        article = corpus.articles.get(article_id)
        if article is None:
            continue
        occurrences = locate_units(article.text, texts, hyphen_joins=hyphen_joins)
        for text, spans in occurrences.items():
            refs = [nearest_item(span, extracted.get(article_id, [])) for span in spans]
            matched[(article_id, text)] = [ref for ref in refs if ref is not None]
    return matched


def _inexact(kind: str, unit_refs: Mapping[Unit, list[int]], extracted_text: Mapping[int, str]) -> list[str]:
    """Labelled texts the engine extracted with a different span (often the cause of a miss)."""
    rows = sorted(
        f"  {_fmt(u)} -> {extracted_text[ref]!r}"
        for u, refs in unit_refs.items()
        for ref in dict.fromkeys(refs)
        if extracted_text[ref] != u[1]
    )
    return [f"labelled {kind} extracted with a different span: {len(rows)}", *rows] if rows else []


def _short(unit: Unit) -> str:
    return f"{unit[1]} @{unit[0].rsplit('/', 1)[-1].removesuffix('.txt')}"


def _name_details(gold_entity, predicted_cluster, missing) -> list[str]:
    lines = ["", "NAMES"]
    by_cluster: dict[Hashable, list[Unit]] = defaultdict(list)
    for u, cluster in predicted_cluster.items():
        by_cluster[cluster].append(u)
    merged = []
    for units in by_cluster.values():
        entities = defaultdict(list)
        for u in units:
            entities[gold_entity[u]].append(u)
        if len(entities) > 1:
            merged.append(
                "  one cluster holds "
                + " + ".join(
                    f"{entity} [{', '.join(sorted({u[1] for u in us}))}]" for entity, us in sorted(entities.items())
                )
            )
    lines.append(f"false positives (different entities clustered together): {len(merged)}")
    lines += sorted(merged)
    by_entity: dict[str, dict[Hashable, list[Unit]]] = defaultdict(lambda: defaultdict(list))
    for u, entity in gold_entity.items():
        by_entity[entity][predicted_cluster[u]].append(u)
    split = []
    for entity, parts in sorted(by_entity.items()):
        if len(parts) > 1:
            shown = sorted(" / ".join(sorted(_short(u) for u in us)) for us in parts.values())
            split.append(f"  {entity} split into {len(parts)}: " + " | ".join(shown))
    lines.append(f"false negatives (one entity split): {len(split)}")
    lines += split
    if missing:
        lines.append(f"labelled mentions the engine did not extract: {len(missing)}")
        lines += [f"  {_fmt(u)}" for u in sorted(missing)]
    return lines


def _figure_details(corpus, labelled, figure_refs, unit_flags, flags, figure_text, gold_links, predicted_links):
    lines = ["", "FIGURES"]
    missing = sorted(u for u in labelled if not figure_refs.get(u))
    fps = sorted(predicted_links - gold_links, key=lambda p: sorted(p))
    non_flag_set = {frozenset(pair) for pair in corpus.figure_non_flags}
    lines.append(f"false positive pairs (flagged together, not one gold flag): {len(fps)}")
    for pair in fps:
        a, b = sorted(pair)
        shared = sorted(unit_flags[a] & unit_flags[b])
        flag = flags[shared[0]]
        mark = "  [listed in figure_non_flags]" if pair in non_flag_set else ""
        lines.append(f"  {_fmt(a)} ~ {_fmt(b)}: engine flag {flag.label} {flag.quantity_key!r}{mark}")
    fns = sorted(gold_links - predicted_links, key=lambda p: sorted(p))
    gold_id = {u: g["id"] for g in corpus.figure_flags for u in g["units"]}
    lines.append(f"false negative pairs (gold flag members not flagged together): {len(fns)}")
    for pair in fns:
        a, b = sorted(pair)
        lines.append(f"  [{gold_id[a]}] {_fmt(a)} ~ {_fmt(b)}")
    if missing:
        lines.append(f"labelled figures the engine did not extract: {len(missing)}")
        lines += [f"  {_fmt(u)}" for u in missing]
    for u in sorted(labelled):
        if len(figure_refs.get(u, [])) > 1:
            lines.append(f"note: {_fmt(u)} occurs {len(figure_refs[u])} times; all occurrences count")
    labelled_refs = {ref for u in labelled for ref in figure_refs.get(u, [])}
    loose = [flag for flag in flags if len(set(flag.refs) & labelled_refs) < 2]
    lines.append(f"engine flags with fewer than two labelled figures (not scored, worth a look): {len(loose)}")
    for flag in loose:
        texts = "; ".join(f"{figure_text[r][1]!r} ({figure_text[r][0]})" for r in flag.refs)
        lines.append(f"  {flag.label} {flag.quantity_key!r}: {texts}")
    return lines


def _score_labels(corpus, unit_flags, flags):
    lines = ["", "FLAG LABELS"]
    correct = total = 0
    for gold in corpus.figure_flags:
        if not gold["label"]:
            continue
        total += 1
        votes = Counter(number for u in gold["units"] for number in unit_flags.get(u, ()))
        if not votes or votes.most_common(1)[0][1] < 2:
            lines.append(f"  {gold['id']}: expected {gold['label']}, not flagged")
            continue
        flag = flags[votes.most_common(1)[0][0]]
        if flag.label == gold["label"]:
            correct += 1
        else:
            lines.append(f"  {gold['id']}: expected {gold['label']}, engine says {flag.label}: {flag.reason}")
    lines.insert(1, f"label accuracy: {correct}/{total}")
    return correct, total, lines


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.detection.evaluation", description=__doc__.split("\n\n")[0])
    default = Path("tests/corpus")
    if not default.is_dir():
        default = Path(__file__).resolve().parents[2] / "tests" / "corpus"
    parser.add_argument("corpus", nargs="?", default=str(default), help="corpus folder (default: tests/corpus)")
    parser.add_argument("--min", type=float, default=None, help="exit 1 if any score is below this")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.corpus)
    except ImportError as error:
        print(f"the detection engine cannot be imported yet: {error}")
        return 1 if args.min is not None else 0
    return print_report(report, minimum=args.min)


def print_report(report: Report, *, minimum: float | None = None, out=None) -> int:
    """The details, then the scores; 1 when a score is below `minimum`."""
    out = out or sys.stdout
    n, b, f = report.name_pairwise, report.name_bcubed, report.figure_pairwise
    lines = [
        *report.lines,
        "",
        "SCORES",
        f"  names (pairwise): P {n.precision:.3f}  R {n.recall:.3f}  F1 {n.f1:.3f}  (tp {n.tp:g}, fp {n.fp:g}, fn {n.fn:g})",
        f"  names (B-cubed):  P {b.precision:.3f}  R {b.recall:.3f}  F1 {b.f1:.3f}",
        f"  figure flags:     P {f.precision:.3f}  R {f.recall:.3f}  F1 {f.f1:.3f}  (tp {f.tp:g}, fp {f.fp:g}, fn {f.fn:g})",
        f"  flag labels:      {report.label_correct}/{report.label_total} = {report.label_accuracy:.3f}",
    ]
    low = {name: value for name, value in report.scores().items() if minimum is not None and value < minimum}
    if low:
        lines.append(f"below --min {minimum}: " + ", ".join(f"{name} {value:.3f}" for name, value in low.items()))
    out.write("\n".join(lines) + "\n")
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
