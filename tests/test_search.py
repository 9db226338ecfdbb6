"""Search over claims, sources and names: full-text and ranked on PostgreSQL, word by word on
SQLite, the match highlighted and escaped on both, drafts never found, a fixed query count."""

import pytest
from django.db import connection
from django.urls import reverse

from claims import search
from claims.models import Claim, Claimant, Entity, Source
from tests.factories import make_claim, make_name_flag, make_source, make_verified_claim

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search is PostgreSQL's")
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="the fallback runs on SQLite only")

SEARCH = reverse("claims:search")


@pytest.fixture
def desk(editor, reviewer):
    bridge = make_verified_claim(author=editor, reviewer=reviewer, text="The new bridge over the river cost 40 million.")
    tunnel = make_verified_claim(author=editor, reviewer=reviewer, text="The tunnel under the pass opened two years early.")
    return {"bridge": bridge, "tunnel": tunnel}


# --- the helpers, no database --------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("bridge", ["bridge"]),
        ("  bridge   river ", ["bridge", "river"]),
        ('"joint projects"', ["joint", "projects"]),
        ("-tunnel bridge", ["tunnel", "bridge"]),
        ("Bridge bridge BRIDGE", ["Bridge"]),
        ("“Toqaev”", ["Toqaev"]),
        ('"" -', []),
        ("a " * 30, ["a"]),
        (" ".join(f"w{i}" for i in range(30)), [f"w{i}" for i in range(search.MAX_TERMS)]),
    ],
)
def test_a_query_is_read_into_words(query, terms):
    assert search.query_terms(query) == terms


def test_a_query_is_trimmed_to_one_line_and_a_search_box_length():
    assert search.normalize_query("  two\nlines\there ") == "two lines here"
    assert len(search.normalize_query("x" * 5000)) == search.MAX_QUERY_LENGTH


def test_marked_text_is_escaped_before_it_is_marked():
    marked = search.mark_terms("<script>alert('bridge')</script> & the Bridge", ["bridge"])
    html = search.marked_html(marked)
    assert html == (
        "&lt;script&gt;alert(&#x27;<mark>bridge</mark>&#x27;)&lt;/script&gt; &amp; the <mark>Bridge</mark>"
    )


def test_a_stray_marker_in_the_text_never_becomes_a_tag():
    assert search.marked_html(f"a {search.MARK_START}b and c{search.MARK_END}{search.MARK_END} d") == (
        "a <mark>b and c</mark> d"
    )
    assert search.marked_html(f"{search.MARK_START}<b>") == "&lt;b&gt;"


def test_a_snippet_is_cut_around_the_first_match_at_spaces():
    text = " ".join(f"word{i}" for i in range(200)) + " the bridge opened " + " ".join(f"tail{i}" for i in range(200))
    piece = search.snippet(text, ["bridge"], width=120)
    assert piece.startswith("… word") and piece.endswith(" …")
    assert f"{search.MARK_START}bridge{search.MARK_END}" in piece
    assert len(piece) <= 130


# --- claims ----------------------------------------------------------------------------------


def test_the_claim_search_finds_words_in_the_claim_text(desk):
    found = search.search_claims(Claim.objects.published(), "bridge")
    assert list(found) == [desk["bridge"]]


def test_the_claim_search_finds_words_in_the_verdict_and_the_claimant(editor, reviewer, desk):
    by_summary = desk["tunnel"]
    by_summary.verdict.summary = "Engineers confirmed the opening date."
    by_summary.verdict.save()
    speaker = Claimant.objects.create(name="Aigerim Nurpeisova", slug="aigerim-nurpeisova")
    by_claimant = make_verified_claim(author=editor, reviewer=reviewer, text="Wheat exports doubled.", claimant=speaker)
    assert list(search.search_claims(Claim.objects.published(), "engineers")) == [by_summary]
    assert list(search.search_claims(Claim.objects.published(), "Nurpeisova")) == [by_claimant]


