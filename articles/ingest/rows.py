"""Many rows of one table in one INSERT, for the link rows of an imported article.

``bulk_create`` builds a model instance per row and prepares every field of
each through the query compiler; for an article's ten tags and two author
credits that cost more CPU than storing the article itself. The importer
knows its values exactly (ids, counts, a flag, one date), so it writes them
here, inside the article's transaction:

    INSERT INTO t (article_id, ..., entity_id, mentions)
    SELECT %s, ..., r.v1, r.v2 FROM unnest(CAST(%s AS bigint[]), CAST(%s AS integer[])) AS r(v1, v2)

(on SQLite ``FROM (SELECT column1 AS v1, ... FROM (VALUES (%s, %s), ...)) AS r``).
Values every row shares (the article, its date) are sent once. Like
``bulk_create``, it sends no signals.

The article row itself goes in through :func:`insert_new`: one INSERT ...
RETURNING of the values ``Model.save()`` would send, without the query
compiler that costs as much CPU as the rest of storing the row. On
PostgreSQL the link rows ride along in the same statement (data-modifying
``WITH`` clauses, each column's values as one array), so an article costs
one round trip instead of three.

A background import job stores a batch of articles at a time:
:func:`insert_many` puts all of their rows in with one statement, and
:func:`update_rows` records the outcomes of all of their files with another.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models.signals import post_save, pre_save

from articles.core.db import array_value, rows_source


@dataclass
class Links:
    """Rows of ``model`` that point at a new row through ``parent`` (a field name), each with the ``shared`` values."""

    model: type
    parent: str
    fields: tuple
    rows: list
    shared: dict


def insert_rows(model, fields, rows, **shared):
    """Insert ``rows`` (tuples in the order of ``fields``) into ``model``'s table, each with the ``shared`` values.

    Values must be plain ints, strings, booleans, None or (for date-time
    fields) datetimes, which are adapted for the database here.
    """
    if not rows:
        return
    sql, values = _insert_select(model, fields, rows, shared)
    with connection.cursor() as cursor:
        cursor.execute(sql, values)


def _insert_select(model, fields, rows, shared):
    """``(sql, values)`` of ``insert_rows``."""
    meta = model._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(meta.get_field(name).column) for name in [*shared, *fields])
    columns_fields = [meta.get_field(name) for name in fields]
    dates = [n for n, field in enumerate(columns_fields) if field.get_internal_type() == "DateTimeField"]
    if dates:
        rows = [[_adapted(columns_fields[n], value) if n in dates else value for n, value in enumerate(row)] for row in rows]
    source, source_values = rows_source(columns_fields, rows)
    selected = ", ".join(["%s"] * len(shared) + [f"r.v{number}" for number in range(1, len(fields) + 1)])
    values = [_adapted(meta.get_field(name), value) for name, value in shared.items()]
    return f"INSERT INTO {quote(meta.db_table)} ({columns}) SELECT {selected} FROM {source}", values + source_values


def _insert_unnested(link, *, parent_source):
    """``(sql, values)`` inserting ``link``'s rows from one array per column (PostgreSQL).

    The text is the same whatever the number of rows, and has a few
    parameters, so psycopg converts it once and reuses the conversion.
    """
    meta = link.model._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(meta.get_field(name).column) for name in [link.parent, *link.shared, *link.fields])
    names = [f"c{i}" for i in range(1, len(link.fields) + 1)]
    arrays = ", ".join(f"CAST(%s AS {meta.get_field(name).cast_db_type(connection)}[])" for name in link.fields)
    values = [_adapted(meta.get_field(name), value) for name, value in link.shared.items()]
    values += [
        array_value(_adapted(meta.get_field(name), value) for value in column)
        for name, column in zip(link.fields, zip(*link.rows))
    ]
    return (
        f"INSERT INTO {quote(meta.db_table)} ({columns}) "
        f"SELECT {', '.join([f'{parent_source}.id', *['%s'] * len(link.shared), *names])} "
        f"FROM {parent_source}, unnest({arrays}) AS r({', '.join(names)})",
        values,
    )


def _adapted(field, value):
    if value is not None and field.get_internal_type() == "DateTimeField":
        return connection.ops.adapt_datetimefield_value(value)
    return value


def insert_new(instance, links=()):
    """Insert a new ``instance`` as ``instance.save()`` would after its own preparations, set its pk, and
    insert the :class:`Links` rows that point at it.

    The caller runs those preparations first (``Article.derive_fields()``).
    Each field's value goes through the field as in ``save()`` (``pre_save``
    fills automatic dates, ``get_db_prep_save`` adapts the value), and the
    ``pre_save`` and ``post_save`` signals are sent, so receivers (the
    content version) hear of the row as they would of a save. The link rows,
    as with ``insert_rows``, send none.
    """
    model, meta = type(instance), instance._meta
    links = [link for link in links if link.rows]
    pre_save.send(sender=model, instance=instance, raw=False, using=connection.alias, update_fields=None)
    fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field and not f.generated]
    values = [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in fields]
    quote = connection.ops.quote_name
    pk = quote(meta.pk.column)
    sql = (
        f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and links:
            # The link rows' foreign keys are checked when the statement ends, with the new row in place.
            clauses = [f"new_row AS ({sql} RETURNING {pk} AS id)"]
            for number, link in enumerate(links, 1):
                link_sql, link_values = _insert_unnested(link, parent_source="new_row")
                clauses.append(f"link{number} AS ({link_sql})")
                values += link_values
            cursor.execute(f"WITH {', '.join(clauses)} SELECT id FROM new_row", values)
            instance.pk = cursor.fetchone()[0]
            links = ()
        elif connection.features.can_return_columns_from_insert:
            cursor.execute(f"{sql} RETURNING {pk}", values)
            instance.pk = cursor.fetchone()[0]
        else:
            cursor.execute(sql, values)
            instance.pk = connection.ops.last_insert_id(cursor, meta.db_table, meta.pk.column)
    for link in links:
        insert_rows(link.model, link.fields, link.rows, **{link.parent: instance.pk}, **link.shared)
    instance._state.adding, instance._state.db = False, connection.alias
    post_save.send(sender=model, instance=instance, created=True, update_fields=None, raw=False, using=connection.alias)


def _row_values(instance, fields):
    """The values ``save()`` would send for a new ``instance``'s ``fields`` (automatic dates filled)."""
    return [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in fields]


