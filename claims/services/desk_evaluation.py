"""The labelled corpora scored as the desk itself reads them.

`claims.detection.evaluation` runs the engine over a whole corpus at once. The desk never sees
a corpus at once: it imports one source at a time, places each new spelling among the
entities it already holds, and compares each new source's figures with its story's. This
imports every article of a corpus through the desk's own door, oldest first, and reads back
what the desk holds, in the terms the same scorer reads (`evaluation.Findings`), so the two
can be compared and the difference found. It writes to the database it is given: the
`evaluate_desk` command gives it a throwaway one.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from claims.detection.evaluation import Corpus, Findings
from claims.models import Discrepancy, Figure, Mention

from .imports import SourceInput, import_source


@dataclass(frozen=True)
class StoredFlag:
    """A figure flag as the desk stores it, shaped as the scorer reads an engine flag."""

    refs: tuple[int, ...]
    label: str
    reason: str
    quantity_key: str


def desk_findings(corpus: Corpus, *, progress=None) -> Findings:
    """Import the corpus's articles in order of publication (undated ones first, then by
    path), and read back the mentions, their entities and the flags readers would see."""
    order = sorted(corpus.articles, key=lambda article_id: (corpus.articles[article_id].published or datetime.date.min,
                                                            article_id))
    source_of = {}
    for number, article_id in enumerate(order, 1):
        source_of[article_id] = import_source(SourceInput.from_article(corpus.articles[article_id])).source.pk
        if progress:
            progress(number, len(order))
    article_of = {source_id: article_id for article_id, source_id in source_of.items()}
    mention_spans, mention_text, entity_of = defaultdict(list), {}, {}
    for pk, source_id, start, end, text, entity_id in Mention.objects.filter(source_id__in=article_of).values_list(
        "pk", "source_id", "start", "end", "text", "entity_id"
    ):
        mention_spans[article_of[source_id]].append((pk, (start, end)))
        mention_text[pk] = text
        entity_of[pk] = entity_id if entity_id is not None else ("alone", pk)
    figure_spans, figure_text = defaultdict(list), {}
    for pk, source_id, start, end, text in Figure.objects.filter(source_id__in=article_of).values_list(
        "pk", "source_id", "start", "end", "text"
    ):
        figure_spans[article_of[source_id]].append((pk, (start, end)))
        figure_text[pk] = (article_of[source_id], text)
    refs_of = defaultdict(list)
    for flag_id, figure_id in Discrepancy.figures.through.objects.filter(
        discrepancy__in=Discrepancy.objects.public().filter(kind=Discrepancy.Kind.FIGURE)
    ).values_list("discrepancy_id", "figure_id"):
        refs_of[flag_id].append(figure_id)
    flags = [
        StoredFlag(tuple(sorted(refs_of[pk])), label, reason, group_key)
        for pk, label, reason, group_key in Discrepancy.objects.public()
        .filter(kind=Discrepancy.Kind.FIGURE)
        .order_by("pk")
        .values_list("pk", "label", "reason", "group_key")
    ]
    return Findings(dict(mention_spans), mention_text, entity_of, dict(figure_spans), figure_text, flags)
