"""Restore a backup written by backup_desk, all or nothing (see backup_desk for the pair)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.backups import BackupError, desk_is_empty, read_backup, wipe_database


class Command(BaseCommand):
    help = "Restore the whole desk from a backup_desk FILE into an empty (freshly migrated) database."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--replace", action="store_true",
            help="Wipe everything in this database first (users included), then restore.",
        )

    def handle(self, *args, file, replace, **options):
        try:
            records = read_backup(file)
        except BackupError as error:
            raise CommandError(str(error)) from None
        if not replace and not desk_is_empty():
            raise CommandError(
                "This database already holds a desk; restoring over it would mix two desks. "
                "Restore into a freshly migrated database, or pass --replace to wipe this one first."
            )
        # One transaction: a backup that fails to load half-way leaves the database as it was.
        with transaction.atomic():
            if replace:
                wipe_database()
            call_command("loaddata", file, verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Restored {len(records)} records from {file}."))
