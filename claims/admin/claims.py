from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html

from claims.models import Appearance, Claim, Claimant, Correction, EvidenceLink, Topic, Verdict
from claims.services.detection import link_claim
from claims.services.review import ReviewError, claim_submit
from claims.services.verdicts import IN_REVIEW_MESSAGE, verdict_needs_correction, verdict_save

from .exports import export_claims_csv
from .history import DeskHistoryAdmin
from .protection import ExplainProtectedDeletes
from .review import review_urls, step_each


@admin.register(Claimant)
class ClaimantAdmin(ExplainProtectedDeletes, admin.ModelAdmin):
    list_display = ["name", "description"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Topic)
class TopicAdmin(ExplainProtectedDeletes, admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class ClaimAppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 1
    fields = ["source", "quote", "start", "end"]
    readonly_fields = ["start", "end"]
    autocomplete_fields = ["source"]
    verbose_name = "appearance in a source"
    verbose_name_plural = "appearances in sources (paste the quote exactly; offsets are found for you)"


class VerdictForm(forms.ModelForm):
    correction_reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Required when you change the rating or summary of a public verdict: shown to readers.",
    )

    class Meta:
        model = Verdict
        fields = ["rating", "summary", "reasoning"]

    def clean(self):
        data = super().clean()
        if self.instance.pk and not data.get("correction_reason", "").strip():
            stored = Verdict.objects.select_related("claim").get(pk=self.instance.pk)
            if verdict_needs_correction(stored, rating=data.get("rating"), summary=data.get("summary")):
                self.add_error("correction_reason", "This verdict is public: say what changed and why.")
        return data


class VerdictFormSet(BaseInlineFormSet):
    """Saves through the verdict service: authorship, and a correction when the verdict was public."""

    user = None

    def save_new(self, form, commit=True):
        return verdict_save(verdict=super().save_new(form, commit=False), user=self.user)

    def save_existing(self, form, obj, commit=True):
        previous = Verdict.objects.select_related("claim").get(pk=obj.pk)
        return verdict_save(
            verdict=form.save(commit=False),
            user=self.user,
            correction_reason=form.cleaned_data.get("correction_reason", ""),
            previous=previous,
        )


class VerdictInline(admin.StackedInline):
    model = Verdict
    form = VerdictForm
    formset = VerdictFormSet
    extra = 1
    max_num = 1
    can_delete = False
    fields = ["rating", "summary", "reasoning", "correction_reason", "author", "updated_by", "change_history"]
    readonly_fields = ["author", "updated_by", "change_history"]

    @admin.display(description="history")
    def change_history(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        url = reverse("admin:claims_verdict_history", args=[obj.pk])
        return format_html('<a href="{}">Every change to this verdict, with who made it</a>', url)


class EvidenceInline(admin.TabularInline):
    model = EvidenceLink
    extra = 1
    fields = ["title", "url", "position"]


class CorrectionInline(admin.TabularInline):
    model = Correction
    extra = 0
    can_delete = False
    fields = ["made_at", "made_by", "previous_rating", "new_rating", "reason"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Claim)
class ClaimAdmin(ExplainProtectedDeletes, DeskHistoryAdmin):
    list_display = ["__str__", "claimant", "topic", "status", "rating", "created_by", "verified_at"]
    list_filter = ["status", "topic", "verdict__rating"]
    list_select_related = ["claimant", "topic", "verdict", "created_by"]
    search_fields = ["text", "slug", "claimant__name"]
    date_hierarchy = "created_at"
    prepopulated_fields = {"slug": ["text"]}
    autocomplete_fields = ["claimant", "topic", "entities"]
    inlines = [ClaimAppearanceInline, VerdictInline, EvidenceInline, CorrectionInline]
    readonly_fields = ["status", "workflow", "created_by", "verified_by", "verified_at", "review_note"]
    fieldsets = [
        (None, {"fields": ["text", "slug", "claimant", "topic", "entities"]}),
        ("Review", {"fields": ["status", "workflow", "review_note", "created_by", "verified_by", "verified_at"]}),
    ]
    actions = ["submit_for_review", export_claims_csv]
    list_per_page = 50
    save_on_top = True
    protected_delete_advice = "A claim with a verdict stays on the record; a public one is corrected, never deleted."

    @admin.display(description="rating", ordering="verdict__rating")
    def rating(self, obj):
        verdict = getattr(obj, "verdict", None)
        return verdict.get_rating_display() if verdict else "—"

    @admin.display(description="Next step")
    def workflow(self, obj):
        if obj.pk is None:
            return "Save the claim with a verdict and a source, then submit it for review."
        if obj.status == Claim.Status.IN_REVIEW:
            return format_html(
                '{} <a class="button" href="{}">Open the review page</a>',
                IN_REVIEW_MESSAGE,
                reverse("admin:claims_claim_review", args=[obj.pk]),
            )
        return format_html(
            '<a class="button" href="{}">Open the review page</a>',
            reverse("admin:claims_claim_review", args=[obj.pk]),
        )

    def has_change_permission(self, request, obj=None):
        # Frozen in review: the reviewer verifies exactly what they read (see services/verdicts.py).
        if obj is not None and obj.status == Claim.Status.IN_REVIEW:
            return False
        return super().has_change_permission(request, obj)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is not None and request.method == "POST" and transaction.get_connection().in_atomic_block:
            # The admin saves every field of the object it loaded (status and version too), so
            # the row is locked for the whole save: a review step waits, nothing is overwritten.
            obj = self.get_queryset(request).select_for_update().get(pk=obj.pk)
        return obj

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        may_edit = request.user.has_perm("claims.change_claim")
        posted_edit = request.method == "POST" and may_edit and str(object_id or "").isdigit()
        if posted_edit and self._in_review(object_id):
            self.message_user(request, f"Nothing was saved. {IN_REVIEW_MESSAGE}", messages.ERROR)
            return redirect(request.path)
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ReviewError as error:  # the verdict service refused under the lock; all was rolled back
            self.message_user(request, f"Nothing was saved. {error}", messages.ERROR)
            return redirect(request.path)
        except PermissionDenied:
            # Submitted for review while this save waited for the row lock: say so, not just 403.
            if posted_edit and self._in_review(object_id):
                self.message_user(request, f"Nothing was saved. {IN_REVIEW_MESSAGE}", messages.ERROR)
                return redirect(request.path)
            raise

    @staticmethod
    def _in_review(object_id) -> bool:
        return Claim.objects.filter(pk=object_id, status=Claim.Status.IN_REVIEW).exists()

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        formset.user = request.user  # the verdict formset records who wrote or edited it
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        link_claim(form.instance)

    @admin.action(description="Submit the selected claims for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        step_each(self, request, queryset, lambda claim: claim_submit(claim=claim, user=request.user),
                  done="submitted for review")

    def get_urls(self):
        return review_urls(self) + super().get_urls()

    class Media:
        css = {"all": ["css/admin.css"]}
