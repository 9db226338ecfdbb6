"""Whether the name lookup keys the desk stores were built by the engine it now runs.

Keys (EntityKey) are computed once, when a spelling is placed, by `names.blocking_keys`. An
upgrade that changes that function leaves the stored keys as the old engine made them: new
spellings then look for keys nobody stored, and names the engine would join stay apart. The
desk records the fingerprint of the engine that built its keys (`EngineStamp` "name-keys"):

* after every migrate, a desk without a stamp gets one: the running engine's if it holds no
  key yet (a new desk), else "before-stamps" (a desk that held keys when stamps came in);
* `manage.py reanalyse` rebuilds every key and stamps the desk again;
* imports leave the stamp alone, so a desk upgraded without a reanalyse stays marked.

`claims.checks` turns a stamp that differs from the running engine into a warning.
"""

from __future__ import annotations

from django.db import connections

from claims.detection import names
from claims.models import EngineStamp, EntityKey

NAME_KEYS = "name-keys"


def stamp_name_keys() -> None:
    """The stored keys are the running engine's (after a full rebuild)."""
    EngineStamp.objects.update_or_create(name=NAME_KEYS, defaults={"value": names.blocking_keys_fingerprint()})


def stamp_a_new_desk(using: str = "default") -> None:
    """After migrate: a desk without keys or stamp is the running engine's from the start."""
    if EngineStamp.objects.using(using).filter(name=NAME_KEYS).exists():
        return
    value = "before-stamps" if EntityKey.objects.using(using).exists() else names.blocking_keys_fingerprint()
    EngineStamp.objects.using(using).create(name=NAME_KEYS, value=value)


def stale_name_keys(using: str = "default") -> str | None:
    """The fingerprint of the engine that built the stored keys, if it is not the running one."""
    stamp = EngineStamp.objects.using(using).filter(name=NAME_KEYS).values_list("value", flat=True).first()
    return stamp if stamp is not None and stamp != names.blocking_keys_fingerprint() else None


def stamps_table_exists(using: str = "default") -> bool:
    return EngineStamp._meta.db_table in connections[using].introspection.table_names()
