"""The discrepancy index, and the one way every page loads flags."""

from django.conf import settings
from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.filters import DiscrepancyFilter
from claims.models import Discrepancy, Entity, Figure, Mention
from claims.pagination import paginate

# A flag on a popular name holds the spellings of hundreds of sources: a page shows the first
# few items of each flag and says how many there are, so its size does not grow with the archive.
FLAG_ITEMS_SHOWN = 8


def public_flags(*, first_from=None):
    """Flags with everything a page shows about them, in a fixed number of queries: the first
    FLAG_ITEMS_SHOWN figures or spellings of each as `first_figures` and `first_mentions`
    (those of the source `first_from` first, then in order of publication), and how many each
    holds in all (`items_total`)."""
    return (
        Discrepancy.objects.public()
        .select_related("entity")
        .with_items_total()
        .prefetch_related(Prefetch("figures", queryset=_first_items(Figure, first_from), to_attr="first_figures"),
                          Prefetch("mentions", queryset=_first_items(Mention, first_from), to_attr="first_mentions"))
    )


def _first_items(model, first_from):
    order = ["source__published_on", "start", "id"]
    if first_from is not None:
        order.insert(0, Case(When(source_id=first_from, then=Value(0)), default=Value(1), output_field=IntegerField()))
    return model.objects.select_related("source").order_by(*order)[:FLAG_ITEMS_SHOWN]


@require_safe
@cached_for_readers
def discrepancy_list(request):
    filterset = DiscrepancyFilter(request.GET or None, queryset=public_flags().order_by("-detected_at", "-id"))
    invalid = filterset.is_bound and not filterset.is_valid()
    queryset = public_flags().order_by("-detected_at", "-id") if invalid else filterset.qs
    result = paginate(queryset, request.GET.get("page"), settings.CLAIMS_PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    narrowed = filterset.form.cleaned_data if not invalid and filterset.is_bound else {}
    entity = Entity.objects.filter(slug=narrowed["entity"]).first() if narrowed.get("entity") else None
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
            "narrowed_to_entity": entity,
            "narrowed_to_group": narrowed.get("group") or "",
        },
    )
