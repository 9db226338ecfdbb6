"""The newsroom's two roles and exactly the rights each holds.

Created by migration 0002 and kept in step after every migrate (and every test-database
flush) by a post_migrate handler, so no desk depends on someone clicking them together.
"""

EDITORS = "Editors"
REVIEWERS = "Reviewers"

# Editors run the back office: sources, claims, verdicts, names, figures and flags.
EDITOR_PERMISSIONS = {
    "source": ["add", "change", "delete", "view"],
    "claim": ["add", "change", "delete", "view"],
    "appearance": ["add", "change", "delete", "view"],
    "verdict": ["add", "change", "view"],
    "evidencelink": ["add", "change", "delete", "view"],
    "claimant": ["add", "change", "view"],
    "topic": ["add", "change", "view"],
    "entity": ["add", "change", "view"],
    "entityalias": ["add", "change", "delete", "view"],
    "mention": ["change", "view"],
    "figure": ["change", "view"],
    "discrepancy": ["change", "view"],
    "correction": ["view"],
    "reviewevent": ["view"],
}
# Reviewers read everything and verify; they change nothing else.
REVIEWER_PERMISSIONS = {model: ["view"] for model in EDITOR_PERMISSIONS}


def codenames(table: dict[str, list[str]]) -> list[str]:
    return [f"{action}_{model}" for model, actions in table.items() for action in actions]


def sync_groups(apps) -> None:
    """Create both groups if missing and give them their permissions (idempotent)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    claims_perms = Permission.objects.filter(content_type__app_label="claims")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.set(claims_perms.filter(codename__in=codenames(EDITOR_PERMISSIONS)))
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.set(claims_perms.filter(codename__in=codenames(REVIEWER_PERMISSIONS) + ["verify_claim"]))


def sync_groups_after_migrate(sender, apps=None, **kwargs) -> None:
    # A flush sends the signal without the migration state; the live models serve then.
    from django.apps import apps as live_apps

    sync_groups(apps or live_apps)
