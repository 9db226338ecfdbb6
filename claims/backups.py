"""What a desk backup holds, and reading one back safely (backup_desk / restore_desk)."""

import bz2
import gzip
import json
import lzma
from pathlib import Path

from django.contrib.auth import get_user_model

# Permissions and content types are rebuilt by `migrate`; they are referred to by
# natural key. Sessions and login-throttling records are not the desk's to keep.
DESK_MODELS = ["auth.Group", "auth.User", "admin.LogEntry", "claims"]

_OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open, ".lzma": lzma.open}


class BackupError(Exception):
    pass


def read_backup(path) -> list[dict]:
    """The backup's records, checked to be a desk backup before anything is written."""
    path = Path(path)
    check_name(path)
    if not path.is_file():
        raise BackupError(f"There is no file {path}.")
    opener = _OPENERS.get(path.suffix, open)
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            records = json.load(handle)
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError, lzma.LZMAError) as error:
        raise BackupError(f"{path} is not a desk backup: {error.__class__.__name__}.") from None
    allowed = {label.lower() for label in DESK_MODELS if "." in label}
    if not isinstance(records, list) or not all(
        isinstance(r, dict) and isinstance(r.get("model"), str)
        and (r["model"] in allowed or r["model"].startswith("claims."))
        for r in records
    ):
        raise BackupError(f"{path} is not a desk backup: it holds records the desk does not keep.")
    return records


def check_name(path: Path) -> None:
    # loaddata reads the format from the name: desk.json, desk.json.gz, ...
    if ".json" not in path.suffixes:
        raise BackupError(f"A desk backup is a .json file (optionally .json.gz, .bz2, .xz), not {path.name}.")


def desk_is_empty() -> bool:
    from claims.models import Claim, Source

    return not (Source.objects.exists() or Claim.objects.exists() or get_user_model().objects.exists())


def wipe_database() -> None:
    """Empty every table (flush), inside the caller's transaction. PostgreSQL will not
    TRUNCATE a table with foreign-key checks still pending in the transaction, so they
    are run first, and deferred again for the load that follows."""
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
