"""The claim list pages with a cursor, not a page number: page 3,000 costs what page 1 costs."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.models import Claim
from claims.pagination import cursor_for, parse_cursor
from tests.factories import make_claim, make_source, make_verified_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_claims(editor, reviewer, settings):
    settings.CLAIMS_PER_PAGE = 2
    source = make_source()
    claims = [make_verified_claim(author=editor, reviewer=reviewer, source=source, text=f"Paged claim {i}.") for i in range(5)]
    return claims[::-1]  # newest first, as the list shows them


def walk(client, start="/", direction="older"):
    """Follow one kind of link to the end, as a reader clicking it would."""
    pages, url = [], start
    while True:
        response = client.get(url)
        assert response.status_code == 200
        page = response.context["page"]
        pages.append([claim.text for claim in page.claims])
        link = getattr(page, direction)
        if not link:
            return pages, page
        query = response.context["query_string"]
        url = f"/?{query}&{link}" if query else f"/?{link}"


def test_older_links_walk_the_whole_list_once_newest_first(client, five_claims):
    pages, _ = walk(client)
    assert pages == [["Paged claim 4.", "Paged claim 3."], ["Paged claim 2.", "Paged claim 1."], ["Paged claim 0."]]


def test_newer_links_walk_back_to_the_first_page(client, five_claims):
    last_page = f"/?before={cursor_for(five_claims[3])}"
    pages, first = walk(client, last_page, direction="newer")
    assert pages == [["Paged claim 0."], ["Paged claim 2.", "Paged claim 1."], ["Paged claim 4.", "Paged claim 3."]]
    assert first.first


def test_claims_verified_in_the_same_instant_are_neither_skipped_nor_repeated(client, five_claims):
    same_moment = timezone.now() - timedelta(days=1)
    Claim.objects.update(verified_at=same_moment)
    pages, _ = walk(client)
    seen = [text for page in pages for text in page]
    assert sorted(seen) == sorted(claim.text for claim in five_claims)
    assert len(pages) == 3


def test_a_cursor_keeps_the_filters(client, editor, reviewer, settings):
    settings.CLAIMS_PER_PAGE = 1
    source = make_source()
    false_ones = [make_verified_claim(author=editor, reviewer=reviewer, source=source, text=f"False {i}.", rating="false") for i in range(3)]
    make_verified_claim(author=editor, reviewer=reviewer, source=source, text="True one.", rating="true")
    pages, _ = walk(client, "/?rating=false")
    assert [text for page in pages for text in page] == [claim.text for claim in false_ones[::-1]]


def test_drafts_never_appear_on_any_page(client, editor, five_claims):
    make_claim(author=editor, text="A draft between the pages.")
    pages, _ = walk(client)
    assert "A draft between the pages." not in [text for page in pages for text in page]


@pytest.mark.parametrize(
    "query",
    [
        "before=abc", "after=abc", "before=1-", "before=-1-2", "before=12", "before=99999999999999999-1",
        "after=" + "1" * 3000, "before=1-2-3", "after=%ff%fe", "page=2", "page=zzz",
    ],
)
def test_a_malformed_cursor_is_a_message_not_an_error(client, five_claims, query):
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert response.context["notice"]
    assert b"Paged claim 4." in response.content  # the newest claims, so nothing is lost


@pytest.mark.parametrize(
    "query", ["before=%00", "before=1567296000000000-1%00", "before=9999999999999999-1", "before=1-1&after=zzz"]
)
def test_odd_cursors_never_cause_a_server_error(client, five_claims, query):
    assert client.get(f"/?{query}").status_code == 200


def test_a_cursor_before_every_claim_is_an_empty_page_not_an_error(client, five_claims):
    response = client.get("/?before=1000000-1")
    assert response.status_code == 200
    assert list(response.context["claims"]) == []
    assert b"There are no older claims here." in response.content
    assert b"No claim has been published yet" not in response.content


def test_the_cursor_reads_back_what_it_wrote(five_claims):
    claim = five_claims[0]
    assert parse_cursor(cursor_for(claim)) == (claim.verified_at, claim.pk)


def test_a_deep_page_seeks_instead_of_skipping_rows(client, five_claims):
    deep = f"/?before={cursor_for(five_claims[2])}"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(deep)
    assert [claim.text for claim in response.context["claims"]] == ["Paged claim 1.", "Paged claim 0."]
    assert not [q["sql"] for q in queries.captured_queries if "OFFSET" in q["sql"].upper()]


def test_a_search_pages_through_every_match_once(client, editor, reviewer, settings):
    settings.CLAIMS_PER_PAGE = 1
    source = make_source()
    matches = {make_verified_claim(author=editor, reviewer=reviewer, source=source, text=f"The bridge cost {i} million.").text for i in range(3)}
    make_verified_claim(author=editor, reviewer=reviewer, source=source, text="The tunnel opened early.")
    pages, _ = walk(client, "/?q=bridge")
    assert sorted(text for page in pages for text in page) == sorted(matches)
