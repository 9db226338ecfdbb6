"""The API's verdicts: those of verified claims only, on the published scale."""

import pytest

from claims.models import Claim
from tests.factories import make_claim, make_verified_claim

pytestmark = pytest.mark.django_db


def test_verdicts_of_verified_claims_are_listed_with_their_claim(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, rating="unproven")
    make_claim(author=editor, text="A draft with a verdict already written.")
    [item] = client.get("/api/verdicts/").json()["results"]
    assert item["claim"]["slug"] == claim.slug
    assert (item["rating"], item["rating_label"], item["score"]) == ("unproven", "Unproven", None)
    assert client.get(f"/api/verdicts/{claim.verdict.pk}/").json()["summary"] == claim.verdict.summary


def test_verdicts_filter_by_rating(client, editor, reviewer):
    false = make_verified_claim(author=editor, reviewer=reviewer, rating="false", text="A false one.")
    make_verified_claim(author=editor, reviewer=reviewer, rating="true", text="A true one.")
    body = client.get("/api/verdicts/", {"rating": "false"}).json()
    assert [item["id"] for item in body["results"]] == [false.verdict.pk]


def test_a_claim_sent_back_takes_its_verdict_off_the_api(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer)
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.SENT_BACK)
    assert client.get(f"/api/verdicts/{claim.verdict.pk}/").status_code == 404
    assert client.get("/api/verdicts/").json()["count"] == 0


@pytest.mark.parametrize("n", [1, 10])
def test_the_verdict_list_costs_the_same_queries_whatever_the_page_size(client, editor, reviewer, django_assert_num_queries, n):
    for i in range(n):
        make_verified_claim(author=editor, reviewer=reviewer, text=f"Verdict claim {i}.")
    with django_assert_num_queries(2):  # count, page with claims
        client.get("/api/verdicts/", {"page_size": 100})
