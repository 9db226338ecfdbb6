"""The API's claims: what a verified claim carries, the same filters as the list page,
a stable order, and a fixed number of queries whatever the page size."""

import datetime

import pytest
from django.utils import timezone

from claims.models import Claim, Claimant, Correction, EvidenceLink, Source, Topic
from tests.factories import make_claim, make_name_flag, make_source, make_verified_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="Fifteen joint projects were completed.", rating="mixed")
    EvidenceLink.objects.create(claim=claim, title="The ministry's list", url="https://example.org/list")
    return claim


def test_the_list_gives_each_claim_with_its_verdict_appearances_and_evidence(client, published):
    body = client.get("/api/claims/").json()
    assert body["count"] == 1
    [item] = body["results"]
    appearance = published.appearances.get()
    assert item["slug"] == published.slug
    assert item["text"] == published.text
    assert item["api_url"] == f"http://testserver/api/claims/{published.slug}/"
    assert item["page_url"] == f"http://testserver{published.get_absolute_url()}"
    assert item["verdict"]["rating"] == "mixed"
    assert item["verdict"]["rating_label"] == "Mixed"
    assert item["verdict"]["score"] == 3
    assert item["verdict"]["summary"] == published.verdict.summary
    assert item["appearances"] == [
        {
            "source": {
                "id": appearance.source_id,
                "api_url": f"http://testserver/api/sources/{appearance.source_id}/",
                "publisher": appearance.source.publisher,
                "headline": appearance.source.headline,
                "published_on": None,
                "url": "",
            },
            "quote": appearance.quote,
            "start": appearance.start,
            "end": appearance.end,
        }
    ]
    assert item["evidence"] == [{"title": "The ministry's list", "url": "https://example.org/list"}]


def test_a_claim_detail_adds_its_names_public_flags_and_corrections(client, published, editor):
    open_flag = make_name_flag(claims=[published])
    make_name_flag(spellings=("Nazarbayev", "Nazarbaev"), claims=[published], status="dismissed")
    published.entities.add(open_flag.entity)
    Correction.objects.create(
        claim=published, made_by=editor, reason="The count was of signed projects.",
        previous_rating="true", new_rating="mixed", previous_summary="All done.",
    )
    body = client.get(f"/api/claims/{published.slug}/").json()
    assert body["verdict"]["reasoning"] == published.verdict.reasoning
    assert [entity["slug"] for entity in body["entities"]] == [open_flag.entity.slug]
    assert [flag["id"] for flag in body["discrepancies"]] == [open_flag.pk]  # the dismissed one is not shown
    assert body["corrections"][0]["reason"] == "The count was of signed projects."
    assert body["corrections"][0]["previous_rating"] == "true"


def test_an_unknown_claim_is_a_json_404(client, db):
    response = client.get("/api/claims/no-such-claim/")
    assert response.status_code == 404
    assert response.json()["detail"]


