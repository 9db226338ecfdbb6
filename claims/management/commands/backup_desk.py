"""Write the whole desk to one file: users and their roles, sources, claims, verdicts,
corrections, what detection found, editors' decisions and every change in the history.

    manage.py backup_desk desk-2024-05-01.json.gz     (.gz, .bz2, .xz compress)
    manage.py restore_desk desk-2024-05-01.json.gz    (into a freshly migrated database)

Users and groups are written by natural key (username, group name) and permissions by
(codename, app, model), so a backup restores into any database migrated to the same code;
the desk's own rows keep their numbers, since public URLs (/sources/12/) carry them. Times
are kept to the millisecond, as Django's JSON serializer writes them."""

import os
from collections import Counter
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from claims.backups import DESK_MODELS, BackupError, check_name, read_backup


class Command(BaseCommand):
    help = "Back up the whole desk (users, groups, sources, claims, verdicts, flags, history) to FILE."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write: a .json file, or .json.gz / .bz2 / .xz to compress.")

    def handle(self, *args, file, **options):
        target = Path(file)
        try:
            check_name(target)
        except BackupError as error:
            raise CommandError(str(error)) from None
        if not target.parent.is_dir():
            raise CommandError(f"There is no folder {target.parent}.")
        # Written beside the target and renamed into place: a backup cut short never
        # replaces a good one under the same name.
        partial = target.with_name(f".partial-{target.name}")
        try:
            call_command(
                "dumpdata", *DESK_MODELS, natural_foreign=True, natural_primary=True, use_base_manager=True,
                output=str(partial), verbosity=0,
            )
            counts = Counter(record["model"] for record in read_backup(partial))
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        summary = ", ".join(f"{n} {model}" for model, n in sorted(counts.items()) if not model.startswith("claims.historical"))
        history = sum(n for model, n in counts.items() if model.startswith("claims.historical"))
        self.stdout.write(self.style.SUCCESS(f"Backed up to {target}: {summary}; {history} history records."))
