"""The search page: claims, sources and names that match a reader's words, the match highlighted."""

from django import forms
from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.models import Entity, Source
from claims.search import MAX_QUERY_LENGTH, search_everything

from .claims import claim_list_queryset

# Enough to choose from; the claim list (?q=) pages through every matching claim.
RESULTS_PER_SECTION = 10


class SearchForm(forms.Form):
    q = forms.CharField(label="Search claims, sources and names", max_length=MAX_QUERY_LENGTH, required=False)


@require_safe
@cached_for_readers
def search(request):
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results = None
    if query:
        results = search_everything(
            query,
            claims=claim_list_queryset(),
            sources=Source.objects.public(),
            entities=Entity.objects.all(),
            per_section=RESULTS_PER_SECTION,
        )
    return render(request, "claims/search.html", {"form": form, "query": query, "results": results})
