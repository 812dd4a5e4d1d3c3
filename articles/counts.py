"""The per-entity monthly counts (``EntityMonthCount``) that the database keeps on every tag write.

The triggers are migration 0004's. SQLite drops a table's triggers when a
schema change rebuilds the table, so after every migrate the missing ones are
put back from the migration's own statements and the counts recomputed.
"""

import re
from importlib import import_module

from django.db import connections


def restore_sqlite_count_triggers(using="default", **kwargs):
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'articles_entitymonthcount'")
        if not cursor.fetchone():
            return  # not migrated that far (or migrated back)
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'articles_entitymonthcount%'")
        present = {row[0] for row in cursor.fetchall()}
        statements = import_module("articles.migrations.0004_entitymonthcount").SQLITE_FORWARD
        wanted = [(re.search(r"CREATE TRIGGER (\w+)", s), s) for s in statements]
        missing = [statement for trigger, statement in wanted if trigger and trigger.group(1) not in present]
        if not missing:
            return
        for statement in missing:
            cursor.execute(statement)
        # Tags written while a trigger was missing went uncounted: count again.
        cursor.execute("DELETE FROM articles_entitymonthcount")
        cursor.execute(next(statement for trigger, statement in wanted if not trigger))
