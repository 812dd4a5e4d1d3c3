"""Many rows of one table in one INSERT, for the link rows of an imported article.

``bulk_create`` builds a model instance per row and prepares every field of
each through the query compiler; for an article's ten tags and two author
credits that cost more CPU than storing the article itself. The importer
knows its values exactly (ids, counts, a flag, one date), so it writes them
here, inside the article's transaction, in SQL both databases accept:

    INSERT INTO t (article_id, ..., entity_id, mentions)
    SELECT %s, ..., CAST(column1 AS bigint), CAST(column2 AS integer) FROM (VALUES (%s, %s), (%s, %s)) AS r

Values every row shares (the article, its date) are sent once, so a typical
statement stays under psycopg's limit for caching the parsed query (50
parameters). The casts give a column that is NULL in every row its type.
Like ``bulk_create``, it sends no signals.
"""

from django.db import connection


def insert_rows(model, fields, rows, **shared):
    """Insert ``rows`` (tuples in the order of ``fields``) into ``model``'s table, each with the ``shared`` values.

    Values must be plain ints, strings, booleans, None or (for date-time
    fields) datetimes, which are adapted for the database here.
    """
    if not rows:
        return
    meta = model._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(meta.get_field(name).column) for name in [*shared, *fields])
    selected = ", ".join(
        ["%s"] * len(shared)
        + [f"CAST(column{i} AS {meta.get_field(name).cast_db_type(connection)})" for i, name in enumerate(fields, 1)]
    )
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    values = [_adapted(meta.get_field(name), value) for name, value in shared.items()]
    values += [_adapted(meta.get_field(name), value) for values_row in rows for name, value in zip(fields, values_row)]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(meta.db_table)} ({columns}) "
            f"SELECT {selected} FROM (VALUES {', '.join([row] * len(rows))}) AS r",
            values,
        )


def _adapted(field, value):
    if value is not None and field.get_internal_type() == "DateTimeField":
        return connection.ops.adapt_datetimefield_value(value)
    return value
