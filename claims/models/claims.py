from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .sources import Source


class Claimant(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=220, unique=True)
    description = models.CharField(max_length=300, blank=True, help_text="Who they are: “Deputy Prime Minister”.")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Topic(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=120, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ClaimStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    VERIFIED = "verified", "Verified"
    SENT_BACK = "sent_back", "Sent back"

    @property
    def can_be_submitted(self) -> bool:
        return self in (ClaimStatus.DRAFT, ClaimStatus.SENT_BACK)


class ClaimQuerySet(models.QuerySet):
    def published(self):
        """What readers may see. Every public view starts here, so drafts cannot leak."""
        return self.filter(status=Claim.Status.VERIFIED)

    def review_queue(self):
        return self.filter(status=Claim.Status.IN_REVIEW).order_by("submitted_at", "id")


class Claim(models.Model):
    Status = ClaimStatus

    text = models.TextField("claim", help_text="One checkable statement, in the desk's words.")
    slug = models.SlugField(max_length=120, unique=True, help_text="The claim's public address: /claims/<slug>/.")
    claimant = models.ForeignKey(
        Claimant, on_delete=models.PROTECT, null=True, blank=True, related_name="claims",
        help_text="Who made the claim.",
    )
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, null=True, blank=True, related_name="claims")
    status = models.CharField(max_length=16, choices=Status, default=Status.DRAFT, editable=False)
    sources = models.ManyToManyField(Source, through="Appearance", related_name="claims")
    entities = models.ManyToManyField("claims.Entity", blank=True, related_name="claims")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="claims_created", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="claims_verified", editable=False,
    )
    verified_at = models.DateTimeField(null=True, blank=True, editable=False)
    review_note = models.TextField(blank=True, editable=False, help_text="The reviewer's note when sent back.")
    # Bumped by every review step, so two reviewers acting at once cannot both win.
    version = models.PositiveIntegerField(default=1, editable=False)

    history = HistoricalRecords()
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-verified_at", "-id"]
        permissions = [("verify_claim", "Can verify claims or send them back")]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ClaimStatus.values), name="claims_claim_status_valid"),
            models.CheckConstraint(
                condition=~Q(status="verified") | Q(verified_by__isnull=False, verified_at__isnull=False),
                name="claims_claim_verified_has_reviewer",
            ),
            models.CheckConstraint(condition=~Q(slug=""), name="claims_claim_slug_not_empty"),
        ]
        indexes = [
            models.Index(fields=["status", "-verified_at", "-id"], name="claims_claim_public_order"),
            models.Index(fields=["status", "submitted_at"], name="claims_claim_queue_order"),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def get_absolute_url(self) -> str:
        return reverse("claims:claim_detail", args=[self.slug])


class ReviewQueue(Claim):
    """The claims waiting for a second pair of eyes, as the admin lists them."""

    class Meta:
        proxy = True
        verbose_name = "claim to review"
        verbose_name_plural = "review queue"


class Appearance(models.Model):
    """Where a claim is printed: a quote and its character offsets in a source's text."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="appearances")
    # PROTECT: a source that carries a claim can never vanish from under it by a cascade.
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="appearances")
    quote = models.TextField(help_text="Exactly as printed; the offsets are found for you.")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["source__published_on", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claims_appearance_offsets_ordered"),
            models.UniqueConstraint(fields=["claim", "source", "start"], name="claims_appearance_unique"),
        ]

    def __str__(self) -> str:
        return f"“{self.quote[:60]}” in {self.source.publisher}"

    def clean(self) -> None:
        if not self.source_id or not self.quote:
            return
        text = self.source.text
        if self.end and self.end <= len(text) and text[self.start : self.end] == self.quote:
            return
        found = text.find(self.quote)
        if found < 0:
            raise ValidationError({"quote": "This quote is not in the source's text, word for word."})
        self.start, self.end = found, found + len(self.quote)


class Rating(models.TextChoices):
    # Ordered from best to worst; the order is the published scale.
    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MIXED = "mixed", "Mixed"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    UNPROVEN = "unproven", "Unproven"

    @property
    def score(self) -> int | None:
        """Position on the 1-5 scale (5 is true); None where the evidence does not decide."""
        return _RATING_SCORES.get(self)

    @property
    def description(self) -> str:
        return _RATING_DESCRIPTIONS[self]


class Verdict(models.Model):
    Rating = Rating

    # PROTECT: a claim with a verdict cannot be deleted by accident, nor lose its verdict by a cascade.
    claim = models.OneToOneField(Claim, on_delete=models.PROTECT, related_name="verdict")
    rating = models.CharField(max_length=16, choices=Rating)
    summary = models.CharField(max_length=300, help_text="One sentence a reader can repeat.")
    reasoning = models.TextField(help_text="How we reached the rating: what we checked, what we found.")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts_written", editable=False
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="verdicts_edited", editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(rating__in=Rating.values), name="claims_verdict_rating_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_rating_display()}: {self.claim}"

    def written_by(self, user) -> bool:
        """Did this user write or last edit the verdict? Such a user may not verify it."""
        return user.pk in {self.author_id, self.updated_by_id}


_RATING_SCORES = {
    Rating.TRUE: 5,
    Rating.MOSTLY_TRUE: 4,
    Rating.MIXED: 3,
    Rating.MOSTLY_FALSE: 2,
    Rating.FALSE: 1,
}
_RATING_DESCRIPTIONS = {
    Rating.TRUE: "The claim is accurate and nothing significant is missing.",
    Rating.MOSTLY_TRUE: "The claim is accurate but needs a clarification or leaves out context.",
    Rating.MIXED: "The claim is partly accurate and partly wrong, or mixes figures that do not match.",
    Rating.MOSTLY_FALSE: "The claim has an element of truth but leaves a wrong impression.",
    Rating.FALSE: "The claim is not accurate.",
    Rating.UNPROVEN: "The evidence available does not settle the claim either way.",
}


class EvidenceLink(models.Model):
    """A document the verdict rests on. Kept on the claim so editors add it beside the verdict."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    title = models.CharField(max_length=300)
    url = models.URLField("URL", max_length=1000)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title


class ReviewAction(models.TextChoices):
    SUBMITTED = "submitted", "Submitted for review"
    VERIFIED = "verified", "Verified"
    SENT_BACK = "sent_back", "Sent back"


class ReviewEvent(models.Model):
    """One step of a claim's way to readers: who did what, and when."""

    Action = ReviewAction

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="review_events")
    action = models.CharField(max_length=16, choices=Action)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["claim", "at", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(action__in=ReviewAction.values), name="claims_reviewevent_action_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor} at {self.at:%Y-%m-%d %H:%M}"


class Correction(models.Model):
    """A change to a verdict readers had already seen, published with its reason."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="corrections")
    made_at = models.DateTimeField(auto_now_add=True)
    made_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(help_text="Shown to readers: what changed and why.")
    previous_rating = models.CharField(max_length=16, choices=Rating)
    new_rating = models.CharField(max_length=16, choices=Rating)
    previous_summary = models.CharField(max_length=300)

    class Meta:
        ordering = ["-made_at", "-id"]

    def __str__(self) -> str:
        return f"Correction to {self.claim} on {self.made_at:%Y-%m-%d}"
