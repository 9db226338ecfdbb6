"""Every flag the desk holds, for scripts and newsroom tools."""

import json

from django.core.management.base import BaseCommand

from claims.models import Discrepancy, Figure, Mention
from django.db.models import Prefetch


def flag_as_dict(flag: Discrepancy) -> dict:
    items = [
        {"text": item.text, "source": str(item.source), "source_id": item.source_id, "offsets": [item.start, item.end]}
        for item in [*flag.figures.all(), *flag.mentions.all()]
    ]
    if not flag.is_active and flag.evidence:
        # A retired flag whose source was re-analysed: what it held when it was last found.
        items = [{key: item[key] for key in ("text", "source", "source_id", "offsets")} for item in flag.evidence]
    return {
        "kind": flag.kind,
        "label": flag.label,
        "reason": flag.reason,
        "status": flag.status,
        "note": flag.note,
        "active": flag.is_active,
        "items": items,
    }


class Command(BaseCommand):
    help = "List every flag: figures that disagree and names spelled differently."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--all", action="store_true", help="Include flags the latest analysis no longer finds.")

    def handle(self, *args, format, all, **options):
        flags = Discrepancy.objects.order_by("kind", "id").prefetch_related(
            Prefetch("figures", queryset=Figure.objects.select_related("source").order_by("source_id", "start")),
            Prefetch("mentions", queryset=Mention.objects.select_related("source").order_by("source_id", "start")),
        )
        if not all:
            flags = flags.filter(is_active=True)
        rows = [flag_as_dict(flag) for flag in flags]
        if format == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            self.stdout.write("No flags.")
        for row in rows:
            self.stdout.write(f"[{row['status']}] {row['kind']} · {row['label']}: {row['reason']}")
            for item in row["items"]:
                self.stdout.write(f"    “{item['text']}” in {item['source']} at {item['offsets'][0]}–{item['offsets'][1]}")
