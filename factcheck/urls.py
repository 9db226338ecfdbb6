from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from claims.views.health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/", include("claims.api.urls")),
    path("", include("claims.urls")),
]

if settings.BENCH_FLOOR_VIEW:
    # The framework floor for `make bench`: a constant answer through the same middleware.
    urlpatterns.insert(0, path("bench/", include("bench.urls")))
