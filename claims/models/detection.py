"""What the detection engine finds: names (mentions clustered into entities),
figures, and the discrepancies between them. Mentions and figures are derived
from source text and recomputed on re-import; editors' decisions live on the
entity (house spelling, merges) and on the discrepancy (status, note), keyed so
they survive recomputation."""

from django.conf import settings
from django.db import models
from django.db.models import Count, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from simple_history.models import HistoricalRecords

from claims.detection.types import FlagLabel, Qualifier

from .sources import Source


class EntityKind(models.TextChoices):
    PERSON = "person", "Person"
    PLACE = "place", "Place"
    ORGANISATION = "organisation", "Organisation"
    OTHER = "other", "Other"


class Entity(models.Model):
    Kind = EntityKind

    name = models.CharField(
        "house spelling", max_length=200,
        help_text="How the desk spells this name. Sources that spell it otherwise are flagged for the copy desk.",
    )
    slug = models.SlugField(max_length=220, unique=True)
    kind = models.CharField(max_length=16, choices=Kind, default=Kind.OTHER)
    description = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "entities"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=EntityKind.values), name="claims_entity_kind_valid"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("claims:entity_detail", args=[self.slug])


class EntityKey(models.Model):
    """Blocking keys of an entity's spellings: a new mention is compared only with
    entities that share a key, never with the whole corpus."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="keys")
    key = models.CharField(max_length=200)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "entity"], name="claims_entitykey_unique")]

    def __str__(self) -> str:
        return self.key


class EngineStamp(models.Model):
    """Which engine built something the desk stores: "name-keys" holds the fingerprint of the
    engine whose blocking keys fill EntityKey (`names.blocking_keys_fingerprint`). After an
    upgrade that changes the keys, the stored ones no longer find what the new engine looks
    for; the check `claims.W001` says so until `manage.py reanalyse` rebuilds them."""

    name = models.CharField(max_length=40, primary_key=True)
    value = models.CharField(max_length=64)
    recorded_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.name}: {self.value}"


class EntityFormerSlug(models.Model):
    """The address of an entity merged into this one: its page redirects here, so links
    readers shared to the old page keep working after an editor's merge or a join."""

    slug = models.SlugField(max_length=220, unique=True)
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="former_slugs")

    def __str__(self) -> str:
        return self.slug

    @classmethod
    def point(cls, slugs, entity_id: int) -> None:
        """These addresses now lead to this entity, whatever they led to before."""
        cls.objects.filter(slug__in=slugs).delete()
        cls.objects.bulk_create([cls(slug=slug, entity_id=entity_id) for slug in slugs])

    @classmethod
    def current_slug(cls, slug: str) -> str | None:
        """The address an old one leads to now, or None when it was never an entity's."""
        return cls.objects.filter(slug=slug).values_list("entity__slug", flat=True).first()


