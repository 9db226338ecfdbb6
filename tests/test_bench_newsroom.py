"""The detection benchmark's newsroom: reports in order of publication, in stories with casts
of their own, so that a larger archive holds more stories rather than larger ones."""

import random
import statistics
from collections import Counter, defaultdict
from itertools import islice

from bench.newsroom import Newsroom
from claims.detection.names import extract_mentions, fold


def reports(n, seed=3):
    return list(islice(Newsroom(random.Random(seed)).reports(), n))


def test_reports_come_in_order_of_publication():
    days = [report.published for report in reports(600)]
    assert days == sorted(days)


def test_the_same_seed_writes_the_same_reports():
    assert reports(50) == reports(50)
    assert reports(50) != reports(50, seed=4)


def neighbours(batch, last=100):
    """For each of the last reports, how many others share two names with it: the candidates
    the desk compares a new report with (by its own rule, before its caps)."""
    names = {report.number: {fold(mention.text) for mention in extract_mentions(report.text)} for report in batch}
    holders = defaultdict(set)
    for number, held in names.items():
        for name in held:
            holders[name].add(number)
    counts = []
    for report in batch[-last:]:
        shared = Counter(other for name in names[report.number] for other in holders[name] if other != report.number)
        counts.append(sum(1 for n in shared.values() if n >= 2))
    return statistics.median(counts)


def test_a_larger_archive_holds_more_stories_rather_than_larger_ones():
    # A report's story is a handful of reports whether the archive holds 200 or 1,600.
    small, large = neighbours(reports(200)), neighbours(reports(1600))
    assert large <= 10
    assert large <= 2 * small + 2


def test_a_few_public_figures_run_across_stories_and_nobody_else_does():
    newsroom = Newsroom(random.Random(3))
    texts = [report.text for report in islice(newsroom.reports(), 400)]

    def share(person):
        return sum(1 for text in texts if person[0] in text or person[1] in text) / len(texts)

    assert share(newsroom.background[0]) > 0.1
    assert max(share(person) for person in newsroom.people) < 0.05
