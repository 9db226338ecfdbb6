"""The API's endpoints: thin read-only viewsets over the selectors, filtered by the
same FilterSets as the public pages."""

from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.decorators import api_view, schema
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from claims.caching import cached_for_readers
from claims.filters import ClaimFilter, DiscrepancyFilter, EntityFilter, SourceFilter, VerdictFilter
from claims.models import EntityFormerSlug

from . import schema as _schema  # noqa: F401  (registers the filter extension before any schema is built)
from . import selectors, serializers


class CachedReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    """Answers served from the page cache for anonymous readers, like the pages: machines poll
    the API all day, and every write to the desk drops what was cached at once."""

    @classmethod
    def as_view(cls, actions=None, **initkwargs):
        return cached_for_readers(super().as_view(actions, **initkwargs))


SOURCE_NUMBER = OpenApiParameter(
    "source", {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}, description="Claims that appear in this source."
)


@extend_schema_view(list=extend_schema(parameters=[SOURCE_NUMBER]))
class ClaimViewSet(CachedReadOnlyViewSet):
    """Verified claims with their verdict, every appearance in a source, and the evidence.
    Drafts and claims in review are never listed."""

    filterset_class = ClaimFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"

    def get_queryset(self):
        return selectors.claims_for_detail() if self.action == "retrieve" else selectors.claims_for_list()

    def get_serializer_class(self):
        return serializers.ClaimDetailSerializer if self.action == "retrieve" else serializers.ClaimSerializer


class VerdictViewSet(CachedReadOnlyViewSet):
    """Verdicts of verified claims, on the published rating scale."""

    filterset_class = VerdictFilter
    serializer_class = serializers.VerdictWithClaimSerializer
    lookup_value_regex = r"[0-9]+"

    def get_queryset(self):
        return selectors.verdicts_for_list()


class SourceViewSet(CachedReadOnlyViewSet):
    """The articles the desk has read. The full text is on each source's own endpoint."""

    filterset_class = SourceFilter
    lookup_value_regex = r"[0-9]+"

    def get_queryset(self):
        return selectors.sources_for_detail() if self.action == "retrieve" else selectors.sources_for_list()

    def get_serializer_class(self):
        return serializers.SourceDetailSerializer if self.action == "retrieve" else serializers.SourceSerializer


class EntityViewSet(CachedReadOnlyViewSet):
    """Names, each with the house spelling and how every source spells it."""

    filterset_class = EntityFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"

    def get_queryset(self):
        return selectors.entities_for_detail() if self.action == "retrieve" else selectors.entities_for_list()

    def get_serializer_class(self):
        return serializers.EntityDetailSerializer if self.action == "retrieve" else serializers.EntitySerializer

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        spellings = selectors.spellings_by_entity(entity.pk for entity in page)
        serializer = self.get_serializer(page, many=True, context={**self.get_serializer_context(), "spellings": spellings})
        return self.get_paginated_response(serializer.data)

    def retrieve(self, request, *args, **kwargs):
        try:
            entity = self.get_object()
        except Http404:
            # A merged name's address leads to the entity that took it in, as its page does.
            moved_to = EntityFormerSlug.current_slug(kwargs["slug"])
            if moved_to is None:
                raise
            return HttpResponsePermanentRedirect(reverse("api:entity-detail", args=[moved_to]))
        spellings = selectors.spellings_by_entity([entity.pk])
        serializer = self.get_serializer(entity, context={**self.get_serializer_context(), "spellings": spellings})
        return Response(serializer.data)


class DiscrepancyViewSet(CachedReadOnlyViewSet):
    """Flags readers see (found automatically or confirmed by an editor; never dismissed
    ones), each with the spellings or figures as the sources print them."""

    filterset_class = DiscrepancyFilter
    serializer_class = serializers.DiscrepancySerializer
    lookup_value_regex = r"[0-9]+"

    def get_queryset(self):
        return selectors.flags_for_detail() if self.action == "retrieve" else selectors.flags_for_list()


@api_view(["GET"])
@schema(None)
def not_found(request, *args, **kwargs):
    raise NotFound("There is nothing at this address. The API's resources are listed at /api/.")
