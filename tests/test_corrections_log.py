"""The corrections log: every change to a published verdict, newest first, with its date, the
claim, the old and new rating and the reason; never a correction to a claim readers cannot see."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, Correction, Verdict
from claims.services.verdicts import verdict_save
from tests.factories import make_verified_claim

pytestmark = pytest.mark.django_db

LOG = reverse("claims:correction_list")


def correct(claim, user, *, on, reason="A later count changed the picture.", previous="true", new="mostly_true"):
    correction = Correction.objects.create(
        claim=claim, made_by=user, reason=reason, previous_rating=previous, new_rating=new, previous_summary="Before."
    )
    Correction.objects.filter(pk=correction.pk).update(made_at=timezone.make_aware(datetime.datetime.combine(on, datetime.time(12))))
    correction.refresh_from_db()
    return correction


@pytest.fixture
def published(editor, reviewer):
    return make_verified_claim(author=editor, reviewer=reviewer, text="Twelve schools opened in the region this year.")


def test_a_correction_made_through_the_desk_appears_in_the_log(client, published, second_editor):
    verdict = Verdict.objects.get(claim=published)
    verdict.rating = Verdict.Rating.MIXED
    verdict.summary = "Only nine of the twelve had opened by the end of the year."
    verdict_save(verdict=verdict, user=second_editor, correction_reason="The ministry's own year-end list counts nine.")
    response = client.get(LOG)
    page = response.content.decode()
    correction = Correction.objects.get(claim=published)
    assert list(response.context["corrections"]) == [correction]
    assert "The ministry&#x27;s own year-end list counts nine." in page
    assert "Mostly true" in page and "Mixed" in page
    assert f'href="{published.get_absolute_url()}#correction-{correction.pk}"' in page
    assert f'datetime="{correction.made_at.isoformat()}"' in page


def test_the_log_is_newest_first_with_each_entry_s_date_claim_ratings_and_reason(client, published, editor, reviewer):
    other = make_verified_claim(author=editor, reviewer=reviewer, text="The bridge cost 40 million.")
    old = correct(published, editor, on=datetime.date(2024, 3, 1), reason="An older reason.")
    new = correct(other, editor, on=datetime.date(2025, 6, 2), reason="A newer reason.", previous="false", new="mixed")
    response = client.get(LOG)
    assert list(response.context["corrections"]) == [new, old]
    page = response.content.decode()
    assert page.index("A newer reason.") < page.index("An older reason.")
    assert "2 June 2025" in page and "1 March 2024" in page
    assert '<span class="badge-label">Was:</span> False' in page
    assert '<span class="badge-label">Now:</span> Mixed' in page


def test_a_summary_only_correction_says_the_rating_stood(client, published, editor):
    correct(published, editor, on=datetime.date(2025, 1, 1), previous="true", new="true")
    page = client.get(LOG).content.decode()
    assert "Rating unchanged" in page and "Rating changed from" not in page


@pytest.mark.parametrize("status", [Claim.Status.DRAFT, Claim.Status.IN_REVIEW, Claim.Status.SENT_BACK])
def test_corrections_to_claims_readers_cannot_see_never_appear(client, published, editor, status):
    correct(published, editor, on=datetime.date(2025, 1, 1), reason="A reason readers must not see now.")
    Claim.objects.filter(pk=published.pk).update(status=status)
    response = client.get(LOG)
    assert b"A reason readers must not see now." not in response.content
    assert published.text.encode() not in response.content
    assert b"We have not corrected a published verdict yet." in response.content


def test_the_claim_page_anchors_each_correction_the_log_links_to(client, published, editor):
    correction = correct(published, editor, on=datetime.date(2025, 1, 1))
    page = client.get(published.get_absolute_url()).content.decode()
    assert f'id="correction-{correction.pk}"' in page
    assert f'href="{LOG}"' in page


def test_a_reason_is_escaped(client, published, editor):
    correct(published, editor, on=datetime.date(2025, 1, 1), reason="<script>alert('x')</script>")
    page = client.get(LOG).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_the_log_is_paginated_and_a_bad_page_is_a_message(client, published, editor, settings):
    settings.CLAIMS_PER_PAGE = 2
    made = [correct(published, editor, on=datetime.date(2025, 1, 1 + i), reason=f"Reason {i}.") for i in range(3)]
    assert list(client.get(LOG).context["corrections"]) == [made[2], made[1]]
    assert list(client.get(LOG, {"page": 2}).context["corrections"]) == [made[0]]
    for page in ["zzz", "-1", "999999999999999999999"]:
        response = client.get(LOG, {"page": page})
        assert response.status_code == 200 and response.context["notice"], page


def test_an_empty_log_says_so(client, published):
    assert b"We have not corrected a published verdict yet." in client.get(LOG).content


@pytest.mark.parametrize("n", [1, 8])
def test_the_log_costs_the_same_queries_whatever_its_length(client, published, editor, django_assert_num_queries, n):
    for i in range(n):
        correct(published, editor, on=datetime.date(2025, 1, 1 + i))
    with django_assert_num_queries(2):  # the count and the page, claims joined
        client.get(LOG)
