"""Pages about the desk itself."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.models import Verdict


@require_safe
@cached_for_readers
def how_we_rate(request):
    scale = [(rating, rating.label, rating.description, rating.score) for rating in Verdict.Rating]
    return render(request, "claims/how_we_rate.html", {"scale": scale})
