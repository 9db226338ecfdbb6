"""Import sources from files or URLs, many at once, with progress and a summary."""

from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from claims.detection.articles import ArticleFormatError, parse_article
from claims.ingest import IngestError
from claims.ingest.decoding import decode_bytes
from claims.services.imports import SourceInput, import_source, input_from_upload, input_from_url


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be a date like 2019-09-13, not {value!r}.") from None


class Command(BaseCommand):
    help = "Import sources (text or HTML files, or URLs); each is analysed for figures and names."

    def add_arguments(self, parser):
        parser.add_argument("locations", nargs="+", metavar="PATH|URL")
        parser.add_argument("--publisher", default="", help="The outlet, when the file does not say.")
        parser.add_argument("--published", type=parse_date, help="Publication date, YYYY-MM-DD.")
        parser.add_argument("--url", default="", help="The article's address (one location only).")
        parser.add_argument("--headline", default="")

    def handle(self, *args, locations, publisher, published, url, headline, **options):
        if url and len(locations) > 1:
            raise CommandError("--url names one article; give one location with it.")
        meta = {"publisher": publisher, "published_on": published, "headline": headline}
        counts = {"created": 0, "revised": 0, "unchanged": 0, "failed": 0}
        progress = tqdm(locations, unit="source", disable=len(locations) < 2, file=self.stderr._out)
        for location in progress:
            progress.set_postfix_str(Path(location).name[:30])
            try:
                result = import_source(self.read(location, url=url, **meta))
            except (IngestError, ArticleFormatError, OSError) as error:
                counts["failed"] += 1
                self.stderr.write(self.style.ERROR(f"{location}: {error}"))
                continue
            counts[result.outcome] += 1
            progress.write(f"{location}: {result.message}")
        summary = ", ".join(f"{n} {outcome}" for outcome, n in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Done: {summary}."))
        if counts["failed"] and counts["failed"] == len(locations):
            raise CommandError("Nothing was imported.")

    def read(self, location: str, *, url: str, **meta) -> SourceInput:
        if location.startswith(("http://", "https://")):
            return input_from_url(location, **{k: v for k, v in meta.items() if v})
        path = Path(location)
        if not path.is_file():
            raise IngestError("No such file.")
        # The same door as an upload in the admin: size, binary and encoding checks alike;
        # the size is checked before a huge file is read into memory.
        size = path.stat().st_size
        if size > settings.IMPORT_MAX_BYTES:
            raise IngestError(f"The file is {size:,} bytes; the desk takes at most {settings.IMPORT_MAX_BYTES:,}.")
        data = path.read_bytes()
        if path.suffix.lower() in (".html", ".htm"):
            return input_from_upload(data, filename=path.name, url=url, **{k: v for k, v in meta.items() if v})
        # Plain text may carry the desk's article header (publisher, date, ...); the flags win.
        article = parse_article(decode_bytes(data, max_bytes=settings.IMPORT_MAX_BYTES), name=str(path))
        return SourceInput.from_article(article, url=url, **meta)
