"""The newsroom's two roles, created here so no desk depends on someone clicking them together."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

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


def codenames(table):
    return [f"{action}_{model}" for model, actions in table.items() for action in actions]


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    claims_perms = Permission.objects.filter(content_type__app_label="claims")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.set(claims_perms.filter(codename__in=codenames(EDITOR_PERMISSIONS)))
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.set(
        claims_perms.filter(codename__in=codenames(REVIEWER_PERMISSIONS) + ["verify_claim"])
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, REVIEWERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
