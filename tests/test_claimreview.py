"""Every verified claim page carries schema.org ClaimReview JSON-LD with what Google's fact-check
markup requires and recommends, read here from the rendered page as a crawler reads it."""

import datetime
import json
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from django.utils.text import slugify

from claims.detection.transliteration import fold
from claims.jsonld import BEST_RATING, DESK_NAME, WORST_RATING, names_an_organization
from claims.models import Appearance, Claimant, Correction, Entity, Verdict
from tests.factories import make_source, make_verified_claim

pytestmark = pytest.mark.django_db


class _JsonLdScripts(HTMLParser):
    """The text of every <script type="application/ld+json">, as an HTML parser (a browser,
    a crawler) splits the page: if anything closed the element early, the JSON breaks."""

    def __init__(self):
        super().__init__()
        self.documents, self._inside = [], False

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._inside = True
            self.documents.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.documents[-1] += data


def claim_reviews(response) -> list[dict]:
    parser = _JsonLdScripts()
    parser.feed(response.content.decode())
    return [doc for doc in map(json.loads, parser.documents) if doc.get("@type") == "ClaimReview"]


def the_claim_review(client, claim) -> dict:
    response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    reviews = claim_reviews(response)
    assert len(reviews) == 1
    return reviews[0]


@pytest.fixture
def claim(editor, reviewer):
    earlier = make_source(
        "The ministry said on Monday that 12 new schools had opened in the region this year.",
        publisher="Steppe Herald", headline="Twelve schools open", published_on=datetime.date(2019, 9, 5),
        url="https://steppe-herald.example/schools",
    )
    later = make_source(
        "Officials repeated that 12 new schools had opened in the region this year.",
        publisher="Caspian Ledger", headline="", published_on=datetime.date(2019, 9, 11),
    )
    speaker = Claimant.objects.create(name="Aigerim Nurpeisova", slug="aigerim-nurpeisova", description="Education minister")
    claim = make_verified_claim(
        author=editor, reviewer=reviewer, source=later, quote="12 new schools had opened in the region this year",
        text="Twelve new schools opened in the region this year.", claimant=speaker, rating="mostly_true",
    )
    quote = "12 new schools had opened in the region this year"
    start = earlier.text.index(quote)
    Appearance.objects.create(claim=claim, source=earlier, quote=quote, start=start, end=start + len(quote))
    return claim


def test_a_verified_claim_page_carries_a_complete_claim_review(client, claim):
    review = the_claim_review(client, claim)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"http://testserver{claim.get_absolute_url()}"
    assert review["claimReviewed"] == "Twelve new schools opened in the region this year."
    assert review["datePublished"] == claim.verified_at.date().isoformat()
    assert "dateModified" not in review
    assert review["author"] == {"@type": "Organization", "name": DESK_NAME, "url": "http://testserver/"}
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly true",
        "ratingExplanation": claim.verdict.summary,
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Aigerim Nurpeisova", "description": "Education minister"}
    assert item["datePublished"] == "2019-09-05"  # the earliest appearance, not the first one added


def test_each_source_is_an_appearance_and_the_earliest_is_the_first(client, claim):
    item = the_claim_review(client, claim)["itemReviewed"]
    herald = {
        "@type": "CreativeWork",
        "url": "https://steppe-herald.example/schools",
        "headline": "Twelve schools open",
        "publisher": {"@type": "Organization", "name": "Steppe Herald"},
        "datePublished": "2019-09-05",
    }
    ledger_source = claim.sources.get(publisher="Caspian Ledger")
    ledger = {
        "@type": "CreativeWork",
        # No address of its own: cited by its page on the desk. No headline: none given.
        "url": f"http://testserver{ledger_source.get_absolute_url()}",
        "publisher": {"@type": "Organization", "name": "Caspian Ledger"},
        "datePublished": "2019-09-11",
    }
    assert item["appearance"] == [herald, ledger]
    assert item["firstAppearance"] == herald


@pytest.mark.parametrize(
    ("rating", "value", "label"),
    [("true", 5, "True"), ("mostly_true", 4, "Mostly true"), ("mixed", 3, "Mixed"),
     ("mostly_false", 2, "Mostly false"), ("false", 1, "False")],
)
def test_each_rating_has_its_place_on_the_scale(client, editor, reviewer, rating, value, label):
    claim = make_verified_claim(author=editor, reviewer=reviewer, rating=rating, text=f"A claim rated {rating}.")
    rating_ld = the_claim_review(client, claim)["reviewRating"]
    assert (rating_ld["ratingValue"], rating_ld["alternateName"]) == (value, label)
    assert (rating_ld["bestRating"], rating_ld["worstRating"]) == (BEST_RATING, WORST_RATING) == (5, 1)