class EntityAlias(models.Model):
    """Another name the entity held, with the dates: Astana became Nur-Sultan in March 2019."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    held_from = models.DateField(null=True, blank=True)
    held_until = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name_plural = "entity aliases"
        ordering = ["entity", "held_from"]
        constraints = [
            models.UniqueConstraint(fields=["entity", "name", "held_from"], name="claims_alias_unique"),
            models.CheckConstraint(
                condition=Q(held_from__isnull=True) | Q(held_until__isnull=True) | Q(held_from__lte=F("held_until")),
                name="claims_alias_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Mention(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="mentions")
    entity = models.ForeignKey(Entity, on_delete=models.SET_NULL, null=True, blank=True, related_name="mentions")
    text = models.CharField(max_length=200, help_text="The name exactly as the source spells it.")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence = models.TextField(blank=True)
    # An editor moved this mention by hand (merge or split); re-analysis keeps it where it is.
    entity_locked = models.BooleanField(default=False)

    class Meta:
        ordering = ["source", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claims_mention_offsets_ordered"),
            models.UniqueConstraint(fields=["source", "start", "end"], name="claims_mention_unique_span"),
        ]
        indexes = [
            models.Index(fields=["entity", "source"]),
            # An entity's distinct spellings, read by skipping from one to the next (name_analysis).
            models.Index(fields=["entity", "text"], name="claims_mention_spellings"),
        ]

    def __str__(self) -> str:
        return f"{self.text} ({self.source.publisher})"


# The engine's enums, as database choices: one list of values for both.
QualifierChoices = models.TextChoices("QualifierChoices", [(q.name, (q.value, q.value.replace("_", " "))) for q in Qualifier])
FlagLabelChoices = models.TextChoices(
    "FlagLabelChoices", [(label.name, (label.value, label.value.replace("_", " ").capitalize())) for label in FlagLabel]
)


class Figure(models.Model):
    Qualifier = QualifierChoices

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="figures")
    text = models.CharField(max_length=300, help_text="The figure exactly as written: “at least 51 joint projects”.")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    value_low = models.DecimalField(max_digits=30, decimal_places=6)
    value_high = models.DecimalField(max_digits=30, decimal_places=6)
    unit = models.CharField(max_length=40)
    noun = models.CharField(max_length=100, blank=True)
    qualifier = models.CharField(max_length=16, choices=Qualifier, default="exactly")
    as_of = models.DateField(null=True, blank=True)
    period = models.CharField(max_length=100, blank=True)
    scope = models.CharField(max_length=40, blank=True)
    speaker = models.CharField(max_length=200, blank=True)
    sentence = models.TextField(blank=True)
    quantity_key = models.CharField(max_length=200, help_text="Computed: figures with one key measure one quantity.")
    group_key = models.CharField(
        max_length=200, db_index=True,
        help_text="The group the figure is compared in; an editor may regroup it.",
    )
    group_locked = models.BooleanField(default=False, help_text="Regrouped by an editor; re-analysis keeps it.")

    class Meta:
        ordering = ["source", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="claims_figure_offsets_ordered"),
            models.CheckConstraint(condition=Q(value_low__lte=F("value_high")), name="claims_figure_interval_ordered"),
            models.CheckConstraint(condition=Q(qualifier__in=QualifierChoices.values), name="claims_figure_qualifier_valid"),
            models.UniqueConstraint(fields=["source", "start", "end"], name="claims_figure_unique_span"),
        ]

    def __str__(self) -> str:
        return f"{self.text} ({self.source.publisher})"


class FlagKind(models.TextChoices):
    NAME = "name", "Name spelled differently"
    FIGURE = "figure", "Figures that disagree"

class FlagStatus(models.TextChoices):
    OPEN = "open", "Found automatically"
    CONFIRMED = "confirmed", "Confirmed by an editor"
    DISMISSED = "dismissed", "Dismissed by an editor"


class DiscrepancyQuerySet(models.QuerySet):
    def public(self):
        """Flags readers see: current ones an editor has not dismissed."""
        return self.filter(is_active=True).exclude(status=FlagStatus.DISMISSED)

    def with_items_total(self):
        """`items_total`: how many figures or spellings each flag holds, for pages and answers
        that show only the first of them."""

        def count_of(field):
            through = self.model._meta.get_field(field).remote_field.through
            members = through.objects.filter(discrepancy_id=OuterRef("pk")).order_by().values("discrepancy_id")
            return Coalesce(Subquery(members.annotate(n=Count("*")).values("n")[:1]), Value(0))

        return self.annotate(items_total=count_of("figures") + count_of("mentions"))


class Discrepancy(models.Model):
    Kind = FlagKind
    Status = FlagStatus
    Label = FlagLabelChoices

    key = models.CharField(
        max_length=300, unique=True,
        help_text="Computed from what the flag holds, so an editor's decision survives re-analysis.",
    )
    kind = models.CharField(max_length=8, choices=Kind)
    label = models.CharField(max_length=32, choices=Label)
    reason = models.TextField()
    status = models.CharField(max_length=16, choices=Status, default=Status.OPEN)
    note = models.TextField(blank=True, help_text="The editor's note, shown to readers with the flag.")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    # False when the latest analysis no longer finds it; kept, with its decision, for the record.
    is_active = models.BooleanField(default=True)
    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, null=True, blank=True, related_name="discrepancies")
    group_key = models.CharField(max_length=200, blank=True, db_index=True)
    mentions = models.ManyToManyField(Mention, blank=True, related_name="discrepancies")
    figures = models.ManyToManyField(Figure, blank=True, related_name="discrepancies")
    claims = models.ManyToManyField("claims.Claim", blank=True, related_name="discrepancies")
    sources = models.ManyToManyField(Source, blank=True, related_name="discrepancies")
    # What the flag held before its source was last re-analysed: [{"text", "source", "source_id",
    # "offsets", "sentence"}]. A source's figures and names are replaced on each analysis, so a flag
    # the new analysis retires would otherwise keep its decision but lose what it was about.
    evidence = models.JSONField(default=list, blank=True, editable=False)
    detected_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at", "evidence"])
    objects = DiscrepancyQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "discrepancies"
        ordering = ["-detected_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=FlagKind.values), name="claims_discrepancy_kind_valid"),
            models.CheckConstraint(condition=Q(status__in=FlagStatus.values), name="claims_discrepancy_status_valid"),
            models.CheckConstraint(condition=Q(label__in=FlagLabelChoices.values), name="claims_discrepancy_label_valid"),
        ]
        indexes = [models.Index(fields=["is_active", "status", "-detected_at"], name="claims_flag_public_order")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.get_label_display()}"

    def get_absolute_url(self) -> str:
        return reverse("claims:discrepancy_list") + f"#flag-{self.pk}"
