from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fact-checking desk"

    def ready(self) -> None:
        from .roles import sync_groups_after_migrate

        # After permissions exist (auth's handler runs first): keeps the roles whole
        # even after a flush empties the tables, as transactional tests do.
        post_migrate.connect(sync_groups_after_migrate, sender=self, dispatch_uid="claims-sync-groups")
