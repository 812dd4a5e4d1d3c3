"""Small database helpers: SQLite's lost triggers put back, callbacks run once per transaction, the bulk-import session setting, the id
that SQLite walks a date index for, many rows' values sent as one FROM item, and dates read in bulk."""

import datetime
from contextlib import contextmanager

from django.db import connection, connections, transaction
from django.db.models import F, Func, IntegerField


class _UnindexedId(Func):
    template = "+%(expressions)s"
    output_field = IntegerField()


def with_id_in(queryset, ids):
    """``queryset`` narrowed to the rows whose ``id`` is in ``ids`` (a subquery).

    On SQLite the id is written ``+id``. Written ``id IN (…)``, SQLite fetches
    every article in the subquery by its id and sorts them all by date; ``+id`` leaves it the
    (status, date) index, which it walks newest first, probing the subquery,
    and stops at the page's window or the count's cap. A rare match walks the
    whole index instead, which is still quick at the sizes SQLite serves.
    PostgreSQL's planner knows the subquery's size and chooses for itself.
    """
    if connections[queryset.db].vendor == "sqlite":
        return queryset.alias(_walked_id=_UnindexedId(F("pk"))).filter(_walked_id__in=ids)
    return queryset.filter(id__in=ids)


def restore_sqlite_triggers(cursor, table, triggers):
    """Create those of ``triggers`` (``{name: CREATE TRIGGER statement}``) that SQLite has lost, when ``table``
    exists; whether any was. Django rebuilds a table for many schema changes on SQLite, dropping its triggers."""
    cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
    present = {row[0] for row in cursor.fetchall()}
    missing = [statement for trigger, statement in triggers.items() if trigger not in present]
    if table not in present or not missing:
        return False
    for statement in missing:
        cursor.execute(statement)
    return True


def on_commit_once(key, func):
    """``transaction.on_commit(func)``, unless a callback with this ``key`` already waits for this commit.

    A transaction that saves many rows then runs ``func`` once, not once per row.
    """
    for _, callback, _ in connection.run_on_commit:
        if getattr(callback, "once_key", None) == key and callback.waiting:
            return

    def callback():
        callback.waiting = False
        func()

    callback.once_key, callback.waiting = key, True
    transaction.on_commit(callback)


@contextmanager
def commits_without_waiting_for_disk():
    """On PostgreSQL, this session's commits stop waiting for the WAL flush (``synchronous_commit``).

    Safe for a bulk import: every article is still its own transaction,
    atomic and visible at once, and the database stays consistent; only a
    crash of the server in the next fraction of a second could lose the last
    few commits, and re-running the import (which is idempotent: what is
    already stored is a duplicate) restores them. Waiting for the disk on each
    of thousands of small commits otherwise costs more than storing the
    articles. (SQLite already runs in WAL mode with ``synchronous=NORMAL``,
    the same trade, from the settings.)
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


def rows_source(fields, rows):
    """``(sql, values)`` of a FROM item ``r`` whose columns ``v1``, ``v2``... hold ``rows`` (lists of values
    adapted for ``fields``).

    On PostgreSQL each column is one array (``unnest``): the statement's
    text and number of parameters stay the same whatever the number of rows,
    so psycopg converts it once and reuses the conversion (with a parameter a
    value, splitting a statement of thousands cost more CPU than the values
    themselves), and each column has its field's type. Elsewhere ``VALUES``:
    SQLite's parameters are cheap, and its values keep their own types.
    """
    names = ", ".join(f"v{number}" for number in range(1, len(fields) + 1))
    if connection.vendor == "postgresql":
        arrays = ", ".join(f"CAST(%s AS {field.cast_db_type(connection)}[])" for field in fields)
        return f"unnest({arrays}) AS r({names})", [array_value(column) for column in zip(*rows)] or [[] for _ in fields]
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    selected = ", ".join(f"column{number} AS v{number}" for number in range(1, len(fields) + 1))
    return (
        f"(SELECT {selected} FROM (VALUES {', '.join([row] * len(rows))})) AS r",
        [value for values_row in rows for value in values_row],
    )


def array_value(values):
    """A column's ``values`` as the parameter of a ``CAST(%s AS type[])`` (PostgreSQL): the array's text, when
    they are whole numbers, strings, booleans or aware date-times (with None); else the list, for psycopg to write.

    psycopg's list dumper adapts each element and searches it for characters
    to quote in Python; an import's arrays hold thousands of ids, counts and
    hashes, every text of its articles, and each tag's date and flag. Here
    ``str.join`` writes numbers as they are, booleans as t and f, date-times
    in ISO 8601 in UTC and every string in double quotes, its backslashes and
    double quotes escaped: the server reads the same values either way.
    """
    values = list(values)
    kinds = set(map(type, values)) - {type(None)}
    if kinds == {int}:  # bool is a type of its own here
        written = map(str, values) if None not in values else ("NULL" if v is None else str(v) for v in values)
    elif kinds == {str}:
        written = ("NULL" if v is None else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
    elif kinds == {bool}:
        written = ("NULL" if v is None else "t" if v else "f" for v in values)
    elif kinds == {datetime.datetime} and all(v is None or v.utcoffset() is not None for v in values):
        # in UTC: a zone's offset may have seconds (its local mean time, before 1900)
        written = ("NULL" if v is None else '"' + v.astimezone(datetime.UTC).isoformat() + '"' for v in values)
    elif not kinds and values:
        written = ["NULL"] * len(values)
    else:
        return values
    return "{" + ",".join(written) + "}"


@contextmanager
def quick_timestamps(using="default"):
    """Within it, ``timestamptz`` columns are decoded by psycopg's own loader (C when installed), not Django's.

    Django's loader subclasses psycopg's pure-Python one to set the
    connection's time zone on each value, Python paid on each of the
    thousand dates a listing's window reads. When the
    session's time zone is UTC, which Django's own is, psycopg's loader gives
    the same values with the same ``tzinfo``, so it is registered on the
    cursors of the statements run inside (for their results only). Elsewhere
    (SQLite, psycopg2, another zone) nothing changes.
    """
    connection = connections[using]
    loader = _utc_timestamp_loader(connection)
    if loader is None:
        yield
        return

    def register(execute, sql, params, many, context):
        context["cursor"].cursor.adapters.register_loader("timestamptz", loader)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(register):
        yield


def _utc_timestamp_loader(connection):
    if connection.vendor != "postgresql" or connection.timezone is not datetime.timezone.utc:
        return None
    from django.db.backends.postgresql.psycopg_any import is_psycopg3

    if not is_psycopg3:
        return None
    import psycopg
    from psycopg.pq import Format

    connection.ensure_connection()
    if connection.connection.info.parameter_status("TimeZone") != "UTC":
        return None
    return psycopg.adapters.get_loader(psycopg.adapters.types["timestamptz"].oid, Format.TEXT)
