from django.urls import path, register_converter

from claims.caching import cached_for_readers

from .feeds import CorrectionsFeed, NewlyVerifiedClaimsFeed
from .views import claims, corrections, entities, figures, flags, pages, search, sources

app_name = "claims"


class GroupKeyConverter:
    """Figure group keys hold ':' and spaces ("count:project"), sometimes '/': any non-empty
    text, so that building a link to a group can never fail (the view 404s on what is not stored)."""

    regex = r"[\s\S]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(GroupKeyConverter, "group_key")

urlpatterns = [
    path("", claims.claim_list, name="claim_list"),
    path("claims/<slug:slug>/", claims.claim_detail, name="claim_detail"),
    path("sources/<int:pk>/", sources.source_detail, name="source_detail"),
    path("entities/<slug:slug>/", entities.entity_detail, name="entity_detail"),
    path("discrepancies/", flags.discrepancy_list, name="discrepancy_list"),
    path("how-we-rate/", pages.how_we_rate, name="how_we_rate"),
    path("method/", pages.method, name="method"),
    path("corrections/", corrections.correction_list, name="correction_list"),
    path("search/", search.search, name="search"),
    path("figures/<group_key:group_key>/", figures.figure_group, name="figure_group"),
    # Aggregators poll feeds all day: served from the page cache like the pages.
    path("feeds/claims/", cached_for_readers(NewlyVerifiedClaimsFeed()), name="feed_claims"),
    path("feeds/corrections/", cached_for_readers(CorrectionsFeed()), name="feed_corrections"),
]
