"""Source text with spans highlighted, built from escaped pieces so no source can inject markup."""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css_class: str
    title: str


def highlight(text: str, spans: list[Span]) -> SafeString:
    """Wrap each span in <mark>; overlapping spans keep the first (earliest, then longest)."""
    pieces: list[SafeString] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < cursor or span.end > len(text):
            continue
        pieces.append(format_html("{}", text[cursor : span.start]))
        pieces.append(
            format_html('<mark class="{}" title="{}">{}</mark>', span.css_class, span.title, text[span.start : span.end])
        )
        cursor = span.end
    pieces.append(format_html("{}", text[cursor:]))
    return format_html('<div class="source-text">{}</div>', mark_safe("".join(pieces)))


def legend(items: list[tuple[str, str]]) -> SafeString:
    return format_html_join(" ", '<mark class="{}">{}</mark>', items)
