"""Trigram (pg_trgm) GIN indexes on the folded search keys, on PostgreSQL only.

The admin searches with ``search_key LIKE '%word%'``; a B-tree cannot serve that, a trigram
GIN index can. SQLite has no such index and needs none at this size, so there the migration
does nothing and the schema Django knows about is the same on both databases."""

from django.db import migrations

# (table, index name)
INDEXES = [
    ("reports_unit", "unit_search_key_trgm"),
    ("reports_unitalias", "unitalias_search_key_trgm"),
    ("reports_person", "person_search_key_trgm"),
    ("reports_meeting", "meeting_search_key_trgm"),
    ("reports_task", "task_search_key_trgm"),
    ("reports_directive", "directive_search_key_trgm"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table, name in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_key gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for _table, name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("reports", "0003_roles")]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
