"""`make bench-detection`: what detection costs per new source as the corpus grows.

    BENCH_DETECTION_SIZES=100,1000,10000 BENCH_DETECTION_SAMPLE=40 python -m bench.detection

Every source goes through the real door, claims.services.imports.import_source, which runs
claims.services.detection.analyse_source: figures and names extracted, each name placed in
an entity through blocking keys, flags recomputed for the groups and entities it touches.
At each size a sample of new sources is imported and timed, with its SQL query count. A
throwaway database (test_<NAME> of DATABASE_URL) is created and dropped, so the benchmark
archive is left alone. Two corpora (BENCH_DETECTION_CORPUS):

    newsroom  (the default) a newsroom's stream of reports, oldest first (`bench.newsroom`):
              stories of a few reports each with casts of their own, a few public figures and
              big cities across many stories. Every source of the archive is imported through
              the door, one by one, so the archive holds what the desk would have built; the
              sample is the stream's next reports. Writes bench/results/detection.json and .md.
    copies    the worst case: the archive grows by copying its first 100 imports with their
              names and figures, so every story grows with the archive, and every name is in
              a hundred times more reports at 10,000 sources than at 100. What this shows is
              the caps at work (a story's nearest 200 reports, a name's latest 400), not news.
              Writes bench/results/detection-copies.json and .md.

For finding where the time goes (neither option writes the results files):

    python -m bench.detection --keep                      # build, measure, keep test_<NAME>
    BENCH_DETECTION_SIZES=10000 python -m bench.detection --reuse --profile 4

--keep leaves the database in place; --reuse measures in a kept one (sizes below its corpus
are skipped, each run adds its sample); --profile N runs cProfile over N imports at the last
size and prints the costliest functions and SQL statements (by shape, with counts and time).
"""

import argparse
import cProfile
import pstats
import re

