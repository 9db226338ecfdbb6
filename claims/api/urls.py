"""/api/: the resources, and the OpenAPI schema that describes them."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "api"

router = DefaultRouter()
# No `.json` suffix routes: every answer is JSON already, and one URL per resource is enough.
router.include_format_suffixes = False
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("verdicts", views.VerdictViewSet, basename="verdict")
router.register("sources", views.SourceViewSet, basename="source")
router.register("entities", views.EntityViewSet, basename="entity")
router.register("discrepancies", views.DiscrepancyViewSet, basename="discrepancy")

urlpatterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    *router.urls,
    # Anything else under /api/ is a JSON 404 too, not the readers' HTML page. Only addresses
    # ending in a slash: /api/claims still gets CommonMiddleware's redirect to /api/claims/.
    re_path(r"^.*/$", views.not_found),
]
