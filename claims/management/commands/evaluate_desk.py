"""Score a labelled corpus as the desk reads it: every article imported through the desk, one
at a time, into a throwaway database (the configured one is never touched)."""

import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import setup_databases, teardown_databases

from claims.detection.evaluation import load_corpus, print_report, score


class Command(BaseCommand):
    help = (
        "Import a labelled corpus (tests/corpus, tests/corpus-heldout) into a throwaway database through "
        "the desk's import, one article at a time, and print the same scores as `make eval`."
    )

    def add_arguments(self, parser):
        parser.add_argument("corpus", help="a corpus folder with labels.json")
        parser.add_argument("--min", type=float, default=None, help="exit 1 if any score is below this")

    def handle(self, *args, corpus, min, **options):
        if not (Path(corpus) / "labels.json").is_file():
            raise CommandError(f"{corpus} is not a labelled corpus (no labels.json there).")
        from claims.services.desk_evaluation import desk_findings

        labelled = load_corpus(corpus)
        if connection.vendor != "sqlite":  # SQLite's throwaway database is in memory
            # A name of its own, so a test run using test_<NAME> at the same time is left alone.
            connection.settings_dict.setdefault("TEST", {})["NAME"] = f"evaluate_desk_{os.getpid()}"
        databases = setup_databases(verbosity=0, interactive=False, keepdb=False)
        try:
            def progress(done, total):
                if done % 10 == 0 or done == total:
                    self.stderr.write(f"imported {done}/{total}")

            found = desk_findings(labelled, progress=progress)
        finally:
            teardown_databases(databases, verbosity=0)
        title = f"corpus: {corpus} ({len(labelled.articles)} articles), imported through the desk one article at a time"
        if print_report(score(labelled, found, title=title), minimum=min, out=self.stdout):
            raise SystemExit(1)