def test_a_claim_that_says_the_words_ranks_above_one_whose_reasoning_mentions_them(editor, reviewer):
    aside = make_verified_claim(author=editor, reviewer=reviewer, text="Rail freight grew last year.")
    aside.verdict.reasoning = "Unrelated to the harbour dredging figures."
    aside.verdict.save()
    direct = make_verified_claim(author=editor, reviewer=reviewer, text="The harbour dredging cost 9 million.")
    assert list(search.search_claims(Claim.objects.published(), "harbour dredging")) == [direct, aside]


def test_a_claim_found_by_its_reasoning_shows_the_passage_that_matched(client, desk):
    verdict = desk["tunnel"].verdict
    verdict.reasoning = "We asked the contractor, who confirmed the drilling finished in March."
    verdict.save()
    response = client.get(SEARCH, {"q": "contractor"})
    assert response.context["results"].claims == [desk["tunnel"]]
    assert b"From our reasoning:" in response.content
    assert b"<mark>contractor</mark>" in response.content
    # Where the claim itself matches, its text is marked and no passage is added.
    assert b"From our reasoning:" not in client.get(SEARCH, {"q": "tunnel"}).content


def test_an_empty_query_filters_nothing(desk):
    assert set(search.search_claims(Claim.objects.published(), "   ")) == set(desk.values())


@on_postgresql
def test_postgresql_search_stems_words_and_reads_web_search_syntax(desk, editor, reviewer):
    opened = list(search.search_claims(Claim.objects.published(), "opening"))
    assert opened == [desk["tunnel"]]  # "opening" and "opened" share a stem
    both = make_verified_claim(author=editor, reviewer=reviewer, text="A bridge and a tunnel were planned together.")
    assert set(search.search_claims(Claim.objects.published(), "bridge -tunnel")) == {desk["bridge"]}
    assert set(search.search_claims(Claim.objects.published(), "bridge or tunnel")) == {*desk.values(), both}
    assert list(search.search_claims(Claim.objects.published(), '"river cost"')) == [desk["bridge"]]


@on_sqlite
def test_sqlite_search_needs_every_word_somewhere(desk):
    assert list(search.search_claims(Claim.objects.published(), "bridge river")) == [desk["bridge"]]
    assert list(search.search_claims(Claim.objects.published(), "bridge tunnel")) == []


@on_postgresql
def test_postgresql_answers_each_search_from_its_gin_index(desk):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")  # a tiny table would be scanned whatever the indexes
    try:
        plans = {
            "claims_claim_search": search.search_claims(Claim.objects.published(), "bridge").explain(),
            "claims_verdict_search": search.search_claims(Claim.objects.published(), "bridge").explain(),
            "claims_source_search": search.search_sources(Source.objects.public(), "bridge").explain(),
            "claims_entity_search": search.search_entities(Entity.objects.all(), "Tokayev").explain(),
            "claims_mention_search": search.search_entities(Entity.objects.all(), "Tokayev").explain(),
        }
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET enable_seqscan = on")
    for index, plan in plans.items():
        assert f"Bitmap Index Scan on {index}" in plan, plan


# --- the claim list's q filter --------------------------------------------------------------


def test_the_claim_list_search_highlights_the_match(client, desk):
    response = client.get("/", {"q": "bridge"})
    assert list(response.context["claims"]) == [desk["bridge"]]
    assert b"The new <mark>bridge</mark> over the river" in response.content


def test_the_claim_list_without_a_search_marks_nothing(client, desk):
    assert b"<mark>" not in client.get("/").content


# --- the search page --------------------------------------------------------------------------


def test_the_search_page_finds_claims_sources_and_names(client, editor, reviewer):
    source = make_source(
        "Officials said the Irtysh bridge would open in May. President Kassym-Jomart Tokayev attended.",
        publisher="Steppe Herald", headline="Irtysh bridge to open in May",
    )
    claim = make_verified_claim(author=editor, reviewer=reviewer, source=source, text="The Irtysh bridge opens in May.")
    response = client.get(SEARCH, {"q": "Irtysh"})
    assert response.status_code == 200
    results = response.context["results"]
    assert results.claims == [claim]
    assert results.sources == [source]
    assert b"The <mark>Irtysh</mark> bridge opens in May." in response.content
    assert b"<mark>Irtysh</mark> bridge to open in May" in response.content


