"""A figure group's page: every figure the desk holds for one quantity, across sources,
with the flags raised on the group. Flags on claim pages link here."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.models import Discrepancy, Figure
from claims.pagination import paginate

from .flags import public_flags

GROUP_KEY_MAX_LENGTH = Figure._meta.get_field("group_key").max_length


@dataclass
class FigureRow:
    figure: Figure
    read_as: str
    flagged: bool


def format_number(value: Decimal) -> str:
    """51.000000 -> "51", 3900000000.000000 -> "3,900,000,000", 1.250000 -> "1.25"."""
    return format(value.normalize(), ",f")


def read_as(figure: Figure) -> str:
    """How the desk read the figure: its qualifier and value or interval, in words."""
    value = format_number(figure.value_low)
    if figure.value_high != figure.value_low:
        value = f"{value} to {format_number(figure.value_high)}"
    qualifier = Figure.Qualifier(figure.qualifier)
    if qualifier in (Figure.Qualifier("exactly"), Figure.Qualifier("range")):
        return value
    return f"{qualifier.label} {value}"


def is_plausible_group_key(group_key: str) -> bool:
    # Anything else cannot be a stored key; answer 404 before it reaches the database
    # (PostgreSQL rejects NUL characters outright).
    return 0 < len(group_key) <= GROUP_KEY_MAX_LENGTH and "\x00" not in group_key


# A quantity many stories share ("count:school") gathers a flag per story; the page shows the
# latest and links to the discrepancy index narrowed to the quantity for the rest.
FLAGS_SHOWN = 10


@require_safe
@cached_for_readers
def figure_group(request, group_key):
    if not is_plausible_group_key(group_key):
        raise Http404("No such figure group.")
    figures = Figure.objects.filter(group_key=group_key).select_related("source").order_by(
        "source__published_on", "source_id", "start"
    )
    result = paginate(figures, request.GET.get("page"), settings.CLAIMS_PER_PAGE)
    if not result.page.paginator.count:
        raise Http404("No such figure group.")
    flags = public_flags().filter(kind=Discrepancy.Kind.FIGURE, group_key=group_key).order_by("-detected_at", "-id")
    on_page = [figure.pk for figure in result.page.object_list]
    flagged_ids = set(
        Discrepancy.figures.through.objects.filter(figure_id__in=on_page, discrepancy__in=Discrepancy.objects.public())
        .values_list("figure_id", flat=True)
    )
    rows = [FigureRow(figure, read_as(figure), figure.pk in flagged_ids) for figure in result.page.object_list]
    return render(
        request,
        "claims/figure_group.html",
        {
            "group_key": group_key,
            "first": rows[0].figure,
            "rows": rows,
            "flags": list(flags[:FLAGS_SHOWN]),
            "flags_total": flags.count(),
            "page_obj": result.page,
            "notice": result.notice,
            "query_string": "",
        },
    )