def insert_many(instances, *, skip_conflicts_on):
    """Insert new ``instances`` of one model in one statement, as :func:`insert_new` does one; those inserted,
    their pks set.

    A row that a unique constraint refuses (an article already stored by
    another writer, or twice in ``instances``) is left out instead of failing
    the statement (``ON CONFLICT DO NOTHING``, which waits for a concurrent
    writer of the same value to commit or roll back first). Inserted rows are
    matched back by ``skip_conflicts_on``, a field whose values must differ
    between ``instances``. Sends ``pre_save`` for every instance and
    ``post_save`` for those inserted.
    """
    if not instances:
        return []
    model, meta = type(instances[0]), instances[0]._meta
    key = meta.get_field(skip_conflicts_on)
    for instance in instances:
        pre_save.send(sender=model, instance=instance, raw=False, using=connection.alias, update_fields=None)
    fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field and not f.generated]
    by_key = {getattr(instance, key.attname): instance for instance in instances}
    if len(by_key) != len(instances):
        raise ValueError(f"insert_many: two instances have the same {skip_conflicts_on}")
    source, values = rows_source(fields, [_row_values(instance, fields) for instance in instances])
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
            # WHERE true: without it SQLite would read ON CONFLICT as the ON of a join.
            f"SELECT {', '.join(f'r.v{number}' for number in range(1, len(fields) + 1))} FROM {source} WHERE true "
            f"ON CONFLICT DO NOTHING RETURNING {quote(meta.pk.column)}, {quote(key.column)}",
            values,
        )
        returned = cursor.fetchall()
    inserted = []
    for pk, key_value in returned:
        instance = by_key[key_value]
        instance.pk = pk
        instance._state.adding, instance._state.db = False, connection.alias
        inserted.append(instance)
    for instance in inserted:
        post_save.send(sender=model, instance=instance, created=True, update_fields=None, raw=False, using=connection.alias)
    return inserted


def update_rows(model, fields, instances, *, only_if):
    """Write ``fields`` of ``instances`` (saved rows of ``model``) in one statement, to the rows that still match
    ``only_if`` (``{field name: value}``); the number of rows written.
    """
    if not instances:
        return 0
    meta = model._meta
    quote = connection.ops.quote_name
    targets = [meta.pk, *(meta.get_field(name) for name in fields)]
    source, values = rows_source(
        targets,
        [[field.get_db_prep_save(getattr(instance, field.attname), connection) for field in targets] for instance in instances],
    )
    table = quote(meta.db_table)
    conditions = [f"{table}.{quote(meta.pk.column)} = r.v1"]
    conditions += [f"{table}.{quote(meta.get_field(name).column)} = %s" for name in only_if]
    values += [meta.get_field(name).get_db_prep_save(value, connection) for name, value in only_if.items()]
    assignments = ", ".join(f"{quote(field.column)} = r.v{number}" for number, field in enumerate(targets[1:], 2))
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {assignments} FROM {source} WHERE {' AND '.join(conditions)}", values)
        return cursor.rowcount
