"""The benchmark's archive is one the desk could have built: every quote, name and figure
points at its exact place in its source's text, drafts stay off the public pages, and the
framework-floor view exists only when the benchmark turns it on."""

import pytest
from django.test import Client
from django.urls import clear_url_caches, reverse

from bench.generate import generate
from claims.models import Appearance, Claim, Discrepancy, Figure, Mention, Verdict

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    return generate(sources=20, claims=300, seed=7, progress=lambda message: None)


def test_it_writes_what_it_was_asked_for(archive):
    assert archive["sources"] == 20 and archive["claims"] == 300
    assert Claim.objects.count() == 300
    assert Mention.objects.exists() and Figure.objects.exists() and Discrepancy.objects.exists()


def test_most_claims_are_verified_and_some_are_drafts(archive):
    verified = Claim.objects.published().count()
    assert 0.75 * 300 < verified < 300
    assert Claim.objects.filter(status=Claim.Status.DRAFT).exists()
    assert not Claim.objects.published().filter(verified_at=None).exists()
    assert Verdict.objects.filter(claim__status=Claim.Status.VERIFIED).count() == verified


def test_every_quote_name_and_figure_points_at_its_text(archive):
    for appearance in Appearance.objects.select_related("source"):
        assert appearance.source.text[appearance.start : appearance.end] == appearance.quote
    for item in [*Mention.objects.select_related("source"), *Figure.objects.select_related("source")]:
        assert item.source.text[item.start : item.end] == item.text


def test_its_drafts_never_reach_a_public_page(archive, client):
    drafts = list(Claim.objects.exclude(status=Claim.Status.VERIFIED)[:5])
    listing = client.get("/").content.decode()
    for draft in drafts:
        assert client.get(draft.get_absolute_url()).status_code == 404
        assert draft.get_absolute_url() not in listing


def test_the_floor_view_is_not_served_unless_the_benchmark_asks(settings, db):
    assert Client().get("/bench/floor/").status_code == 404
    settings.BENCH_FLOOR_VIEW = True
    try:
        import importlib

        import factcheck.urls

        importlib.reload(factcheck.urls)
        clear_url_caches()
        assert Client().get(reverse("bench_floor")).content == b"ok"
    finally:
        settings.BENCH_FLOOR_VIEW = False
        importlib.reload(factcheck.urls)
        clear_url_caches()
    assert Client().get("/bench/floor/").status_code == 404
