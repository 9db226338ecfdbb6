from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fact-checking desk"

    def ready(self) -> None:
        from . import checks  # noqa: F401  (registers the desk's checks)
        from .roles import sync_groups_after_migrate

        # After permissions exist (auth's handler runs first): keeps the roles whole
        # even after a flush empties the tables, as transactional tests do.
        post_migrate.connect(sync_groups_after_migrate, sender=self, dispatch_uid="claims-sync-groups")
        post_migrate.connect(stamp_new_desk_after_migrate, sender=self, dispatch_uid="claims-stamp-new-desk")


def stamp_new_desk_after_migrate(sender, using="default", **kwargs) -> None:
    """A desk migrated before it holds any name key is the running engine's (see `engine_stamps`)."""
    from .services.engine_stamps import stamp_a_new_desk, stamps_table_exists

    if stamps_table_exists(using):  # not after migrating back below 0007
        stamp_a_new_desk(using)
