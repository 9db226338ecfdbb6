"""backup_desk and restore_desk round-trip the whole desk: back up, wipe, restore, compare."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from claims.backups import read_backup, wipe_database
from claims.models import Claim, Correction, Source
from claims.services.review import claim_submit, claim_verify
from claims.services.verdicts import verdict_save
from tests.factories import make_claim, make_source

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def forget_content_types_made_inside_the_test():
    """A restore flushes the database, which makes content types afresh under new ids; the
    test's transaction then rolls them back, but Django's process-wide cache keeps the new
    ids, and the next test to write an admin log entry would point at a row that is gone."""
    from django.contrib.contenttypes.models import ContentType

    yield
    ContentType.objects.clear_cache()


@pytest.fixture
def desk(editor, reviewer):
    """A small desk with every kind of record: a public claim with a correction, a draft,
    flags from two spellings, editors' decisions, and the history of all of it."""
    first = make_source("Officials said Tokayev opened 12 schools in 2023.", publisher="Steppe Daily")
    second = make_source("Officials said Toqaev opened 14 schools in 2023.", publisher="Astana Post")
    public = claim_verify(
        claim=claim_submit(claim=make_claim(author=editor, source=first, text="Twelve schools opened."), user=editor),
        reviewer=reviewer,
    )
    verdict = public.verdict
    verdict.rating, verdict.summary = "false", "Fourteen, says another outlet."
    verdict_save(verdict=verdict, user=editor, correction_reason="A second outlet counted 14.")
    make_claim(author=editor, source=second, text="A draft about fourteen schools.")
    return {"public": public, "sources": [first, second]}


def dump(tmp_path, name):
    path = tmp_path / name
    call_command("backup_desk", str(path), stdout=open(tmp_path / f"{name}.log", "w"))
    return path


# Django's JSON writes a time with its milliseconds when it has any microseconds, so a time
# of 06:11:56.000456 is written "06:11:56.000Z", and restored as 06:11:56, it is written
# "06:11:56Z": one instant, to the millisecond the backup keeps.
_NO_MILLISECONDS = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.000(Z|[+-]\d\d:\d\d)$")


def _same_instant(value):
    return _NO_MILLISECONDS.sub(r"\1\2", value) if isinstance(value, str) else value


def records(path):
    kept = [{**r, "fields": {k: _same_instant(v) for k, v in r.get("fields", {}).items()}} for r in read_backup(path)]
    return sorted(kept, key=lambda r: json.dumps(r, sort_keys=True))


@pytest.mark.parametrize("name", ["desk.json", "desk.json.gz"])
def test_a_backup_restores_the_whole_desk_exactly(desk, tmp_path, name):
    before = dump(tmp_path, name)
    wipe_database()
    assert not Source.objects.exists() and not get_user_model().objects.exists()

    call_command("restore_desk", str(before), stdout=open(tmp_path / "restore.log", "w"))

    after = dump(tmp_path, f"again-{name}")
    assert records(after) == records(before)
    models = {record["model"] for record in records(before)}
    assert {"auth.user", "auth.group", "claims.source", "claims.claim", "claims.verdict", "claims.correction",
            "claims.discrepancy", "claims.historicalclaim", "claims.historicalverdict"} <= models


def test_a_restored_desk_works_as_before(desk, tmp_path, editor, reviewer):
    backup = dump(tmp_path, "desk.json")
    wipe_database()
    call_command("restore_desk", str(backup), stdout=open(tmp_path / "restore.log", "w"))

    public = Claim.objects.published().get()
    assert public.verdict.rating == "false"
    assert Correction.objects.get().reason == "A second outlet counted 14."
    assert public.history.count() == desk["public"].history.count()
    assert type(editor).objects.get(username=editor.username).check_password("correct horse battery")
    restored_reviewer = type(reviewer).objects.get(username=reviewer.username)
    assert restored_reviewer.has_perm("claims.verify_claim")
    page = Client().get(public.get_absolute_url())
    assert page.status_code == 200 and b"A second outlet counted 14." in page.content
    # New rows after a restore take fresh numbers, not the restored ones.
    assert make_source("A new article after the restore, 3 bridges.", publisher="New Wire").pk > max(
        s.pk for s in desk["sources"]
    )


def test_restore_refuses_a_desk_that_is_not_empty(desk, tmp_path):
    backup = dump(tmp_path, "desk.json")
    with pytest.raises(CommandError, match="already holds a desk"):
        call_command("restore_desk", str(backup))


def test_restore_with_replace_wipes_the_desk_first(desk, tmp_path):
    backup = dump(tmp_path, "desk.json")
    make_source("Written after the backup: 9 trains.", publisher="Later Times")
    call_command("restore_desk", str(backup), "--replace", stdout=open(tmp_path / "restore.log", "w"))
    assert not Source.objects.filter(publisher="Later Times").exists()
    assert records(dump(tmp_path, "again.json")) == records(backup)


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json at all", "is not a desk backup"),
        ('[{"model": "sessions.session", "pk": "x", "fields": {}}]', "records the desk does not keep"),
        ('{"model": "claims.source"}', "records the desk does not keep"),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_desk_backup_and_changes_nothing(desk, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    sources = Source.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("restore_desk", str(path), "--replace")
    assert Source.objects.count() == sources


def test_a_backup_that_fails_half_way_through_loading_leaves_the_desk_as_it_was(desk, tmp_path):
    backup = dump(tmp_path, "desk.json")
    data = json.loads(backup.read_text())
    # A claim that points at a user nobody has: loading fails after the flush and the first rows.
    for record in data:
        if record["model"] == "claims.claim":
            record["fields"]["created_by"] = ["nobody-by-this-name"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data))
    claims = Claim.objects.count()
    with pytest.raises(Exception):
        call_command("restore_desk", str(broken), "--replace")
    assert Claim.objects.count() == claims
    assert Group.objects.filter(name="Editors").exists()


def test_backup_refuses_a_name_loaddata_could_not_read(tmp_path):
    with pytest.raises(CommandError, match=r"\.json"):
        call_command("backup_desk", str(tmp_path / "desk.bak"))
