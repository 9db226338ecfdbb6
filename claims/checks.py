"""System checks of the desk's stored data (run by `manage.py migrate` and `check --database`)."""

from __future__ import annotations

from django.core.checks import Tags, Warning, register


@register(Tags.database)
def name_keys_are_the_running_engines(app_configs=None, databases=None, **kwargs):
    """claims.W001: the stored name lookup keys were built by another engine (see `engine_stamps`)."""
    from claims.services.engine_stamps import stale_name_keys, stamps_table_exists

    warnings = []
    for alias in databases or ():
        if not stamps_table_exists(alias):  # not migrated yet: migrate is about to make it
            continue
        stale = stale_name_keys(using=alias)
        if stale:
            warnings.append(
                Warning(
                    f"The stored name lookup keys were built by another version of the detection engine ({stale}).",
                    hint="Run `manage.py reanalyse`: it rebuilds every key and analyses the sources again, "
                    "keeping editors' decisions. Until then, new spellings may miss names the desk holds.",
                    id="claims.W001",
                )
            )
    return warnings
