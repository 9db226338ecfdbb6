"""Verdicts, read-only, so their history is visible on its own page.

Verdicts are written on their claim's page (the inline goes through the verdict
service: authorship, the in-review freeze, corrections); this list is for reading
and for the history of every change, with who made it."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from claims.models import Verdict

from .history import DeskHistoryAdmin, ReadOnlyAdmin


@admin.register(Verdict)
class VerdictAdmin(ReadOnlyAdmin, DeskHistoryAdmin):
    list_display = ["__str__", "rating", "author", "updated_by", "updated_at"]
    list_select_related = ["claim", "author", "updated_by"]
    list_filter = ["rating"]
    search_fields = ["summary", "claim__text"]
    fields = ["claim_link", "rating", "summary", "reasoning", "author", "updated_by", "created_at", "updated_at"]
    readonly_fields = fields
    list_per_page = 50

    @admin.display(description="claim")
    def claim_link(self, obj):
        return format_html(
            '<a href="{}">{}</a> (edit the verdict on its claim\'s page)',
            reverse("admin:claims_claim_change", args=[obj.claim_id]),
            obj.claim,
        )
