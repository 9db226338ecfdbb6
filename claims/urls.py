from django.urls import path

from .views import claims, entities, flags, pages, sources

app_name = "claims"

urlpatterns = [
    path("", claims.claim_list, name="claim_list"),
    path("claims/<slug:slug>/", claims.claim_detail, name="claim_detail"),
    path("sources/<int:pk>/", sources.source_detail, name="source_detail"),
    path("entities/<slug:slug>/", entities.entity_detail, name="entity_detail"),
    path("discrepancies/", flags.discrepancy_list, name="discrepancy_list"),
    path("how-we-rate/", pages.how_we_rate, name="how_we_rate"),
]
