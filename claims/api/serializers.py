"""How each resource reads in JSON. Read-only by construction: no serializer here
has a writable field, and the views accept no unsafe method anyway."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import (
    Appearance,
    Claim,
    Claimant,
    Correction,
    Discrepancy,
    Entity,
    EntityAlias,
    EvidenceLink,
    Figure,
    Mention,
    Source,
    Topic,
    Verdict,
)


class ReadOnlyModelSerializer(serializers.ModelSerializer):
    """Every field read-only, whatever the model says is editable."""

    def get_fields(self):
        fields = super().get_fields()
        for field in fields.values():
            field.read_only = True
        return fields


@extend_schema_field(OpenApiTypes.URI)
class PageUrlField(serializers.Field):
    """The absolute address of the object's public page, for people rather than machines."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())



# --- Briefs: how one resource names another -------------------------------------------------


class ClaimBriefSerializer(ReadOnlyModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:claim-detail", lookup_field="slug")

    class Meta:
        model = Claim
        fields = ["slug", "api_url", "text"]


class SourceBriefSerializer(ReadOnlyModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:source-detail")

    class Meta:
        model = Source
        fields = ["id", "api_url", "publisher", "headline", "published_on", "url"]


class EntityBriefSerializer(ReadOnlyModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:entity-detail", lookup_field="slug")

    class Meta:
        model = Entity
        fields = ["slug", "api_url", "name", "kind"]


class FlagBriefSerializer(ReadOnlyModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:discrepancy-detail")

    class Meta:
        model = Discrepancy
        fields = ["id", "api_url", "kind", "label", "status", "reason"]


# --- Claims and verdicts ------------------------------------------------------------------------


class ClaimantSerializer(ReadOnlyModelSerializer):
    class Meta:
        model = Claimant
        fields = ["name", "slug", "description"]


class TopicSerializer(ReadOnlyModelSerializer):
    class Meta:
        model = Topic
        fields = ["name", "slug"]


class VerdictSerializer(ReadOnlyModelSerializer):
    rating_label = serializers.CharField(source="get_rating_display", read_only=True)
    score = serializers.SerializerMethodField(help_text="Position on the 1-5 scale (5 is true); null for unproven.")

    class Meta:
        model = Verdict
        fields = ["rating", "rating_label", "score", "summary", "reasoning", "updated_at"]

    def get_score(self, verdict) -> int | None:
        return Verdict.Rating(verdict.rating).score


class AppearanceSerializer(ReadOnlyModelSerializer):
    source = SourceBriefSerializer()

    class Meta:
        model = Appearance
        fields = ["source", "quote", "start", "end"]


class EvidenceSerializer(ReadOnlyModelSerializer):
    class Meta:
        model = EvidenceLink
        fields = ["title", "url"]


class CorrectionSerializer(ReadOnlyModelSerializer):
    class Meta:
        model = Correction
        fields = ["made_at", "reason", "previous_rating", "new_rating", "previous_summary"]


class ClaimSerializer(ReadOnlyModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:claim-detail", lookup_field="slug")
    page_url = PageUrlField()
    claimant = ClaimantSerializer(allow_null=True)
    topic = TopicSerializer(allow_null=True)
    verdict = VerdictSerializer(allow_null=True)
    appearances = AppearanceSerializer(many=True)
    evidence = EvidenceSerializer(many=True)

    class Meta:
        model = Claim
        fields = ["slug", "api_url", "page_url", "text", "claimant", "topic", "verified_at", "verdict", "appearances", "evidence"]


class ClaimDetailSerializer(ClaimSerializer):
    entities = EntityBriefSerializer(many=True)
    discrepancies = FlagBriefSerializer(many=True)
    corrections = CorrectionSerializer(many=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "entities", "discrepancies", "corrections"]


class VerdictWithClaimSerializer(VerdictSerializer):
    claim = ClaimBriefSerializer()

    class Meta(VerdictSerializer.Meta):
        fields = ["id", "claim", *VerdictSerializer.Meta.fields]


# --- Sources ---------------------------------------------------------------------------------------


class SourceSerializer(ReadOnlyModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:source-detail")
    page_url = PageUrlField()

    class Meta:
        model = Source
        fields = ["id", "api_url", "page_url", "publisher", "headline", "url", "author", "published_on", "language"]


class SourceDetailSerializer(SourceSerializer):
    claims = ClaimBriefSerializer(many=True)
    discrepancies = FlagBriefSerializer(many=True)

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "text", "claims", "discrepancies"]


# --- Entities ------------------------------------------------------------------------------------


class SpellingSerializer(serializers.Serializer):
    text = serializers.CharField(read_only=True, help_text="The name exactly as this source spells it.")
    source_id = serializers.IntegerField(read_only=True)
    publisher = serializers.CharField(read_only=True)


class AliasSerializer(ReadOnlyModelSerializer):
    class Meta:
        model = EntityAlias
        fields = ["name", "held_from", "held_until", "note"]


class EntitySerializer(ReadOnlyModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:entity-detail", lookup_field="slug")
    page_url = PageUrlField()
    spellings = serializers.SerializerMethodField()

    class Meta:
        model = Entity
        fields = ["slug", "api_url", "page_url", "name", "kind", "description", "spellings"]

    @extend_schema_field(SpellingSerializer(many=True))
    def get_spellings(self, entity):
        # Fetched for the whole page at once by the view (see selectors.spellings_by_entity).
        return SpellingSerializer(self.context["spellings"].get(entity.pk, []), many=True).data


class EntityDetailSerializer(EntitySerializer):
    aliases = AliasSerializer(many=True)
    claims = ClaimBriefSerializer(many=True)
    discrepancies = FlagBriefSerializer(many=True)

    class Meta(EntitySerializer.Meta):
        fields = [*EntitySerializer.Meta.fields, "aliases", "claims", "discrepancies"]


# --- Discrepancies ---------------------------------------------------------------------------


class FlaggedMentionSerializer(ReadOnlyModelSerializer):
    source_id = serializers.IntegerField(read_only=True)
    publisher = serializers.CharField(source="source.publisher", read_only=True)

    class Meta:
        model = Mention
        fields = ["text", "source_id", "publisher", "start", "end", "sentence"]


class FlaggedFigureSerializer(ReadOnlyModelSerializer):
    source_id = serializers.IntegerField(read_only=True)
    publisher = serializers.CharField(source="source.publisher", read_only=True)

    class Meta:
        model = Figure
        fields = [
            "text", "source_id", "publisher", "start", "end", "sentence",
            "value_low", "value_high", "unit", "noun", "qualifier", "as_of", "period", "scope", "speaker",
        ]


class DiscrepancySerializer(ReadOnlyModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:discrepancy-detail")
    page_url = PageUrlField()
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    label_display = serializers.CharField(source="get_label_display", read_only=True)
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    entity = EntityBriefSerializer(allow_null=True)
    mentions = FlaggedMentionSerializer(
        source="first_mentions", many=True,
        help_text="For a name flag: each spelling, where it is printed (in a list, the first 20; all of them at the flag's own address).",
    )
    figures = FlaggedFigureSerializer(
        source="first_figures", many=True,
        help_text="For a figure flag: each figure, where it is printed (in a list, the first 20; all of them at the flag's own address).",
    )
    items_total = serializers.IntegerField(read_only=True, help_text="How many spellings or figures the flag holds in all.")
    claims = ClaimBriefSerializer(many=True)

    class Meta:
        model = Discrepancy
        fields = [
            "id", "api_url", "page_url", "kind", "kind_label", "label", "label_display", "status", "status_label",
            "reason", "note", "entity", "detected_at", "items_total", "mentions", "figures", "claims",
        ]
