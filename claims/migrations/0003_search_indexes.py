"""GIN indexes for full-text search, on PostgreSQL only.

SQLite has neither GIN indexes nor tsvectors (claims.search falls back to icontains
there), so these indexes are not part of the models' state: the operation creates them
on PostgreSQL and does nothing elsewhere, and makemigrations never sees them.

Each expression is the one claims.search filters on, written out here so that a later
edit of claims.search cannot silently change what this migration built; a test on
PostgreSQL checks that the searches still use these indexes.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations


class AddIndexOnPostgreSQL(migrations.operations.base.Operation):
    """AddIndex for the database only, and only when the database is PostgreSQL."""

    reversible = True

    def __init__(self, model_name, index):
        self.model_name = model_name
        self.index = index

    def deconstruct(self):
        return self.__class__.__name__, [], {"model_name": self.model_name, "index": self.index}

    def state_forwards(self, app_label, state):
        pass  # Not model state: the models must migrate on SQLite too.

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.add_index(to_state.apps.get_model(app_label, self.model_name), self.index)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.remove_index(from_state.apps.get_model(app_label, self.model_name), self.index)

    def describe(self):
        return f"Create index {self.index.name} on {self.model_name} (PostgreSQL only)"


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_groups")]

    operations = [
        AddIndexOnPostgreSQL(
            "claim", GinIndex(SearchVector("text", config="english"), name="claims_claim_search")
        ),
        AddIndexOnPostgreSQL(
            "verdict",
            GinIndex(
                SearchVector("summary", weight="B", config="english")
                + SearchVector("reasoning", weight="C", config="english"),
                name="claims_verdict_search",
            ),
        ),
        AddIndexOnPostgreSQL(
            "source",
            GinIndex(
                SearchVector("headline", weight="A", config="english")
                + SearchVector("publisher", weight="B", config="english")
                + SearchVector("text", weight="C", config="english"),
                name="claims_source_search",
            ),
        ),
        AddIndexOnPostgreSQL("entity", GinIndex(SearchVector("name", config="simple"), name="claims_entity_search")),
        AddIndexOnPostgreSQL("mention", GinIndex(SearchVector("text", config="simple"), name="claims_mention_search")),
    ]
