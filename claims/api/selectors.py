"""What the API reads, each starting from what readers may see, each loading its
related rows in a fixed number of queries however many items a page holds."""

from django.db.models import Prefetch

from claims.models import Appearance, Claim, Discrepancy, Entity, Figure, Mention, Source, Verdict


def published_claims_brief():
    """Claims as other resources link to them: published only, whatever the relation says."""
    return Claim.objects.published().only("id", "slug", "text").order_by("-verified_at", "-id")


def public_flags_brief():
    return Discrepancy.objects.public().order_by("-detected_at", "-id")


def claims_for_list():
    return (
        Claim.objects.published()
        .select_related("verdict", "claimant", "topic")
        .prefetch_related(
            Prefetch("appearances", queryset=Appearance.objects.select_related("source").order_by("source__published_on", "start", "id")),
            "evidence",
        )
        .order_by("-verified_at", "-id")
    )


def claims_for_detail():
    return claims_for_list().prefetch_related(
        "entities",
        "corrections",
        Prefetch("discrepancies", queryset=public_flags_brief()),
    )


def verdicts_for_list():
    return (
        Verdict.objects.filter(claim__in=Claim.objects.published())
        .select_related("claim")
        .order_by("-claim__verified_at", "-id")
    )


def sources_for_list():
    return Source.objects.public().defer("text", "raw_snapshot").order_by("-published_on", "-id")


def sources_for_detail():
    return (
        Source.objects.public()
        .defer("raw_snapshot")
        .prefetch_related(
            # A claim quoted twice in one source is still one claim.
            Prefetch("claims", queryset=published_claims_brief().distinct()),
            Prefetch("discrepancies", queryset=public_flags_brief()),
        )
    )


def entities_for_list():
    return Entity.objects.order_by("name", "id")


def entities_for_detail():
    return Entity.objects.prefetch_related(
        "aliases",
        Prefetch("claims", queryset=published_claims_brief()),
        Prefetch("discrepancies", queryset=public_flags_brief()),
    )


def spellings_by_entity(entity_ids) -> dict[int, list[dict]]:
    """How each source spells each entity: one row per distinct (source, spelling),
    fetched for a whole page of entities in one query."""
    rows = (
        Mention.objects.filter(entity_id__in=list(entity_ids))
        .values("entity_id", "text", "source_id", "source__publisher", "source__published_on")
        .distinct()
        .order_by("entity_id", "source__published_on", "source_id", "text")
    )
    spellings: dict[int, list[dict]] = {}
    for row in rows:
        spellings.setdefault(row["entity_id"], []).append(
            {"text": row["text"], "source_id": row["source_id"], "publisher": row["source__publisher"]}
        )
    return spellings


# A list answer embeds the first items of each flag (a popular name's flag holds hundreds);
# the flag's own endpoint embeds them all.
FLAG_ITEMS_IN_LISTS = 20


def flags_for_list(*, whole: bool = False):
    def first(model):
        ordered = model.objects.select_related("source").order_by("source__published_on", "start", "id")
        return ordered if whole else ordered[:FLAG_ITEMS_IN_LISTS]

    return (
        Discrepancy.objects.public()
        .select_related("entity")
        .with_items_total()
        .prefetch_related(
            Prefetch("mentions", queryset=first(Mention), to_attr="first_mentions"),
            Prefetch("figures", queryset=first(Figure), to_attr="first_figures"),
            Prefetch("claims", queryset=published_claims_brief()),
        )
        .order_by("-detected_at", "-id")
    )


def flags_for_detail():
    return flags_for_list(whole=True)