@pytest.mark.parametrize("status", [Claim.Status.DRAFT, Claim.Status.IN_REVIEW, Claim.Status.SENT_BACK])
def test_drafts_never_leak_through_the_api(client, editor, reviewer, status):
    source = make_source()
    hidden = make_claim(author=editor, source=source, text=f"An unpublished claim, {status}.")
    Claim.objects.filter(pk=hidden.pk).update(status=status)
    flag = make_name_flag(claims=[hidden])
    hidden.entities.add(flag.entity)
    make_verified_claim(author=editor, reviewer=reviewer, source=source, text="A published claim in the same source.")

    assert client.get(f"/api/claims/{hidden.slug}/").status_code == 404
    assert client.get(f"/api/verdicts/{hidden.verdict.pk}/").status_code == 404
    for url in [
        "/api/claims/",
        f"/api/claims/?q={hidden.text[:20]}",
        f"/api/claims/?source={source.pk}",
        "/api/claims/?has_discrepancies=true",
        "/api/verdicts/",
        f"/api/sources/{source.pk}/",
        f"/api/entities/{flag.entity.slug}/",
        "/api/discrepancies/",
        f"/api/discrepancies/{flag.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert hidden.text not in response.content.decode(), url
        assert hidden.slug not in response.content.decode(), url


@pytest.mark.parametrize(
    "query",
    [
        {"rating": "false"},
        {"rating": ["false", "true"]},
        {"topic": "health"},
        {"claimant": "a-minister"},
        {"q": "bridge"},
        {"has_discrepancies": "true"},
        {"has_discrepancies": "false"},
        {"publisher": "the weekly lens"},
        {"verified_after": "2019-09-12"},
        {"verified_before": "2019-09-11"},
    ],
)
def test_the_api_filters_exactly_as_the_list_page_does(client, editor, reviewer, query):
    lens = make_source(publisher="The Weekly Lens")
    make_verified_claim(author=editor, reviewer=reviewer, text="The bridge cost 40 million.", rating="false", source=lens)
    make_verified_claim(
        author=editor, reviewer=reviewer, text="A clinic opened.", rating="true",
        topic=Topic.objects.create(name="Health", slug="health"),
        claimant=Claimant.objects.create(name="A Doctor", slug="a-doctor"),
    )
    flagged = make_verified_claim(author=editor, reviewer=reviewer, text="Toqaev met Xi.", rating="mixed")
    make_name_flag(claims=[flagged])
    Claim.objects.filter(pk=flagged.pk).update(verified_at=timezone.make_aware(datetime.datetime(2019, 9, 10)))

    page = [claim.slug for claim in client.get("/", query).context["claims"]]
    api = [item["slug"] for item in client.get("/api/claims/", query).json()["results"]]
    assert api == page
    assert 0 < len(api) < 3  # each query keeps some claims and drops others


def test_claims_are_newest_verified_first_and_ties_keep_one_order(client, editor, reviewer):
    claims = [make_verified_claim(author=editor, reviewer=reviewer, text=f"Claim {i} at one moment.") for i in range(4)]
    same_moment = timezone.now()
    Claim.objects.filter(pk__in=[claim.pk for claim in claims]).update(verified_at=same_moment)
    first = client.get("/api/claims/", {"page_size": 2}).json()
    second = client.get(first["next"]).json()
    slugs = [item["slug"] for item in first["results"] + second["results"]]
    assert slugs == [claim.slug for claim in reversed(claims)]
    assert second["next"] is None and second["previous"]


@pytest.mark.parametrize("n", [1, 15])
def test_the_claim_list_costs_the_same_queries_whatever_the_page_size(client, editor, reviewer, django_assert_num_queries, n):
    source = make_source()
    for i in range(n):
        claim = make_verified_claim(author=editor, reviewer=reviewer, source=source, text=f"Counted claim {i}.")
        EvidenceLink.objects.create(claim=claim, title=f"Evidence {i}", url="https://example.org/")
    # count, the page of claims with verdict/claimant/topic, appearances with sources, evidence
    with django_assert_num_queries(4):
        response = client.get("/api/claims/", {"page_size": 100})
    assert len(response.json()["results"]) == n


@pytest.mark.parametrize("n", [1, 6])
def test_a_claim_detail_costs_the_same_queries_whatever_it_carries(client, published, editor, django_assert_num_queries, n):
    for i in range(n):
        source = Source.objects.create(publisher=f"Reprint {i}", text=f"Reprint {i}: {published.text}")
        published.appearances.create(source=source, quote=published.text, start=len(f"Reprint {i}: "), end=len(source.text))
        published.entities.add(make_name_flag(claims=[published]).entity)
    # claim with verdict/claimant/topic, appearances, evidence, entities, corrections, flags
    with django_assert_num_queries(6):
        body = client.get(f"/api/claims/{published.slug}/").json()
    assert len(body["appearances"]) == n + 1
