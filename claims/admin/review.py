"""The review desk: a queue of claims in review, and one page per claim to act on it.

Permissions are checked here and again in the service: the verify permission to
act, and the two-person rule (nobody verifies a verdict they wrote).
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from claims.models import Claim, ReviewQueue
from claims.services.review import ReviewError, claim_send_back, claim_submit, claim_verify

from .history import ReadOnlyAdmin


class ReviewForm(forms.Form):
    note = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Required to send a claim back: say what needs to change.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)


def step_each(model_admin, request, claims, step, *, done: str) -> None:
    """Take one review step on each selected claim; say which could not, and why."""
    count = 0
    for claim in claims:
        try:
            step(claim)
            count += 1
        except ReviewError as error:
            model_admin.message_user(request, f"“{claim}”: {error}", messages.WARNING)
    if count:
        model_admin.message_user(request, f"{count} claim(s) {done}.", messages.SUCCESS)


def review_urls(model_admin):
    view = model_admin.admin_site.admin_view(lambda request, pk: review_view(model_admin, request, pk))
    return [path("<int:pk>/review/", view, name="claims_claim_review")]


def review_view(model_admin, request, pk):
    claim = get_object_or_404(
        Claim.objects.select_related("verdict", "claimant", "topic", "created_by", "verified_by"), pk=pk
    )
    if not model_admin.has_view_permission(request, claim):
        raise PermissionDenied
    can_review = request.user.has_perm("claims.verify_claim")
    can_submit = model_admin.has_change_permission(request, claim)
    form = ReviewForm(request.POST or None, initial={"version": claim.version})
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action")
        if action in ("verify", "send_back") and not can_review:
            raise PermissionDenied
        if action == "submit" and not can_submit:
            raise PermissionDenied
        try:
            seen = form.cleaned_data["version"]
            if action == "verify":
                claim_verify(claim=claim, reviewer=request.user, seen_version=seen)
                messages.success(request, "Verified: the claim is now public.")
            elif action == "send_back":
                claim_send_back(claim=claim, reviewer=request.user, note=form.cleaned_data["note"], seen_version=seen)
                messages.success(request, "Sent back to the editors with your note.")
            elif action == "submit":
                claim_submit(claim=claim, user=request.user, seen_version=seen)
                messages.success(request, "Submitted for review.")
            else:
                messages.error(request, "Unknown action.")
            return redirect(reverse("admin:claims_claim_review", args=[claim.pk]))
        except ReviewError as error:
            messages.error(request, str(error))
    verdict = getattr(claim, "verdict", None)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Review a claim",
        "claim": claim,
        "verdict": verdict,
        "appearances": claim.appearances.select_related("source"),
        "events": claim.review_events.select_related("actor"),
        "form": form,
        "can_review": can_review and claim.status == Claim.Status.IN_REVIEW,
        "own_verdict": bool(verdict and verdict.written_by(request.user)),
        "can_submit": can_submit and Claim.Status(claim.status).can_be_submitted,
        "opts": Claim._meta,
    }
    return TemplateResponse(request, "admin/claims/claim/review.html", context)


@admin.register(ReviewQueue)
class ReviewQueueAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "claimant", "rating", "created_by", "verdict_author", "submitted_at", "review_link"]
    list_select_related = ["claimant", "verdict", "verdict__author", "created_by"]
    ordering = ["submitted_at", "id"]
    search_fields = ["text"]
    actions = ["mark_verified"]
    list_per_page = 50

    def get_queryset(self, request):
        return Claim.objects.review_queue()

    def _can_review(self, request) -> bool:
        return request.user.is_active and request.user.has_perm("claims.verify_claim")

    def has_module_permission(self, request):
        return self._can_review(request)

    def has_view_permission(self, request, obj=None):
        return self._can_review(request)

    def has_verify_permission(self, request):
        return self._can_review(request)

    @admin.display(description="rating")
    def rating(self, obj):
        verdict = getattr(obj, "verdict", None)
        return verdict.get_rating_display() if verdict else "—"

    @admin.display(description="verdict by")
    def verdict_author(self, obj):
        verdict = getattr(obj, "verdict", None)
        return verdict.author if verdict else "—"

    @admin.display(description="")
    def review_link(self, obj):
        # The version the reviewer is looking at travels with the bulk action (the list sits
        # inside the action form), so a claim changed since the list was drawn is not verified.
        return format_html(
            '<a href="{}">Review</a><input type="hidden" name="{}" value="{}">',
            reverse("admin:claims_claim_review", args=[obj.pk]), seen_version_field(obj), obj.version,
        )

    @admin.action(description="Mark the selected claims verified", permissions=["verify"])
    def mark_verified(self, request, queryset):
        def verify(claim):
            claim_verify(claim=claim, reviewer=request.user, seen_version=seen_version(request, claim))

        step_each(self, request, queryset, verify, done="verified and now public")


def seen_version_field(claim: Claim) -> str:
    return f"seen-version-{claim.pk}"


def seen_version(request, claim: Claim) -> int:
    """The version of the claim the reviewer saw in the queue; without one, nothing is verified."""
    try:
        return int(request.POST[seen_version_field(claim)])
    except (KeyError, ValueError):
        raise ReviewError("The review queue you acted from is out of date: reload it and try again.") from None
