"""Analyse stored sources again with the current engine: after an upgrade, or to check one source."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.services.reanalysis import rebuild_entity_keys, reanalyse, sources_in_import_order


class Command(BaseCommand):
    help = (
        "Re-run detection over every source (or the ones given), oldest first, after rebuilding each "
        "name's lookup keys. Run it after upgrading the desk; editors' decisions are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("source_ids", nargs="*", type=int, metavar="SOURCE_ID", help="Only these sources.")

    def handle(self, *args, source_ids, **options):
        sources = sources_in_import_order(source_ids or None)
        count = sources.count()
        if source_ids and count != len(set(source_ids)):
            missing = sorted(set(source_ids) - set(sources.values_list("pk", flat=True)))
            raise CommandError(f"No source with id {', '.join(map(str, missing))}; nothing was re-analysed.")
        keys = rebuild_entity_keys()
        self.stdout.write(f"Rebuilt {keys:,} name lookup keys.")
        progress = tqdm(total=count, unit="source", disable=count < 2, file=self.stderr._out)

        def advance(source, summary):
            progress.update()

        total = reanalyse(sources.iterator(chunk_size=200), each=advance)
        progress.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Re-analysed {count:,} sources: {total.figures:,} figures, {total.mentions:,} name mentions, "
                f"{total.new_entities:,} new names, {total.entities_joined:,} joined into others (a source named them as one), "
                f"{total.flags:,} flags recomputed."
            )
        )
