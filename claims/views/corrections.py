"""The corrections log: every change to a verdict readers had already seen, newest first."""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.models import Claim, Correction
from claims.pagination import paginate


def published_corrections():
    """Corrections readers may see: those on claims that are public now. Starting from
    Claim.objects.published() keeps a correction to a claim taken back out of view."""
    return (
        Correction.objects.filter(claim__in=Claim.objects.published())
        .select_related("claim")
        .order_by("-made_at", "-id")
    )


@require_safe
@cached_for_readers
def correction_list(request):
    result = paginate(published_corrections(), request.GET.get("page"), settings.CLAIMS_PER_PAGE)
    return render(
        request,
        "claims/correction_list.html",
        {"page_obj": result.page, "corrections": result.page.object_list, "notice": result.notice, "query_string": ""},
    )
