"""The discrepancy index, and the one way every page loads flags."""

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.filters import DiscrepancyFilter
from claims.models import Discrepancy, Figure, Mention
from claims.pagination import paginate


def public_flags():
    """Flags with everything a page shows about them, in a fixed number of queries."""
    return Discrepancy.objects.public().select_related("entity").prefetch_related(
        Prefetch("figures", queryset=Figure.objects.select_related("source").order_by("source__published_on", "start")),
        Prefetch("mentions", queryset=Mention.objects.select_related("source").order_by("source__published_on", "start")),
    )


@require_safe
@cached_for_readers
def discrepancy_list(request):
    filterset = DiscrepancyFilter(request.GET or None, queryset=public_flags().order_by("-detected_at", "-id"))
    invalid = filterset.is_bound and not filterset.is_valid()
    queryset = public_flags().order_by("-detected_at", "-id") if invalid else filterset.qs
    result = paginate(queryset, request.GET.get("page"), settings.CLAIMS_PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "claims/discrepancy_list.html",
        {
            "filter": filterset,
            "invalid_filter": invalid,
            "page_obj": result.page,
            "flags": result.page.object_list,
            "notice": result.notice,
            "query_string": query.urlencode(),
        },
    )
