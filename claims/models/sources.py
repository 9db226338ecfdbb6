import hashlib

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import Truncator
from simple_history.models import HistoricalRecords


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SourceQuerySet(models.QuerySet):
    def public(self):
        # Sources are published material already; readers may see every one.
        return self


class Source(models.Model):
    publisher = models.CharField(max_length=200, help_text="The outlet, as it names itself: “RFE/RL”.")
    headline = models.CharField(max_length=500, blank=True)
    url = models.URLField(
        "URL", max_length=1000, blank=True, default="", help_text="The article's address; unique when given."
    )
    author = models.CharField(max_length=300, blank=True)
    published_on = models.DateField(
        null=True, blank=True, help_text="Relative dates in the text (“last year”) are resolved against it."
    )
    retrieved_at = models.DateTimeField(null=True, blank=True, help_text="When the desk last read the source.")
    language = models.CharField(max_length=16, default="en")
    text = models.TextField(help_text="The full text, exactly as published. Offsets of quotes point into it.")
    content_hash = models.CharField(max_length=64, editable=False, db_index=True)
    raw_snapshot = models.TextField(blank=True, editable=False, help_text="The page as fetched, for the record.")
    raw_hash = models.CharField(max_length=64, blank=True, editable=False)
    analysed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["raw_snapshot"])
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="claims_source_url_unique"),
            # The same text from the same outlet is one source, however it arrived.
            models.UniqueConstraint(fields=["publisher", "content_hash"], name="claims_source_text_unique"),
            models.CheckConstraint(condition=~Q(text=""), name="claims_source_text_not_empty"),
        ]
        indexes = [models.Index(fields=["publisher"])]

    def __str__(self) -> str:
        # Without a headline, the text's first line stands for it: a plain-text upload often
        # opens with a few short lines, and a title must not run across them.
        first_line = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        title = self.headline or Truncator(first_line).chars(60)
        return f"{self.publisher}: {title}"

    def get_absolute_url(self) -> str:
        return reverse("claims:source_detail", args=[self.pk])

    def save(self, *args, **kwargs):
        # Derived, never typed: the hash always describes the stored text.
        self.content_hash = text_hash(self.text)
        super().save(*args, **kwargs)


class SourceRevision(models.Model):
    """Every version of a source's text the desk has seen, so an outlet's edits stay visible."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="revisions")
    text = models.TextField()
    content_hash = models.CharField(max_length=64)
    seen_at = models.DateTimeField()

    class Meta:
        ordering = ["source", "-seen_at"]
        constraints = [
            models.UniqueConstraint(fields=["source", "content_hash"], name="claims_revision_unique_text"),
        ]

    def __str__(self) -> str:
        return f"{self.source} as seen {self.seen_at:%Y-%m-%d %H:%M}"
