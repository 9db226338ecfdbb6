"""The two newsroom roles exist from a migration, with exactly the rights they need."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def test_the_migration_creates_editors_and_reviewers():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Reviewers"}


def test_only_reviewers_may_verify(editor, reviewer):
    assert reviewer.has_perm("claims.verify_claim")
    assert not editor.has_perm("claims.verify_claim")


def test_reviewers_change_nothing(reviewer):
    for perm in ["claims.change_claim", "claims.change_verdict", "claims.add_source", "claims.change_discrepancy"]:
        assert not reviewer.has_perm(perm), perm


def test_editors_write_sources_claims_and_verdicts(editor):
    for perm in ["claims.add_source", "claims.add_claim", "claims.add_verdict", "claims.change_discrepancy"]:
        assert editor.has_perm(perm), perm