def test_an_unproven_claim_has_a_name_and_a_scale_but_no_value(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, rating="unproven", text="A claim nobody can settle.")
    rating_ld = the_claim_review(client, claim)["reviewRating"]
    assert rating_ld["alternateName"] == "Unproven"
    assert "ratingValue" not in rating_ld
    assert (rating_ld["bestRating"], rating_ld["worstRating"]) == (5, 1)


def test_a_corrected_verdict_carries_the_date_it_was_modified(client, claim, editor):
    correction = Correction.objects.create(
        claim=claim, made_by=editor, reason="A later count.", previous_rating="true", new_rating="mostly_true",
        previous_summary="Old.",
    )
    Correction.objects.filter(pk=correction.pk).update(made_at=timezone.make_aware(datetime.datetime(2030, 1, 2, 12)))
    assert the_claim_review(client, claim)["dateModified"] == "2030-01-02"


@pytest.mark.parametrize(
    "text",
    [
        "The minister wrote </script><script>alert(1)</script> in a post.",
        "A comment <!-- <script> opens here, and & < > too.",
        "Line separators \u2028 and \u2029 stay data.",
    ],
)
def test_nothing_in_a_claim_can_break_out_of_the_json_ld(client, editor, reviewer, text):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text=text, slug="breakout")
    Verdict.objects.filter(claim=claim).update(summary=text)
    response = client.get(claim.get_absolute_url())
    head = response.content.decode().split("</head>")[0]
    assert "<script>alert" not in head and "<!--" not in head
    review = claim_reviews(response)[0]
    assert review["claimReviewed"] == text
    assert review["reviewRating"]["ratingExplanation"] == text


def test_json_ld_is_data_the_content_security_policy_need_not_cover(client, claim):
    # A nonce would differ on every response and defeat the ETag; browsers never run
    # application/ld+json, so script-src has nothing to allow. The page has no other script.
    response = client.get(claim.get_absolute_url())
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "nonce-" not in policy
    page = response.content.decode()
    assert page.count("<script") == page.count('<script type="application/ld+json">') == 1


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Aigerim Nurpeisova", None, "Person"),
        ("United Nations", None, "Organization"),
        ("Kazakh official statistics", None, "Organization"),
        ("Steppe Herald", None, "Organization"),  # the outlet that printed the claim
        ("Samruk Kazyna", Entity.Kind.ORGANISATION, "Organization"),  # an editor said so
        ("Ministry Hotel Owner", Entity.Kind.PERSON, "Person"),  # an editor's kind beats the words
    ],
)
def test_the_claimant_is_a_person_or_an_organization(client, editor, reviewer, name, kind, expected):
    source = make_source(publisher="Steppe Herald")
    claimant = Claimant.objects.create(name=name, slug=f"claimant-{abs(hash(name))}")
    if kind:
        # Slugged as the desk slugs the names it finds (claims.services.detection).
        Entity.objects.create(name=name, slug=slugify(fold(name)), kind=kind)
    claim = make_verified_claim(author=editor, reviewer=reviewer, source=source, claimant=claimant, text=f"Said by {name}.")
    assert the_claim_review(client, claim)["itemReviewed"]["author"] == {"@type": expected, "name": name}


@pytest.mark.parametrize(
    ("name", "is_organization"),
    [("United Nations", True), ("Kazakh state media", True), ("Ministry of Finance", True),
     ("Zhenis Kasymbek", False), ("Nursultan Nazarbaev", False), ("Newsome", False)],
)
def test_a_name_says_when_it_is_an_organization(name, is_organization):
    assert names_an_organization(name) is is_organization


def test_a_claim_without_a_claimant_still_has_a_valid_review(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="Nobody in particular said this.")
    type(claim).objects.filter(pk=claim.pk).update(claimant=None)
    item = the_claim_review(client, claim)["itemReviewed"]
    assert item["@type"] == "Claim" and "author" not in item


@pytest.mark.parametrize("n", [1, 5])
def test_the_claim_page_costs_the_same_queries_whatever_it_carries(client, editor, reviewer, django_assert_num_queries, n):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="A claim printed many times.")
    for i in range(n):
        source = make_source(f"Outlet {i} printed that 12 new schools had opened in the region this year.")
        quote = "12 new schools had opened"
        start = source.text.index(quote)
        Appearance.objects.create(claim=claim, source=source, quote=quote, start=start, end=start + len(quote))
    # Claim, appearances, evidence, corrections, entities, flags, and the claimant's kind
    # among the desk's names (flags' figures and mentions add two when there are flags).
    with django_assert_num_queries(7):
        client.get(claim.get_absolute_url())