import json
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
# Sources imported one by one through the engine; past this, the corpus grows by copying them
# (an import costs a second of engine time on this machine: 10,000 would take hours).
REAL_IMPORTS = int(os.environ.get("BENCH_DETECTION_REAL_IMPORTS", 100))
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/factcheck_bench"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database afterwards (results are still written)")
    parser.add_argument("--reuse", action="store_true", help="measure in a kept database (implies --keep)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile N imports at the last size")
    options = parser.parse_args()
    # The code this process runs: commits made while it builds the archive are not in it.
    commit = _commit()
    keep = options.keep or options.reuse
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE)
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "bench-detection-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    from claims.models import Discrepancy, Entity, Figure, Mention, Source
    from claims.services.imports import SourceInput, import_source

    from . import vocabulary as words
    from .articles import Cast, write_article
    from .newsroom import Newsroom

    sizes = [int(n) for n in os.environ.get("BENCH_DETECTION_SIZES", "100,1000,10000").split(",")]
    sample = int(os.environ.get("BENCH_DETECTION_SAMPLE", 40))
    corpus = os.environ.get("BENCH_DETECTION_CORPUS", "newsroom")
    if corpus not in ("newsroom", "copies"):
        parser.error("BENCH_DETECTION_CORPUS is newsroom or copies")
    rng = random.Random(2019)
    cast = Cast(rng, people=min(1_600, max(60, max(sizes) // 6)))
    first_day = date(2019, 1, 1)
    started = time.monotonic()
    stream = Newsroom(random.Random(2019), first_day).reports()

    def article(number: int) -> SourceInput:
        if corpus == "newsroom":
            report = next(stream)
            return SourceInput(text=report.text, publisher=words.PUBLISHERS[report.publisher_index],
                               headline=report.headline, published_on=report.published, retrieved_at=datetime.now(UTC))
        publisher_index = rng.randrange(len(words.PUBLISHERS))
        published = first_day + timedelta(days=number % 2_500)
        text = write_article(rng, cast, number=number, publisher_index=publisher_index, published=published).text
        return SourceInput(text=text, publisher=words.PUBLISHERS[publisher_index], headline=f"Report {number}",
                           published_on=published, retrieved_at=datetime.now(UTC))

    old_config = setup_databases(verbosity=1, interactive=False, keepdb=options.reuse)
    # Sizes are timed in turns, each turn from a snapshot of the archive at that size, so that a
    # machine whose speed drifts over the half hour of the build (a shared one does) does not
    # show the drift as growth; without PostgreSQL's template databases, one after the other.
    interleave = connection.vendor == "postgresql" and not options.reuse
    rounds = max(1, int(os.environ.get("BENCH_DETECTION_ROUNDS", 4))) if interleave else 1
    snapshots = Snapshots(connection) if interleave else None
    built = []  # (size, the inputs timed at that size, figures of the archive at that size)
    rows = []
    try:
        number = 0
        if options.reuse:
            number = Source.objects.count() + 1_000_000  # new headlines and texts, never a copy of a kept one
            sizes = [size for size in sizes if size >= Source.objects.count()] or sizes[-1:]
            if corpus == "newsroom":  # the kept archive holds the stream's first reports
                for _ in range(Source.objects.count()):
                    next(stream)
        imported = Source.objects.count()
        for size in sizes:
            real = size if corpus == "newsroom" else min(size, REAL_IMPORTS)
            while imported < real:
                import_source(article(number))
                number += 1
                imported += 1
                if imported % 250 == 0 or (real <= 250 and imported % 25 == 0):
                    print(f"[{time.monotonic() - started:7.1f}s] imported {imported:,}/{real:,}", flush=True)
            if corpus == "copies" and Source.objects.count() < size:
                grow_by_copying(size)
                print(f"[{time.monotonic() - started:7.1f}s] corpus grown to {size:,} by copying, flags recomputed", flush=True)
            inputs = [article(number + i) for i in range(sample)]  # the reports that come next
            number += sample
            archive = {"entities": Entity.objects.count(), "mentions": Mention.objects.count(),
                       "figures": Figure.objects.count(), "flags": Discrepancy.objects.count()}
            built.append((size, inputs, archive))
            if snapshots:
                snapshots.take(size)
                print(f"[{time.monotonic() - started:7.1f}s] archive of {size:,} kept for timing", flush=True)
            else:
                rows.append(time_imports(size, inputs, archive, import_source, connection, Discrepancy))
                print_row(rows[-1], started)
        if snapshots:
            per_round = -(-sample // rounds)
            timed = {size: ([], [], 0) for size, _, _ in built}
            for turn in range(rounds):
                for size, inputs, archive in built:
                    batch = inputs[turn * per_round : (turn + 1) * per_round]
                    if not batch:
                        continue
                    snapshots.restore(size)
                    row = time_imports(size, batch, archive, import_source, connection, Discrepancy)
                    timings, queries, added = timed[size]
                    timed[size] = (timings + row["timings"], queries + row["queries"], added + row["flags_added"])
                print(f"[{time.monotonic() - started:7.1f}s] turn {turn + 1}/{rounds} timed at every size", flush=True)
            for size, _, archive in built:
                timings, queries, added = timed[size]
                rows.append(summarise(size, timings, queries, archive, added, sample))
                print_row(rows[-1], started)
        if options.profile:
            profile_imports([article(number + i) for i in range(options.profile)], import_source, connection)
    finally:
        if snapshots:
            snapshots.drop_all(keep_last=keep)
        teardown_databases(old_config, verbosity=1, keepdb=keep)
    if options.reuse or options.profile:
        return  # a kept archive grown again, or a profile: not the benchmark's measurement

    base = rows[0]["median_ms"]
    for row in rows:
        row["relative_to_smallest"] = round(row["median_ms"] / base, 2)
    RESULTS.mkdir(exist_ok=True)
    name = "detection" if corpus == "newsroom" else "detection-copies"
    (RESULTS / f"{name}.json").write_text(json.dumps(rows, indent=2) + "\n")
    for row in rows:
        row.pop("timings", None)
        row.pop("queries", None)
    lines = ["| corpus (sources) | median ms per new source | p90 ms | × smallest | queries (median / max) | entities | mentions | figures | flags (added by the sample) |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['corpus_sources']:,} | {r['median_ms']:.1f} | {r['p90_ms']:.1f} | {r['relative_to_smallest']:.2f} "
                     f"| {r['median_queries']} / {r['max_queries']} | {r['entities']:,} | {r['mentions']:,} | {r['figures']:,} "
                     f"| {r['flags']:,} (+{r['flags_added']}) |")
    table = "\n".join(lines)
    (RESULTS / f"{name}.md").write_text(
        f"Run {datetime.now(UTC).isoformat(timespec='seconds')} at commit {commit}, database {connection.vendor}, "
        f"corpus `{corpus}`, {sample} new sources timed at each size"
        f"{f', in {rounds} turns across the sizes' if rounds > 1 else ''}.\n\n{table}\n"
    )
    print("\n" + table)


def time_imports(size, inputs, archive, import_source, connection, Discrepancy) -> dict:
    """Import these sources into the archive as it stands, each timed and its queries counted."""
    timings, queries = [], []
    flags_before = Discrepancy.objects.count()
    for data in inputs:
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            t0 = time.perf_counter()
            import_source(data)
            timings.append((time.perf_counter() - t0) * 1000)
        queries.append(counter.count)
    return summarise(size, timings, queries, archive, Discrepancy.objects.count() - flags_before, len(inputs))


def summarise(size, timings, queries, archive, flags_added, sample) -> dict:
    return {
        "corpus_sources": size,
        "median_ms": round(statistics.median(timings), 1),
        "p90_ms": round(sorted(timings)[max(int(len(timings) * 0.9) - 1, 0)], 1),
        "median_queries": int(statistics.median(queries)),
        "max_queries": max(queries),
        **archive,
        "flags_added": flags_added,
        "sample": sample,
        "timings": timings,
        "queries": queries,
    }


def print_row(row, started) -> None:
    print(f"[{time.monotonic() - started:7.1f}s] corpus {row['corpus_sources']:>6,}: {row['median_ms']:8.1f} ms median, "
          f"{row['p90_ms']:8.1f} ms p90, {row['median_queries']} queries per new source", flush=True)


class Snapshots:
    """The archive at each size kept as a PostgreSQL template database, and restored from it."""

    def __init__(self, connection):
        self.connection = connection
        self.working = connection.settings_dict["NAME"]
        self.names: dict[int, str] = {}

    def _admin(self, *statements) -> None:
        import psycopg

        self.connection.close()
        params = self.connection.get_connection_params()
        params["dbname"] = "postgres"
        with psycopg.connect(**params, autocommit=True) as admin:
            for statement in statements:
                admin.execute(statement)

    def take(self, size: int) -> None:
        name = self.names[size] = f"{self.working}_at_{size}"
        self._admin(f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}" TEMPLATE "{self.working}"')

    def restore(self, size: int) -> None:
        self._admin(f'DROP DATABASE "{self.working}"', f'CREATE DATABASE "{self.working}" TEMPLATE "{self.names[size]}"')

    def drop_all(self, *, keep_last: bool) -> None:
        if keep_last and self.names:
            self.restore(max(self.names))  # --keep leaves the largest archive, as it was built
        self._admin(*(f'DROP DATABASE IF EXISTS "{name}"' for name in self.names.values()))


def _commit() -> str:
    from .run import _commit as commit

    return commit()


def profile_imports(inputs, import_source, connection) -> None:
    """cProfile over a few imports, and their SQL grouped by statement shape."""
    log = QueryLog()
    profiler = cProfile.Profile()
    with connection.execute_wrapper(log):
        profiler.enable()
        for data in inputs:
            import_source(data)
        profiler.disable()
    print(f"\n{len(inputs)} imports profiled: {log.count} queries, {log.seconds * 1000:.0f} ms in SQL")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(int(os.environ.get("BENCH_PROFILE_LINES", 45)))
    print("SQL by shape (count, total ms):")
    for shape, (count, seconds) in sorted(log.shapes.items(), key=lambda kv: -kv[1][1])[:25]:
        print(f"{count:6} {seconds * 1000:9.1f}  {shape[:300]}")


class QueryLog:
    """Every statement's time, grouped by its shape (IN lists folded)."""

    def __init__(self):
        self.count, self.seconds = 0, 0.0
        self.shapes: dict[str, list] = defaultdict(lambda: [0, 0.0])

    def __call__(self, execute, sql, params, many, context):
        t0 = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = time.perf_counter() - t0
            shape = re.sub(r"(%s(, )?)+", "%s", sql)
            self.count += 1
            self.seconds += elapsed
            self.shapes[shape][0] += 1
            self.shapes[shape][1] += elapsed


class QueryCounter:
    """Counts every query, without the 9,000-query cap of Django's query log."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def grow_by_copying(size: int) -> None:
    """Copy the imported sources, with their mentions and figures, until the corpus holds `size`.
    Copies keep their entities and figure groups, so names and quantities grow as popular
    ones do in news; flags are then recomputed once, through the service, for every group
    and entity, so the corpus holds the flags analysis would have left."""
    from django.db import connection

    from claims.models import Figure, Mention, Source
    from claims.models.sources import text_hash
    from claims.services.detection import refresh_figure_flags, refresh_name_flags

    originals = list(Source.objects.order_by("id")[:REAL_IMPORTS])
    mentions = defaultdict(list)
    for mention in Mention.objects.filter(source__in=originals):
        mentions[mention.source_id].append(mention)
    figures = defaultdict(list)
    for figure in Figure.objects.filter(source__in=originals):
        figures[figure.source_id].append(figure)
    copy = Source.objects.count()
    while (have := Source.objects.count()) < size:
        batch = originals[: size - have]
        clones = []
        for original in batch:
            copy += 1
            text = f"{original.text}\n(Syndicated copy {copy}.)"
            clones.append(Source(publisher=original.publisher, headline=f"{original.headline} (copy {copy})",
                                 published_on=original.published_on, text=text, content_hash=text_hash(text),
                                 analysed_at=original.analysed_at))
        Source.objects.bulk_create(clones)
        new_mentions, new_figures = [], []
        for original, clone in zip(batch, clones):
            for m in mentions[original.pk]:
                new_mentions.append(Mention(source=clone, entity_id=m.entity_id, text=m.text, start=m.start,
                                            end=m.end, sentence=m.sentence))
            for f in figures[original.pk]:
                f_copy = Figure(**{field.attname: getattr(f, field.attname) for field in Figure._meta.concrete_fields
                                   if field.attname not in ("id", "source_id")})
                f_copy.source = clone
                new_figures.append(f_copy)
        Mention.objects.bulk_create(new_mentions, batch_size=2_000)
        Figure.objects.bulk_create(new_figures, batch_size=2_000)
    refresh_figure_flags(set(Figure.objects.values_list("group_key", flat=True).distinct()))
    refresh_name_flags(set(Mention.objects.exclude(entity=None).values_list("entity_id", flat=True).distinct()))
    if connection.vendor == "postgresql":
        # After a bulk load autovacuum would update the planner's statistics and the visibility
        # map (which index-only scans need); the benchmark server runs with autovacuum off, so
        # the benchmark does what a desk's database would have done by itself.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


if __name__ == "__main__":
    sys.exit(main())
