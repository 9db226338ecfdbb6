"""The API is served from the page cache for anonymous readers, and never stale after a change."""

import pytest

from claims.services.review import claim_send_back
from tests.factories import make_verified_claim

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_a_repeated_api_request_costs_no_query(client, editor, reviewer, django_assert_num_queries):
    make_verified_claim(author=editor, reviewer=reviewer, text="The bridge cost 40 million.")
    first = client.get("/api/claims/")
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = client.get("/api/claims/")
    assert again.content == first.content


def test_a_claim_withdrawn_from_readers_leaves_the_cached_api_at_once(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="The tunnel opened early.")
    assert claim.slug.encode() in client.get("/api/claims/").content
    claim.status = "in_review"  # as if sent back to review; the service bumps the content version
    claim.save()
    claim_send_back(claim=claim, reviewer=reviewer, note="Recheck the opening date.")
    assert claim.slug.encode() not in client.get("/api/claims/").content

