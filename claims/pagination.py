"""Pagination that never fails on a reader's URL: a bad page number or cursor is a message, not an error.

Two kinds. `paginate` counts pages (the discrepancy index, which stays small). `paginate_claims`
serves the claim list, which grows to hundreds of thousands of rows: in the public order
(newest verified first) it seeks with a cursor, `?before=` / `?after=` the (verified_at, id)
of the row at the page's edge, so page 3,000 costs what page 1 costs, through the
(status, verified_at, id) index, with no OFFSET scan. Search results, ranked by relevance,
keep page numbers, bounded so no reader can ask the database to skip a whole archive.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.paginator import Page, Paginator
from django.db.models import Q


@dataclass
class PageResult:
    page: Page
    notice: str = ""


def paginate(queryset, page_param: str | None, per_page: int) -> PageResult:
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    notice = ""
    try:
        number = int(page_param) if page_param not in (None, "") else 1
    except (TypeError, ValueError):
        number, notice = 1, f"“{page_param[:40]}” is not a page number; showing the first page."
    if number < 1:
        number, notice = 1, "Pages start at 1; showing the first page."
    elif number > paginator.num_pages:
        notice = f"There are only {paginator.num_pages} page(s); showing the last one."
        number = paginator.num_pages
    return PageResult(paginator.page(number), notice)


# --- the claim list ----------------------------------------------------------------------

PUBLIC_ORDER = ("-verified_at", "-id")
CURSOR_PARAMS = ("before", "after", "page")
# Ranked search results: past this many pages a reader is better served by a narrower search.
MAX_RANKED_PAGES = 50
_CURSOR = re.compile(r"(\d{1,16})-(\d{1,18})")


@dataclass
class ClaimPage:
    claims: list
    total: int
    notice: str = ""
    # Query-string pieces for the links, e.g. "before=1567296000000000-42"; empty when there is no such page.
    newer: str = ""
    older: str = ""
    first: bool = True
    labels: tuple[str, str] = ("Newer", "Older")


def cursor_for(claim) -> str:
    """The position of a claim in the public order: microseconds since 1970, and its id."""
    micros = int(claim.verified_at.timestamp()) * 1_000_000 + claim.verified_at.microsecond
    return f"{micros}-{claim.pk}"


def parse_cursor(value: str) -> tuple[datetime, int] | None:
    match = _CURSOR.fullmatch(value or "")
    if not match:
        return None
    micros, pk = int(match[1]), int(match[2])
    try:
        at = datetime.fromtimestamp(micros // 1_000_000, tz=UTC).replace(microsecond=micros % 1_000_000)
    except (OverflowError, OSError, ValueError):
        return None
    return at, pk


def paginate_claims(queryset, params, per_page: int) -> ClaimPage:
    """One page of the claim list, in a fixed number of queries (the count and the rows)."""
    if tuple(queryset.query.order_by) != PUBLIC_ORDER:
        return _ranked_page(queryset, params.get("page"), per_page)
    notice = ""
    before, after = params.get("before"), params.get("after")
    page_param = params.get("page")
    if page_param not in (None, "", "1"):
        notice = "Older claims are reached with the “Older” link; showing the newest claims."
    position = None
    if before or after:
        position = parse_cursor(before or after)
        if position is None:
            notice = f"“{(before or after)[:40]}” is not a place in the list; showing the newest claims."
    total = queryset.count()
    if position is None:
        rows = list(queryset[: per_page + 1])
        return ClaimPage(rows[:per_page], total, notice, older=_older(rows, per_page))
    at, pk = position
    if before:
        rows = list(queryset.filter(Q(verified_at__lt=at) | Q(verified_at=at, id__lt=pk), verified_at__lte=at)[: per_page + 1])
        return ClaimPage(
            rows[:per_page], total, notice, newer=f"after={cursor_for(rows[0])}" if rows else "",
            older=_older(rows, per_page), first=False,
        )
    rows = list(
        queryset.filter(Q(verified_at__gt=at) | Q(verified_at=at, id__gt=pk), verified_at__gte=at)
        .order_by("verified_at", "id")[: per_page + 1]
    )
    more_newer = len(rows) > per_page
    rows = rows[:per_page][::-1]
    if not rows:  # nothing newer than the cursor: that is the first page
        rows = list(queryset[: per_page + 1])
        return ClaimPage(rows[:per_page], total, notice, older=_older(rows, per_page))
    return ClaimPage(
        rows, total, notice, newer=f"after={cursor_for(rows[0])}" if more_newer else "",
        older=f"before={cursor_for(rows[-1])}", first=not more_newer,
    )


def _older(rows: list, per_page: int) -> str:
    return f"before={cursor_for(rows[per_page - 1])}" if len(rows) > per_page else ""


def _ranked_page(queryset, page_param: str | None, per_page: int) -> ClaimPage:
    result = paginate(queryset, page_param, per_page)
    page, notice = result.page, result.notice
    if page.number > MAX_RANKED_PAGES:
        page = page.paginator.page(MAX_RANKED_PAGES)
        notice = f"Only the best {MAX_RANKED_PAGES} pages of matches are shown; add words to narrow the search."
    return ClaimPage(
        list(page.object_list), page.paginator.count, notice,
        newer=f"page={page.number - 1}" if page.has_previous() else "",
        older=f"page={page.number + 1}" if page.has_next() and page.number < MAX_RANKED_PAGES else "",
        first=page.number == 1, labels=("Better matches", "More matches"),
    )
