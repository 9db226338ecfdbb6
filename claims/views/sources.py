"""A source's page: its claims, its flags and its text."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.models import Source

from .claims import claim_list_queryset
from .flags import public_flags


@require_safe
@cached_for_readers
def source_detail(request, pk):
    source = get_object_or_404(Source.objects.public(), pk=pk)
    claims = claim_list_queryset().filter(appearances__source=source).distinct()
    flags = public_flags(first_from=source.pk).filter(sources=source)
    return render(request, "claims/source_detail.html", {"source": source, "claims": claims, "flags": flags})
