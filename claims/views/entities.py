"""A name's page: how each source spells it, its flags and its claims."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.models import Entity, Mention

from .claims import claim_list_queryset
from .flags import public_flags


@require_safe
@cached_for_readers
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
