"""Small builders for test data: make_x(**overrides), with sensible defaults.

Sources built here go through the real import service, so detection runs on them."""

import itertools

from django.utils import timezone
from django.utils.text import slugify

from claims.models import Appearance, Claim, Claimant, Source, Topic, Verdict
from claims.services.detection import link_claim
from claims.services.imports import SourceInput, import_source

_counter = itertools.count(1)

DEFAULT_TEXT = (
    "The ministry said on Monday that 12 new schools had opened in the region this year. "
    "Officials in Almaty expect the programme to continue."
)


def make_source(text: str = DEFAULT_TEXT, **overrides) -> Source:
    n = next(_counter)
    fields = {"publisher": f"Outlet {n}", "headline": f"Story {n}"} | overrides
    return import_source(SourceInput(text=text, **fields)).source


def make_claim(*, author, source: Source | None = None, quote: str | None = None, rating="mostly_true", **overrides) -> Claim:
    n = next(_counter)
    text = overrides.pop("text", f"Twelve new schools opened this year (claim {n}).")
    claimant = overrides.pop("claimant", None) or Claimant.objects.get_or_create(name="A Minister", slug="a-minister")[0]
    topic = overrides.pop("topic", None) or Topic.objects.get_or_create(name="Education", slug="education")[0]
    claim = Claim.objects.create(
        text=text, slug=overrides.pop("slug", slugify(text)[:100]), claimant=claimant, topic=topic,
        created_by=author, **overrides,
    )
    source = source or make_source()
    quote = quote or source.text[:40]
    start = source.text.index(quote)
    Appearance.objects.create(claim=claim, source=source, quote=quote, start=start, end=start + len(quote))
    Verdict.objects.create(
        claim=claim, rating=rating, summary=f"Summary {n}.", reasoning=f"Reasoning {n}.", author=author
    )
    link_claim(claim)  # as the admin does after saving a quote
    return claim


def make_verified_claim(*, author, reviewer, **overrides) -> Claim:
    claim = make_claim(author=author, **overrides)
    Claim.objects.filter(pk=claim.pk).update(
        status=Claim.Status.VERIFIED, verified_by=reviewer, verified_at=timezone.now(), submitted_at=timezone.now()
    )
    claim.refresh_from_db()
    return claim


def make_name_flag(*, spellings=("Kassym-Jomart Tokayev", "Qasym-Zhomart Toqaev"), claims=(), **overrides):
    """A name spelled differently by two outlets, built directly (no detection run), so a
    test controls exactly which flag exists, its status and the claims it touches."""
    from claims.models import Discrepancy, Entity, Mention

    n = next(_counter)
    entity = Entity.objects.create(name=spellings[0], slug=f"{slugify(spellings[0])}-{n}", kind=Entity.Kind.PERSON)
    flag = Discrepancy.objects.create(
        key=f"name:{entity.slug}", kind=Discrepancy.Kind.NAME, label="spelling_across_sources", entity=entity,
        reason=f"Spelled {' and '.join(spellings)} in different sources.", **overrides,
    )
    for spelling in spellings:
        text = f"President {spelling} arrived in Beijing on Wednesday."
        source = Source.objects.create(publisher=f"Outlet {next(_counter)}", headline=f"Visit {n}", text=text)
        start = text.index(spelling)
        mention = Mention.objects.create(
            source=source, entity=entity, text=spelling, start=start, end=start + len(spelling), sentence=text
        )
        flag.mentions.add(mention)
        flag.sources.add(source)
    flag.claims.add(*claims)
    return flag
