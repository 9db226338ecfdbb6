"""The API's flags: only those readers see, each with its spellings or figures exactly
as the sources print them, with offsets, label and status."""

import datetime
import itertools
from decimal import Decimal

import pytest

from claims.models import Discrepancy, Figure, Source
from tests.factories import make_claim, make_name_flag, make_verified_claim

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)


def make_figure_flag(**overrides):
    """Three counts of one quantity from three dates, as the seed articles print them."""
    n = next(_numbers)
    flag = Discrepancy.objects.create(
        key=f"figure:projects:{n}", kind=Discrepancy.Kind.FIGURE, label="different_dates",
        reason="The counts were given on different dates.", group_key="count:joint project", **overrides,
    )
    for text, low, high, qualifier, scope in [
        ("15 joint projects", 15, 15, "exactly", "completed"),
        ("at least 51 joint projects", 51, 51, "at_least", "being implemented"),
    ]:
        sentence = f"Officials said {text} had been counted."
        source = Source.objects.create(publisher=f"Outlet {n} for {text}", text=sentence, published_on=datetime.date(2019, 9, 11))
        figure = Figure.objects.create(
            source=source, text=text, start=sentence.index(text), end=sentence.index(text) + len(text),
            value_low=low, value_high=high, unit="count", noun="joint project", qualifier=qualifier, scope=scope,
            sentence=sentence, quantity_key="count:joint project", group_key="count:joint project",
        )
        flag.figures.add(figure)
        flag.sources.add(source)
    return flag


def test_a_name_flag_gives_each_spelling_where_it_is_printed(client, editor, reviewer):
    published = make_verified_claim(author=editor, reviewer=reviewer)
    flag = make_name_flag(claims=[published], note="Our house spelling is Tokayev.")
    [item] = client.get("/api/discrepancies/").json()["results"]
    assert item["id"] == flag.pk
    assert (item["kind"], item["label"], item["status"]) == ("name", "spelling_across_sources", "open")
    assert item["label_display"] == "Spelling across sources"
    assert item["note"] == "Our house spelling is Tokayev."
    assert item["entity"]["slug"] == flag.entity.slug
    assert item["figures"] == []
    for mention in item["mentions"]:
        source = Source.objects.get(pk=mention["source_id"])
        assert source.text[mention["start"] : mention["end"]] == mention["text"]
    assert {mention["text"] for mention in item["mentions"]} == {"Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev"}
    assert [claim["slug"] for claim in item["claims"]] == [published.slug]


def test_a_figure_flag_gives_each_figure_with_its_value_qualifier_and_scope(client, db):
    flag = make_figure_flag()
    body = client.get(f"/api/discrepancies/{flag.pk}/").json()
    assert body["label"] == "different_dates"
    assert body["entity"] is None
    first, second = body["figures"]
    assert (first["text"], first["value_low"], first["qualifier"], first["scope"]) == ("15 joint projects", "15.000000", "exactly", "completed")
    assert (second["qualifier"], Decimal(second["value_high"])) == ("at_least", Decimal(51))
    for figure in body["figures"]:
        assert Source.objects.get(pk=figure["source_id"]).text[figure["start"] : figure["end"]] == figure["text"]


@pytest.mark.parametrize("hidden", [{"status": "dismissed"}, {"is_active": False}])
def test_dismissed_and_outdated_flags_are_not_published(client, db, hidden):
    shown = make_name_flag(status="confirmed")
    flag = make_name_flag(spellings=("Nazarbayev", "Nazarbaev"), **hidden)
    assert [item["id"] for item in client.get("/api/discrepancies/").json()["results"]] == [shown.pk]
    assert client.get(f"/api/discrepancies/{flag.pk}/").status_code == 404


def test_a_flag_names_only_published_claims(client, editor, reviewer):
    published = make_verified_claim(author=editor, reviewer=reviewer)
    draft = make_claim(author=editor, text="A draft the flag also touches.")
    flag = make_name_flag(claims=[published, draft])
    body = client.get(f"/api/discrepancies/{flag.pk}/").json()
    assert [claim["slug"] for claim in body["claims"]] == [published.slug]


@pytest.mark.parametrize(("query", "expected"), [({"kind": "figure"}, "figure"), ({"kind": "name"}, "name"), ({"status": "confirmed"}, "figure"), ({"label": "spelling_across_sources"}, "name")])
def test_flags_filter_with_the_discrepancy_index_filterset(client, db, query, expected):
    flags = {"name": make_name_flag(), "figure": make_figure_flag(status="confirmed")}
    page = [flag.pk for flag in client.get("/discrepancies/", query).context["flags"]]
    api = [item["id"] for item in client.get("/api/discrepancies/", query).json()["results"]]
    assert api == page == [flags[expected].pk]


def test_flags_are_newest_first(client, db):
    older, newer = make_name_flag(), make_figure_flag()
    assert [item["id"] for item in client.get("/api/discrepancies/").json()["results"]] == [newer.pk, older.pk]


@pytest.mark.parametrize("n", [1, 8])
def test_the_flag_list_costs_the_same_queries_whatever_the_page_size(client, editor, reviewer, django_assert_num_queries, n):
    claim = make_verified_claim(author=editor, reviewer=reviewer)
    for i in range(n):
        make_name_flag(spellings=(f"Name{i} Tokayev", f"Name{i} Toqaev"), claims=[claim])
        make_figure_flag()
    # count, page with entities, mentions with sources, figures with sources, published claims
    with django_assert_num_queries(5):
        body = client.get("/api/discrepancies/", {"page_size": 100}).json()
    assert len(body["results"]) == 2 * n
