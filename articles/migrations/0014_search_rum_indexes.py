"""RUM indexes on the search column where the extension can be had (see ``search/sql.py``); else nothing.

Without the ``rum`` extension among ``pg_available_extensions`` (or the right to create it), and on
SQLite, this migration does nothing and the search keeps to its GIN index. Built concurrently, so an
archive keeps answering meanwhile (a million articles: some minutes per index).
"""

from django.db import migrations

from articles.search.sql import RUM_INDEXES


def create_rum_indexes(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT installed_version IS NOT NULL FROM pg_available_extensions WHERE name = 'rum'")
        row = cursor.fetchone()
        if row is None:
            return  # the package is not installed on the database server
        if not row[0]:
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            if not cursor.fetchone()[0]:
                return  # a superuser must CREATE EXTENSION rum first; until then, GIN
            cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
        for statement in RUM_INDEXES.values():
            cursor.execute(statement)


def drop_rum_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in RUM_INDEXES:
            cursor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run in a transaction

    dependencies = [("articles", "0013_history_and_date_provenance")]

    operations = [migrations.RunPython(create_rum_indexes, drop_rum_indexes, elidable=False)]
