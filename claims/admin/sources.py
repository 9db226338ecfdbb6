from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from claims.ingest import IngestError
from claims.ingest.revisions import word_changes
from claims.models import Appearance, Figure, Mention, Source
from claims.services.detection import delete_sources
from claims.services.imports import (
    SourceInput,
    import_source,
    input_from_upload,
    input_from_url,
    refuse_duplicate,
)

from .highlight import Span, highlight, legend
from .history import DeskHistoryAdmin
from .protection import ExplainProtectedDeletes


_CHANGE_HTML = {
    "same": "<span>{}</span>",
    "removed": '<del class="rev-removed">{}</del>',
    "added": '<ins class="rev-added">{}</ins>',
}


class SourceForm(forms.ModelForm):
    """Three ways in: paste the text, upload a .txt/.html file, or fetch the URL."""

    upload = forms.FileField(
        required=False, help_text="A .txt or .html file. HTML is reduced to the article's text."
    )
    fetch_url = forms.BooleanField(
        required=False, label="Fetch the text from the URL",
        help_text="The page is fetched now; its main text is extracted and the page kept as a snapshot.",
    )

    class Meta:
        model = Source
        fields = ["publisher", "headline", "url", "author", "published_on", "language", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 18, "cols": 100})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A view-only user's form has no editable fields at all.
        for name in ("text", "publisher"):
            if name in self.fields:
                self.fields[name].required = False
        self.import_input: SourceInput | None = None

    def clean(self):
        data = super().clean()
        meta = {
            "publisher": data.get("publisher") or "",
            "headline": data.get("headline") or "",
            "author": data.get("author") or "",
            "published_on": data.get("published_on"),
            "language": data.get("language") or "en",
        }
        try:
            if data.get("upload"):
                upload = data["upload"]
                self.import_input = input_from_upload(
                    upload.read(), filename=upload.name, url=data.get("url") or "", **meta
                )
            elif data.get("fetch_url"):
                if not data.get("url"):
                    raise IngestError("Give the URL to fetch.")
                self.import_input = input_from_url(data["url"], **meta)
            elif data.get("text", "").strip():
                self.import_input = SourceInput(text=data["text"], url=data.get("url") or "", **meta)
            else:
                raise IngestError("Paste the text, upload a file, or give a URL to fetch.")
            if self.instance.pk:
                refuse_duplicate(self.instance, self.import_input.text)
        except IngestError as error:
            raise forms.ValidationError(str(error)) from None
        return data


class AppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 0
    fields = ["claim", "quote", "start", "end"]
    readonly_fields = ["start", "end"]
    autocomplete_fields = ["claim"]
    verbose_name = "claim in this source"
    verbose_name_plural = "claims in this source"


@admin.register(Source)
class SourceAdmin(ExplainProtectedDeletes, DeskHistoryAdmin):
    form = SourceForm
    list_display = ["publisher", "headline", "published_on", "claim_count", "flag_count", "retrieved_at"]
    list_filter = ["publisher", "language"]
    search_fields = ["headline", "publisher", "author", "url"]
    date_hierarchy = "published_on"
    inlines = [AppearanceInline]
    readonly_fields = ["highlighted_text", "content_hash", "retrieved_at", "analysed_at", "revision_list"]
    list_per_page = 50
    save_on_top = True
    protected_delete_advice = "Remove its quotes from those claims first; a source a public claim rests on stays."

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        # Mentions and figures are read from the source's text and go with it: whoever may
        # delete the source need not also hold the right to delete them one by one.
        perms_needed -= {Mention._meta.verbose_name, Figure._meta.verbose_name}
        return deleted, counts, perms_needed, protected

    def delete_model(self, request, obj):
        delete_sources([obj])  # the flags its figures and names fed are recomputed, not left one-sided

    def delete_queryset(self, request, queryset):
        delete_sources(list(queryset))

    def get_fieldsets(self, request, obj=None):
        about = ("About the source", {"fields": ["publisher", "headline", "url", "author", "published_on", "language"]})
        bring = ("Text", {"fields": ["text", "upload", "fetch_url"]})
        if obj is None:
            return [about, bring]
        found = ("What the desk found", {"fields": ["highlighted_text"]})
        record = ("Record", {"fields": ["revision_list", "content_hash", "retrieved_at", "analysed_at"]})
        return [about, found, bring, record]

    def get_queryset(self, request):
        # A GROUP BY query drops Meta.ordering; restate it so the autocomplete pages in order.
        return (
            super()
            .get_queryset(request)
            .annotate(n_claims=Count("appearances__claim", distinct=True), n_flags=Count("discrepancies", distinct=True))
            .order_by(*Source._meta.ordering)
        )

    @admin.display(description="claims", ordering="n_claims")
    def claim_count(self, obj):
        return obj.n_claims

    @admin.display(description="flags", ordering="n_flags")
    def flag_count(self, obj):
        return obj.n_flags

    @admin.display(description="Text, with claims, figures and names highlighted")
    def highlighted_text(self, obj):
        spans = [Span(a.start, a.end, "hl-claim", f"Claim: {a.claim}") for a in obj.appearances.select_related("claim")]
        spans += [
            Span(f.start, f.end, "hl-figure", f"Figure: {f.unit}, {f.noun}, group {f.group_key}")
            for f in obj.figures.all()
        ]
        spans += [
            Span(m.start, m.end, "hl-name", f"Name: {m.entity or 'unplaced'}")
            for m in obj.mentions.select_related("entity")
        ]
        key = legend([("hl-claim", "claim quote"), ("hl-figure", "figure"), ("hl-name", "name")])
        return format_html("<p>{}</p>{}", key, highlight(obj.text, spans))

    @admin.display(description="Revisions seen, and what the outlet changed")
    def revision_list(self, obj):
        revisions = list(obj.revisions.order_by("seen_at", "id"))
        if not revisions:
            return "—"
        blocks = [format_html("<p>First seen {}.</p>", f"{revisions[0].seen_at:%Y-%m-%d %H:%M}")]
        for before, after in zip(revisions, revisions[1:]):
            edits = format_html_join(
                "",
                "{}",
                (
                    (format_html(_CHANGE_HTML[change.kind], change.text),)
                    for change in word_changes(before.text, after.text)
                ),
            )
            seen = f"{after.seen_at:%Y-%m-%d %H:%M}"
            blocks.append(format_html('<p>Changed, seen {}:</p><p class="revision-diff">{}</p>', seen, edits))
        return format_html_join("", "{}", ((block,) for block in blocks))

    def save_model(self, request, obj, form, change):
        data = form.import_input
        result = import_source(data, existing=obj if change else None)
        form.instance = result.source
        obj.pk = result.source.pk
        if result.outcome == "unchanged" and not change:
            messages.info(request, f"This text is already on the desk as “{result.source}”; nothing was duplicated.")
        elif result.outcome == "revised":
            messages.info(request, "The text changed: a new revision was stored and analysed again.")

    def save_related(self, request, form, formsets, change):
        for formset in formsets:
            formset.instance = form.instance
        super().save_related(request, form, formsets, change)
        from claims.services.detection import link_claim

        for claim in {a.claim for a in form.instance.appearances.select_related("claim")}:
            link_claim(claim)

    class Media:
        css = {"all": ["css/admin.css"]}
