"""Claim pages: the list readers filter and search, and the page of one claim."""

from django import forms
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


# Past this many claimants a drop-down stops helping readers and weighs on every list page;
# readers then reach a claimant through the "Claimed by" link on each claim.
CLAIMANT_CHOICES_SHOWN = 60


def compact_claimant_field(form) -> None:
    """Swap the claimant drop-down for a plain field once an archive has many claimants.
    One query either way: the options are read once, at most one more than are shown."""
    field = form.fields["claimant"]
    options = list(field.queryset.values_list("slug", "name")[: CLAIMANT_CHOICES_SHOWN + 1])
    if len(options) > CLAIMANT_CHOICES_SHOWN:
        field.widget = forms.TextInput(attrs={"placeholder": "from a “Claimed by” link"})
    else:
        field.widget.choices = [("", field.empty_label), *options]


@require_safe
@cached_for_readers
def claim_list(request):
    filterset = ClaimFilter(request.GET or None, queryset=claim_list_queryset())
    compact_claimant_field(filterset.form)
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
