"""An article's main text and metadata from a page of HTML, scripts and menus left behind."""

from dataclasses import dataclass
from datetime import date

import trafilatura
from trafilatura.settings import use_config

from . import IngestError
from .decoding import normalise_text

# Extraction must never reach out to the network or take a signal-based timeout
# (it runs inside web workers).
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")


@dataclass(frozen=True)
class ExtractedArticle:
    text: str
    headline: str = ""
    author: str = ""
    published: date | None = None
    publisher: str = ""


def extract_article(html: str, *, url: str | None = None) -> ExtractedArticle:
    text = trafilatura.extract(
        html, url=url, config=_CONFIG, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        raise IngestError("No article text was found on that page.")
    meta = trafilatura.extract_metadata(html, default_url=url)
    published = None
    if meta is not None and meta.date:
        try:
            published = date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    return ExtractedArticle(
        text=normalise_text(text),
        headline=(meta.title or "") if meta else "",
        author=(meta.author or "") if meta else "",
        published=published,
        publisher=(meta.sitename or "") if meta else "",
    )


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)
