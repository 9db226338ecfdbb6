"""Mounted under /bench/ only when BENCH_FLOOR_VIEW is on (see factcheck/urls.py)."""

from django.urls import path

from .views import floor

urlpatterns = [path("floor/", floor, name="bench_floor")]
