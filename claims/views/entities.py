"""A name's page: how each source spells it, its flags and its claims."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from claims.caching import cached_for_readers
from claims.models import Entity, EntityFormerSlug, Mention

from .claims import claim_list_queryset
from .flags import public_flags

# A name in the news every day is in thousands of sources: the page shows the latest, and says
# how many more there are, so its size does not grow with the archive.
SPELLING_ROWS = 50
# Its flags too: one per source that calls a renamed place by the wrong name, say. The page
# shows the latest and links to the discrepancy index narrowed to the name for the rest.
FLAGS_SHOWN = 10


@require_safe
@cached_for_readers
def entity_detail(request, slug):
    entity = Entity.objects.prefetch_related("aliases").filter(slug=slug).first()
    if entity is None:
        # A name merged into another (by an editor, or joined on import): its old address
        # keeps working, and tells search engines where the page went.
        moved_to = EntityFormerSlug.current_slug(slug)
        if moved_to is None:
            raise Http404("No name has this address.")
        return redirect("claims:entity_detail", slug=moved_to, permanent=True)
    spellings = (
        Mention.objects.filter(entity=entity)
        .values("text", "source_id", "source__publisher", "source__headline", "source__published_on")
        .distinct()
        .order_by("-source__published_on", "-source_id", "text")
    )
    claims = claim_list_queryset().filter(entities=entity)
    flags = public_flags().filter(entity=entity).order_by("-detected_at", "-id")
    return render(
        request,
        "claims/entity_detail.html",
        {
            "entity": entity,
            "spellings": spellings[:SPELLING_ROWS],
            "spellings_total": spellings.count(),
            "claims": claims[: settings.CLAIMS_PER_PAGE],
            "claims_total": claims.count(),
            "flags": list(flags[:FLAGS_SHOWN]),
            "flags_total": flags.count(),
        },
    )
