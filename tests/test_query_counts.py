"""Every public page costs the same number of queries whatever it shows: a page with ten
times the claims, flags, spellings or corrections, or a page deep in the archive, asks the
database exactly as often as a small one. Measured, not hard-coded: a small desk, then a
bigger one, and the two counts must match (and stay small)."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.models import Correction, EvidenceLink, Figure
from claims.pagination import cursor_for
from tests.factories import make_name_flag, make_source, make_verified_claim

pytestmark = pytest.mark.django_db

# Generous, so a new feature's query or two passes, but a query per row never does.
MOST_QUERIES_A_PAGE_MAY_COST = 12


def queries_for(client, url: str) -> int:
    client.get(url)  # first contact loads what every later request has cached (content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def assert_fixed_cost(client, url, grow, *, url_after=None):
    small = queries_for(client, url)
    grow()
    large = queries_for(client, url_after() if url_after else url)
    assert small == large, f"{url}: {small} queries with a little data, {large} with more"
    assert large <= MOST_QUERIES_A_PAGE_MAY_COST


def verified(editor, reviewer, n, **overrides):
    return [make_verified_claim(author=editor, reviewer=reviewer, text=f"Counted claim {overrides.get('tag', '')}{i}.",
                                **{k: v for k, v in overrides.items() if k != "tag"}) for i in range(n)]


def test_the_claim_list_costs_the_same_whatever_the_page_size(client, editor, reviewer, settings):
    verified(editor, reviewer, 12)
    settings.CLAIMS_PER_PAGE = 2
    small = queries_for(client, "/")
    settings.CLAIMS_PER_PAGE = 12
    assert queries_for(client, "/") == small


def test_a_deep_page_of_the_claim_list_costs_what_the_first_costs(client, editor, reviewer, settings):
    settings.CLAIMS_PER_PAGE = 2
    claims = verified(editor, reviewer, 9)
    deep = f"/?before={cursor_for(claims[2])}"
    assert queries_for(client, deep) == queries_for(client, "/")
    newer = f"/?after={cursor_for(claims[2])}"
    assert queries_for(client, newer) == queries_for(client, "/")


def test_a_filtered_list_costs_the_same_whatever_it_finds(client, editor, reviewer):
    verified(editor, reviewer, 1, rating="false")
    assert_fixed_cost(client, "/?rating=false&has_discrepancies=false",
                      lambda: verified(editor, reviewer, 8, rating="false", tag="more "))


def test_a_claim_page_costs_the_same_whatever_it_carries(client, editor, reviewer):
    claim = verified(editor, reviewer, 1)[0]

    def add(n, start=0):
        for i in range(start, start + n):
            source = make_source(f"Outlet {i} said 12 new schools opened in Almaty this year, the ministry said.")
            claim.appearances.create(source=source, quote=source.text[:30], start=0, end=30)
            EvidenceLink.objects.create(claim=claim, title=f"Report {i}", url=f"https://example.org/{i}")
            make_name_flag(claims=[claim], spellings=(f"Name{i} Tokayev", f"Name{i} Toqaev"))
            Correction.objects.create(claim=claim, made_by=editor, reason=f"Fix {i}", previous_rating="true",
                                      new_rating="mostly_true", previous_summary="Before.")

    add(1)  # one of everything, so no prefetch is skipped for want of rows
    assert_fixed_cost(client, claim.get_absolute_url(), lambda: add(4, start=1))


def test_an_entity_page_costs_the_same_whatever_it_holds(client, editor, reviewer):
    flag = make_name_flag()
    entity = flag.entity
    entity.claims.add(*verified(editor, reviewer, 1))

    def grow():
        entity.claims.add(*verified(editor, reviewer, 6, tag="entity "))
        make_name_flag(spellings=("Nursultan Nazarbayev", "Nursultan Nazarbaev")).mentions.update(entity=entity)

    assert_fixed_cost(client, entity.get_absolute_url(), grow)


def test_a_source_page_costs_the_same_whatever_it_carries(client, editor, reviewer):
    source = make_source()
    verified(editor, reviewer, 1, source=source)
    assert_fixed_cost(client, source.get_absolute_url(), lambda: verified(editor, reviewer, 6, source=source, tag="src "))


def test_the_discrepancy_index_costs_the_same_whatever_it_lists(client, editor, reviewer):
    claim = verified(editor, reviewer, 1)[0]
    make_name_flag(claims=[claim])
    assert_fixed_cost(
        client, reverse("claims:discrepancy_list"),
        lambda: [make_name_flag(claims=[claim], spellings=(f"Aigerim{i} Omarov", f"Aigerim{i} Omaruly")) for i in range(6)],
    )


def test_the_corrections_log_costs_the_same_whatever_it_lists(client, editor, reviewer):
    claims = verified(editor, reviewer, 3)

    def correct(claim, i):
        Correction.objects.create(claim=claim, made_by=editor, reason=f"Reason {i}", previous_rating="true",
                                  new_rating="false", previous_summary="Before.", made_at=timezone.now())

    correct(claims[0], 0)
    assert_fixed_cost(client, reverse("claims:correction_list"),
                      lambda: [correct(claim, i) for i, claim in enumerate(claims * 3)])


def test_a_figure_group_costs_the_same_whatever_it_holds(client, editor, reviewer):
    # Two outlets disagree from the start, so the group already has a flag to show.
    make_source("The council said 12 new schools had opened in Almaty this year.", published_on=date(2019, 9, 1))
    make_source("The mayor said 14 new schools had opened in Almaty this year.", published_on=date(2019, 9, 1))
    figure = Figure.objects.order_by("id").first()
    assert figure is not None, "detection found no figure in the sample text"
    url = reverse("claims:figure_group", args=[figure.group_key])

    def grow():
        for n in (15, 19, 23):
            make_source(f"An official said {n} new schools had opened in Almaty this year.", published_on=date(2019, 9, 1))

    assert_fixed_cost(client, url, grow)


@pytest.mark.parametrize("name", ["feed_claims", "feed_corrections"])
def test_the_feeds_cost_the_same_whatever_they_list(client, editor, reviewer, name):
    claims = verified(editor, reviewer, 1)

    def grow():
        more = verified(editor, reviewer, 5, tag="feed ")
        for claim in claims + more:
            Correction.objects.create(claim=claim, made_by=editor, reason="Reason", previous_rating="true",
                                      new_rating="false", previous_summary="Before.")

    assert_fixed_cost(client, reverse(f"claims:{name}"), grow)


def test_a_busy_name_shows_its_latest_claims_and_says_how_many_more(client, editor, reviewer, settings):
    # A name in the news every day carries thousands of claims: the page must not carry them all.
    settings.CLAIMS_PER_PAGE = 2
    entity = make_name_flag().entity
    claims = verified(editor, reviewer, 3, tag="busy ")
    entity.claims.add(*claims)
    response = client.get(entity.get_absolute_url())
    assert list(response.context["claims"]) == claims[:0:-1]  # the two newest, newest first
    assert b"The 2 most recent of 3 claims." in response.content
