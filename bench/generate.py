"""Fill a database with a realistic archive, fast: bulk inserts in batches, through the real models.

    python -m bench.generate [--sources N] [--claims N] [--seed S]
    BENCH_SOURCES, BENCH_CLAIMS and BENCH_SEED work too; DATABASE_URL picks the database.

Defaults: 10,000 sources and 200,000 claims (sources default to one per 20 claims when only
the claim count is given). Most claims are verified; some are drafts, in review or sent back,
which must never show on a public page. Sources carry real text; every mention, figure and
quote points at its exact offsets in it. Flags hold the figures or spellings they are about,
and some are confirmed or dismissed by an editor, as in a working desk.

This writes through bulk_create, so no history rows and no detection run: it builds the
archive detection would have built, at the speed a benchmark needs."""

import argparse
import hashlib
import os
import random
import sys
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

DEFAULT_SOURCES = 10_000
DEFAULT_CLAIMS = 200_000
BATCH = 2_000


def archive_size(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=int(os.environ.get("BENCH_CLAIMS", DEFAULT_CLAIMS)))
    parser.add_argument("--sources", type=int, default=int(os.environ.get("BENCH_SOURCES", 0)) or None)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("BENCH_SEED", 2019)))
    args = parser.parse_args(argv)
    if args.sources is None:
        args.sources = DEFAULT_SOURCES if args.claims == DEFAULT_CLAIMS else max(50, args.claims // 20)
    if args.claims < 1 or args.sources < 1:
        parser.error("--claims and --sources must be positive")
    return args


class Progress:
    def __init__(self, out=sys.stdout):
        self.out, self.started = out, time.monotonic()

    def __call__(self, message: str) -> None:
        print(f"[{time.monotonic() - self.started:7.1f}s] {message}", file=self.out, flush=True)


def generate(*, sources: int, claims: int, seed: int = 2019, progress=None) -> dict[str, int]:
    """Write the archive into the configured database; returns the row counts written."""
    from django.contrib.auth import get_user_model
    from django.utils.text import slugify

    from claims.models import (
        Appearance, Claim, Claimant, Discrepancy, Entity, EvidenceLink, Figure, Mention, Source, Topic, Verdict,
    )

    from . import vocabulary as words
    from .articles import Cast, write_article

    progress = progress or Progress()
    rng = random.Random(seed)
    counts: dict[str, int] = defaultdict(int)
    User = get_user_model()
    editor, _ = User.objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    reviewer, _ = User.objects.get_or_create(username="bench-reviewer", defaults={"is_staff": True})

    topics = Topic.objects.bulk_create(
        [Topic(name=name, slug=slugify(name)) for name in words.TOPICS], ignore_conflicts=True
    )
    topics = list(Topic.objects.filter(name__in=words.TOPICS))
    cast = Cast(rng, people=min(1_600, max(60, sources // 6)))
    entity_rows = Entity.objects.bulk_create(
        [Entity(name=e.name, slug=f"{slugify(e.name)}-{i}", kind=e.kind) for i, e in enumerate(cast.entities)]
    )
    entity_ids = [row.pk for row in entity_rows]
    claimant_rows = Claimant.objects.bulk_create(
        [Claimant(name=e.name, slug=f"{slugify(e.name)}-{i}", description="Public figure")
         for i, e in enumerate(cast.entities) if e.kind == "person"]
    )
    claimant_of_entity = {i: row.pk for i, row in zip(cast.people, claimant_rows)}
    counts.update(topics=len(topics), entities=len(entity_rows), claimants=len(claimant_rows))
    progress(f"{len(entity_rows):,} entities, {len(claimant_rows):,} claimants, {len(topics)} topics")

    # --- sources, with their mentions and figures --------------------------------------------
    first_day, days = date(2019, 1, 1), 7 * 365
    # Per source, the sentences a claim can quote: (start, end, entity indexes, figure ids).
    quotable: list[tuple[int, list[tuple[int, int, list[int], list[int], int | None]]]] = []
    sentence_text: dict[tuple[int, int], str] = {}
    figures_by_group: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # -> (figure id, source id, value)
    mentions_by_entity: dict[int, list[tuple[int, int, str]]] = defaultdict(list)  # -> (mention id, source id, text)
    location_of_item: dict[tuple[str, int], tuple[int, int]] = {}  # (kind, id) -> (source id, sentence start)
    for batch_start in range(0, sources, BATCH // 4):
        batch = range(batch_start, min(sources, batch_start + BATCH // 4))
        articles, rows = [], []
        for number in batch:
            publisher_index = rng.randrange(len(words.PUBLISHERS))
            published = first_day + timedelta(days=int(days * (number + rng.random()) / sources))
            article = write_article(rng, cast, number=number, publisher_index=publisher_index, published=published)
            articles.append(article)
            rows.append(
                Source(
                    publisher=words.PUBLISHERS[publisher_index], headline=article.text.split(". ")[0][:200],
                    url=f"https://news.example.org/{publisher_index}/{number}", author="Staff reporter",
                    published_on=published, language="en", text=article.text,
                    content_hash=hashlib.sha256(article.text.encode()).hexdigest(),
                    retrieved_at=datetime.combine(published, datetime.min.time(), UTC),
                    analysed_at=datetime.combine(published, datetime.min.time(), UTC),
                )
            )
        Source.objects.bulk_create(rows)
        mention_rows, figure_rows = [], []
        for source, article in zip(rows, articles):
            for span in article.names:
                mention_rows.append(Mention(
                    source=source, entity_id=entity_ids[span.entity], text=span.text, start=span.start, end=span.end,
                    sentence=article.text[slice(*article.sentences[span.sentence])],
                ))
            for span in article.figures:
                figure_rows.append(Figure(
                    source=source, text=span.text, start=span.start, end=span.end, value_low=span.value,
                    value_high=span.value, unit="count", noun=span.noun, qualifier=span.qualifier, scope=span.scope,
                    speaker=span.speaker, sentence=article.text[slice(*article.sentences[span.sentence])],
                    quantity_key=span.group_key, group_key=span.group_key, as_of=source.published_on,
                ))
        Mention.objects.bulk_create(mention_rows, batch_size=BATCH)
        Figure.objects.bulk_create(figure_rows, batch_size=BATCH)
        mention_iter, figure_iter = iter(mention_rows), iter(figure_rows)
        for source, article in zip(rows, articles):
            starts = [start for start, _ in article.sentences]
            names_in = defaultdict(list)
            figures_in = defaultdict(list)
            speaker_in: dict[int, int] = {}
            for span in article.names:
                mention = next(mention_iter)
                names_in[span.sentence].append(span.entity)
                speaker_in.setdefault(span.sentence, span.entity)
                mentions_by_entity[span.entity].append((mention.pk, source.pk, span.text))
                location_of_item["mention", mention.pk] = (source.pk, starts[span.sentence])
            for span in article.figures:
                figure = next(figure_iter)
                figures_in[span.sentence].append(figure.pk)
                figures_by_group[span.group_key].append((figure.pk, source.pk, span.value))
                location_of_item["figure", figure.pk] = (source.pk, starts[span.sentence])
            entries = []
            for index in article.claimable:
                start, end = article.sentences[index]
                sentence_text[source.pk, start] = article.text[start:end]
                person = next((e for e in names_in[index] if cast.entities[e].kind == "person"), None)
                entries.append((start, end, names_in[index], figures_in[index], person))
            quotable.append((source.pk, entries))
        counts["sources"] += len(rows)
        counts["mentions"] += len(mention_rows)
        counts["figures"] += len(figure_rows)
        progress(f"sources {counts['sources']:,}/{sources:,} (mentions {counts['mentions']:,}, figures {counts['figures']:,})")

    # --- claims, verdicts, appearances, evidence ----------------------------------------------
    statuses = [(Claim.Status.VERIFIED, 88), (Claim.Status.DRAFT, 6), (Claim.Status.IN_REVIEW, 4), (Claim.Status.SENT_BACK, 2)]
    status_values, status_weights = zip(*statuses)
    rating_values, rating_weights = zip(*words.RATINGS)
    start_time = datetime(2019, 1, 1, tzinfo=UTC)
    span_seconds = 7 * 365 * 86400
    claims_at_location: dict[tuple[int, int], list[int]] = defaultdict(list)
    EntityLink = Claim.entities.through
    for batch_start in range(0, claims, BATCH):
        batch = range(batch_start, min(claims, batch_start + BATCH))
        claim_rows, plans = [], []
        for number in batch:
            # Newer claims quote newer sources, as a desk works through the news of the day.
            position = min(len(quotable) - 1, int(len(quotable) * (number + rng.random()) / claims))
            source_id, entries = quotable[position]
            start, end, entity_idx, figure_ids, person = rng.choice(entries)
            status = rng.choices(status_values, status_weights)[0]
            text = sentence_text[source_id, start]
            verified_at = start_time + timedelta(seconds=span_seconds * (number + rng.random()) / claims)
            claim_rows.append(Claim(
                text=text, slug=f"{slugify(text[:70])}-{number}", status=status,
                claimant_id=claimant_of_entity.get(person) if person is not None else None,
                topic=rng.choice(topics), created_by=editor,
                submitted_at=verified_at - timedelta(hours=3) if status != Claim.Status.DRAFT else None,
                verified_by=reviewer if status == Claim.Status.VERIFIED else None,
                verified_at=verified_at if status == Claim.Status.VERIFIED else None,
                review_note="Check the second source." if status == Claim.Status.SENT_BACK else "",
            ))
            # A third of claims are printed by more than one outlet.
            extra = [rng.choice(quotable) for _ in range(rng.choice([0, 0, 0, 0, 1, 1, 2]))]
            plans.append(((source_id, start, end), extra, entity_idx, status))
        Claim.objects.bulk_create(claim_rows)
        appearances, verdicts, evidence, entity_links = [], [], [], []
        for claim, (quote, extra, entity_idx, status) in zip(claim_rows, plans):
            source_id, start, end = quote
            places = [(source_id, start, end)]
            for other_source, other_entries in extra:
                if other_source != source_id:
                    other_start, other_end, *_ = rng.choice(other_entries)
                    if other_source not in {place[0] for place in places}:  # one quote per source and claim
                        places.append((other_source, other_start, other_end))
            for s_id, s_start, s_end in places:
                appearances.append(Appearance(
                    claim=claim, source_id=s_id, quote=sentence_text[s_id, s_start], start=s_start, end=s_end
                ))
                claims_at_location[s_id, s_start].append(claim.pk)
            if status != Claim.Status.DRAFT or rng.random() < 0.6:
                rating = rng.choices(rating_values, rating_weights)[0]
                verdicts.append(Verdict(
                    claim=claim, rating=rating, author=editor,
                    summary=f"The figure is {rating.replace('_', ' ')} when set against the official record.",
                    reasoning="We compared the quoted figure with the ministry's own reports and two other outlets' "
                              "accounts of the same event, and asked the speaker's office for its source. " * 2,
                ))
            if rng.random() < 0.5:
                evidence.append(EvidenceLink(claim=claim, title="Official statistics release",
                                             url=f"https://stats.example.org/release/{claim.pk}"))
            entity_links.extend(
                EntityLink(claim_id=claim.pk, entity_id=entity_ids[e]) for e in dict.fromkeys(entity_idx)
            )
        Appearance.objects.bulk_create(appearances, batch_size=BATCH)
        Verdict.objects.bulk_create(verdicts, batch_size=BATCH)
        EvidenceLink.objects.bulk_create(evidence, batch_size=BATCH)
        EntityLink.objects.bulk_create(entity_links, batch_size=BATCH, ignore_conflicts=True)
        counts["claims"] += len(claim_rows)
        counts["appearances"] += len(appearances)
        counts["verdicts"] += len(verdicts)
        counts["evidence"] += len(evidence)
        if (batch_start // BATCH) % 10 == 0 or counts["claims"] == claims:
            progress(f"claims {counts['claims']:,}/{claims:,} (appearances {counts['appearances']:,}, verdicts {counts['verdicts']:,})")

    # --- flags: figures that disagree, names spelled two ways ----------------------------------
    flag_rows, holdings = [], []
    for group_key, members in figures_by_group.items():
        for chunk_start in range(0, len(members) - 1, 8):
            chunk = members[chunk_start : chunk_start + rng.randint(2, 4)]
            if len({value for _, _, value in chunk}) < 2 or rng.random() < 0.5:
                continue
            label = rng.choice(["contradiction", "different_dates", "different_scope", "different_speakers", "bound"])
            flag_rows.append(Discrepancy(
                key=f"bench:figure:{group_key}:{chunk_start}", kind=Discrepancy.Kind.FIGURE, label=label,
                reason=f"The counts of {group_key.split(':')[1]}s differ between the sources ("
                       + ", ".join(str(value) for _, _, value in chunk) + ").",
                group_key=group_key, **_decision(rng, editor),
            ))
            holdings.append(("figure", [figure_id for figure_id, _, _ in chunk], {s for _, s, _ in chunk}, None))
    for entity, mentions in mentions_by_entity.items():
        spellings = {text for _, _, text in mentions}
        if len(spellings) < 2:
            continue
        sample = [m for m in mentions if m[2] == cast.entities[entity].name][:3]
        sample += [m for m in mentions if m[2] != cast.entities[entity].name][:3]
        flag_rows.append(Discrepancy(
            key=f"bench:name:{entity}", kind=Discrepancy.Kind.NAME, label="spelling_across_sources",
            reason=f"Spelled {' and '.join(sorted(spellings))} in different sources.",
            entity_id=entity_ids[entity], **_decision(rng, editor),
        ))
        holdings.append(("mention", [m[0] for m in sample], {m[1] for m in sample}, None))
    Discrepancy.objects.bulk_create(flag_rows, batch_size=BATCH)
    FlagFigure, FlagMention = Discrepancy.figures.through, Discrepancy.mentions.through
    FlagSource, FlagClaim = Discrepancy.sources.through, Discrepancy.claims.through
    items, source_links, claim_links = [], [], set()
    for flag, (kind, item_ids, source_ids, _) in zip(flag_rows, holdings):
        for item_id in item_ids:
            if kind == "figure":
                items.append(FlagFigure(discrepancy_id=flag.pk, figure_id=item_id))
            else:
                items.append(FlagMention(discrepancy_id=flag.pk, mention_id=item_id))
            for claim_id in claims_at_location.get(location_of_item[kind, item_id], ()):
                claim_links.add((flag.pk, claim_id))
        source_links.extend(FlagSource(discrepancy_id=flag.pk, source_id=s) for s in source_ids)
    FlagFigure.objects.bulk_create([i for i in items if isinstance(i, FlagFigure)], batch_size=BATCH)
    FlagMention.objects.bulk_create([i for i in items if isinstance(i, FlagMention)], batch_size=BATCH)
    FlagSource.objects.bulk_create(source_links, batch_size=BATCH)
    FlagClaim.objects.bulk_create([FlagClaim(discrepancy_id=f, claim_id=c) for f, c in claim_links], batch_size=BATCH)
    counts.update(flags=len(flag_rows), flag_claim_links=len(claim_links))
    progress(f"{len(flag_rows):,} flags linked to {len(claim_links):,} claim pages")
    return dict(counts)


def _decision(rng: random.Random, editor) -> dict:
    """Most flags wait for an editor; some are confirmed, a few dismissed (never public), a few retired."""
    roll = rng.random()
    active = rng.random() > 0.04
    if roll < 0.80:
        return {"status": "open", "is_active": active}
    status = "confirmed" if roll < 0.92 else "dismissed"
    return {"status": status, "is_active": active, "decided_by": editor, "decided_at": datetime.now(UTC),
            "note": "Checked against both outlets." if status == "confirmed" else ""}


def main(argv=None) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    django.setup()
    args = archive_size(argv)
    from django.db import transaction

    from claims.caching import public_pages_changed

    progress = Progress()
    progress(f"generating {args.sources:,} sources and {args.claims:,} claims (seed {args.seed})")
    with transaction.atomic():
        counts = generate(sources=args.sources, claims=args.claims, seed=args.seed, progress=progress)
        public_pages_changed()
    progress("done: " + ", ".join(f"{name} {n:,}" for name, n in counts.items()))


if __name__ == "__main__":
    main()
