"""Nothing can be written through the API, by anyone: verifying a claim takes two people
in the back office. Anonymous use is throttled per address."""

import pytest
from django.core.cache import cache

from claims.models import Claim, Discrepancy, Source, Verdict
from tests.factories import make_name_flag, make_verified_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer)
    flag = make_name_flag(claims=[claim])
    return claim, flag


def every_endpoint(claim, flag):
    source = claim.appearances.get().source
    return [
        "/api/",
        "/api/openapi.json",
        "/api/claims/", f"/api/claims/{claim.slug}/",
        "/api/verdicts/", f"/api/verdicts/{claim.verdict.pk}/",
        "/api/sources/", f"/api/sources/{source.pk}/",
        "/api/entities/", f"/api/entities/{flag.entity.slug}/",
        "/api/discrepancies/", f"/api/discrepancies/{flag.pk}/",
    ]


def snapshot():
    return (
        list(Claim.objects.values_list("id", "status", "text", "verified_by")),
        list(Verdict.objects.values_list("id", "rating", "summary")),
        list(Source.objects.values_list("id", "publisher", "text")),
        list(Discrepancy.objects.values_list("id", "status", "note")),
    )


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_every_endpoint_refuses_every_write(client, desk, method):
    before = snapshot()
    for url in every_endpoint(*desk):
        response = getattr(client, method)(url, {"status": "verified", "rating": "true"}, content_type="application/json")
        assert response.status_code in (403, 405), (method, url)
    assert snapshot() == before


@pytest.mark.parametrize("persona", ["editor", "reviewer", "superuser"])
def test_a_logged_in_editor_cannot_write_through_the_api_either(client, desk, request, persona):
    client.force_login(request.getfixturevalue(persona))
    claim, flag = desk
    before = snapshot()
    for url in every_endpoint(claim, flag):
        for method in ("post", "put", "patch", "delete"):
            response = getattr(client, method)(url, {"status": "dismissed"}, content_type="application/json")
            assert response.status_code in (403, 405), (method, url)
    assert snapshot() == before


def test_a_refused_write_says_the_api_is_read_only_and_what_is_allowed(client, desk):
    claim, _ = desk
    response = client.post(f"/api/claims/{claim.slug}/", {}, content_type="application/json")
    assert response.status_code == 405
    assert "read-only" in response.json()["detail"]
    assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}


def test_a_logged_in_editor_sees_no_draft_through_the_api(client, editor):
    from tests.factories import make_claim

    draft = make_claim(author=editor, text="A draft only the back office sees.")
    client.force_login(editor)
    assert client.get(f"/api/claims/{draft.slug}/").status_code == 404


def test_anonymous_use_is_throttled_per_address(client, db, settings):
    settings.API_ANON_RATE = "3/minute"
    cache.clear()
    try:
        answers = [client.get("/api/claims/").status_code for _ in range(4)]
        refused = client.get("/api/sources/")
        another_reader = client.get("/api/claims/", REMOTE_ADDR="203.0.113.9")
    finally:
        cache.clear()
    assert answers == [200, 200, 200, 429]
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "throttled" in refused.json()["detail"].lower()
    assert another_reader.status_code == 200
