"""Exports an editor expects from the back office: the selected claims as a CSV file.

Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a
formula, and claim texts and quotes are copied from the outside world: such a cell gets
a leading apostrophe, so it is shown as text and never run."""

import csv

from django.contrib import admin
from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone

from claims.models import Appearance

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

CLAIM_COLUMNS = [
    "slug", "status", "claim", "claimant", "topic", "rating", "summary", "sources",
    "created by", "created at", "verified by", "verified at", "public page",
]


def csv_safe(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def claim_row(claim, public_url) -> list[str]:
    verdict = getattr(claim, "verdict", None)
    sources = " | ".join(f"{a.source.publisher}: {a.source.headline or a.quote[:60]}" for a in claim.appearances.all())
    cells = [
        claim.slug, claim.get_status_display(), claim.text,
        claim.claimant.name if claim.claimant else "", claim.topic.name if claim.topic else "",
        verdict.get_rating_display() if verdict else "", verdict.summary if verdict else "",
        sources,
        claim.created_by.get_username(), claim.created_at.isoformat(),
        claim.verified_by.get_username() if claim.verified_by else "",
        claim.verified_at.isoformat() if claim.verified_at else "",
        public_url if claim.status == claim.Status.VERIFIED else "",
    ]
    return [csv_safe(cell) for cell in cells]


@admin.action(description="Export selected claims as CSV", permissions=["view"])
def export_claims_csv(modeladmin, request, queryset):
    claims = (
        queryset.select_related("claimant", "topic", "verdict", "created_by", "verified_by")
        .prefetch_related(Prefetch("appearances", queryset=Appearance.objects.select_related("source")))
        .order_by("pk")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="claims-{timezone.now():%Y%m%d-%H%M}.csv"'
    response.write("\ufeff")  # the byte-order mark tells Excel the file is UTF-8 (Тоқаев, not mojibake)
    writer = csv.writer(response)
    writer.writerow(CLAIM_COLUMNS)
    for claim in claims.iterator(chunk_size=500):
        writer.writerow(claim_row(claim, request.build_absolute_uri(claim.get_absolute_url())))
    return response
