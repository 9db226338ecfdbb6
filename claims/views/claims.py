"""Claim pages: the list readers filter and search, and the page of one claim."""

from django.conf import settings
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.filters import ClaimFilter
from claims.jsonld import claim_review, script_json
from claims.models import Appearance, Claim
from claims.pagination import CURSOR_PARAMS, paginate_claims
from claims.search import highlight_claims

from .flags import public_flags


def claim_list_queryset():
    return (
        Claim.objects.published()
        .select_related("verdict", "claimant", "topic")
        .prefetch_related(Prefetch("appearances", queryset=Appearance.objects.select_related("source")))
        .order_by("-verified_at", "-id")
    )


@require_safe
@cached_for_readers
def claim_list(request):
    filterset = ClaimFilter(request.GET or None, queryset=claim_list_queryset())
    invalid = filterset.is_bound and not filterset.is_valid()
    queryset = claim_list_queryset() if invalid else filterset.qs
    page = paginate_claims(queryset, request.GET, settings.CLAIMS_PER_PAGE)
    if not invalid and filterset.is_bound and filterset.form.cleaned_data.get("q"):
        highlight_claims(page.claims, filterset.form.cleaned_data["q"])
    query = request.GET.copy()
    for param in CURSOR_PARAMS:
        query.pop(param, None)
    return render(
        request,
        "claims/claim_list.html",
        {
            "filter": filterset,
            "invalid_filter": invalid,
            "page": page,
            "claims": page.claims,
            "notice": page.notice,
            "query_string": query.urlencode(),
            "filtered": bool(query),
        },
    )


@require_safe
@cached_for_readers
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
    review = claim_review(claim, base_url=request.build_absolute_uri("/"))
    return render(
        request, "claims/claim_detail.html", {"claim": claim, "verdict": claim.verdict, "claim_review": script_json(review)}
    )
