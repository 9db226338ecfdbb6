"""The API's sources: every article the desk has read, its full text on its own
endpoint, with only the published claims it carries."""

import datetime

import pytest

from claims.models import Source
from tests.factories import make_claim, make_name_flag, make_source, make_verified_claim

pytestmark = pytest.mark.django_db


def test_a_source_lists_its_facts_but_keeps_the_text_for_its_own_endpoint(client, db):
    source = make_source(publisher="Radio Steppe", headline="A state visit", published_on=datetime.date(2019, 9, 11))
    [item] = client.get("/api/sources/").json()["results"]
    assert item["id"] == source.pk
    assert item["publisher"] == "Radio Steppe"
    assert item["published_on"] == "2019-09-11"
    assert item["page_url"] == f"http://testserver{source.get_absolute_url()}"
    assert "text" not in item


def test_a_source_detail_has_its_text_published_claims_and_public_flags(client, editor, reviewer):
    source = make_source()
    published = make_verified_claim(author=editor, reviewer=reviewer, source=source, text="A claim readers may see.")
    # Quoted twice in the same source: still one claim.
    published.appearances.create(source=source, quote=source.text[-20:], start=len(source.text) - 20, end=len(source.text))
    draft = make_claim(author=editor, source=source, text="A draft in the same source.")
    flag = make_name_flag()
    flag.sources.add(source)
    body = client.get(f"/api/sources/{source.pk}/").json()
    assert body["text"] == source.text
    assert [claim["slug"] for claim in body["claims"]] == [published.slug]
    assert draft.slug not in str(body)
    assert [item["id"] for item in body["discrepancies"]] == [flag.pk]


def test_raw_snapshots_are_never_published(client, db):
    source = make_source()
    Source.objects.filter(pk=source.pk).update(raw_snapshot="<html>the page as fetched, with trackers</html>")
    assert "trackers" not in client.get(f"/api/sources/{source.pk}/").content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"publisher": "radio steppe"}, ["second"]),
        ({"published_after": "2019-09-11"}, ["second"]),
        ({"published_before": "2019-09-10"}, ["first"]),
        ({"language": "ru"}, ["second"]),
    ],
)
def test_sources_filter_by_publisher_date_and_language(client, db, query, expected):
    sources = {
        "first": make_source(publisher="The Weekly Lens", published_on=datetime.date(2019, 9, 9)),
        "second": make_source("Президент прибыл в Пекин в среду.", publisher="Radio Steppe", published_on=datetime.date(2019, 9, 12), language="ru"),
    }
    ids = [item["id"] for item in client.get("/api/sources/", query).json()["results"]]
    assert ids == [sources[name].pk for name in expected]


def test_sources_are_newest_first(client, db):
    older = make_source(published_on=datetime.date(2019, 9, 1))
    newer = make_source(published_on=datetime.date(2019, 9, 20))
    assert [item["id"] for item in client.get("/api/sources/").json()["results"]] == [newer.pk, older.pk]


@pytest.mark.parametrize("n", [1, 12])
def test_the_source_list_costs_the_same_queries_whatever_the_page_size(client, db, django_assert_num_queries, n):
    for i in range(n):
        Source.objects.create(publisher=f"Outlet {i}", text=f"Story number {i}.")
    with django_assert_num_queries(2):  # count, page
        client.get("/api/sources/", {"page_size": 100})


@pytest.mark.parametrize("n", [1, 6])
def test_a_source_detail_costs_the_same_queries_whatever_it_carries(client, editor, reviewer, django_assert_num_queries, n):
    source = make_source()
    for i in range(n):
        claim = make_verified_claim(author=editor, reviewer=reviewer, source=source, text=f"Claim {i} in one source.")
        make_name_flag(claims=[claim]).sources.add(source)
    with django_assert_num_queries(3):  # source, claims, flags
        client.get(f"/api/sources/{source.pk}/")
