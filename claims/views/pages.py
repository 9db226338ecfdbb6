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


@require_safe
@cached_for_readers
def method(request):
    scored = [(rating.label, rating.score) for rating in Verdict.Rating if rating.score is not None]
    return render(request, "claims/method.html", {"scored": scored, "unscored": Verdict.Rating.UNPROVEN.label})
