"""Bytes to text, refusing what is not text rather than storing mojibake."""

from charset_normalizer import from_bytes

from . import IngestError

# Control characters other than tab, newline and carriage return betray a binary file.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}


def decode_bytes(data: bytes, *, declared_charset: str | None = None, max_bytes: int) -> str:
    if not data.strip():
        raise IngestError("The file is empty.")
    if len(data) > max_bytes:
        raise IngestError(f"The file is {len(data):,} bytes; the desk takes at most {max_bytes:,}.")
    if b"\x00" in data[:8192]:
        raise IngestError("This looks like a binary file, not text. Upload a .txt or .html file.")
    text = _decode(data, declared_charset)
    sample = text[:8192]
    if sum(ch in _CONTROL for ch in sample) > max(3, len(sample) // 200):
        raise IngestError("This looks like a binary file, not text. Upload a .txt or .html file.")
    return normalise_text(text)


def _decode(data: bytes, declared_charset: str | None) -> str:
    for charset in filter(None, [declared_charset, "utf-8"]):
        try:
            return data.decode(charset).removeprefix("\ufeff")
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(data).best()
    if best is None:
        raise IngestError(
            "The text's encoding could not be recognised. Save it as UTF-8 and upload it again."
        )
    return str(best)


def normalise_text(text: str) -> str:
    """One newline convention and no trailing white space, so hashes compare like with like."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()
