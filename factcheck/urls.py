from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from claims.sitemaps import SITEMAPS
from claims.views.health import healthz
from claims.views.robots import robots_txt

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/", include("claims.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("", include("claims.urls")),
]

if settings.BENCH_FLOOR_VIEW:
    # The framework floor for `make bench`: a constant answer through the same middleware.
    urlpatterns.insert(0, path("bench/", include("bench.urls")))
