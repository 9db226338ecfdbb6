"""Pagination that never fails on a reader's URL: a bad page number is a message, not an error."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator


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
