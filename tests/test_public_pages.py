"""What readers see: only verified claims, everywhere, in a fixed number of queries."""

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import make_claim, make_source, make_verified_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(editor, reviewer):
    return make_verified_claim(author=editor, reviewer=reviewer, text="Twelve schools opened in the region this year.")


@pytest.fixture
def draft(editor):
    return make_claim(author=editor, text="A draft claim nobody has reviewed.")


def test_a_reader_sees_a_verified_claim_on_the_list(client, published):
    response = client.get("/")
    assert response.status_code == 200
    assert published.text.encode() in response.content
    assert b"Mostly true" in response.content


def test_a_reader_opens_a_verified_claim(client, published):
    response = client.get(published.get_absolute_url())
    assert response.status_code == 200
    assert published.verdict.reasoning.encode() in response.content
    appearance = published.appearances.get()
    assert appearance.quote.encode() in response.content


@pytest.mark.parametrize("status", [Claim.Status.DRAFT, Claim.Status.IN_REVIEW, Claim.Status.SENT_BACK])
def test_drafts_never_leak(client, editor, status):
    source = make_source()
    claim = make_claim(author=editor, source=source, text=f"Unpublished claim in state {status}.")
    Claim.objects.filter(pk=claim.pk).update(status=status)
    assert client.get(claim.get_absolute_url()).status_code == 404
    for url in ["/", f"/?q={claim.text[:20]}", source.get_absolute_url(), reverse("claims:discrepancy_list")]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert claim.text.encode() not in response.content, url


def test_a_reader_account_sees_no_more_than_anonymous(client, reader_account, draft):
    client.force_login(reader_account)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/admin/").status_code == 302  # to the login page: not staff


def test_an_anonymous_reader_cannot_reach_the_admin(client):
    response = client.get("/admin/claims/claim/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_list_filters_by_rating_and_topic(client, editor, reviewer):
    kept = make_verified_claim(author=editor, reviewer=reviewer, text="A false claim about schools.", rating="false")
    make_verified_claim(author=editor, reviewer=reviewer, text="A true claim about schools.", rating="true")
    response = client.get("/", {"rating": "false", "topic": kept.topic.slug})
    assert list(response.context["claims"]) == [kept]


def test_the_search_box_finds_words_in_the_claim(client, editor, reviewer):
    found = make_verified_claim(author=editor, reviewer=reviewer, text="The bridge cost 40 million.")
    make_verified_claim(author=editor, reviewer=reviewer, text="The tunnel opened early.")
    response = client.get("/", {"q": "bridge"})
    assert list(response.context["claims"]) == [found]


@pytest.mark.parametrize(
    "query",
    [
        {"rating": "not-a-rating"},
        {"topic": "no-such-topic"},
        {"source": "abc"},
        {"source": "-4"},
        {"verified_after": "yesterday"},
        {"verified_before": "2019-13-45"},
        {"q": "x" * 5000},
        {"page": "zzz"},
        {"page": "-1"},
        {"page": "99999999999999999999999"},
    ],
)
def test_a_malformed_filter_is_a_message_not_an_error(client, published, query):
    response = client.get("/", query)
    assert response.status_code == 200
    assert response.context["invalid_filter"] or response.context["notice"]
    assert published.text.encode() in response.content  # nothing the reader had is lost


@pytest.mark.parametrize(
    "query_string",
    ["has_discrepancies=maybe", "claimant=%00", "q=%00abc", "%00=1", "rating=%ff%fe", "topic=" + "a" * 3000, "page=1e999"],
)
def test_odd_query_strings_never_cause_a_server_error(client, published, query_string):
    for path in ["/", "/discrepancies/"]:
        assert client.get(f"{path}?{query_string}").status_code == 200, path


def test_a_bad_filter_says_which_filter(client, published):
    response = client.get("/", {"rating": "brilliant"})
    assert b"Some filters were not understood" in response.content
    assert b"Rating" in response.content


def test_the_list_is_newest_first_and_paginated(client, editor, reviewer, settings):
    settings.CLAIMS_PER_PAGE = 2
    claims = [make_verified_claim(author=editor, reviewer=reviewer, text=f"Claim number {i}.") for i in range(3)]
    first = client.get("/")
    assert list(first.context["claims"]) == [claims[2], claims[1]]
    second = client.get("/?" + first.context["page"].older)  # the "Older" link
    assert list(second.context["claims"]) == [claims[0]]


def test_an_empty_desk_says_so(client, db):
    response = client.get("/")
    assert b"No claim has been published yet" in response.content


@pytest.mark.parametrize("n", [1, 12])
def test_the_claim_list_costs_the_same_queries_whatever_its_length(client, editor, reviewer, django_assert_num_queries, n):
    for i in range(n):
        make_verified_claim(author=editor, reviewer=reviewer, text=f"Counted claim {i}.")
    with django_assert_num_queries(5):
        client.get("/")


@pytest.mark.parametrize("n", [1, 6])
def test_a_source_page_costs_the_same_queries_whatever_its_length(client, editor, reviewer, django_assert_num_queries, n):
    source = make_source()
    for i in range(n):
        make_verified_claim(author=editor, reviewer=reviewer, source=source, text=f"Source claim {i}.")
    with django_assert_num_queries(4):
        client.get(source.get_absolute_url())


def test_source_text_is_escaped(client, editor, reviewer):
    source = make_source("An outlet printed <script>alert('x')</script> in 2019 about 12 schools.")
    make_verified_claim(author=editor, reviewer=reviewer, source=source, quote="An outlet printed <script>")
    response = client.get(source.get_absolute_url())
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;alert" in response.content


def test_the_rating_scale_is_published(client, db):
    response = client.get(reverse("claims:how_we_rate"))
    labels = [label for _, label, _, _ in response.context["scale"]]
    assert labels[:5] == ["True", "Mostly true", "Mixed", "Mostly false", "False"]


def test_a_large_archive_lists_claimants_by_link_not_by_drop_down(client, editor, reviewer, settings):
    from claims.models import Claimant
    from claims.views.claims import CLAIMANT_CHOICES_SHOWN

    kept = make_verified_claim(author=editor, reviewer=reviewer, text="A claim by a named minister.")
    Claimant.objects.bulk_create(
        Claimant(name=f"Speaker {i}", slug=f"speaker-{i}") for i in range(CLAIMANT_CHOICES_SHOWN + 1)
    )
    page = client.get("/").content.decode()
    assert "Speaker 7" not in page  # no option per claimant
    link = f"?claimant={kept.claimant.slug}"
    assert link in page
    filtered = client.get("/" + link)
    assert list(filtered.context["claims"]) == [kept]
