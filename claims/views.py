"""Public pages. Each starts from a queryset that admits only what readers may see,
and fetches a fixed number of rows whatever the size of the page."""

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.filters import ClaimFilter, DiscrepancyFilter
from claims.models import Appearance, Claim, Discrepancy, Entity, Figure, Mention, Source, Verdict
from claims.pagination import paginate


def public_flags():
    """Flags with everything a page shows about them, in a fixed number of queries."""
    return Discrepancy.objects.public().select_related("entity").prefetch_related(
        Prefetch("figures", queryset=Figure.objects.select_related("source").order_by("source__published_on", "start")),
        Prefetch("mentions", queryset=Mention.objects.select_related("source").order_by("source__published_on", "start")),
    )


def claim_list_queryset():
    return (
        Claim.objects.published()
        .select_related("verdict", "claimant", "topic")
        .prefetch_related(Prefetch("appearances", queryset=Appearance.objects.select_related("source")))
        .order_by("-verified_at", "-id")
    )


@require_safe
def claim_list(request):
    filterset = ClaimFilter(request.GET or None, queryset=claim_list_queryset())
    invalid = filterset.is_bound and not filterset.is_valid()
    queryset = claim_list_queryset() if invalid else filterset.qs
    result = paginate(queryset, request.GET.get("page"), settings.CLAIMS_PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "claims/claim_list.html",
        {
            "filter": filterset,
            "invalid_filter": invalid,
            "page_obj": result.page,
            "claims": result.page.object_list,
            "notice": result.notice,
            "query_string": query.urlencode(),
            "filtered": bool(query),
        },
    )


@require_safe
def claim_detail(request, slug):
    claim = get_object_or_404(
        Claim.objects.published()
        .select_related("verdict", "claimant", "topic")
        .prefetch_related(
            Prefetch("appearances", queryset=Appearance.objects.select_related("source")),
            "evidence",
            "corrections",
            "entities",
            Prefetch("discrepancies", queryset=public_flags()),
        ),
        slug=slug,
    )
    return render(request, "claims/claim_detail.html", {"claim": claim, "verdict": claim.verdict})


@require_safe
def source_detail(request, pk):
    source = get_object_or_404(Source.objects.public(), pk=pk)
    claims = claim_list_queryset().filter(appearances__source=source).distinct()
    flags = public_flags().filter(sources=source)
    return render(request, "claims/source_detail.html", {"source": source, "claims": claims, "flags": flags})


@require_safe
def entity_detail(request, slug):
    entity = get_object_or_404(Entity.objects.prefetch_related("aliases"), slug=slug)
    spellings = (
        Mention.objects.filter(entity=entity)
        .values("text", "source_id", "source__publisher", "source__headline", "source__published_on")
        .distinct()
        .order_by("source__published_on", "source_id", "text")
    )
    claims = claim_list_queryset().filter(entities=entity)
    flags = public_flags().filter(entity=entity)
    return render(
        request,
        "claims/entity_detail.html",
        {"entity": entity, "spellings": spellings, "claims": claims, "flags": flags},
    )


@require_safe
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


@require_safe
def how_we_rate(request):
    scale = [(rating, rating.label, rating.description, rating.score) for rating in Verdict.Rating]
    return render(request, "claims/how_we_rate.html", {"scale": scale})
