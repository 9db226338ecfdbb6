from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from claims.models import Discrepancy, Entity, EntityAlias, EntityFormerSlug, Figure, Mention
from claims.services.curation import entities_merge, figures_regroup, flags_decide, mentions_split

from .history import DeskHistoryAdmin


class AliasInline(admin.TabularInline):
    model = EntityAlias
    extra = 0
    fields = ["name", "held_from", "held_until", "note"]


class FormerSlugInline(admin.TabularInline):
    """Addresses of names merged into this one (or its own before a rename): they redirect here."""

    model = EntityFormerSlug
    extra = 0
    fields = ["slug"]
    readonly_fields = ["slug"]
    can_delete = False
    verbose_name_plural = "former addresses (they redirect here)"

    def has_add_permission(self, request, obj=None):
        return False


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    fields = ["text", "source", "sentence", "entity_locked"]
    readonly_fields = ["text", "source", "sentence"]
    can_delete = False
    show_change_link = True
    verbose_name_plural = "spellings in sources"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    def has_add_permission(self, request, obj=None):
        return False


class TookInOthersFilter(admin.SimpleListFilter):
    """Names that took others in, by an editor's merge or joined on import: where an editor
    reviews what the engine joined (each one's history says what and why)."""

    title = "took in other names"
    parameter_name = "took_in"

    def lookups(self, request, model_admin):
        return [("yes", "Yes (merged or joined)"), ("no", "No")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(former_slugs__isnull=False).distinct()
        if self.value() == "no":
            return queryset.filter(former_slugs__isnull=True)
        return queryset


@admin.register(Entity)
class EntityAdmin(DeskHistoryAdmin):
    list_display = ["name", "kind", "mention_count", "source_count", "spellings"]
    list_filter = ["kind", TookInOthersFilter]
    search_fields = ["name", "slug", "aliases__name", "mentions__text"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AliasInline, MentionInline, FormerSlugInline]
    actions = ["merge"]
    list_per_page = 50

    def get_queryset(self, request):
        # A GROUP BY query drops Meta.ordering; restate it so the autocomplete pages in order.
        return (
            super()
            .get_queryset(request)
            .annotate(n_mentions=Count("mentions", distinct=True), n_sources=Count("mentions__source", distinct=True))
            .order_by(*Entity._meta.ordering)
        )

    def save_model(self, request, obj, form, change):
        # An editor who renames the address keeps the old one working, as a merge does.
        old_slug = form.initial.get("slug") if change else None
        super().save_model(request, obj, form, change)
        if old_slug and old_slug != obj.slug:
            EntityFormerSlug.objects.filter(slug=obj.slug).delete()  # the address is a live page's again
            EntityFormerSlug.point([old_slug], obj.pk)

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset, True

    @admin.display(description="mentions", ordering="n_mentions")
    def mention_count(self, obj):
        return obj.n_mentions

    @admin.display(description="sources", ordering="n_sources")
    def source_count(self, obj):
        return obj.n_sources

    @admin.display(description="spellings")
    def spellings(self, obj):
        return ", ".join(obj.spelling_list) if hasattr(obj, "spelling_list") else "—"

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # One query for the spellings of the whole page, not one per row.
        ids = [entity.pk for entity in changelist.result_list]
        found: dict[int, list[str]] = {}
        for entity_id, text in Mention.objects.filter(entity_id__in=ids).values_list("entity_id", "text").distinct():
            found.setdefault(entity_id, []).append(text)
        for entity in changelist.result_list:
            entity.spelling_list = sorted(found.get(entity.pk, []))
        return changelist

    @admin.action(description="Merge the selected entities into one", permissions=["change"])
    def merge(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Select at least two entities to merge.", messages.WARNING)
            return
        target = entities_merge(entities=queryset)
        self.message_user(request, f"Merged into “{target}”; its flags were recomputed.", messages.SUCCESS)


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["text", "entity", "source", "start", "entity_locked"]
    list_select_related = ["entity", "source"]
    list_filter = ["entity_locked"]
    search_fields = ["text", "entity__name"]
    autocomplete_fields = ["entity"]
    readonly_fields = ["source", "text", "start", "end", "sentence"]
    actions = ["split"]
    list_per_page = 100

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if "entity" in form.changed_data:
            obj.entity_locked = True
        super().save_model(request, obj, form, change)

    @admin.action(description="Move the selected spellings to a new entity", permissions=["change"])
    def split(self, request, queryset):
        entity = mentions_split(mentions=queryset)
        self.message_user(request, f"Moved to the new entity “{entity}”.", messages.SUCCESS)


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin):
    list_display = ["text", "source", "value_low", "value_high", "unit", "noun", "qualifier", "as_of", "scope", "speaker", "group_key"]
    list_select_related = ["source"]
    list_filter = ["unit", "qualifier", "scope", "group_locked"]
    search_fields = ["text", "noun", "group_key", "speaker"]
    readonly_fields = ["source", "text", "start", "end", "sentence", "quantity_key"]
    actions = ["group_together", "take_out_of_group"]
    list_per_page = 100

    def has_add_permission(self, request):
        return False

    @admin.action(description="Compare the selected figures as one group", permissions=["change"])
    def group_together(self, request, queryset):
        key = figures_regroup(figures=queryset, together=True)
        self.message_user(request, f"Regrouped as {key}; flags recomputed.", messages.SUCCESS)

    @admin.action(description="Take the selected figures out of their group", permissions=["change"])
    def take_out_of_group(self, request, queryset):
        figures_regroup(figures=queryset, together=False)
        self.message_user(request, "Each figure now stands alone; flags recomputed.", messages.SUCCESS)


@admin.register(Discrepancy)
class DiscrepancyAdmin(DeskHistoryAdmin):
    list_display = ["__str__", "entity", "group_key", "status", "is_active", "held", "detected_at"]
    list_filter = ["kind", "label", "status", "is_active"]
    list_select_related = ["entity"]
    search_fields = ["reason", "key", "note", "entity__name"]
    list_editable = ["status"]
    readonly_fields = ["key", "kind", "label", "reason", "entity", "group_key", "is_active", "items", "decided_by", "decided_at"]
    fields = ["kind", "label", "reason", "items", "status", "note", "decided_by", "decided_at", "entity", "group_key", "is_active", "key"]
    actions = ["confirm", "dismiss", "reopen"]
    ordering = ["-is_active", "status", "-detected_at"]
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        ids = [flag.pk for flag in changelist.result_list]
        held: dict[int, list[str]] = {}
        for flag_id, text in Discrepancy.figures.through.objects.filter(discrepancy_id__in=ids).values_list(
            "discrepancy_id", "figure__text"
        ):
            held.setdefault(flag_id, []).append(text)
        for flag_id, text in Discrepancy.mentions.through.objects.filter(discrepancy_id__in=ids).values_list(
            "discrepancy_id", "mention__text"
        ):
            held.setdefault(flag_id, []).append(text)
        for flag in changelist.result_list:
            flag.held_items = sorted(set(held.get(flag.pk, [])))
        return changelist

    @admin.display(description="holds")
    def held(self, obj):
        return " · ".join(getattr(obj, "held_items", []))

    @admin.display(description="what it holds")
    def items(self, obj):
        heading = ""
        if not obj.is_active and obj.evidence:
            # Retired after its source changed: what it held when it was last found.
            heading = format_html("<p>{}</p>", "No longer found. When it was last found, it held:")
            rows = [(item["text"], item["source"], item["sentence"]) for item in obj.evidence]
        else:
            rows = [(f.text, f.source.publisher, f.sentence) for f in obj.figures.select_related("source")]
            rows += [(m.text, m.source.publisher, m.sentence) for m in obj.mentions.select_related("source")]
        return format_html("{}<ul>{}</ul>", heading, format_html_join("", "<li><strong>{}</strong> ({}): {}</li>", rows))

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data or "note" in form.changed_data:
            obj.decided_by, obj.decided_at = request.user, timezone.now()
        super().save_model(request, obj, form, change)

    @admin.action(description="Confirm the selected flags", permissions=["change"])
    def confirm(self, request, queryset):
        n = flags_decide(flags=queryset, status=Discrepancy.Status.CONFIRMED, user=request.user)
        self.message_user(request, f"{n} flag(s) confirmed.", messages.SUCCESS)

    @admin.action(description="Dismiss the selected flags", permissions=["change"])
    def dismiss(self, request, queryset):
        n = flags_decide(flags=queryset, status=Discrepancy.Status.DISMISSED, user=request.user)
        self.message_user(request, f"{n} flag(s) dismissed.", messages.SUCCESS)

    @admin.action(description="Reopen the selected flags", permissions=["change"])
    def reopen(self, request, queryset):
        n = flags_decide(flags=queryset, status=Discrepancy.Status.OPEN, user=request.user)
        self.message_user(request, f"{n} flag(s) reopened.", messages.SUCCESS)
