"""schema.org ClaimReview for a verified claim, as Google's fact-check markup asks for it.

Required there: claimReviewed, reviewRating (with alternateName, the rating's name, the only
part shown in results) and url. Recommended: author, datePublished, itemReviewed (a Claim,
with its author, date and appearances), and a numeric rating with bestRating and worstRating.

Our scale: True is 5, False is 1 (see Verdict.Rating.score). "Unproven" has no place on it:
the evidence does not decide, and a 3 would tell machines it is half true. So an unproven
verdict carries alternateName, bestRating and worstRating but no ratingValue; the method page
says so to readers.

The claimant is a Person or an Organization. An editor who set the kind of the desk's name
for the claimant decides (the name is found by the slug its spelling gets: one indexed
query). Otherwise the claimant is an Organization when it publishes a source carrying the
claim (an outlet's own claim) or its name says it is one ("United Nations", "official
statistics"), and a Person, the usual claimant, when nothing says so. Everything else is
built from what the claim page has already loaded.
"""

import json
import re
from urllib.parse import urljoin

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from claims.detection.transliteration import fold
from claims.models import Claim, Entity

DESK_NAME = "Fact-checking desk"
BEST_RATING, WORST_RATING = 5, 1

# As json_script escapes: inside <script> the HTML parser looks for "</script" and "<!--",
# so no "<", ">" or "&" may appear literally. \u escapes are the same JSON to any parser.
_SCRIPT_SAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def claim_review(claim: Claim, *, base_url: str) -> dict:
    """The ClaimReview of a verified claim. `base_url` is the site's root ("https://desk.example.org/")."""
    verdict = claim.verdict
    absolute = lambda path: urljoin(base_url, path)  # noqa: E731
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute(claim.get_absolute_url()),
        "claimReviewed": claim.text,
        "author": desk_organization(base_url),
        "reviewRating": review_rating(verdict),
        "itemReviewed": claimed_item(claim, absolute),
    }
    if claim.verified_at:
        review["datePublished"] = claim.verified_at.date().isoformat()
    corrections = list(claim.corrections.all())
    if corrections:
        review["dateModified"] = max(c.made_at for c in corrections).date().isoformat()
    return review


def desk_organization(base_url: str) -> dict:
    return {"@type": "Organization", "name": DESK_NAME, "url": base_url}


def review_rating(verdict) -> dict:
    rating = verdict.Rating(verdict.rating)
    result = {
        "@type": "Rating",
        "alternateName": rating.label,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "ratingExplanation": verdict.summary,
    }
    if rating.score is not None:
        result["ratingValue"] = rating.score
    return result


def claimed_item(claim: Claim, absolute) -> dict:
    """The claim as said: who said it, when it first appeared, and every source carrying it."""
    item = {"@type": "Claim"}
    if claim.claimant:
        item["author"] = {"@type": claimant_type(claim), "name": claim.claimant.name}
        if claim.claimant.description:
            item["author"]["description"] = claim.claimant.description
    appearances = _one_per_source(claim)
    works = [creative_work(appearance.source, absolute) for appearance in appearances]
    if works:
        item["appearance"] = works
        dated = [(a.source.published_on, work) for a, work in zip(appearances, works) if a.source.published_on]
        if dated:
            earliest_date, earliest_work = min(dated, key=lambda pair: pair[0])
            item["datePublished"] = earliest_date.isoformat()
            item["firstAppearance"] = earliest_work
    return item


def creative_work(source, absolute) -> dict:
    # A source without an address of its own is cited by its page on the desk.
    work = {"@type": "CreativeWork", "url": source.url or absolute(reverse("claims:source_detail", args=[source.pk]))}
    if source.headline:
        work["headline"] = source.headline
    work["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.published_on:
        work["datePublished"] = source.published_on.isoformat()
    return work


def claimant_type(claim: Claim) -> str:
    name = claim.claimant.name
    # Entities are slugged from the folded house spelling (claims.services.detection).
    slug = slugify(fold(name)) or slugify(name)
    kind = Entity.objects.filter(slug=slug).values_list("kind", flat=True).first() if slug else None
    if kind == Entity.Kind.PERSON:
        return "Person"
    if kind in (Entity.Kind.ORGANISATION, Entity.Kind.PLACE):
        return "Organization"  # a place that claims something is its government
    publishers = {appearance.source.publisher.casefold() for appearance in claim.appearances.all()}
    if name.casefold() in publishers or names_an_organization(name):
        return "Organization"
    return "Person"


ORGANIZATION_WORDS = frozenset(
    """agency administration association authority bank bureau command commission committee company
    corporation council court department embassy federation fund government group institute
    media ministry nations network news office organisation organization parliament party police
    press radio service statistics television union university""".split()
)


def names_an_organization(name: str) -> bool:
    """Whether a name says it is an organisation: "United Nations", "Kazakh state media"."""
    return any(word in ORGANIZATION_WORDS for word in re.findall(r"[a-z]+", name.casefold()))


def _one_per_source(claim: Claim) -> list:
    seen, kept = set(), []
    for appearance in claim.appearances.all():
        if appearance.source_id not in seen:
            seen.add(appearance.source_id)
            kept.append(appearance)
    return kept


def script_json(data: dict) -> SafeString:
    """JSON to place inside <script type="application/ld+json">: nothing in it can close the element."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_SAFE))  # noqa: S308
