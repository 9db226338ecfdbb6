"""Bringing sources in: pasted text, uploaded files and URLs, all through one door.

An import is one transaction: the source, its revision and its analysis are
written together or not at all. Unchanged text changes nothing; changed text is
a new revision, re-analysed, with the old text kept for the record.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from claims.detection.articles import Article
from claims.ingest import IngestError
from claims.ingest.decoding import decode_bytes, normalise_text
from claims.ingest.fetch import fetch
from claims.ingest.html import extract_article, looks_like_html
from claims.models import Source, SourceRevision
from claims.models.sources import text_hash

from .detection import analyse_source


# A source imported with no outlet named is filed under this, and matched under it again.
UNKNOWN_PUBLISHER = "Unknown publisher"


@dataclass
class SourceInput:
    text: str
    publisher: str = ""
    headline: str = ""
    url: str = ""
    author: str = ""
    published_on: date | None = None
    language: str = "en"
    raw_snapshot: str = ""
    retrieved_at: datetime | None = None

    @classmethod
    def from_article(cls, article: Article, **given) -> "SourceInput":
        """An article file's text and header; what the caller gives (when not empty) wins."""
        header = {
            "publisher": article.publisher,
            "headline": article.headline,
            "url": article.url,
            "author": article.author,
            "published_on": article.published,
            "language": article.language or "en",
        }
        return cls(text=article.text, **header | {name: value for name, value in given.items() if value})


@dataclass
class ImportResult:
    source: Source
    outcome: str  # "created", "revised" or "unchanged"
    notes: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        verb = {"created": "Imported", "revised": "Updated (new revision)", "unchanged": "Unchanged"}[self.outcome]
        return f"{verb}: {self.source}"


def input_from_upload(data: bytes, *, filename: str, **meta) -> SourceInput:
    """A .txt or .html upload; HTML is reduced to its article text, the page kept as the snapshot."""
    text = decode_bytes(data, max_bytes=settings.IMPORT_MAX_BYTES)
    if filename.lower().endswith((".html", ".htm")) or looks_like_html(text):
        article = extract_article(text)
        return _merge(SourceInput(text=article.text, raw_snapshot=text), article, meta)
    return SourceInput(text=text, **meta)


def input_from_url(url: str, **meta) -> SourceInput:
    page = fetch(
        url,
        timeout=settings.IMPORT_TIMEOUT_SECONDS,
        max_bytes=settings.IMPORT_MAX_BYTES,
        allow_private=settings.IMPORT_ALLOW_PRIVATE_ADDRESSES,
    )
    body = decode_bytes(page.body, declared_charset=page.charset, max_bytes=settings.IMPORT_MAX_BYTES)
    meta.setdefault("url", url)
    if page.content_type == "text/plain":
        return SourceInput(text=body, retrieved_at=page.retrieved_at, **meta)
    article = extract_article(body, url=page.url)
    return _merge(SourceInput(text=article.text, raw_snapshot=body, retrieved_at=page.retrieved_at), article, meta)


def _merge(base: SourceInput, article, meta: dict) -> SourceInput:
    """What the editor typed wins over what the page says about itself."""
    base.headline = meta.get("headline") or article.headline
    base.author = meta.get("author") or article.author
    base.publisher = meta.get("publisher") or article.publisher
    base.published_on = meta.get("published_on") or article.published
    base.url = meta.get("url", "")
    base.language = meta.get("language") or "en"
    return base


@transaction.atomic
def import_source(data: SourceInput, *, existing: Source | None = None) -> ImportResult:
    """Create, revise or leave alone. `existing` is a source an editor is editing in the
    admin: its fields already hold the form's values, so only text and date changes matter."""
    text = normalise_text(data.text or "")
    if not text:
        raise IngestError("There is no text to import.")
    now = timezone.now()
    if existing is not None:
        return _save_edit(existing, data, text, now)
    source = _find_existing(data, text)
    if source is None:
        source = Source(text=text)
        _apply(source, data, now)
        source.publisher = source.publisher or UNKNOWN_PUBLISHER
        source.save()
        _record_revision(source, now)
        analyse_source(source)
        return ImportResult(source, "created")
    if source.content_hash == text_hash(text):
        if data.retrieved_at:
            Source.objects.filter(pk=source.pk).update(retrieved_at=data.retrieved_at)
        return ImportResult(source, "unchanged")
    refuse_duplicate(source, text)
    source.text = text
    _apply(source, data, now)
    source.save()
    _record_revision(source, now)
    analyse_source(source)
    return ImportResult(source, "revised")


def _save_edit(source: Source, data: SourceInput, text: str, now: datetime) -> ImportResult:
    stored = Source.objects.get(pk=source.pk)
    refuse_duplicate(source, text)
    source.text = text
    if data.raw_snapshot:
        source.raw_snapshot, source.raw_hash = data.raw_snapshot, text_hash(data.raw_snapshot)
    text_changed = stored.content_hash != text_hash(text)
    source.save()
    if text_changed:
        _record_revision(source, now)
    # Relative dates ("last year") are read against the publication date, so it re-analyses too.
    if text_changed or stored.published_on != source.published_on:
        analyse_source(source)
    return ImportResult(source, "revised" if text_changed else "unchanged")


def refuse_duplicate(source: Source, text: str) -> None:
    """A revision may not turn one source into a copy of another from the same outlet."""
    twin = (
        Source.objects.filter(publisher=source.publisher, content_hash=text_hash(normalise_text(text)))
        .exclude(pk=source.pk)
        .first()
    )
    if twin is not None:
        raise IngestError(f"This text is already on the desk as “{twin}” (source {twin.pk}); nothing was changed.")


def _find_existing(data: SourceInput, text: str) -> Source | None:
    if data.url:
        found = Source.objects.filter(url=data.url).first()
        if found:
            return found
    return Source.objects.filter(publisher=data.publisher or UNKNOWN_PUBLISHER, content_hash=text_hash(text)).first()


def _apply(source: Source, data: SourceInput, now: datetime) -> None:
    for name in ("publisher", "headline", "url", "author", "published_on", "language", "raw_snapshot"):
        value = getattr(data, name)
        if value:
            setattr(source, name, value)
    if data.raw_snapshot:
        source.raw_hash = text_hash(data.raw_snapshot)
    source.retrieved_at = data.retrieved_at or source.retrieved_at or now


def _record_revision(source: Source, seen_at: datetime) -> None:
    SourceRevision.objects.get_or_create(
        source=source, content_hash=source.content_hash, defaults={"text": source.text, "seen_at": seen_at}
    )
