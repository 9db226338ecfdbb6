"""The desk knows when its stored name keys were built by another engine, and says so until
`manage.py reanalyse` rebuilds them (claims.services.engine_stamps, check claims.W001)."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from claims.checks import name_keys_are_the_running_engines
from claims.detection import names
from claims.models import EngineStamp, EntityKey
from claims.services.engine_stamps import NAME_KEYS, stale_name_keys, stamp_a_new_desk
from claims.services.imports import SourceInput, import_source

pytestmark = pytest.mark.django_db

REPORT = "Qasym-Zhomart Toqaev said 44 cranes were working at Aqtau, the Kazakhstan port."


def warnings():
    return [w.id for w in name_keys_are_the_running_engines(databases=["default"])]


def test_a_migrated_desk_is_the_running_engines_and_imports_leave_it_so():
    assert EngineStamp.objects.get(name=NAME_KEYS).value == names.blocking_keys_fingerprint()
    import_source(SourceInput(text=REPORT, publisher="Steppe Wire", published_on=datetime.date(2024, 4, 8)))
    assert EntityKey.objects.exists()
    assert stale_name_keys() is None
    assert warnings() == []


def test_keys_from_another_engine_are_reported_until_reanalyse_rebuilds_them():
    import_source(SourceInput(text=REPORT, publisher="Steppe Wire", published_on=datetime.date(2024, 4, 8)))
    EngineStamp.objects.filter(name=NAME_KEYS).update(value="0123456789abcdef")

    assert stale_name_keys() == "0123456789abcdef"
    assert warnings() == ["claims.W001"]
    # another import does not make the old keys current
    import_source(SourceInput(text=REPORT + " Toqaev spoke.", publisher="Port Daily", published_on=datetime.date(2024, 4, 9)))
    assert warnings() == ["claims.W001"]

    call_command("reanalyse", stdout=StringIO(), stderr=StringIO())
    assert warnings() == []


def test_a_desk_that_held_keys_before_stamps_is_asked_to_reanalyse():
    import_source(SourceInput(text=REPORT, publisher="Steppe Wire", published_on=datetime.date(2024, 4, 8)))
    EngineStamp.objects.all().delete()  # as when migration 0007 brings stamps to a desk that holds keys
    stamp_a_new_desk()  # what runs after migrate

    assert EngineStamp.objects.get(name=NAME_KEYS).value == "before-stamps"
    assert warnings() == ["claims.W001"]


def test_an_empty_desk_without_a_stamp_is_stamped_with_the_running_engine():
    EngineStamp.objects.all().delete()
    stamp_a_new_desk()
    assert EngineStamp.objects.get(name=NAME_KEYS).value == names.blocking_keys_fingerprint()


def test_the_fingerprint_follows_the_keys(monkeypatch):
    from claims.detection import name_matching

    fingerprint = names.blocking_keys_fingerprint()
    assert len(fingerprint) == 16 and fingerprint == names.blocking_keys_fingerprint()
    monkeypatch.setattr(name_matching, "blocking_keys", lambda spelling: frozenset({f"w:{spelling.lower()}"}))
    name_matching.blocking_keys_fingerprint.cache_clear()
    try:
        assert name_matching.blocking_keys_fingerprint() != fingerprint  # another key scheme, another stamp
    finally:
        monkeypatch.undo()
        name_matching.blocking_keys_fingerprint.cache_clear()
    assert names.blocking_keys_fingerprint() == fingerprint