def test_a_name_is_found_by_a_spelling_a_source_used(client):
    flag = make_name_flag(spellings=("Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev"))
    response = client.get(SEARCH, {"q": "Toqaev"})
    assert response.context["results"].entities == [flag.entity]
    assert flag.entity.get_absolute_url().encode() in response.content
    assert b"spelled \xe2\x80\x9cQasym-Zhomart <mark>Toqaev</mark>\xe2\x80\x9d in a source" in response.content


def test_source_text_in_results_is_escaped(client):
    # ts_headline keeps tags in a whole field (the headline) and drops them from fragments.
    make_source(
        "An outlet printed <script>alert('x')</script> beside the harbour figures.",
        publisher="Harbour Times", headline="<script>alert('x')</script> harbour figures",
    )
    response = client.get(SEARCH, {"q": "harbour"})
    assert response.context["results"].sources
    assert b"<script>alert" not in response.content
    assert b"&lt;script&gt;alert" in response.content
    assert b"<mark>harbour</mark>" in response.content


@pytest.mark.parametrize("status", [Claim.Status.DRAFT, Claim.Status.IN_REVIEW, Claim.Status.SENT_BACK])
def test_drafts_are_never_found(client, editor, status):
    draft = make_claim(author=editor, text=f"The secret reservoir holds water ({status}).")
    Claim.objects.filter(pk=draft.pk).update(status=status)
    for url in [SEARCH, "/"]:
        response = client.get(url, {"q": "reservoir"})
        assert b"secret reservoir" not in response.content, url


def test_a_search_that_finds_nothing_says_so(client, desk):
    response = client.get(SEARCH, {"q": "zeppelin"})
    assert response.status_code == 200
    assert "Nothing matches “zeppelin”".encode() in response.content


def test_the_search_page_without_a_query_shows_the_form_only(client, desk):
    response = client.get(SEARCH)
    assert response.status_code == 200
    assert response.context["results"] is None
    assert b'role="search"' in response.content


@pytest.mark.parametrize("query", ["x" * 5000, "\x00bridge", "%ff%fe", "' OR 1=1 --", "(((", "&amp;<b>", "!!! :* |"])
def test_any_query_is_an_answer_never_a_server_error(client, desk, query):
    response = client.get(SEARCH, {"q": query})
    assert response.status_code == 200
    assert b"<b>" not in response.content.split(b"<main")[1]


def test_a_long_query_is_a_message(client, desk):
    response = client.get(SEARCH, {"q": "x" * 500})
    assert response.context["results"] is None
    assert b'aria-invalid="true"' in response.content


def test_more_claims_than_shown_link_to_the_claim_list(client, editor, reviewer, monkeypatch):
    monkeypatch.setattr("claims.views.search.RESULTS_PER_SECTION", 2)
    for i in range(3):
        make_verified_claim(author=editor, reviewer=reviewer, text=f"Orchard number {i} was planted.")
    response = client.get(SEARCH, {"q": "orchard"})
    assert len(response.context["results"].claims) == 2
    assert response.context["results"].more_claims
    assert b'href="/?q=orchard"' in response.content


@pytest.mark.parametrize("n", [1, 6])
def test_the_search_page_costs_the_same_queries_whatever_it_finds(client, editor, reviewer, django_assert_num_queries, n):
    for i in range(n):
        source = make_source(f"The ferry number {i} carried 12 cars. President Kassym-Jomart Ferrytown spoke.")
        make_verified_claim(author=editor, reviewer=reviewer, source=source, text=f"Ferry {i} carried twelve cars.")
    # Claims and their appearances, sources, names: four queries.
    with django_assert_num_queries(4):
        response = client.get(SEARCH, {"q": "ferry"})
    assert len(response.context["results"].claims) == n
