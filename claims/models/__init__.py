"""The desk's data, split by feature: sources, claims and verdicts, detection."""

from .claims import Appearance, Claim, Claimant, Correction, EvidenceLink, ReviewEvent, ReviewQueue, Topic, Verdict
from .detection import Discrepancy, EngineStamp, Entity, EntityAlias, EntityFormerSlug, EntityKey, Figure, Mention
from .sources import Source, SourceRevision

__all__ = [
    "Appearance",
    "Claim",
    "Claimant",
    "Correction",
    "Discrepancy",
    "EngineStamp",
    "Entity",
    "EntityAlias",
    "EntityFormerSlug",
    "EntityKey",
    "EvidenceLink",
    "Figure",
    "Mention",
    "ReviewEvent",
    "ReviewQueue",
    "Source",
    "SourceRevision",
    "Topic",
    "Verdict",
]
