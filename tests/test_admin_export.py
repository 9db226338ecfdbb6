"""The claim admin exports the selected claims as CSV, for editors and reviewers alike,
and no cell of it can run as a spreadsheet formula."""

import csv
import io

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME

from claims.admin.exports import csv_safe
from claims.models import Claim
from tests.factories import make_claim, make_source, make_verified_claim

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/claims/claim/"


def export(client, claims):
    return client.post(CHANGELIST, {"action": "export_claims_csv", ACTION_CHECKBOX_NAME: [claim.pk for claim in claims]})


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads the file as UTF-8
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Twelve schools = a claim", "Twelve schools = a claim"),
        ("", ""),
        (None, ""),
    ],
)
def test_a_cell_that_would_run_as_a_formula_is_kept_as_text(cell, expected):
    assert csv_safe(cell) == expected


def test_an_editor_exports_the_selected_claims_and_only_those(client, editor, reviewer):
    source = make_source(publisher="The Weekly Lens", headline="A state visit")
    published = make_verified_claim(author=editor, reviewer=reviewer, source=source, text="Fifteen projects were completed.", rating="mixed")
    draft = make_claim(author=editor, text="A draft still being written.")
    make_claim(author=editor, text="A claim nobody selected.")
    client.force_login(editor)
    response = export(client, [published, draft])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="claims-')
    rows = {row["slug"]: row for row in read_csv(response)}
    assert set(rows) == {published.slug, draft.slug}
    row = rows[published.slug]
    assert (row["claim"], row["status"], row["rating"], row["summary"]) == (published.text, "Verified", "Mixed", published.verdict.summary)
    assert row["sources"] == "The Weekly Lens: A state visit"
    assert (row["created by"], row["verified by"]) == (editor.username, reviewer.username)
    assert row["public page"] == f"http://testserver{published.get_absolute_url()}"
    assert rows[draft.slug]["public page"] == ""  # a draft has no public page yet


def test_a_reviewer_may_export_too(client, editor, reviewer):
    claim = make_verified_claim(author=editor, reviewer=reviewer)
    client.force_login(reviewer)
    assert "export_claims_csv" in str(client.get(CHANGELIST).content)
    rows = read_csv(export(client, [claim]))
    assert [row["slug"] for row in rows] == [claim.slug]


def test_text_from_the_outside_world_cannot_become_a_formula(client, editor):
    source = make_source('=HYPERLINK("http://evil.example","Click") said the ministry about 12 schools.', publisher="@outlet")
    claim = make_claim(author=editor, source=source, text="-1 schools opened, said +the minister.")
    client.force_login(editor)
    [row] = read_csv(export(client, [claim]))
    assert row["claim"] == "'-1 schools opened, said +the minister."
    assert row["sources"].startswith("'@outlet: ")
    dangerous = [value for value in row.values() if value.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert dangerous == []


def test_a_reader_account_or_anonymous_cannot_export(client, reader_account, editor):
    claim = make_claim(author=editor)
    assert export(client, [claim])["Location"].startswith("/admin/login/")
    client.force_login(reader_account)
    assert export(client, [claim]).status_code == 302  # to the login page: not staff


@pytest.mark.parametrize("n", [1, 10])
def test_the_export_costs_the_same_queries_whatever_the_selection(client, editor, reviewer, django_assert_num_queries, n):
    claims = [make_verified_claim(author=editor, reviewer=reviewer, text=f"Exported claim {i}.") for i in range(n)]
    client.force_login(editor)
    # Session, user, permissions and the changelist's own lookups (8), then the claims with
    # their verdict, people, topic and claimant, and their appearances with sources (2).
    with django_assert_num_queries(10):
        response = export(client, claims)
    assert len(read_csv(response)) == n == Claim.objects.count()
