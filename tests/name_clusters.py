"""Clusters of a few hand-written mentions, as text the tests can compare."""

from claims.detection.names import cluster_mentions
from claims.detection.types import MentionRecord


def clusters(*mentions: tuple) -> list[list[str]]:
    """(source, text) or (source, text, after_the) in text order -> clusters of "text@source", sorted."""
    records = [MentionRecord(ref, source, text, *after_the) for ref, (source, text, *after_the) in enumerate(mentions)]
    text_of = {record.ref: f"{record.text}@{record.source_ref}" for record in records}
    return sorted(sorted(text_of[ref] for ref in cluster) for cluster in cluster_mentions(records))
