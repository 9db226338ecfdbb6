from django.urls import path

from . import views

app_name = "claims"

urlpatterns = [
    path("", views.claim_list, name="claim_list"),
    path("claims/<slug:slug>/", views.claim_detail, name="claim_detail"),
    path("sources/<int:pk>/", views.source_detail, name="source_detail"),
    path("entities/<slug:slug>/", views.entity_detail, name="entity_detail"),
    path("discrepancies/", views.discrepancy_list, name="discrepancy_list"),
    path("how-we-rate/", views.how_we_rate, name="how_we_rate"),
]
