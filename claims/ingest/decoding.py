"""Bytes to text, refusing what is not text rather than storing mojibake."""

import codecs

from charset_normalizer import from_bytes

from . import IngestError

# Control characters other than tab, newline and carriage return betray a binary file.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}

# Longest first: a UTF-32 little-endian mark begins with the UTF-16 one.
_BYTE_ORDER_MARKS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
BINARY_MESSAGE = "This looks like a binary file, not text. Upload a .txt or .html file."
MIXED_MESSAGE = (
    "Part of this file is UTF-8 and part is in another encoding, so some letters would come out wrong. "
    "Save it as UTF-8 throughout and upload it again."
)


def decode_bytes(data: bytes, *, declared_charset: str | None = None, max_bytes: int) -> str:
    if not data.strip():
        raise IngestError("The file is empty.")
    if len(data) > max_bytes:
        raise IngestError(f"The file is {len(data):,} bytes; the desk takes at most {max_bytes:,}.")
    marked = _decode_marked(data)
    if marked is None:
        # UTF-16 and UTF-32 are full of NUL bytes; without their mark, NULs mean binary.
        if b"\x00" in data:
            raise IngestError(BINARY_MESSAGE)
        text = _decode(data, declared_charset)
    else:
        text = marked
    sample = text[:8192]
    # Anywhere in the text, not just the sample: PostgreSQL refuses NUL in text columns.
    if "\x00" in text or sum(ch in _CONTROL for ch in sample) > max(3, len(sample) // 200):
        raise IngestError(BINARY_MESSAGE)
    text = normalise_text(text)
    if not text:
        raise IngestError("The file is empty.")
    return text


def _decode_marked(data: bytes) -> str | None:
    """Text that starts with a byte-order mark, decoded as the mark says (or refused)."""
    for mark, charset in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(charset).removeprefix("\ufeff")
            except UnicodeDecodeError:
                raise IngestError(
                    f"The file starts with a {charset.upper()} byte-order mark but is not {charset.upper()} text. "
                    "Save it as UTF-8 and upload it again."
                ) from None
    return None


def _mixes_utf8_with_another_encoding(data: bytes) -> bool:
    """Some lines are UTF-8 with letters beyond ASCII, others are not UTF-8 at all: a file
    pasted together from two sources. (A whole file in one 8-bit encoding almost never has
    a line that happens to be valid UTF-8 with several such letters.)"""
    utf8_letters, foreign_lines = 0, 0
    for line in data.splitlines():
        try:
            utf8_letters += sum(1 for ch in line.decode("utf-8") if ord(ch) > 127)
        except UnicodeDecodeError:
            foreign_lines += 1
    return foreign_lines > 0 and utf8_letters >= 3


def _decode(data: bytes, declared_charset: str | None) -> str:
    for charset in filter(None, [declared_charset, "utf-8"]):
        try:
            return data.decode(charset).removeprefix("\ufeff")
        except (LookupError, UnicodeDecodeError):
            continue
    if _mixes_utf8_with_another_encoding(data):
        raise IngestError(MIXED_MESSAGE)
    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise IngestError(
            "The text's encoding could not be recognised. Save it as UTF-8 and upload it again."
        )
    # Western 8-bit encodings often tie (é is é in all of them, à is not); the web's most
    # common one wins a tie, so latin-1 and Windows-1252 text come out right.
    for match in results:
        if match.encoding == "cp1252" and match.chaos <= best.chaos:
            return str(match)
    return str(best)


def normalise_text(text: str) -> str:
    """One newline convention and no trailing white space, so hashes compare like with like."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()
