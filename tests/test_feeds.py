"""Atom feeds of newly verified claims and of corrections, announced on every public page;
only published material, escaped, in a fixed number of queries."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Correction, Verdict
from tests.factories import make_claim, make_name_flag, make_verified_claim

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
CLAIMS_FEED = reverse("claims:feed_claims")
CORRECTIONS_FEED = reverse("claims:feed_corrections")


def entries(client, url) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "id": entry.findtext(f"{ATOM}id"),
            "summary": entry.findtext(f"{ATOM}summary"),
            "updated": entry.findtext(f"{ATOM}updated"),
            "categories": [c.get("term") for c in entry.findall(f"{ATOM}category")],
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


def correct(claim, user, *, day, reason="A later count."):
    correction = Correction.objects.create(
        claim=claim, made_by=user, reason=reason, previous_rating="true", new_rating="mixed", previous_summary="Old."
    )
    Correction.objects.filter(pk=correction.pk).update(made_at=timezone.make_aware(datetime.datetime(2025, 1, day, 12)))
    return correction


def test_the_claims_feed_lists_verified_claims_newest_first(client, editor, reviewer):
    older = make_verified_claim(author=editor, reviewer=reviewer, text="The bridge cost 40 million.", rating="false")
    newer = make_verified_claim(author=editor, reviewer=reviewer, text="The tunnel opened early.")
    found = entries(client, CLAIMS_FEED)
    assert [e["link"] for e in found] == [
        f"http://testserver{newer.get_absolute_url()}", f"http://testserver{older.get_absolute_url()}"
    ]
    assert found[1]["title"] == "False: The bridge cost 40 million."
    assert found[1]["summary"].startswith(older.verdict.summary)
    assert found[1]["categories"] == ["Education"]


@pytest.mark.parametrize("status", [Claim.Status.DRAFT, Claim.Status.IN_REVIEW, Claim.Status.SENT_BACK])
def test_drafts_never_leak_into_the_feeds(client, editor, reviewer, status):
    make_verified_claim(author=editor, reviewer=reviewer, text="A published claim.")
    hidden = make_claim(author=editor, text=f"An unpublished claim ({status}).")
    correct(hidden, editor, day=3, reason="A correction readers cannot see.")
    Claim.objects.filter(pk=hidden.pk).update(status=status)
    for url in [CLAIMS_FEED, CORRECTIONS_FEED]:
        content = client.get(url).content
        assert hidden.text.encode() not in content, url
        assert b"A correction readers cannot see." not in content, url


def test_a_corrected_verdict_is_updated_in_the_claims_feed(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="The dam holds 40 cubic kilometres.")
    later = claim.verified_at + datetime.timedelta(days=3)
    Verdict.objects.filter(claim=claim).update(updated_at=later)
    assert entries(client, CLAIMS_FEED)[0]["updated"] == later.isoformat()


def test_the_corrections_feed_has_one_entry_per_correction_with_its_reason(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="The dam holds 40 cubic kilometres.")
    first = correct(claim, editor, day=1, reason="The first reason.")
    second = correct(claim, editor, day=2, reason="The second reason.")
    found = entries(client, CORRECTIONS_FEED)
    assert [e["summary"] for e in found] == ["The second reason.", "The first reason."]
    # Two corrections of one claim are two entries, each with its own address and id.
    assert [e["link"] for e in found] == [
        f"http://testserver{claim.get_absolute_url()}#correction-{second.pk}",
        f"http://testserver{claim.get_absolute_url()}#correction-{first.pk}",
    ]
    assert len({e["id"] for e in found}) == 2
    assert found[0]["title"] == f"Correction, True → Mixed: {claim.text}"


def test_text_in_a_feed_reaches_readers_as_text_not_markup(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="A claim.")
    Verdict.objects.filter(claim=claim).update(summary="<script>alert('x')</script>")
    correct(claim, editor, day=1, reason="<img src=x onerror=alert(1)>")
    # Atom summaries are HTML: once the XML is read, the markup must still be escaped.
    assert entries(client, CLAIMS_FEED)[0]["summary"].startswith("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;")
    assert entries(client, CORRECTIONS_FEED)[0]["summary"] == "&lt;img src=x onerror=alert(1)&gt;"


@pytest.mark.parametrize(
    "url",
    ["/", "/discrepancies/", "/how-we-rate/", "/method/", "/corrections/", "/search/", "/search/?q=schools", "CLAIM",
     "SOURCE", "ENTITY", "/no-such-page/"],
)
def test_every_public_page_announces_both_feeds(client, editor, reviewer, url):
    claim = make_verified_claim(author=editor, reviewer=reviewer, text="Twelve schools opened.")
    flag = make_name_flag(claims=[claim])
    url = {"CLAIM": claim.get_absolute_url(), "SOURCE": claim.sources.first().get_absolute_url(),
           "ENTITY": flag.entity.get_absolute_url()}.get(url, url)
    head = client.get(url).content.decode().split("</head>")[0]
    for feed in [CLAIMS_FEED, CORRECTIONS_FEED]:
        assert '<link rel="alternate" type="application/atom+xml"' in head
        assert f'href="{feed}"' in head, (url, feed)


@pytest.mark.parametrize("n", [1, 6])
def test_the_feeds_cost_the_same_queries_whatever_their_length(client, editor, reviewer, django_assert_num_queries, n):
    for i in range(n):
        claim = make_verified_claim(author=editor, reviewer=reviewer, text=f"Counted claim {i}.")
        correct(claim, editor, day=1 + i)
    with django_assert_num_queries(1):
        client.get(CLAIMS_FEED)
    with django_assert_num_queries(1):
        client.get(CORRECTIONS_FEED)
