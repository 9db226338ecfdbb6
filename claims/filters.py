"""One FilterSet per public list, shared by the pages and the API so both filter alike."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef

from claims.models import Claim, Claimant, Discrepancy, Entity, Source, Topic, Verdict
from claims.search import search_claims


class ClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Search", max_length=200)
    rating = django_filters.MultipleChoiceFilter(
        field_name="verdict__rating", choices=Verdict.Rating.choices, label="Rating",
        widget=forms.CheckboxSelectMultiple,
    )
    topic = django_filters.ModelChoiceFilter(
        field_name="topic", queryset=Topic.objects.all(), to_field_name="slug", empty_label="Any topic"
    )
    claimant = django_filters.ModelChoiceFilter(
        field_name="claimant", queryset=Claimant.objects.all(), to_field_name="slug", empty_label="Anyone"
    )
    # Bounded above too: a number past the database's integer range would fail the query.
    source = django_filters.NumberFilter(
        field_name="appearances__source", label="Source number", min_value=1, max_value=2**63 - 1
    )
    publisher = django_filters.CharFilter(field_name="appearances__source__publisher", lookup_expr="iexact", max_length=200, label="Publisher")
    # A choice, not a BooleanFilter: that one reads "maybe" as "either" and hides the mistake.
    has_discrepancies = django_filters.ChoiceFilter(
        method="filter_has_discrepancies", label="Has discrepancies",
        choices=[("true", "Yes"), ("false", "No")], empty_label="Either",
    )
    verified_after = django_filters.DateFilter(field_name="verified_at", lookup_expr="date__gte", label="Verified from")
    verified_before = django_filters.DateFilter(field_name="verified_at", lookup_expr="date__lte", label="Verified until")

    class Meta:
        model = Claim
        fields = []

    def search(self, queryset, name, value):
        # Full-text and ranked on PostgreSQL, word by word on SQLite: see claims.search.
        return search_claims(queryset, value)

    def filter_has_discrepancies(self, queryset, name, value):
        with_flags = Discrepancy.objects.public().filter(claims=OuterRef("pk")).values("pk")
        return queryset.filter(Exists(with_flags)) if value == "true" else queryset.exclude(Exists(with_flags))

    def filter_queryset(self, queryset):
        # Joins through appearances can repeat a claim; pages must list each once.
        filtered = super().filter_queryset(queryset)
        if {"source", "publisher"} & {k for k, v in self.form.cleaned_data.items() if v not in (None, "")}:
            filtered = filtered.distinct()
        return filtered


class DiscrepancyFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Discrepancy.Kind.choices, empty_label="Names and figures")
    status = django_filters.ChoiceFilter(
        choices=[(Discrepancy.Status.OPEN, "Found automatically"), (Discrepancy.Status.CONFIRMED, "Confirmed by an editor")],
        empty_label="Any status",
    )
    label = django_filters.ChoiceFilter(choices=Discrepancy.Label.choices, empty_label="Any reason", label="Reason")
    # Where a name's or a quantity's page sends readers for all its flags; not a field to type in.
    entity = django_filters.CharFilter(field_name="entity__slug", max_length=220, widget=forms.HiddenInput,
                                       help_text="The flags on one name, by its slug.")
    group = django_filters.CharFilter(field_name="group_key", max_length=200, widget=forms.HiddenInput,
                                      help_text="The flags on one quantity, by its group key.")

    class Meta:
        model = Discrepancy
        fields = []


# The API's lists of sources, names and verdicts have no page of their own yet; their
# filters live here all the same, so a page added later filters as the API does.
class SourceFilter(django_filters.FilterSet):
    publisher = django_filters.CharFilter(lookup_expr="iexact", max_length=200)
    language = django_filters.CharFilter(max_length=16)
    published_after = django_filters.DateFilter(field_name="published_on", lookup_expr="gte", label="Published from")
    published_before = django_filters.DateFilter(field_name="published_on", lookup_expr="lte", label="Published until")

    class Meta:
        model = Source
        fields = []


class EntityFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label="Name contains", max_length=200)
    kind = django_filters.ChoiceFilter(choices=Entity.Kind.choices, empty_label="Any kind")

    class Meta:
        model = Entity
        fields = []


class VerdictFilter(django_filters.FilterSet):
    rating = django_filters.MultipleChoiceFilter(choices=Verdict.Rating.choices, label="Rating")

    class Meta:
        model = Verdict
        fields = []
