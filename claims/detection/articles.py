"""Read an article file: an optional header of `key: value` lines, a `---` line, then the text.

    publisher: The Diplomat
    headline: Tokayev takes his first state visit to Beijing
    url: https://thediplomat.com/2019/09/example/
    author: Catherine Putz
    published: 2019-09-13
    language: en
    ---
    President Kassym-Jomart Tokayev ...

The header is optional. It is read only when the first line that is exactly `---` comes after
lines that all look like `key: value` (or are blank); otherwise the whole file is text, so an
article that happens to contain a `---` rule is never cut in two. Keys are case-insensitive;
unknown keys are ignored. Plain Python: the demo loader, the import command and the evaluation
all use it, with or without Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_ -]*?)\s*:\s*(.*?)\s*$")
_SEPARATOR = re.compile(r"^\s*---\s*$")


class ArticleFormatError(ValueError):
    """The file cannot be read as an article; the message says why and where."""


@dataclass(frozen=True, slots=True)
class Article:
    publisher: str = ""
    headline: str = ""
    url: str = ""
    author: str = ""
    published: date | None = None
    language: str = ""
    text: str = ""


def parse_article(raw: str, *, name: str = "<text>") -> Article:
    """Parse the header format from a string (a pasted source, a decoded upload)."""
    raw = raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = raw.split("\n")
    header: dict[str, str] = {}
    body = raw
    for index, line in enumerate(lines):
        if _SEPARATOR.match(line):
            fields = _read_header(lines[:index])
            if fields is not None:
                header = fields
                body = "\n".join(lines[index + 1 :])
            break
        if line.strip() and not _HEADER_LINE.match(line):
            break
    return Article(
        publisher=header.get("publisher", ""),
        headline=header.get("headline", ""),
        url=header.get("url", ""),
        author=header.get("author", ""),
        published=_parse_date(header.get("published", ""), name),
        language=header.get("language", ""),
        text=body.strip(),
    )


def read_article(path: str | Path) -> Article:
    """Read an article file (UTF-8, with or without a byte-order mark)."""
    path = Path(path)
    data = path.read_bytes()
    if b"\x00" in data:
        raise ArticleFormatError(f"{path}: looks like a binary file, not text")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleFormatError(
            f"{path}: not UTF-8 text (byte {error.start} cannot be decoded); save it as UTF-8"
        ) from None
    return parse_article(raw, name=str(path))


def _read_header(lines: list[str]) -> dict[str, str] | None:
    fields: dict[str, str] = {}
    for line in lines:
        if not line.strip():
            continue
        match = _HEADER_LINE.match(line)
        if match is None:
            return None
        key = match.group(1).strip().lower().replace(" ", "_").replace("-", "_")
        fields[key] = match.group(2)
    return fields


def _parse_date(value: str, name: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise ArticleFormatError(
            f"{name}: published date {value!r} is not an ISO date such as 2019-09-13"
        ) from None
