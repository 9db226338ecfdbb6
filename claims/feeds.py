"""Atom feeds for readers and aggregators: newly verified claims, and corrections.

Both start from what readers may see (published claims, corrections on them), hold a
fixed number of entries and cost a fixed number of queries. Atom summaries are HTML
(type="html"), so the text we put in them is escaped first: a verdict quoting markup
must reach a feed reader as text, never as markup it would render."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.html import escape
from django.utils.feedgenerator import Atom1Feed

from claims.jsonld import DESK_NAME
from claims.models import Claim
from claims.views.corrections import published_corrections

FEED_LENGTH = 30
NEVER = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


class StableAtom1Feed(Atom1Feed):
    """An empty feed's <updated> is "never", not "now" (Django's default), so the same empty
    feed is the same bytes, and its ETag lets readers revalidate it."""

    def latest_post_date(self):
        if not any(item.get("updateddate") or item.get("pubdate") for item in self.items):
            return NEVER
        return super().latest_post_date()


class NewlyVerifiedClaimsFeed(Feed):
    feed_type = StableAtom1Feed
    title = f"{DESK_NAME}: newly verified claims"
    subtitle = "Claims checked by two people and published, newest first."
    link = reverse_lazy("claims:claim_list")
    author_name = DESK_NAME

    def items(self):
        return (
            Claim.objects.published()
            .select_related("verdict", "claimant", "topic")
            .order_by("-verified_at", "-id")[:FEED_LENGTH]
        )

    def item_title(self, claim):
        return f"{claim.verdict.get_rating_display()}: {claim.text}"

    def item_description(self, claim):
        claimant = f" Claimed by {claim.claimant.name}." if claim.claimant else ""
        return escape(f"{claim.verdict.summary}{claimant}")

    def item_link(self, claim):
        return claim.get_absolute_url()

    def item_pubdate(self, claim):
        return claim.verified_at

    def item_updateddate(self, claim):
        # A correction changes the verdict after publication; Atom's <updated> says so.
        return max(claim.verified_at, claim.verdict.updated_at)

    def item_categories(self, claim):
        return [claim.topic.name] if claim.topic else []


class CorrectionsFeed(Feed):
    feed_type = StableAtom1Feed
    title = f"{DESK_NAME}: corrections"
    subtitle = "Every change to a published verdict, with its reason."
    link = reverse_lazy("claims:correction_list")
    author_name = DESK_NAME

    def items(self):
        return published_corrections()[:FEED_LENGTH]

    def item_title(self, correction):
        if correction.previous_rating == correction.new_rating:
            change = f"summary corrected ({correction.get_new_rating_display()})"
        else:
            change = f"{correction.get_previous_rating_display()} → {correction.get_new_rating_display()}"
        return f"Correction, {change}: {correction.claim.text}"

    def item_description(self, correction):
        return escape(correction.reason)

    def item_link(self, correction):
        # One claim may be corrected twice: each entry needs its own address (Atom ids are links here).
        return f"{correction.claim.get_absolute_url()}#correction-{correction.pk}"

    def item_pubdate(self, correction):
        return correction.made_at

